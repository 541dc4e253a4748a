"""Sync checked from outside, with the CLI only: a real server process, two data dirs, real
files. The acceptance of the sync issue, step by step."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.knowledge_fixtures.files import pdf

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"


def run(*args: str, stdin: str = "", data: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    tail = ["--data-dir", str(data)] if data is not None else []
    return subprocess.run(
        [sys.executable, "-m", *args, *tail],
        cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=180, env=env,
        check=False,
    )  # fmt: skip


def app(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    done = run("desktop", *args, stdin=stdin, data=data)
    assert done.returncode == 0, f"convosphere {' '.join(args)}: {done.stderr}"
    return done


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The embedded server (one process, SQLite and files on disk), with one user."""
    data = tmp_path / "server"
    made = run(
        "sync.server.cli", "--data-dir", str(data), "users", "create", "ada@example.com",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "--data-dir", str(data), "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            assert process.poll() is None, process.communicate()[0]
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


def documents(data: Path) -> dict[str, list[str]]:
    """Title -> sorted tag names, of the documents not in the trash."""
    rows = json.loads(app(data, "docs", "list", "--json", "--limit", "0").stdout)
    return {row["title"]: sorted(row["tags"]) for row in rows}


def test_two_devices_converge_through_the_server_files_and_all(tmp_path: Path, server: str) -> None:
    first, second = tmp_path / "laptop", tmp_path / "desktop"
    for data in (first, second):
        app(data, "sync", "login", server, "--email", "ada@example.com", "--password-stdin",
            stdin=PASSWORD + "\n")  # fmt: skip

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "lighthouse.md").write_text(
        "# Skerryvore\n\nThe keeper logs the fog horn every 37 minutes on stormy nights.\n",
        encoding="utf-8",
    )
    pdf(folder / "tides.pdf", ["Tide table.", "High water at Mull: 04:12 and 16:37."],
        title="Tide Table")  # fmt: skip
    app(first, "import", str(folder), "--quiet")
    app(first, "docs", "tag", "--all", "Coast")

    app(first, "sync", "now")
    app(second, "sync", "now")
    assert documents(second) == {"Skerryvore": ["Coast"], "Tide Table": ["Coast"]}
    found = app(second, "search", "how often is the fog horn logged", "--json").stdout
    assert json.loads(found)[0]["title"] == "Skerryvore", "the file came across and was indexed"

    # Offline on both: the tag renamed on one, a document trashed on the other.
    app(first, "tags", "rename", "Coast", "Shore")
    tide = json.loads(app(second, "docs", "list", "--json").stdout)
    tide_id = next(d["id"] for d in tide if d["title"] == "Tide Table")
    app(second, "docs", "delete", "--ids", tide_id)
    for _ in range(2):
        app(first, "sync", "now")
        app(second, "sync", "now")
    assert documents(first) == documents(second) == {"Skerryvore": ["Shore"]}
    status = json.loads(app(second, "sync", "status", "--json").stdout)
    synced = [w for w in status["workspaces"] if w["synced"]]
    assert status["signed_in"] and len(synced) == 1 and synced[0]["waiting"] == 0


def test_sync_now_says_clearly_when_the_server_is_unreachable(tmp_path: Path) -> None:
    data = tmp_path / "laptop"
    done = run("desktop", "sync", "login", f"http://127.0.0.1:{free_port()}", "--email",
               "ada@example.com", "--password-stdin", stdin=PASSWORD + "\n", data=data)  # fmt: skip
    assert done.returncode == 1
    assert "cannot be reached" in done.stderr and "Traceback" not in done.stderr
