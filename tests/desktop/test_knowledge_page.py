"""The Knowledge page as a person uses it: drop files, watch the import, search, open a passage."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.knowledge.page import KnowledgePage
from desktop.knowledge.viewer import ViewerWindow
from tests.knowledge_fixtures import files


def drop(page: KnowledgePage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dragEnterEvent(event)  # type: ignore[arg-type]  # a drop is a drag-enter's subclass
    assert event.isAccepted(), "the page accepts files dragged onto it"
    page.dropEvent(event)


KNOWLEDGE_OPERATIONS = {
    "Starting the import",
    "Reading import progress",
    "Reading imports",
    "Counting documents",
    "Searching",
    "Opening the document",
}


def test_dropped_files_import_with_progress_then_search_opens_the_passage(
    qtbot: QtBot, desktop_app: DesktopApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[tuple[str, str]] = []
    # Record failures instead of opening a modal box (other pages' work runs here too).
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: failures.append((title, text))
    )
    page = desktop_app.window.go_to("knowledge")
    assert isinstance(page, KnowledgePage)
    qtbot.waitUntil(lambda: page.knowledge is not None, timeout=5000)
    assert page.stack.currentWidget() is page.empty
    folder = tmp_path / "in"
    folder.mkdir()
    files.pdf(folder / "turbine.pdf", files.TURBINE_PAGES, title="Turbine Manual")
    (folder / "empty.txt").write_bytes(b"")
    drop(page, [folder / "turbine.pdf", folder / "empty.txt"])
    qtbot.waitUntil(lambda: page.imports.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.imports.title.text().startswith("Imported"), timeout=60_000)
    assert "1 could not be imported" in page.imports.title.text()
    assert "empty.txt is empty" in page.imports.errors.item(0).text()
    assert "pages" in page.imports.detail.text() and "/s" in page.imports.detail.text()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.documents, timeout=5000)

    qtbot.keyClicks(page.search_box, "bearing temp")
    qtbot.waitUntil(lambda: page.results_model.rowCount() > 0, timeout=15_000)
    assert page.stack.currentWidget() is page.results
    hit = page.results_model.hit(0)
    assert hit.title == "Turbine Manual" and hit.page_start == 1
    assert "<b>bearing</b>" in hit.snippet_html().lower()

    index = page.results_model.index(0)
    page.results.activated.emit(index)
    viewer = None

    def viewer_shown() -> bool:
        nonlocal viewer
        viewer = page.findChild(ViewerWindow)
        return viewer is not None and viewer.viewer.canvas.marks.get(0) is not None

    qtbot.waitUntil(viewer_shown, timeout=5000)
    assert viewer is not None
    assert viewer.viewer.heading.text() == "Turbine Manual"
    assert viewer.viewer.canvas.current_page == 1
    assert viewer.viewer.canvas.marks[0].highlight, "the passage found is marked on its page"
    viewer.close()

    page.search_box.clear()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.documents, timeout=5000)
    page.search_box.setText("zzzqqq")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.no_results, timeout=15_000)
    assert [f for f in failures if f[0].removesuffix(" failed") in KNOWLEDGE_OPERATIONS] == []
