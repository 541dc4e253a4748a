"""Starting the real app in a subprocess: smoke run, data dir, startup imports, refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from core.db.migrate import head_revision

HEAVY = ("chromadb", "onnxruntime", "openai", "anthropic", "mcp")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def schema_of(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


def test_smoke_paints_migrates_and_exits_zero(tmp_path: Path) -> None:
    done = run("-m", "desktop", "--smoke", "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["schema"] == head_revision() and report["upgraded"] is True
    assert schema_of(tmp_path / "d" / "app.db") == head_revision()
    assert report["painted_ms"] > 0


def test_data_dir_can_come_from_the_environment(tmp_path: Path) -> None:
    done = run("-m", "desktop", "--smoke", env={"CONVOSPHERE_DATA_DIR": str(tmp_path / "env")})
    assert done.returncode == 0, done.stderr
    assert schema_of(tmp_path / "env" / "app.db") == head_revision()


def smoke_report(done: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert done.returncode == 0, done.stderr
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_smoke_waits_until_the_chat_page_accepts_a_question(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    for first in (True, False):  # a new data dir (no first-run dialog in smoke), then again
        report = smoke_report(run("-m", "desktop", "--smoke", "--data-dir", data))
        assert report["upgraded"] is first
        painted, chat_ready = report["painted_ms"], report["chat_ready_ms"]
        assert isinstance(painted, float) and isinstance(chat_ready, float)
        assert chat_ready >= painted > 0


def test_smoke_opened_on_another_page_still_waits_for_the_chat(tmp_path: Path) -> None:
    done = run("-m", "desktop", "--smoke", "--page", "jobs", "--data-dir", str(tmp_path / "d"))
    assert "chat_ready_ms" in smoke_report(done)


def test_window_paints_before_any_heavy_library_is_imported(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    assert run("-m", "desktop", "--smoke", "--data-dir", data).returncode == 0
    loaded = smoke_report(run("-m", "desktop", "--smoke", "--data-dir", data))["loaded_at_paint"]
    assert isinstance(loaded, list) and "PySide6" in loaded, "what was loaded at the first paint"
    assert set(loaded).isdisjoint(HEAVY), set(loaded) & set(HEAVY)
    # A current database is checked with sqlite3 alone: the ORM loads after the first paint.
    assert set(loaded).isdisjoint({"sqlalchemy", "alembic", "qasync"})


def test_database_from_a_newer_app_stops_startup_with_a_clear_message(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("-m", "desktop", "--smoke", "--data-dir", str(data)).returncode == 0
    con = sqlite3.connect(data / "app.db")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    done = run("-m", "desktop", "--smoke", "--data-dir", str(data))
    assert done.returncode == 1
    assert "newer version of ConvoSphere" in done.stderr
    assert "Traceback" not in done.stderr
    assert schema_of(data / "app.db") == "9999", "the newer database is left as it was"


def test_version_and_info_work_without_a_display(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "nonexistent-platform"}
    version = run("-m", "desktop", "--version", env=env)
    assert version.returncode == 0 and version.stdout.startswith("ConvoSphere ")
    info = run("-m", "desktop", "info", "--json", "--data-dir", str(tmp_path / "d"), env=env)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["schema"] == head_revision()


def test_the_window_follows_the_systems_language_unless_settings_pick_another(
    tmp_path: Path,
) -> None:
    """From outside: a French system gets a French window; Settings → Language wins over it."""
    from core.paths import resolve_paths
    from core.settings import DeviceSettings

    french = {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr", "LC_ALL": "", "CONVOSPHERE_LANGUAGE": ""}
    data = str(tmp_path / "d")
    report = smoke_report(run("-m", "desktop", "--smoke", "--data-dir", data, env=french))
    assert report["language"] == "fr"
    assert "Paramètres" in report["pages"] and "Settings" not in report["pages"]
    DeviceSettings(resolve_paths(data).device_settings).set("appearance.language", "es")
    report = smoke_report(run("-m", "desktop", "--smoke", "--data-dir", data, env=french))
    assert report["language"] == "es" and "Configuración" in report["pages"]
