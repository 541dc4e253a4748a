"""The conversations' trash: in the app (restore, delete forever, empty) and from the CLI, where
each command is a process of its own, so what it does survives a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.paths import AppPaths, resolve_paths
from core.root import open_root
from desktop.app import DesktopApp
from desktop.chat.page import ChatPage

ROOT = Path(__file__).resolve().parents[2]


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def listed(data: Path, *flags: str) -> list[dict[str, object]]:
    done = convosphere(data, "conversations", "list", "--json", *flags)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_cli_trash_and_restore_survive_a_restart(tmp_path: Path) -> None:
    root = open_root(resolve_paths(tmp_path))
    kept = root.chat.conversations.create("Kept")
    gone = root.chat.conversations.create("Trip plans")
    root.close()

    trashed = convosphere(tmp_path, "conversations", "trash", gone.id)
    assert trashed.returncode == 0, trashed.stderr
    assert "Trip plans" in trashed.stdout
    assert [c["id"] for c in listed(tmp_path, "--trash")] == [gone.id]
    assert [c["id"] for c in listed(tmp_path)] == [kept.id]

    restored = convosphere(tmp_path, "conversations", "restore", gone.id)
    assert restored.returncode == 0, restored.stderr
    assert listed(tmp_path, "--trash") == []
    assert {c["id"] for c in listed(tmp_path)} == {kept.id, gone.id}

    missing = convosphere(tmp_path, "conversations", "restore", "no-such-id")
    assert missing.returncode == 2
    assert "no-such-id" in missing.stderr


def test_trash_lists_deleted_conversations_and_restores_them_after_undo_is_gone(
    qtbot: QtBot, desktop_app: DesktopApp, app_paths: AppPaths
) -> None:
    chat = desktop_app.services.chat  # type: ignore[union-attr]
    first = chat.conversations.create("Budget 2027")
    second = chat.conversations.create("Holiday ideas")
    chat.conversations.trash(first.id)
    chat.conversations.trash(second.id)
    page = desktop_app.window.go_to("chat")
    assert isinstance(page, ChatPage)
    panel = page.panel
    panel.trash_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    assert {r.title for r in panel.model.records} == {"Budget 2027", "Holiday ideas"}
    assert panel.empty_trash_button.isVisibleTo(panel)

    record = next(r for r in panel.model.records if r.id == first.id)
    panel.restore(record)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert chat.conversations.get(first.id).title == "Budget 2027"

    record = panel.model.records[0]
    panel.delete_forever(record)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert chat.conversations.trashed() == []
    assert "trash is empty" in panel.empty_note.text()
    assert not panel.empty_trash_button.isVisibleTo(panel)

    panel.trash_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.records[0].id == first.id


def test_empty_trash_asks_first_then_deletes_every_trashed_conversation(
    qtbot: QtBot, desktop_app: DesktopApp, monkeypatch: object
) -> None:
    chat = desktop_app.services.chat  # type: ignore[union-attr]
    for title in ("One", "Two", "Three"):
        chat.conversations.trash(chat.conversations.create(title).id)
    page = desktop_app.window.go_to("chat")
    assert isinstance(page, ChatPage)
    panel = page.panel
    panel.trash_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=5000)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)  # type: ignore[attr-defined]
    panel.empty_trash_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert asked and "3 conversations" in asked[0]
    assert chat.conversations.trashed() == []
