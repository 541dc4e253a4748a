"""The update notice in the running app: silent by default, a status-bar button when the user
turned checks on and the feed has a newer release; the browser opens only after asking."""

from __future__ import annotations

from unittest import mock

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.settings import DeviceSettings
from tests.core.feed_server import FeedServer
from tests.desktop.conftest import start_app

NEWER = {"version": "99.0.0", "notes": "Big one.", "page": "https://convosphere.example/dl"}


def test_no_update_request_unless_turned_on(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    with FeedServer(NEWER) as feed:
        device = DeviceSettings(app_paths.device_settings)
        device.set("ui.first_run_done", True)
        device.set("updates.feed_url", feed.url)
        desktop = start_app(qtbot, qapp, app_paths)
        try:
            qtbot.wait(300)
            assert feed.requests == []
            assert desktop.update_notice.button is None
        finally:
            desktop.shutdown()


def test_a_newer_release_shows_a_button_that_asks_before_opening_the_page(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    with FeedServer(NEWER) as feed:
        device = DeviceSettings(app_paths.device_settings)
        device.set("ui.first_run_done", True)
        device.set("updates.check", True)
        device.set("updates.feed_url", feed.url)
        desktop = start_app(qtbot, qapp, app_paths)
        try:
            notice = desktop.update_notice
            qtbot.waitUntil(lambda: notice.button is not None, timeout=10_000)
            assert notice.button is not None
            assert notice.button.text() == "Version 99.0.0 is available…"
            assert notice.button.isVisible()
            assert feed.requests == ["/feed.json"]
            desktop.window.resize(1100, 700)
            qtbot.wait(100)
            desktop.window.grab().save("/work/shots/release/update-available.png")
            no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
            with (
                mock.patch.object(QMessageBox, "question", return_value=no) as asked,
                mock.patch("desktop.shell.updates.QDesktopServices.openUrl") as opened,
            ):
                notice.button.click()
                assert "99.0.0" in asked.call_args.args[2]
                opened.assert_not_called()
            with (
                mock.patch.object(QMessageBox, "question", return_value=yes),
                mock.patch("desktop.shell.updates.QDesktopServices.openUrl") as opened,
            ):
                notice.button.click()
                opened.assert_called_once_with(QUrl("https://convosphere.example/dl"))
            assert feed.requests == ["/feed.json"], "nothing but the feed was fetched"
        finally:
            desktop.shutdown()
