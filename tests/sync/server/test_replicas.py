"""Two ``serve`` processes on one PostgreSQL database: a poke pushed through one replica reaches
the devices listening on the other (LISTEN/NOTIFY), with the app's own live sync on the device."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.db.models import Conversation
from core.paths import AppPaths
from core.root import Root, open_root
from sync.client.client import open_sync_client
from sync.client.live import LiveSync
from tests.sync.postgres import PostgresCluster, free_port
from tests.sync.server.test_cli import PASSWORD, Cli

EMAIL = "ada@example.org"
LIVE_LIMIT_S = 1.0


@pytest.fixture
def replicas(postgres_cluster: PostgresCluster, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The base URLs of two replicas sharing one migrated database (blobs on one shared dir)."""
    cli = Cli(tmp_path / "server", postgres_cluster.new_database())
    assert cli("migrate").returncode == 0
    assert cli("users", "create", EMAIL, "--password-stdin", stdin=PASSWORD).returncode == 0
    processes: list[subprocess.Popen[str]] = []
    urls = []
    try:
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen(
                [*cli.args, "serve", "--host", "127.0.0.1", "--port", str(port)],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            processes.append(process)
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("Listening on "):
                    break
            else:
                pytest.fail(f"serve exited with {process.wait()} before listening")
            threading.Thread(target=process.stdout.read, daemon=True).start()
            urls.append(f"http://127.0.0.1:{port}")
        yield urls[0], urls[1]
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def signed_in_device(base: Path, name: str, url: str) -> Root:
    paths = AppPaths(base / name, base / name / "config")
    root = open_root(paths)
    asyncio.run(open_sync_client(root).login(url, EMAIL, PASSWORD))
    root.close()
    return open_root(paths)  # the workspace the sign-in chose, as the app opens it


def title_in(database: Path, conversation_id: str) -> str | None:
    reader = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = reader.execute(
            "SELECT title FROM conversation WHERE id = ?", (conversation_id,)
        ).fetchone()
    finally:
        reader.close()
    return None if row is None else str(row[0])


def wait_for_title(database: Path, conversation_id: str, title: str, limit_s: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < limit_s:
        if title_in(database, conversation_id) == title:
            return time.monotonic() - started
        time.sleep(0.005)
    pytest.fail(
        f"{title!r} did not reach the device on the other replica within {limit_s} s "
        f"(it has {title_in(database, conversation_id)!r})"
    )


def test_an_edit_pushed_through_one_replica_reaches_a_device_on_the_other_within_a_second(
    replicas: tuple[str, str], tmp_path: Path
) -> None:
    url_a, url_b = replicas
    writer = signed_in_device(tmp_path, "writer", url_a)
    listener = signed_in_device(tmp_path, "listener", url_b)
    assert writer.workspace_id == listener.workspace_id
    with writer.database.write() as session:
        conversation_id = writer.recorder.create(
            session, Conversation, workspace_id=writer.workspace_id, title="start"
        ).id
    writer_client = open_sync_client(writer)
    asyncio.run(writer_client.sync_now())
    # The listening device runs the app's live sync: a round a minute, else only on a poke.
    live = LiveSync(open_sync_client(listener), lambda _state: None, round_every_s=60)
    live.start()
    try:
        wait_for_title(listener.paths.database, conversation_id, "start", 30)
        time.sleep(1.0)  # its event stream to replica B opens after the first round
        took = []
        for n in range(3):
            title = f"edit {n} through replica A"
            with writer.database.write() as session:
                row = session.get(Conversation, conversation_id)
                assert row is not None
                writer.recorder.update(session, row, title=title)
            asyncio.run(writer_client.sync_now())
            took.append(
                wait_for_title(listener.paths.database, conversation_id, title, LIVE_LIMIT_S)
            )
    finally:
        live.stop()
        writer.close()
        listener.close()
    assert max(took) < LIVE_LIMIT_S
