"""Ctrl+K finds conversations, documents, assistants and settings by name, and says so when
nothing matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from desktop.chat.page import ChatPage
from desktop.settings.page import SettingsPage
from desktop.shell.quick_switcher import QuickSwitcher
from tests.desktop.test_settings_page import add_documents


def open_switcher(qtbot: QtBot, desktop_app: DesktopApp) -> QuickSwitcher:
    window = desktop_app.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    switcher = desktop_app.switcher
    assert switcher is not None and switcher.isVisible()
    return switcher


def search(qtbot: QtBot, switcher: QuickSwitcher, text: str, expect: str) -> list[str]:
    switcher.search.clear()
    qtbot.keyClicks(switcher.search, text)
    qtbot.waitUntil(lambda: any(expect in t for t in switcher.visible_texts()), timeout=5000)
    return switcher.visible_texts()


def test_ctrl_k_finds_a_conversation_by_name_and_opens_it(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    chat = desktop_app.services.chat  # type: ignore[union-attr]
    wanted = chat.conversations.create("Quarterly budget review")
    chat.conversations.create("Holiday ideas")
    desktop_app.window.go_to("settings")
    switcher = open_switcher(qtbot, desktop_app)
    shown = search(qtbot, switcher, "budget", "Quarterly budget review")
    assert not any("Holiday" in t for t in shown)
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    page = desktop_app.window.built_pages()["chat"]
    assert isinstance(page, ChatPage) and desktop_app.window.current_page() == "chat"
    qtbot.waitUntil(
        lambda: page.session.conversation is not None and page.session.conversation.id == wanted.id,
        timeout=5000,
    )


def test_ctrl_k_finds_documents_assistants_and_settings(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    add_documents(desktop_app, 2)
    switcher = open_switcher(qtbot, desktop_app)
    assert any("Report 1" in t for t in search(qtbot, switcher, "report 1", "Report 1"))
    assert any("Assistant" in t for t in search(qtbot, switcher, "general", "General assistant"))
    shown = search(qtbot, switcher, "embedding", "Embedding model")
    assert any("Setting" in t for t in shown)
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    page = desktop_app.window.built_pages()["settings"]
    assert isinstance(page, SettingsPage)
    focused: QWidget = page.editor("knowledge.embedding_model")
    qtbot.waitUntil(focused.hasFocus, timeout=5000)


def test_ctrl_k_says_no_match(qtbot: QtBot, desktop_app: DesktopApp) -> None:
    switcher = open_switcher(qtbot, desktop_app)
    qtbot.keyClicks(switcher.search, "zzqx nothing like this")
    assert switcher.visible_texts() == []
    assert switcher.no_match.isVisible()
    assert "No match" in switcher.no_match.text()
