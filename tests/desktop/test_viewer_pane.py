"""The viewer as the split pane beside the chat: a long title ends in "…" (whole in its
tooltip), the cited page is the only page rendered before it is on screen, and the document
goes out as the library's .zip export (its file and a manifest) from the viewer's menu."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.db.models import Document
from core.paths import AppPaths
from core.settings import DeviceSettings
from core.sources import SourcePassage
from desktop.app import DesktopApp
from desktop.chat.page import ChatPage
from desktop.knowledge.viewer import DocumentViewer
from tests.desktop.conftest import start_app
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

WAIT_MS = 20_000
TITLE = "Annual maintenance report of the northern wind farm turbines and their gearboxes"


@pytest.fixture
def app_with_report(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, tmp_path: Path
) -> Iterator[tuple[DesktopApp, str]]:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    pages = [f"Section {n}. Gearbox {n} was inspected and its oil changed." for n in range(1, 41)]
    report = files.pdf(tmp_path / "report.pdf", pages, title=TITLE)
    desktop = start_app(qtbot, qapp, app_paths)
    services = desktop.services
    assert services is not None
    run_job(services, services.knowledge.import_paths([report]), timeout=300)
    with services.database.read() as session:
        document_id = session.scalars(select(Document.id)).one()
    yield desktop, document_id
    desktop.shutdown()


def services_of(desktop: DesktopApp):  # type: ignore[no-untyped-def]
    assert desktop.services is not None
    return desktop.services


def test_the_split_pane_elides_its_title_renders_the_cited_page_and_exports_a_zip(
    qtbot: QtBot, app_with_report: tuple[DesktopApp, str], tmp_path: Path
) -> None:
    desktop, document_id = app_with_report
    desktop.window.resize(1280, 800)
    chat = desktop.window.go_to("chat")
    assert isinstance(chat, ChatPage)
    rendered: list[int] = []
    from desktop.knowledge import page_canvas

    original = page_canvas.PageCanvas._rendered

    def counting(canvas: page_canvas.PageCanvas, index: int, size: QSize) -> QImage:
        rendered.append(index + 1)
        return original(canvas, index, size)

    page_canvas.PageCanvas._rendered = counting  # type: ignore[method-assign,assignment]
    try:
        passage = SourcePassage(
            1, document_id, TITLE, "Gearbox 30 was inspected and its oil changed.", 30, 30
        )
        desktop.open_source(passage)
        qtbot.waitUntil(lambda: isinstance(chat.source_pane(), DocumentViewer), timeout=WAIT_MS)
        pane = chat.source_pane()
        assert isinstance(pane, DocumentViewer)
        qtbot.waitUntil(lambda: 30 in rendered, timeout=WAIT_MS)
    finally:
        page_canvas.PageCanvas._rendered = original  # type: ignore[method-assign]
    first_paint = rendered[: rendered.index(30) + 1]
    assert first_paint == [30], f"only the cited page before it is shown, not {first_paint}"
    qtbot.waitUntil(lambda: bool(pane.canvas.marks.get(29)), timeout=WAIT_MS)

    heading = pane.heading
    assert heading.toolTip() == TITLE and heading.full_text() == TITLE
    shown = heading.text()
    assert shown.endswith("…") and TITLE.startswith(shown[:-1]), "elided, not cut"
    assert heading.fontMetrics().horizontalAdvance(shown) <= heading.contentsRect().width()

    opened: list[Path] = []
    from desktop.knowledge import viewer as viewer_module

    original_open = viewer_module._open_with_system
    viewer_module._open_with_system = opened.append  # type: ignore[assignment]
    try:
        pane.open_action.trigger()  # "Open original", in More in a narrow pane
        qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    finally:
        viewer_module._open_with_system = original_open
    assert opened[0].name.startswith("Annual maintenance report") and opened[0].suffix == ".pdf"
    assert (
        opened[0].read_bytes() == services_of(desktop).sources.source(document_id).path.read_bytes()
    )

    target = tmp_path / "out" / "report.zip"
    target.parent.mkdir()
    assert pane.zip_button.isVisible() and pane.zip_button.isEnabled()
    pane.export_as_zip(target)
    qtbot.waitUntil(lambda: pane.note.text().startswith("Exporting to report.zip"), timeout=5000)
    assert pane.note.isVisibleTo(pane), "the note shows in the narrow pane too"
    qtbot.waitUntil(target.is_file, timeout=60_000)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        pdfs = [n for n in names if n.endswith(".pdf")]
        assert len(pdfs) == 1 and archive.read(pdfs[0]).startswith(b"%PDF")
    assert TITLE in json.dumps(manifest)


def test_without_room_beside_the_chat_a_citation_opens_in_a_window_of_its_own(
    qtbot: QtBot, app_with_report: tuple[DesktopApp, str]
) -> None:
    """At 1024 px the pane beside the chat was ~190 px: a title of one word, a page the size
    of a stamp, and the chat's buttons cut. Without room the page opens in its own window."""
    from desktop.knowledge.viewer import ViewerWindow

    desktop, document_id = app_with_report
    desktop.window.resize(1024, 768)
    chat = desktop.window.go_to("chat")
    assert isinstance(chat, ChatPage)
    assert not chat.has_room_beside()
    before = set(QApplication.topLevelWidgets())
    passage = SourcePassage(1, document_id, TITLE, "Gearbox 12 was inspected.", 12, 12)
    desktop.open_source(passage)

    def opened() -> list[ViewerWindow]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ViewerWindow) and w not in before
        ]

    qtbot.waitUntil(lambda: bool(opened()), timeout=WAIT_MS)
    window = opened()[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.viewer.canvas.current_page == 12, timeout=WAIT_MS)
    assert chat.source_pane() is None


def test_citations_opened_one_after_another_reuse_the_pane_and_land_on_each_cited_page(
    qtbot: QtBot, app_with_report: tuple[DesktopApp, str]
) -> None:
    """The split pane is made once and reused; the files of an answer's citations are found
    when it is shown, so a click paints the page at once. Each click lands on its own page,
    with its own passage marked and the page box saying so, in the same pane."""
    desktop, document_id = app_with_report
    desktop.window.resize(1280, 800)
    chat = desktop.window.go_to("chat")
    assert isinstance(chat, ChatPage)
    later = SourcePassage(
        1, document_id, TITLE, "Gearbox 30 was inspected and its oil changed.", 30, 30
    )
    earlier = SourcePassage(
        2, document_id, TITLE, "Gearbox 12 was inspected and its oil changed.", 12, 12
    )
    chat.passages_shown.emit([later, earlier])  # as the transcript does when it shows the answer
    cited = desktop._cited
    assert cited is not None
    qtbot.waitUntil(lambda: cited.get(document_id) is not None, timeout=WAIT_MS)

    panes: list[DocumentViewer] = []
    for passage, page in ((later, 30), (earlier, 12), (later, 30)):
        desktop.open_source(passage)
        pane = chat.source_pane()
        assert isinstance(pane, DocumentViewer), "the known file opens with no wait"
        assert pane.canvas.current_page == page, "painted at the cited page in the same turn"
        panes.append(pane)
        qtbot.waitUntil(
            lambda pane=pane, page=page: bool(pane.canvas.marks.get(page - 1)), timeout=WAIT_MS
        )
        assert set(pane.canvas.marks) == {page - 1}, "only this citation's passage is marked"
        assert pane.page_box.value() == page and pane.page_count.text() == "of 40"
        assert pane.heading.full_text() == TITLE
    assert panes[0] is panes[1] is panes[2], "one pane, reused"
    assert chat.source_split.count() == 2, "the chat and one document beside it"
    qtbot.wait(300)  # the library is asked again after the paint: the file is unchanged
    assert pane.canvas.current_page == 30 and pane.body.currentWidget() is pane.canvas

    pane.close_requested.emit()  # closed: the next citation gets a new pane, at its page
    qtbot.waitUntil(lambda: chat.source_pane() is None, timeout=WAIT_MS)
    desktop.open_source(earlier)
    qtbot.waitUntil(lambda: isinstance(chat.source_pane(), DocumentViewer), timeout=WAIT_MS)
    reopened = chat.source_pane()
    assert isinstance(reopened, DocumentViewer)
    qtbot.waitUntil(lambda: reopened.canvas.current_page == 12, timeout=WAIT_MS)
