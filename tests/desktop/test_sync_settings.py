"""Settings → Account & sync, with the real app and a real server process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.settings import DeviceSettings
from desktop.settings.page import SettingsPage
from desktop.sync.indicator import SyncIndicator
from tests.desktop.conftest import start_app
from tests.e2e.test_sync_cli import PASSWORD, server  # noqa: F401  (the server fixture)

WAIT_MS = 30_000


def test_signing_in_from_settings_syncs_and_the_status_bar_says_so(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    server: str,  # noqa: F811
) -> None:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = desktop.window.go_to("settings")
        assert isinstance(page, SettingsPage)
        account = desktop.account
        qtbot.waitUntil(account.isEnabled, timeout=WAIT_MS)
        assert account.form.isVisibleTo(page) and not account.signed.isVisibleTo(page)
        account.password.setText(PASSWORD)
        account.sign_in.click()
        assert "Enter the server" in account.message.text(), "an empty field is named first"
        account.server.setText(server)
        account.email.setText("ada@example.com")
        account.password.setText("wrong password")
        account.sign_in.click()
        qtbot.waitUntil(lambda: account.sign_in.isEnabled(), timeout=WAIT_MS)
        assert "password" in account.message.text().lower()
        account.password.setText(PASSWORD)
        account.sign_in.click()
        qtbot.waitUntil(lambda: account.signed.isVisibleTo(page), timeout=WAIT_MS)
        assert "ada@example.com" in account.account.text()
        label = desktop.window.statusBar().findChild(SyncIndicator, "SyncState")
        assert label is not None
        qtbot.waitUntil(lambda: label.plain_text().startswith("Synced"), timeout=WAIT_MS)
        assert account.password.text() == "", "the password is not kept on screen"
    finally:
        desktop.shutdown()


def test_the_refresh_token_is_kept_out_of_app_db(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    server: str,  # noqa: F811
) -> None:
    from core.root import open_root
    from sync.client.client import open_sync_client
    from tests.sync.harness import in_thread

    root = open_root(app_paths)
    try:
        in_thread(open_sync_client(root).login(server, "ada@example.com", PASSWORD))
        token = root.secrets.get("sync_refresh_token")
    finally:
        root.close()
    assert token
    for path in Path(app_paths.data_dir).glob("app.db*"):
        assert token.encode() not in path.read_bytes()
