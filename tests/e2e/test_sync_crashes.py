"""Sync survives kill -9, checked with real processes: the CLI killed between applying a page
and saving its cursor, mid-upload and mid-download, and the server killed mid-pull. Each time
the next ``sync now`` finishes the job, nothing is lost and nothing is applied twice."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db.models import Conversation, Document, Message, SyncState
from core.ids import new_id
from core.paths import AppPaths
from core.root import Root, open_root
from tests.e2e.test_sync_cli import PASSWORD, ROOT, app, free_port, run

EMAIL = "ada@example.com"


class Server:
    """The embedded server as a real process that a test can kill and start again."""

    def __init__(self, data: Path) -> None:
        self.data, self.port = data, free_port()
        made = run("sync.server.cli", "--data-dir", str(data), "users", "create", EMAIL,
                   "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
        assert made.returncode == 0, made.stderr
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "--data-dir", str(self.data), "serve",
             "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while run_ok(self.url) is False:
            assert self.process.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def run_ok(url: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{url}/v1/healthz/live", timeout=0.5).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    made = Server(tmp_path / "server")
    yield made
    made.stop()


def signed_in(server: Server, data: Path) -> Path:
    app(data, "sync", "login", server.url, "--email", EMAIL, "--password-stdin",
        stdin=PASSWORD + "\n")  # fmt: skip
    return data


def crashing(point: str, data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.e2e.crash_points", point, "--", *args, "--data-dir",
         str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=180, env={**os.environ, **env},
        check=False,
    )  # fmt: skip


def opened(data: Path) -> Root:
    return open_root(AppPaths(data, data / "config"))


def write_messages(data: Path, count: int) -> str:
    """``count`` messages in one conversation, as someone typing on that device would."""
    root = opened(data)
    try:
        with root.database.write() as session:
            chat = root.recorder.create(
                session, Conversation, workspace_id=root.workspace_id, title="Field notes"
            )
            root.recorder.create_many(
                session, Message,
                [{"id": new_id(), "conversation_id": chat.id, "role": "user",
                  "content": f"note {n}", "state": "complete"} for n in range(count)],
                workspace_id=root.workspace_id,
            )  # fmt: skip
            return chat.id
    finally:
        root.close()


def message_texts(data: Path) -> list[str]:
    root = opened(data)
    try:
        with root.database.read() as session:
            return sorted(session.scalars(select(Message.content)))
    finally:
        root.close()


def cursor(data: Path) -> str:
    root = opened(data)
    try:
        with root.database.read() as session:
            return session.scalars(select(SyncState.cursor)).first() or ""
    finally:
        root.close()


def test_a_client_killed_between_applying_a_page_and_saving_its_cursor_loses_nothing(
    tmp_path: Path, server: Server
) -> None:
    laptop, desk = signed_in(server, tmp_path / "laptop"), signed_in(server, tmp_path / "desk")
    write_messages(laptop, 2500)  # three pages
    app(laptop, "sync", "now")
    before = cursor(desk)

    killed = crashing("after-apply", desk, "sync", "now")
    assert killed.returncode == -signal.SIGKILL
    # The first page committed with its cursor; the second page's rows went with the process.
    texts = message_texts(desk)
    assert 0 < len(texts) <= 1000 and cursor(desk) != before

    app(desk, "sync", "now")
    assert message_texts(desk) == sorted(f"note {n}" for n in range(2500))  # each exactly once


def test_an_upload_killed_midway_resumes_and_arrives_whole(tmp_path: Path, server: Server) -> None:
    from sync.protocol import BLOB_PART_BYTES

    laptop, desk = signed_in(server, tmp_path / "laptop"), signed_in(server, tmp_path / "desk")
    big = tmp_path / "survey.txt"
    big.write_text(bulky("Grid square 14: limestone pavement, grykes 30 cm deep.",
                         2 * BLOB_PART_BYTES + 1000), encoding="utf-8")  # fmt: skip
    app(laptop, "import", str(big), "--quiet")

    killed = crashing("mid-upload", laptop, "sync", "now")
    assert killed.returncode == -signal.SIGKILL
    pending = list((server.data / "blobs" / ".pending").rglob("*"))
    assert any(p.is_file() and p.stat().st_size == BLOB_PART_BYTES for p in pending)

    app(laptop, "sync", "now")
    app(desk, "sync", "now")
    assert file_of(desk, "survey") == hashlib.sha256(big.read_bytes()).hexdigest()


def test_a_download_killed_midway_resumes_and_is_checked(tmp_path: Path, server: Server) -> None:
    laptop, desk = signed_in(server, tmp_path / "laptop"), signed_in(server, tmp_path / "desk")
    big = tmp_path / "census.txt"
    big.write_text(bulky("Household 88: two adults, one child, a lurcher called Moss.",
                         3_000_000), encoding="utf-8")  # fmt: skip
    app(laptop, "import", str(big), "--quiet")
    app(laptop, "sync", "now")

    killed = crashing("mid-download", desk, "sync", "now")
    assert killed.returncode == -signal.SIGKILL
    partial = [p for p in (desk / "files" / ".partial").glob("*") if p.is_file()]
    assert len(partial) == 1 and 0 < partial[0].stat().st_size < big.stat().st_size

    app(desk, "sync", "now")
    assert file_of(desk, "census") == hashlib.sha256(big.read_bytes()).hexdigest()
    found = app(desk, "search", "what is the lurcher called", "--json").stdout
    assert "Moss" in found


def test_a_server_killed_mid_pull_is_reported_and_the_next_round_finishes(
    tmp_path: Path, server: Server
) -> None:
    laptop, desk = signed_in(server, tmp_path / "laptop"), signed_in(server, tmp_path / "desk")
    write_messages(laptop, 2500)
    app(laptop, "sync", "now")
    assert server.process is not None

    cut = crashing("server-mid-pull", desk, "sync", "now",
                   CRASH_SERVER_PID=str(server.process.pid))  # fmt: skip
    assert cut.returncode == 1
    assert "cannot be reached" in cut.stderr and "Traceback" not in cut.stderr
    server.process.wait(10)
    server.start()  # the same data dir and port: it restarts after the crash

    app(desk, "sync", "now")
    assert message_texts(desk) == sorted(f"note {n}" for n in range(2500))


def bulky(fact: str, size: int) -> str:
    """A text file of ``size`` bytes that is quick to index: one fact, then blank lines (the
    bytes are what these tests move; embedding megabytes of prose would only cost time)."""
    return fact + "\n" * (size - len(fact))


def file_of(data: Path, title: str) -> str:
    """The sha256 of the bytes the document titled ``title`` has on this device."""
    root = opened(data)
    try:
        with root.database.read() as session:
            sha = session.scalars(select(Document.file_sha256).where(Document.title == title)).one()
        path = root.files.path_for(sha)
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    finally:
        root.close()
