"""The ``convosphere`` command in the user's language, run from outside as a user runs it: the
installed entry point in a process of its own, the language from ``CONVOSPHERE_LANGUAGE``, the
data dir's device settings or the system's, argparse's own words included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.paths import AppPaths, resolve_paths
from core.root import open_root
from core.settings import DeviceSettings

ENTRY_POINT = Path(sys.executable).with_name("convosphere")  # [project.scripts] convosphere
LANGUAGE_VARIABLES = ("CONVOSPHERE_LANGUAGE", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")


def convosphere(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the installed command on ``data``; ``env`` sets the language variables (none is
    inherited: tests/conftest.py forces English on this process)."""
    assert ENTRY_POINT.exists(), f"the convosphere entry point is not installed: {ENTRY_POINT}"
    environment = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    environment.update(
        env,
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return subprocess.run(
        [str(ENTRY_POINT), "--data-dir", str(data), *args],
        capture_output=True, text=True, timeout=120, env=environment,
    )  # fmt: skip


def choose_language(data: Path, value: str) -> None:
    """What the Settings page stores for Appearance → Language on this device."""
    DeviceSettings(resolve_paths(data).device_settings).set("appearance.language", value)


def test_help_and_argparse_errors_come_in_german(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shown = convosphere(data, "--help", CONVOSPHERE_LANGUAGE="de")
    assert shown.returncode == 0, shown.stderr
    help_text = shown.stdout
    assert help_text.startswith("Aufruf: convosphere ")
    assert "\nPositionsargumente:\n" in help_text and "\nOptionen:\n" in help_text
    assert "diese Hilfe anzeigen und beenden" in help_text
    assert "Versionsnummer des Programms anzeigen und beenden" in help_text
    assert "Dateien und Ordner in die Wissensbasis importieren" in help_text  # `import`
    assert "usage:" not in help_text and "show this help message" not in help_text

    wrong = convosphere(data, "--page", "nowhere", CONVOSPHERE_LANGUAGE="de")
    assert wrong.returncode == 2
    assert "convosphere: Fehler: Argument --page: ungültige Auswahl: 'nowhere'" in wrong.stderr

    missing = convosphere(data, "tags", "merge", "Old", CONVOSPHERE_LANGUAGE="de")
    assert missing.returncode == 2
    assert "die folgenden Argumente sind erforderlich: --into" in missing.stderr


@pytest.fixture
def queued_import(tmp_path: Path) -> Path:
    """A data dir with an import of 1,205 notes queued (not run)."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for index in range(1205):
        (folder / f"note-{index:04}.md").write_text(f"# Note {index}\n", encoding="utf-8")
    data = tmp_path / "data"
    services = open_root(AppPaths(data, data / "config"))
    try:
        services.knowledge.import_paths([folder])
    finally:
        services.close()
    return data


def test_a_command_speaks_french_and_writes_numbers_the_french_way(queued_import: Path) -> None:
    listed = convosphere(queued_import, "jobs", "list", CONVOSPHERE_LANGUAGE="fr")
    assert listed.returncode == 0, listed.stderr
    line = listed.stdout.strip()
    assert " en attente " in line and "queued" not in line
    assert "0/1\u202f205" in line, line  # French groups digits with a narrow no-break space

    english = convosphere(queued_import, "jobs", "list", CONVOSPHERE_LANGUAGE="en")
    assert " queued " in english.stdout and "0/1,205" in english.stdout

    as_json = convosphere(queued_import, "jobs", "list", "--json", CONVOSPHERE_LANGUAGE="fr")
    job = json.loads(as_json.stdout)[0]  # machine output stays the same in every language
    assert job["state"] == "queued" and job["total"] == 1205


def test_the_language_chosen_in_the_settings_is_used_on_a_c_locale(tmp_path: Path) -> None:
    data = tmp_path / "data"
    choose_language(data, "es")
    shown = convosphere(data, "--help", LANG="C")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("uso: convosphere ")
    assert "\nopciones:\n" in shown.stdout
    assert "importar archivos y carpetas a la base de conocimiento" in shown.stdout
    listed = convosphere(data, "jobs", "list", LANG="C")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "Aún no hay tareas."


def test_following_the_system_uses_the_os_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    choose_language(data, "system")
    listed = convosphere(data, "jobs", "list", LANG="de_DE.UTF-8", LANGUAGE="de")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "Noch keine Aufgaben."
    shown = convosphere(data, "info", "--help", LANG="de_DE.UTF-8", LANGUAGE="de")
    assert shown.stdout.startswith("Aufruf: convosphere info ")
    assert "--json          maschinenlesbare Ausgabe" in shown.stdout
    # The same data dir on an English system answers in English.
    english = convosphere(data, "jobs", "list", LANG="en_US.UTF-8", LANGUAGE="en")
    assert english.stdout.strip() == "No jobs yet."
