"""Settings declared once: validation, where each scope is stored, and surviving bad files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core.chat.resolution import configure_provider
from core.paths import AppPaths
from core.root import Root, open_root
from core.settings import SETTINGS, DeviceSettings, Scope, SettingError


def test_every_setting_is_fully_declared() -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    for spec in SETTINGS:
        assert spec.label and spec.description.endswith((".", ")")), spec.key
        assert spec.validate(spec.default) == spec.default, f"{spec.key}: default must be valid"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("jobs.max_concurrent", 0, "between 1 and 4"),
        ("jobs.max_concurrent", "many", "must be a number"),
        ("appearance.theme", "purple", "Follow the system, Light, Dark"),
        ("ui.first_run_done", "yes", "on or off"),
        ("no.such.setting", 1, "no setting called"),
    ],
)
def test_invalid_values_are_refused_with_a_message_that_says_what_is_allowed(
    services: Root, key: str, value: object, message: str
) -> None:
    with pytest.raises(SettingError, match=message):
        services.settings.set(key, value)


def test_device_settings_stay_in_the_device_file_and_others_in_the_database(
    services: Root, app_paths: AppPaths
) -> None:
    services.settings.set("appearance.theme", "dark")
    services.settings.set("chat.model", "gpt-4o-mini")
    on_disk = json.loads(app_paths.device_settings.read_text())
    assert on_disk == {"appearance.theme": "dark"}
    con = sqlite3.connect(app_paths.database)
    rows = dict(con.execute("SELECT key, value FROM setting").fetchall())
    con.close()
    assert json.loads(rows["chat.model"]) == "gpt-4o-mini"
    assert "appearance.theme" not in rows
    scopes = {s.key: s.scope for s in SETTINGS}
    assert scopes["appearance.theme"] is Scope.DEVICE and scopes["chat.model"] is Scope.USER


def test_listeners_hear_only_saved_values(services: Root) -> None:
    heard: list[tuple[str, object]] = []
    services.settings.subscribe(lambda k, v: heard.append((k, v)))
    services.settings.set("jobs.max_attempts", "5")
    with pytest.raises(SettingError):
        services.settings.set("jobs.max_attempts", 50)
    assert heard == [("jobs.max_attempts", 5)]


def test_a_damaged_device_settings_file_is_set_aside_and_defaults_apply(tmp_path: Path) -> None:
    path = tmp_path / "device-settings.json"
    path.write_text('{"appearance.theme": "dark", ')
    settings = DeviceSettings(path)
    assert settings.get("appearance.theme") == "system"
    assert (tmp_path / "device-settings.json.corrupt").exists(), "the damaged file is kept"
    settings.set("appearance.theme", "light")
    assert DeviceSettings(path).get("appearance.theme") == "light"


def test_api_keys_never_reach_the_database(app_paths: AppPaths) -> None:
    services = open_root(app_paths)
    where = configure_provider(
        services.settings, services.secrets, "openai", "gpt-4o-mini", "", "sk-test-SECRET-123456"
    )
    services.close()
    assert "SECRET" not in where
    assert b"sk-test-SECRET-123456" not in app_paths.database.read_bytes()
    wal = app_paths.database.with_name("app.db-wal")
    assert not wal.exists() or b"sk-test-SECRET-123456" not in wal.read_bytes()
    reopened = open_root(app_paths)
    assert reopened.secrets.get("openai_api_key") == "sk-test-SECRET-123456"
    assert reopened.settings.get("chat.provider") == "openai"
    reopened.close()
