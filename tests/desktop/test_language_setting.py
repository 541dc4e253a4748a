"""Settings → Appearance → Language as a person uses it: picking Deutsch saves it on this
device and offers a restart; "Later" keeps the app running. In German the Settings page
reads in German while each language keeps its own name."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from core import i18n
from core.paths import AppPaths
from core.settings import DeviceSettings
from desktop import language
from desktop.app import DesktopApp
from desktop.settings.page import SettingsPage
from tests.desktop.conftest import start_app

WAIT_MS = 10_000


def shut_down(desktop: DesktopApp) -> None:
    """As the app closes; its connectivity monitor outlives ``shutdown`` (it is not stopped
    there) and must not report to a window that is gone."""
    monitor = getattr(desktop, "monitor", None)
    if monitor is not None:
        monitor.blockSignals(True)
    desktop.shutdown()


@pytest.fixture
def english_app(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DesktopApp]:
    """The app in English by the user's own setting (not forced by the environment, which
    would make every choice in Settings moot)."""
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    device = DeviceSettings(app_paths.device_settings)
    device.set("ui.first_run_done", True)
    device.set("appearance.language", "en")
    desktop = start_app(qtbot, qapp, app_paths)
    yield desktop
    shut_down(desktop)
    language.start("en")  # the other tests read English


def settings_page(qtbot: QtBot, desktop: DesktopApp) -> SettingsPage:
    page = desktop.window.go_to("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.loading.isHidden(), timeout=WAIT_MS)
    return page


def restart_box(desktop: DesktopApp) -> QMessageBox | None:
    box = desktop.window.findChild(QMessageBox, "restartBox")
    return box if box is not None and box.isVisible() else None


def test_picking_deutsch_offers_a_restart_and_later_keeps_the_app_running(
    qtbot: QtBot, english_app: DesktopApp, app_paths: AppPaths
) -> None:
    desktop = english_app
    desktop.window.show()
    page = settings_page(qtbot, desktop)
    combo = page.editor("appearance.language")
    assert isinstance(combo, QComboBox)
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown == ["Follow the system", "English", "Deutsch", "Français", "Español"]
    assert combo.currentData() == "en", "the saved setting is shown"

    combo.setCurrentIndex(combo.findData("de"))

    qtbot.waitUntil(lambda: restart_box(desktop) is not None, timeout=WAIT_MS)
    box = restart_box(desktop)
    assert box is not None
    assert "Deutsch" in box.text() and "restart" in box.text()
    later = next(b for b in box.buttons() if b.text() == "Later")
    stored = json.loads(app_paths.device_settings.read_text(encoding="utf-8"))
    assert stored["appearance.language"] == "de", "saved on this device before the question"

    later.click()
    qtbot.waitUntil(lambda: restart_box(desktop) is None, timeout=WAIT_MS)
    assert not desktop.restart_requested, "Later does not restart"
    assert desktop.window.isVisible(), "the app keeps running"
    assert i18n.language() == "en", "the new language waits for the restart"
    assert DeviceSettings(app_paths.device_settings).get("appearance.language") == "de"
    assert combo.currentData() == "de", "the page keeps the choice"


def test_picking_the_running_language_again_asks_nothing(
    qtbot: QtBot, english_app: DesktopApp
) -> None:
    desktop = english_app
    desktop.window.show()
    page = settings_page(qtbot, desktop)
    combo = page.editor("appearance.language")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("system"))  # the test system speaks English
    qtbot.waitUntil(lambda: desktop.device.get("appearance.language") == "system", timeout=WAIT_MS)
    qtbot.wait(200)
    assert restart_box(desktop) is None, "nothing changes on a restart: nothing to offer"


def test_in_german_the_settings_page_reads_in_german_and_languages_keep_their_names(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "de")
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        assert i18n.language() == "de"
        page = settings_page(qtbot, desktop)
        titles = [label.text() for label in page.findChildren(QLabel, "PageTitle")]
        assert "Einstellungen" in titles
        groups = [box.title() for box in page.findChildren(QGroupBox)]
        assert "Konto && Synchronisierung" in groups and "Ihre Daten" in groups
        combo = page.editor("appearance.language")
        assert isinstance(combo, QComboBox)
        names = [combo.itemText(i) for i in range(1, combo.count())]
        assert names == ["English", "Deutsch", "Français", "Español"], "never translated"
    finally:
        shut_down(desktop)
        language.start("en")  # the other tests read English
