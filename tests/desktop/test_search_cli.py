"""`convosphere search --suggest`, `search history` and "did you mean", run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.paths import AppPaths
from core.root import open_root
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

ROOT = Path(__file__).resolve().parents[2]
ENV = {
    **os.environ,
    "PYTHONIOENCODING": "utf-8",
    "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    "ORT_DISABLE_TELEMETRY": "1",
}


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "search", "--data-dir", str(data), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=ENV,
    )  # fmt: skip


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the fixture corpus imported (Turbine Manual, Garden Notes, …)."""
    root = tmp_path_factory.mktemp("cli")
    data = root / "data"
    services = open_root(AppPaths(data, data / "config"))
    try:
        run_job(services, services.knowledge.import_paths([files.corpus(root / "in")]))
    finally:
        services.close()
    return data


def test_search_records_history_and_suggests_a_spelling(data: Path) -> None:
    done = convosphere(data, "turbin bearnig")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Did you mean: turbine bearing?"
    quoted = convosphere(data, '"roses" AND NOT (x*) 🌹', "--json")
    assert quoted.returncode == 0, quoted.stderr
    assert isinstance(json.loads(quoted.stdout), list)
    listed = convosphere(data, "history")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].endswith('"roses" AND NOT (x*) 🌹') and "CLI" in lines[0]
    assert lines[1].endswith("turbin bearnig")
    history = json.loads(convosphere(data, "history", "--json").stdout)
    assert [h["query"] for h in history] == ['"roses" AND NOT (x*) 🌹', "turbin bearnig"]
    assert set(history[0]) == {"query", "source", "run_count", "last_run", "last_run_ms"}
    assert history[0]["source"] == "cli" and history[0]["run_count"] == 1


def test_suggest_lists_completions_readable_and_as_json(data: Path) -> None:
    plain = convosphere(data, "--suggest", "pe")
    assert plain.returncode == 0, plain.stderr
    assert any(
        line.startswith("Pests") and line.endswith("Heading") for line in plain.stdout.splitlines()
    )
    convosphere(data, "turbine blade")
    rows = json.loads(convosphere(data, "--suggest", "TURB", "--json").stdout)
    assert rows[0] == {"text": "turbine blade", "kind": "history", "label": "Recent search"}
    assert {"text": "Turbine Manual", "kind": "title", "label": "Document"} in rows
    assert convosphere(data, "--suggest", "zzqx").stdout.strip() == "No suggestions for “zzqx”."
    assert json.loads(convosphere(data, "--suggest", '"*(', "--json").stdout) == []


def test_history_can_be_cleared_and_the_word_history_searched(data: Path) -> None:
    convosphere(data, "roses")
    cleared = convosphere(data, "history", "--clear")
    assert cleared.returncode == 0 and cleared.stdout.startswith("Forgot ")
    assert convosphere(data, "history").stdout.strip() == "No searches recorded."
    literal = convosphere(data, "--query", "history")
    assert literal.returncode == 0, literal.stderr
    assert json.loads(convosphere(data, "history", "--json").stdout)[0]["query"] == "history"
    missing = convosphere(data)
    assert missing.returncode == 2 and "say what to search for" in missing.stderr
