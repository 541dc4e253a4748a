"""Settings → Account & sync with single sign-on: the real app, a real server process whose
sign-in goes through a real OIDC provider, and "the system browser" caught where Qt opens URLs
(``QDesktopServices.setUrlHandler``) and played with httpx."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.settings import DeviceSettings
from desktop.settings.page import SettingsPage
from tests.desktop.conftest import start_app
from tests.e2e.sso_browser import follow
from tests.e2e.test_sso_cli import ALICE, SsoServer, sso_server  # noqa: F401  (the fixture)

WAIT_MS = 30_000


class BrowserPlayer(QObject):
    """Takes the URLs the app asks the system to open, and signs in there as Alice."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []
        self.pages: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())
        threading.Thread(target=self._visit, args=(url.toString(),), daemon=True).start()

    def _visit(self, url: str) -> None:
        self.pages.append(follow(url, ALICE.username, ALICE.password).text)


@pytest.fixture
def browser() -> Iterator[BrowserPlayer]:
    player = BrowserPlayer()
    QDesktopServices.setUrlHandler("http", player, "open")
    yield player
    QDesktopServices.unsetUrlHandler("http")


def test_sign_in_with_sso_from_settings(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    sso_server: SsoServer,  # noqa: F811
    browser: BrowserPlayer,
) -> None:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = desktop.window.go_to("settings")
        assert isinstance(page, SettingsPage)
        account = desktop.account
        qtbot.waitUntil(account.isEnabled, timeout=WAIT_MS)
        assert not account.sso.isVisibleTo(page), "no SSO button before a server offers it"
        account.server.setText(sso_server.url)
        account.server.editingFinished.emit()
        qtbot.waitUntil(lambda: account.sso.isVisibleTo(page), timeout=WAIT_MS)
        assert account.sso.text() == "Sign in with Example account"

        account.sso.click()

        qtbot.waitUntil(lambda: account.signed.isVisibleTo(page), timeout=WAIT_MS)
        assert "alice@example.com" in account.account.text()
        assert browser.opened[0].startswith(f"{sso_server.url}/v1/auth/sso/authorize?")
        assert "You can close this tab" in browser.pages[0]
    finally:
        desktop.shutdown()


class NoBrowser(QObject):
    """A browser that never comes back (the person closed it)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_a_sign_in_left_in_the_browser_can_be_cancelled(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    sso_server: SsoServer,  # noqa: F811
) -> None:
    nowhere = NoBrowser()
    QDesktopServices.setUrlHandler("http", nowhere, "open")
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = desktop.window.go_to("settings")
        account = desktop.account
        qtbot.waitUntil(account.isEnabled, timeout=WAIT_MS)
        account.server.setText(sso_server.url)
        account.server.editingFinished.emit()
        qtbot.waitUntil(lambda: account.sso.isVisibleTo(page), timeout=WAIT_MS)
        account.sso.click()
        qtbot.waitUntil(lambda: bool(nowhere.opened), timeout=WAIT_MS)
        assert "Finish signing in in your browser" in account.message.text()
        assert not account.sso.isEnabled() and account.sso_cancel.isVisibleTo(page)

        account.sso_cancel.click()

        qtbot.waitUntil(account.sso.isEnabled, timeout=5_000)
        assert "cancelled" in account.message.text()
        assert not account.sso_cancel.isVisibleTo(page)
        assert not account.signed.isVisibleTo(page)
    finally:
        desktop.shutdown()
        QDesktopServices.unsetUrlHandler("http")
