"""Tagging many documents at once: every tag added is reported, tagging has Undo, and Merge
into… offers the selected tags as the one to keep."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.library.tags import TagService
from desktop.app import DesktopApp
from desktop.library.tag_manager import TagManagerDialog
from tests.core.library import add_documents
from tests.desktop.test_documents_view import _attached


@pytest.fixture(autouse=True)
def _no_modal_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    def warn(_parent: object, title: str, text: str) -> None:
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warn)


def tag_names(desktop_app: DesktopApp, ids: list[str]) -> dict[str, set[str]]:
    services = desktop_app.services
    assert services is not None
    rows = services.library.catalog.rows(ids)
    return {r.id: {t.name for t in r.tags} for r in rows}


def test_adding_two_tags_reports_both_and_undo_takes_them_off(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    assert desktop_app.services is not None
    ids = add_documents(desktop_app.services, 3)
    view = _attached(qtbot, desktop_app)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    view.select_all_matching()
    view.tag_selected(["red", "blue"])
    qtbot.waitUntil(lambda: view.strip.undo.isVisible(), timeout=10_000)
    report = view.strip.label.text()
    assert "“red”" in report and "“blue”" in report, report
    assert all(names == {"red", "blue"} for names in tag_names(desktop_app, ids).values())

    view.strip.undo.click()
    qtbot.waitUntil(
        lambda: all(not names for names in tag_names(desktop_app, ids).values()), timeout=10_000
    )


def test_merge_into_offers_the_selected_tags_and_keeps_the_chosen_one(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    services, ops = desktop_app.services, desktop_app.ops
    assert services is not None and ops is not None
    ids = add_documents(services, 4)
    tags = TagService(services.database, services.recorder, services.workspace_id)
    tags.tag_documents(ids[:2], ["ML"])
    tags.tag_documents(ids[2:], ["machine-learning"])
    tags.create("unrelated")
    dialog = TagManagerDialog(tags, ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    names = [t.name for t in dialog.model.tags]
    dialog.table.selectRow(names.index("ML"))
    dialog.table.selectionModel().select(
        dialog.model.index(names.index("machine-learning"), 0),
        dialog.table.selectionModel().SelectionFlag.Select
        | dialog.table.selectionModel().SelectionFlag.Rows,
    )
    offered = dialog.merge_targets()
    assert set(offered[:2]) == {"ML", "machine-learning"}, offered
    dialog.confirm = lambda _parent, _title, _text: True
    dialog.merge(dialog.selected(), "machine-learning")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert all(names == {"machine-learning"} for names in tag_names(desktop_app, ids).values())
