"""The document list: lazy model, filters, selection of all matching, trash with Undo, tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.library.documents import DocumentRow, SortColumn
from core.library.tags import TagService
from desktop.app import DesktopApp
from desktop.knowledge.document_model import PAGE_SIZE, TAGS_ROLE, DocumentTableModel
from desktop.knowledge.documents_view import DocumentsView
from desktop.knowledge.page import KnowledgePage
from desktop.library.tag_manager import TagManagerDialog
from tests.core.library import add_documents


@pytest.fixture(autouse=True)
def _failures_are_printed_not_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A failed operation would open a modal box and hang the test: record it instead."""
    seen: list[str] = []

    def warn(_parent: object, title: str, text: str) -> None:
        seen.append(f"{title}: {text}")
        print("operation failed:", title, text)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return seen


def _row(i: int) -> DocumentRow:
    return DocumentRow(f"id-{i}", f"Doc {i}", "pdf", i, 1024 * i, 0, "ready", None, "", "", False)


def test_view_shows_a_quiet_state_before_attach(qtbot: QtBot) -> None:
    view = DocumentsView()
    qtbot.addWidget(view)
    view.refresh()  # harmless before attach
    assert view._waiting.text() == "Opening your data…"


def test_model_loads_pages_only_as_the_view_scrolls(qtbot: QtBot) -> None:
    asked: list[int] = []

    def loader(ids, deliver):  # type: ignore[no-untyped-def]
        asked.append(len(ids))
        deliver([_row(int(i.split("-")[1])) for i in ids])

    model = DocumentTableModel(loader)
    model.set_snapshot([f"id-{i}" for i in range(1000)])
    assert model.rowCount() == PAGE_SIZE and model.matching_count == 1000
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE and asked == [PAGE_SIZE, PAGE_SIZE]
    assert model.index(3, 4).data() == "3.0\u00a0KB"  # core.i18n.size: never split
    assert model.index(3, 4).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    with qtbot.waitSignal(model.sort_requested) as sorted_by:
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert sorted_by.args[0].column is SortColumn.TITLE and not sorted_by.args[0].descending


def test_stale_pages_from_an_old_snapshot_are_dropped() -> None:
    pending = []
    model = DocumentTableModel(lambda ids, deliver: pending.append((ids, deliver)))
    model.set_snapshot(["id-1", "id-2"])
    model.set_snapshot(["id-3"])
    _old_ids, old_deliver = pending[0]
    old_deliver([_row(1), _row(2)])
    assert model.rowCount() == 0
    pending[1][1]([_row(3)])
    assert model.rowCount() == 1


def _attached(qtbot: QtBot, desktop_app: DesktopApp) -> DocumentsView:
    """The Knowledge page's document list, as the app built and attached it."""
    assert desktop_app.services is not None and desktop_app.ops is not None
    desktop_app.window.resize(1300, 800)
    page = desktop_app.window.go_to("knowledge")
    assert isinstance(page, KnowledgePage)
    view = page.documents
    assert isinstance(view, DocumentsView)
    qtbot.waitUntil(lambda: hasattr(view, "model"), timeout=5000)
    page.stack.setCurrentWidget(view)  # the list, also before the count says it has rows
    return view


def test_filter_select_all_matching_trash_and_undo(
    qtbot: QtBot, desktop_app: DesktopApp, tmp_path: Path
) -> None:
    services = desktop_app.services
    assert services is not None
    ids = add_documents(services, 30)
    TagService(services.database, services.recorder, services.workspace_id).tag_documents(
        ids[:12], ["red"]
    )
    view = _attached(qtbot, desktop_app)
    qtbot.waitUntil(lambda: view.model.rowCount() == 30, timeout=5000)
    qtbot.waitUntil(lambda: "red" in view.filters.tags.completer_names(), timeout=5000)
    assert view.model.index(0, 2).data(TAGS_ROLE) == ()
    assert [name for name, _ in view.model.index(29, 2).data(TAGS_ROLE)] == ["red"]

    view.filters.tags.setText("RED")
    qtbot.waitUntil(lambda: view.model.rowCount() == 12, timeout=5000)
    view.table.selectRow(0)
    assert "Select all 12 matching" in view.status.text()
    view.select_all_matching()
    assert sorted(view.selected_ids()) == sorted(ids[:12])

    view.library_actions[-1].click()  # Move to trash
    qtbot.waitUntil(lambda: view.strip.undo.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: view.model.matching_count == 0, timeout=5000)
    assert "No documents match" in view.empty.text()
    view.filters.clear()
    view.show_trash(True)
    qtbot.waitUntil(lambda: view.model.matching_count == 12, timeout=5000)
    assert view.trash_button.text() == "Trash (12)"

    view.strip.undo.click()
    qtbot.waitUntil(lambda: view.model.matching_count == 0 and not view.strip.undo.isVisible(),
                    timeout=10_000)  # fmt: skip
    view.show_trash(False)
    qtbot.waitUntil(lambda: view.model.matching_count == 30, timeout=5000)


def test_enter_opens_the_current_document(qtbot: QtBot, desktop_app: DesktopApp) -> None:
    assert desktop_app.services is not None
    ids = add_documents(desktop_app.services, 2)
    view = _attached(qtbot, desktop_app)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    with qtbot.waitSignal(view.open_document) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [ids[0]]  # newest first: row 1 is the first made


def test_tag_chips_paint_without_errors(qtbot: QtBot, desktop_app: DesktopApp) -> None:
    services = desktop_app.services
    assert services is not None
    ids = add_documents(services, 3)
    tags = TagService(services.database, services.recorder, services.workspace_id)
    tags.tag_documents(ids, ["alpha", "beta", "a much longer tag name", "delta", "epsilon"])
    view = _attached(qtbot, desktop_app)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    pixmap: QPixmap = view.table.grab()
    assert not pixmap.isNull()


def test_tag_manager_delete_says_how_many_documents(qtbot: QtBot, desktop_app: DesktopApp) -> None:
    services, ops = desktop_app.services, desktop_app.ops
    assert services is not None and ops is not None
    ids = add_documents(services, 7)
    tags = TagService(services.database, services.recorder, services.workspace_id)
    tags.tag_documents(ids[:5], ["draft"])
    tags.create("keep")
    dialog = TagManagerDialog(tags, ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    asked: list[str] = []
    dialog.confirm = lambda _parent, _title, text: asked.append(text) or True
    dialog.table.selectRow(0)
    dialog._delete()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert "removed from 5 documents" in asked[0]
    assert [t.name for t in tags.list_tags()] == ["keep"]

    dialog.model.setData(dialog.model.index(0, 0), "Kept")
    qtbot.waitUntil(lambda: dialog.model.tags[0].name == "Kept", timeout=5000)
