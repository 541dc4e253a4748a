"""The window from 640×600 up: the sidebar folds to icons (Ctrl+B, remembered), the
conversation list becomes a drawer, the Knowledge filters fold into a popover, and a
touch-friendly mode makes targets larger."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from desktop.chat.page import ChatPage
from desktop.knowledge.page import KnowledgePage
from desktop.settings.page import SettingsPage
from tests.desktop.conftest import start_app


def inside(child: QWidget, parent: QWidget) -> bool:
    """Whether ``child`` is drawn whole within ``parent``."""
    top_left = child.mapTo(parent, child.rect().topLeft())
    return parent.rect().contains(QRect(top_left, child.size()))


def overlaps(a: QWidget, b: QWidget, within: QWidget) -> bool:
    rect_a = QRect(a.mapTo(within, a.rect().topLeft()), a.size())
    rect_b = QRect(b.mapTo(within, b.rect().topLeft()), b.size())
    return rect_a.intersects(rect_b)


def test_at_700_by_700_the_chat_fits_and_its_list_is_a_drawer(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    window = desktop_app.window
    window.resize(700, 700)
    page = window.go_to("chat")
    assert isinstance(page, ChatPage)
    qtbot.waitUntil(lambda: page.is_narrow(), timeout=3000)
    assert window.sidebar_collapsed(), "a narrow window shows the pages as icons"
    assert window.sidebar.width() < 80
    assert not page.panel.isVisible()
    assert page.drawer_button.isVisible()
    for widget in (page.composer, page.header, page.stack):
        assert inside(widget, page), f"{widget} is clipped"
    page.drawer_button.click()
    assert page.panel.isVisible() and page.panel.x() == 0
    chat = desktop_app.services.chat  # type: ignore[union-attr]
    record = chat.conversations.create("Trip plans")
    page.panel.reload()
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=5000)
    page.panel.conversation_chosen.emit(record.id)
    assert not page.panel.isVisible(), "choosing a conversation closes the drawer"

    window.resize(1200, 800)
    qtbot.waitUntil(lambda: not page.is_narrow(), timeout=3000)
    assert page.panel.isVisible() and not page.drawer_button.isVisible()
    assert not overlaps(page.panel, page.stack, page)
    assert not window.sidebar_collapsed()


def test_ctrl_b_collapses_the_sidebar_and_it_is_remembered(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, desktop_app: DesktopApp
) -> None:
    window = desktop_app.window
    window.resize(1200, 800)
    window.activateWindow()
    assert not window.sidebar_collapsed()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar_collapsed()
    assert all(window.sidebar.item(r).text() == "" for r in range(window.sidebar.count()))
    assert window.sidebar.item(0).toolTip() == "Chat"
    qtbot.waitUntil(
        lambda: DeviceSettings(app_paths.device_settings).get("ui.sidebar_collapsed"),
        timeout=3000,
    )
    desktop_app.shutdown()
    again = start_app(qtbot, qapp, app_paths)
    again.window.resize(1200, 800)
    assert again.window.sidebar_collapsed()
    again.shutdown()


def test_knowledge_filters_fold_into_a_popover_instead_of_shrinking(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    window = desktop_app.window
    window.resize(700, 700)
    page = window.go_to("knowledge")
    assert isinstance(page, KnowledgePage)
    filters = page.documents.filters
    page.stack.setCurrentWidget(page.documents)
    qtbot.waitUntil(lambda: filters.isVisible() and filters.is_compact(), timeout=3000)
    assert filters.more.isVisible()
    assert not filters.tag_mode.isVisible() and not filters.doc_type.isVisible()
    filters.more.click()
    qtbot.waitUntil(filters.popover.isVisible, timeout=3000)
    for combo in (filters.tag_mode, filters.doc_type):
        assert combo.isVisible()
        assert combo.width() >= combo.minimumSizeHint().width(), "no combo is clipped"
    filters.popover.hide()
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: not filters.is_compact(), timeout=3000)
    assert filters.tag_mode.isVisible() and not filters.more.isVisible()


def test_touch_friendly_mode_makes_buttons_larger(qtbot: QtBot, desktop_app: DesktopApp) -> None:
    page = desktop_app.window.go_to("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.loading.isHidden(), timeout=5000)
    button = page.findChild(QPushButton)
    combo = page.findChild(QComboBox)
    assert button is not None and combo is not None
    before = (button.sizeHint().height(), combo.sizeHint().height())
    page.editor("appearance.touch_mode").setChecked(True)
    qtbot.waitUntil(lambda: desktop_app.theme.touch, timeout=5000)
    after = (button.sizeHint().height(), combo.sizeHint().height())
    assert after[0] >= 34 > before[0] and after[1] >= 34 > before[1]
    assert DeviceSettings(desktop_app.paths.device_settings).get("appearance.touch_mode")
