"""Test-wide set-up: offscreen Qt, no telemetry, no real keyring, no user data touched."""

from __future__ import annotations

import os

# Before anything imports Qt, onnxruntime or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ["CONVOSPHERE_LANGUAGE"] = "en"  # tests read English; language tests choose others

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from core.paths import AppPaths

# Property tests must not fail because a shared 2-core CI machine is slow for a moment:
# no per-example deadline, no "input generation is slow" health check.
settings.register_profile(
    "convosphere", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("convosphere")

# The test session makes far more Qt calls than a day of use: apply the app's guard against
# PySide6 6.12 freeing None on Python 3.11 (see desktop.app.keep_none_alive) before any test.
from desktop.app import keep_none_alive  # noqa: E402

keep_none_alive()


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may read or write the real user's data, config or keyring files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("CONVOSPHERE_DATA_DIR", raising=False)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """A fresh data dir (with its config inside it) for one test."""
    return AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "data" / "config")


@pytest.fixture
def services(app_paths: AppPaths):  # type: ignore[no-untyped-def]
    """Core services over a fresh, migrated data dir."""
    from core.root import open_root

    opened = open_root(app_paths)
    yield opened
    opened.close()
