"""The document viewer in the real app: pages at the cited place, find, clean text, split view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.db.models import Document
from core.paths import AppPaths
from core.settings import DeviceSettings
from core.sources import SourcePassage
from desktop.app import DesktopApp
from desktop.knowledge.viewer import DocumentViewer, ViewerTarget, ViewerWindow
from tests.desktop.conftest import start_app
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

WAIT_MS = 20_000


@pytest.fixture
def app_with_documents(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, tmp_path: Path
) -> Iterator[tuple[DesktopApp, dict[str, str]]]:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    folder = tmp_path / "docs"
    folder.mkdir()
    files.pdf(folder / "turbine.pdf", files.TURBINE_PAGES, title="Turbine Manual")
    (folder / "garden.md").write_text(files.GARDEN_MD, encoding="utf-8")
    (folder / "recipe.html").write_text(files.RECIPE_HTML, encoding="utf-8")
    (folder / "invoice.py").write_text(files.CODE_PY, encoding="utf-8")
    files.text_png(folder / "notice.png", "Visitors must sign the register at the gate house.")
    good = files.pdf(tmp_path / "good.pdf", files.TURBINE_PAGES)
    desktop = start_app(qtbot, qapp, app_paths)
    services = desktop.services
    assert services is not None
    run_job(services, services.knowledge.import_paths([folder]), timeout=300)
    with services.database.read() as session:
        ids = {d.source_name: d.id for d in session.scalars(select(Document))}
    # A file that was fine at import and was cut short in the store since (a disk error).
    truncated = files.corrupt_pdf(tmp_path / "cut.pdf", good)
    ids["cut"] = ids["turbine.pdf"]
    ids["_cut_path"] = str(truncated)
    yield desktop, ids
    desktop.shutdown()


def open_window(desktop: DesktopApp, qtbot: QtBot, target: ViewerTarget) -> DocumentViewer:
    before = {w for w in QApplication.topLevelWidgets() if isinstance(w, ViewerWindow)}
    desktop.show_document(target.document_id, target.page, target)

    def shown() -> ViewerWindow | None:
        new = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ViewerWindow) and w not in before
        ]
        return new[-1] if new else None

    qtbot.waitUntil(
        lambda: shown() is not None and shown().viewer.source is not None, timeout=WAIT_MS
    )  # type: ignore[union-attr]
    window = shown()
    assert window is not None
    qtbot.addWidget(window)
    return window.viewer


def test_a_pdf_opens_at_the_cited_page_with_the_passage_marked_and_find_counts_hits(
    qtbot: QtBot, app_with_documents: tuple[DesktopApp, dict[str, str]]
) -> None:
    desktop, ids = app_with_documents
    passage = "Press the red button to stop the rotor at once."
    viewer = open_window(desktop, qtbot, ViewerTarget(ids["turbine.pdf"], 3, passage))
    canvas = viewer.canvas
    qtbot.waitUntil(lambda: canvas.current_page == 3, timeout=WAIT_MS)
    assert viewer.page_box.value() == 3 and viewer.page_count.text() == "of 3"
    marks = canvas.marks.get(2)
    assert marks is not None and marks.highlight, "the passage is marked on page 3"
    assert min(r.top() for r in marks.highlight) > 0
    qtbot.waitUntil(lambda: viewer.thumbs.count() == 3, timeout=WAIT_MS)  # after the page
    viewer.find_box.setText("turbine")
    qtbot.waitUntil(lambda: viewer.hit_label.text().endswith("of 3"), timeout=WAIT_MS)
    assert viewer.hit_label.text() == "1 of 3"
    viewer.next_hit.click()
    assert viewer.hit_label.text() == "2 of 3"
    viewer.previous_hit.click()
    viewer.previous_hit.click()
    assert viewer.hit_label.text() == "3 of 3" and canvas.current_page == 2
    viewer.find_box.setText("zzzqqq")
    qtbot.waitUntil(lambda: viewer.hit_label.text() == "No matches", timeout=WAIT_MS)
    canvas.set_fit("page")
    assert viewer.zoom.currentText() == "Fit page"
    canvas.set_zoom(2.0)
    assert canvas.mode == "custom" and canvas.scale == 2.0 and canvas.current_page == 2
    # The zoom box says what the page shows: here a zoom not in its list (as Ctrl+wheel makes)
    assert viewer.zoom.currentText() == "150%"  # 2.0 at 96 dpi is 150 % of the page's size
    canvas.set_zoom(1.2)
    assert viewer.zoom.currentText() == "90%"
    assert [viewer.zoom.itemText(i) for i in range(viewer.zoom.count())].count("90%") == 1
    canvas.set_fit("width")
    assert viewer.zoom.currentText() == "Fit width"
    assert "90%" not in [viewer.zoom.itemText(i) for i in range(viewer.zoom.count())]
    canvas.set_zoom(2.0)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.current_page == 1
    # Select by dragging over the text of page 1, then copy it.
    rect = canvas.page_rect(0)
    offset = canvas.verticalScrollBar().value()
    start = rect.topLeft() + (rect.bottomRight() - rect.topLeft()) * 0.02
    qtbot.mousePress(
        canvas.viewport(), Qt.MouseButton.LeftButton, pos=(start - _y(offset)).toPoint()
    )
    end = rect.topLeft() + (rect.bottomRight() - rect.topLeft()) * 0.2
    qtbot.mouseMove(canvas.viewport(), (end - _y(offset)).toPoint())
    assert "Turbine inspection" in canvas.selected_text
    assert canvas.copy_selection()
    assert "Turbine inspection" in QGuiApplication.clipboard().text()


def _y(offset: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF

    return QPointF(0, offset)


def test_the_last_page_read_is_where_a_document_opens_next_time(
    qtbot: QtBot, app_with_documents: tuple[DesktopApp, dict[str, str]]
) -> None:
    desktop, ids = app_with_documents
    viewer = open_window(desktop, qtbot, ViewerTarget(ids["turbine.pdf"], 2))
    assert services_of(desktop).sources.positions.get(ids["turbine.pdf"]) in (None, 2)
    qtbot.waitUntil(
        lambda: services_of(desktop).sources.positions.get(ids["turbine.pdf"]) == 2,
        timeout=WAIT_MS,
    )
    viewer.window().close()
    again = open_window(desktop, qtbot, ViewerTarget(ids["turbine.pdf"]))
    assert again.canvas.current_page == 2


def services_of(desktop: DesktopApp):  # type: ignore[no-untyped-def]
    assert desktop.services is not None
    return desktop.services


def test_text_documents_show_clean_text_with_the_passage_marked(
    qtbot: QtBot, app_with_documents: tuple[DesktopApp, dict[str, str]]
) -> None:
    desktop, ids = app_with_documents
    passage = "Aphids can be removed with soapy water."
    viewer = open_window(desktop, qtbot, ViewerTarget(ids["garden.md"], None, passage))
    qtbot.waitUntil(lambda: viewer.body.currentWidget() is viewer.text, timeout=WAIT_MS)
    shown = viewer.text.toPlainText()
    assert "Pests" in shown and "## Pests" not in shown and "¶" not in shown
    qtbot.waitUntil(lambda: bool(viewer.text.highlight), timeout=WAIT_MS)
    marked = viewer.text.highlight[0].cursor.selectedText()
    assert marked.startswith("Aphids") and marked.endswith("soapy water")
    viewer.find_box.setText("aphids")
    qtbot.waitUntil(lambda: viewer.hit_label.text() == "1 of 2", timeout=WAIT_MS)

    html = open_window(desktop, qtbot, ViewerTarget(ids["recipe.html"]))
    qtbot.waitUntil(lambda: html.body.currentWidget() is html.text, timeout=WAIT_MS)
    text = html.text.toPlainText()
    assert "Sourdough" in text and "Baking" in text and "240 degrees" in text
    assert "never indexed" not in text and "<script" not in html.text.toHtml()

    code = open_window(desktop, qtbot, ViewerTarget(ids["invoice.py"]))
    qtbot.waitUntil(lambda: code.body.currentWidget() is code.text, timeout=WAIT_MS)
    assert "def invoice_total" in code.text.toPlainText()
    assert "color:" in code.text.toHtml(), "highlighted"


def test_an_image_shows_its_ocr_passage_and_a_damaged_pdf_says_what_to_do(
    qtbot: QtBot, app_with_documents: tuple[DesktopApp, dict[str, str]]
) -> None:
    desktop, ids = app_with_documents
    viewer = open_window(
        desktop, qtbot, ViewerTarget(ids["notice.png"], 1, "sign the register at the gate")
    )
    qtbot.waitUntil(lambda: bool(viewer.canvas.marks.get(0)), timeout=WAIT_MS)
    assert len(viewer.canvas.marks[0].highlight) == 6
    # The stored copy is damaged behind the app's back: the viewer says so, no traceback.
    services = services_of(desktop)
    source = services.sources.source(ids["turbine.pdf"])
    source.path.chmod(0o644)
    source.path.write_bytes(Path(ids["_cut_path"]).read_bytes())
    broken = open_window(desktop, qtbot, ViewerTarget(ids["turbine.pdf"], 2))
    assert broken.body.currentWidget() is broken.message
    assert "is damaged or not a PDF" in broken.message.text()


def test_a_citation_opens_the_cited_page_beside_the_chat(
    qtbot: QtBot, app_with_documents: tuple[DesktopApp, dict[str, str]]
) -> None:
    from desktop.chat.page import ChatPage

    desktop, ids = app_with_documents
    desktop.window.resize(1280, 800)  # room for the page beside the chat (else: a window)
    chat = desktop.window.go_to("chat")
    assert isinstance(chat, ChatPage)
    passage = SourcePassage(
        1,
        ids["turbine.pdf"],
        "Turbine Manual",
        "Press the red button to stop the rotor",
        3,
        3,
    )
    desktop.open_source(passage)
    qtbot.waitUntil(lambda: isinstance(chat.source_pane(), DocumentViewer), timeout=WAIT_MS)
    pane = chat.source_pane()
    assert isinstance(pane, DocumentViewer)
    qtbot.waitUntil(
        lambda: pane.canvas.current_page == 3 and bool(pane.canvas.marks), timeout=WAIT_MS
    )
    qtbot.wait(300)  # the thumbnails are made and the pane settles into the splitter
    assert pane.canvas.current_page == 3 and pane.page_box.value() == 3, "the cited page, last"
    assert pane.heading.full_text() == "Turbine Manual" == pane.heading.toolTip()
    shown = pane.heading.text()  # elided to the narrow pane, never cut mid-letter
    assert shown == "Turbine Manual" or "Turbine Manual".startswith(shown.removesuffix("…"))
    pane.close_requested.emit()
    qtbot.waitUntil(lambda: chat.source_pane() is None, timeout=WAIT_MS)


def test_the_document_list_shows_first_pages_as_a_grid(
    qtbot: QtBot, app_with_documents: tuple[DesktopApp, dict[str, str]]
) -> None:
    from desktop.knowledge.page import KnowledgePage

    desktop, ids = app_with_documents
    page = desktop.window.go_to("knowledge")
    assert isinstance(page, KnowledgePage)
    view = page.documents
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=WAIT_MS)
    view.show_grid(True)
    assert view.grid.isVisible() and not view.table.isVisible()
    cache = view.grid.cache
    assert cache is not None
    qtbot.waitUntil(lambda: cache.pixmaps.get(ids["turbine.pdf"]) is not None, timeout=WAIT_MS)
    thumb = cache.pixmaps[ids["turbine.pdf"]]
    assert thumb is not None and thumb.height() > thumb.width(), "a page, upright"
    thumbnails = services_of(desktop).paths.data_dir / "thumbnails"
    assert len(list(thumbnails.rglob("*.png"))) >= 1, "cached on disk by file hash"
    view.grid.selectAll()
    assert len(view.selected_ids()) == 5, "the grid and the table share one selection"
    view.show_grid(False)
    assert view.table.isVisible() and not view.grid.isVisible()
