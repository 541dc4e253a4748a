"""The main window as a person uses it: pages, shortcuts, status bar, theme, geometry."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from tests.desktop.conftest import start_app

PAGES = ("chat", "knowledge", "tools", "jobs", "settings")


def visible_text(widget: object) -> str:
    labels = widget.findChildren(QLabel)  # type: ignore[attr-defined]
    return " ".join(label.text() for label in labels if label.isVisibleTo(widget))


def test_every_page_opens_with_guidance_instead_of_a_blank_pane(desktop_app: DesktopApp) -> None:
    for key in PAGES:
        page = desktop_app.window.go_to(key)
        assert desktop_app.window.stack.currentWidget() is page
        text = visible_text(page)
        assert len(text) > 60, f"{key} page says too little: {text!r}"
    assert "No conversations yet" in visible_text(desktop_app.window.go_to("chat"))
    assert "knowledge base is empty" in visible_text(desktop_app.window.go_to("knowledge"))
    assert "No tools connected" in visible_text(desktop_app.window.go_to("tools"))


def test_keyboard_shortcuts_reach_settings_chat_and_the_quick_switcher(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    window = desktop_app.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "chat"
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    switcher = desktop_app.switcher
    assert switcher is not None and switcher.isVisible()
    qtbot.keyClicks(switcher.search, "knowl")
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    assert window.current_page() == "knowledge"
    assert not switcher.isVisible()


def test_status_bar_says_whether_the_machine_is_online(desktop_app: DesktopApp) -> None:
    label = desktop_app.window.status.connectivity
    assert "Online" in label.text() or "Offline" in label.text()
    assert label.toolTip()


def test_window_comes_back_where_it_was_left(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, desktop_app: DesktopApp
) -> None:
    desktop_app.window.setGeometry(QRect(12, 24, 780, 520))
    desktop_app.window.close()
    desktop_app.shutdown()
    again = start_app(qtbot, qapp, app_paths)
    geometry = again.window.geometry()
    assert (geometry.width(), geometry.height()) == (780, 520)
    assert (geometry.x(), geometry.y()) == (12, 24)
    again.shutdown()


def test_choosing_dark_theme_repaints_now_and_is_remembered(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, desktop_app: DesktopApp
) -> None:
    from desktop.settings.page import SettingsPage

    page = desktop_app.window.go_to("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.loading.isHidden(), timeout=5000)
    combo = page.editor("appearance.theme")
    combo.setCurrentIndex(combo.findData("dark"))
    qtbot.waitUntil(
        lambda: qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80, timeout=5000
    )
    qtbot.waitUntil(  # saved off the GUI thread: under load it lands after the repaint
        lambda: DeviceSettings(app_paths.device_settings).get("appearance.theme") == "dark",
        timeout=5000,
    )


def test_first_start_offers_provider_setup_and_skipping_is_remembered(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    from desktop.settings.first_run import ProviderSetupDialog

    seen: list[str] = []
    poller = QTimer(interval=50)

    def skip_when_shown() -> None:
        dialog = qapp.activeModalWidget()
        if isinstance(dialog, ProviderSetupDialog):
            poller.stop()
            seen.append(dialog.windowTitle())
            dialog.skip_button.click()

    poller.timeout.connect(skip_when_shown)
    poller.start()
    desktop = start_app(qtbot, qapp, app_paths)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == ["Welcome to ConvoSphere"]
    qtbot.waitUntil(
        lambda: DeviceSettings(app_paths.device_settings).get("ui.first_run_done"), timeout=5000
    )
    desktop.shutdown()


def test_every_image_the_style_sheets_name_exists_and_combos_show_their_arrow(
    qtbot: QtBot, qapp: QApplication
) -> None:
    import re

    from PySide6.QtGui import QColor, QPixmap
    from PySide6.QtWidgets import QComboBox

    from resources import style_sheet

    for theme in ("light", "dark"):
        urls = re.findall(r'url\("([^"]+)"\)', style_sheet(theme))
        assert urls, f"the {theme} style sheet names its images"
        for url in urls:
            assert not QPixmap(url).isNull(), f"{theme}: {url} does not load"
    combo = QComboBox()
    combo.setStyleSheet(style_sheet("light"))
    combo.addItems(["General assistant"])
    combo.resize(180, 30)
    qtbot.addWidget(combo)
    image = combo.grab().toImage()
    arrow = QColor("#5d6877")  # the chevron's stroke

    def close_to_arrow(colour: QColor) -> bool:
        return (
            abs(colour.red() - arrow.red())
            + abs(colour.green() - arrow.green())
            + abs(colour.blue() - arrow.blue())
        ) < 90

    near = [
        (x, y)
        for x in range(combo.width() - 22, combo.width())
        for y in range(combo.height())
        if close_to_arrow(image.pixelColor(x, y))
    ]
    assert len(near) >= 6, "the drop-down arrow is drawn"
