"""Sync benchmark, one run: live propagation, first sync of a big workspace, push throughput.

1. Propagation: two devices with the app's live sync loop (push on commit, pull on the
   server's poke) against the embedded server (a real process on 127.0.0.1). An edit on A is
   timed until B's database has it; p50/p95 over --edits edits. Goal: p50 <= 250 ms,
   p95 <= 1 s.
2. First sync to a new device of --documents documents (with --file-kb KB files each) and
   --messages messages: rows/s and MB/s, against a bare copy of the same rows (executemany
   into an empty app.db) and files (shutil.copyfile) made in the same run: --repeat new devices
   and bare copies in turn, medians compared. Goal: ratio >= 0.3.
   (The issue's full size is 10,000 documents, 50,000 messages and 200 MB:
   --documents 10000 --messages 50000 --file-kb 20.)
3. Push throughput: --devices devices push --per-device changes each at once, to the server
   on SQLite and on PostgreSQL (a throwaway cluster, as the tests start one).

    .venv/bin/python bench/sync.py [--edits 100] [--documents 2000] [--messages 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from core.db.models import Conversation, Document, Message  # noqa: E402
from core.paths import AppPaths  # noqa: E402
from core.root import Root, open_root  # noqa: E402
from sync.client.client import open_sync_client  # noqa: E402
from sync.client.engine import SyncEngine, SyncReport  # noqa: E402
from sync.client.live import LiveSync  # noqa: E402

PASSWORD = "bench password"
EMAIL = "bench@example.com"


def start_server(data: Path, database_url: str = "") -> tuple[subprocess.Popen[str], str]:
    """``convosphere-server serve`` on SQLite in ``data``, or on ``database_url``."""
    server = [sys.executable, "-m", "sync.server.cli", "--data-dir", str(data)]
    if database_url:
        server += ["--database-url", database_url]
        subprocess.run([*server, "migrate"], capture_output=True, cwd=ROOT, check=True)
    made = subprocess.run(
        [*server, "users", "create", EMAIL, "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    if made.returncode:
        raise SystemExit(made.stderr)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [*server, "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("Listening on"):
            break
    threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe drained
    return process, f"http://127.0.0.1:{port}"


def device(base: Path, name: str, url: str) -> Root:
    paths = AppPaths(base / name, base / name / "config")
    root = open_root(paths)
    asyncio.run(open_sync_client(root).login(url, EMAIL, PASSWORD))
    root.close()
    return open_root(paths)  # opens the workspace the sign-in chose


def propagation(base: Path, url: str, edits: int) -> list[float]:
    a, b = device(base, "prop-a", url), device(base, "prop-b", url)
    with a.database.write() as session:
        conversation = a.recorder.create(
            session, Conversation, workspace_id=a.workspace_id, title="start"
        )
        conversation_id = conversation.id
    loops = [LiveSync(open_sync_client(r), lambda _s: None) for r in (a, b)]
    for loop in loops:
        loop.start()
    reader = sqlite3.connect(f"file:{b.paths.database}?mode=ro", uri=True)
    try:
        wait_for(reader, conversation_id, "start", 30)
        latencies = []
        for n in range(edits):
            title = f"edit {n}"
            started = time.perf_counter()
            with a.database.write() as session:
                row = session.get(Conversation, conversation_id)
                assert row is not None
                a.recorder.update(session, row, title=title)
            wait_for(reader, conversation_id, title, 10)
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
        return latencies
    finally:
        reader.close()
        for loop in loops:
            loop.stop()
        a.close()
        b.close()


def wait_for(reader: sqlite3.Connection, conversation_id: str, title: str, limit_s: float) -> None:
    deadline = time.perf_counter() + limit_s
    while time.perf_counter() < deadline:
        row = reader.execute(
            "SELECT title FROM conversation WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is not None and row[0] == title:
            return
        time.sleep(0.002)
    raise SystemExit(f"the edit {title!r} never reached the other device")


def first_sync(
    base: Path, url: str, documents: int, messages: int, file_kb: int, repeat: int
) -> None:
    a = device(base, "big-a", url)
    payload = os.urandom(file_kb * 1024)
    rows: list[dict[str, Any]] = []
    source = base / "file.bin"
    for n in range(documents):
        source.write_bytes(n.to_bytes(8, "big") + payload)
        stored = a.files.put(source)
        rows.append({"id": f"doc-{n:06d}", "title": f"Document {n}", "doc_type": "text",
                     "file_sha256": stored.sha256, "size_bytes": stored.size,
                     "source_name": f"d{n}.txt", "state": "ready"})  # fmt: skip
    with a.database.write() as session:
        a.recorder.create_many(session, Document, rows, workspace_id=a.workspace_id)
        conversation = a.recorder.create(
            session, Conversation, workspace_id=a.workspace_id, title="long"
        )
        a.recorder.create_many(
            session, Message,
            [{"id": f"msg-{n:06d}", "conversation_id": conversation.id, "role": "user",
              "content": f"message {n} " * 8, "state": "complete"} for n in range(messages)],
            workspace_id=a.workspace_id,
        )  # fmt: skip
    started = time.perf_counter()
    asyncio.run(open_sync_client(a).sync_now())
    upload_s = time.perf_counter() - started
    # New devices and bare copies in turn, so each pair sees the machine in the same state
    # (a bare copy alone varied 2-10 s with the disk's state on a shared machine).
    syncs, bares = [], []
    for n in range(repeat):
        b = device(base, f"big-b{n}", url)
        started = time.perf_counter()
        asyncio.run(open_sync_client(b).sync_now())
        syncs.append(time.perf_counter() - started)
        with b.database.read() as session:
            got = len(session.scalars(select(Document.id)).all())
        b.close()
        bares.append(bare_copy(a, base / f"bare{n}"))
    sync_s, bare_s = statistics.median(syncs), statistics.median(bares)
    total_rows = documents + messages + 1
    total_mb = documents * (file_kb * 1024 + 8) / 1e6
    print(f"2. first sync of {documents:,} documents ({total_mb:.0f} MB) and {messages:,} "
          f"messages to a new device: {sync_s:.1f} s (median of {repeat}: "
          f"{', '.join(f'{t:.1f}' for t in syncs)})")  # fmt: skip
    print(f"   {total_rows / sync_s:,.0f} rows/s, {total_mb / sync_s:.1f} MB/s (upload from "
          f"the first device: {upload_s:.1f} s); {got:,} documents arrived")  # fmt: skip
    ratio = bare_s / sync_s
    verdict = "goal met" if ratio >= 0.3 else "goal missed"
    pairs = ", ".join(f"{b / t:.2f}" for b, t in zip(bares, syncs, strict=True))
    print(f"   bare copy of the same rows and files: {bare_s:.1f} s (median of "
          f"{', '.join(f'{t:.1f}' for t in bares)}); ratio {ratio:.2f} (goal >= 0.3: "
          f"{verdict}; pairwise {pairs})")  # fmt: skip
    a.close()


def bare_copy(a: Root, target: Path) -> float:
    """The physical floor: the same rows into an empty app.db, the same files copied."""
    target.mkdir(parents=True)
    shutil.copyfile(a.paths.database, target / "schema.db")
    started = time.perf_counter()
    source = sqlite3.connect(a.paths.database)
    copy = sqlite3.connect(target / "schema.db")
    copy.execute("PRAGMA foreign_keys=OFF")
    for table in ("message", "document", "conversation"):
        copy.execute(f"DELETE FROM {table}")
    copy.commit()
    for table in ("conversation", "document", "message"):
        rows = source.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            copy.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    copy.commit()
    files = target / "files"
    for path in a.paths.files_dir.rglob("*"):
        if path.is_file() and ".partial" not in path.parts:
            destination = files / path.relative_to(a.paths.files_dir)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
    elapsed = time.perf_counter() - started
    source.close()
    copy.close()
    return elapsed


def push_throughput(base: Path, url: str, devices: int, per_device: int, label: str) -> None:
    roots = [device(base, f"push-{label}-{n}", url) for n in range(devices)]
    for root in roots:
        with root.database.write() as session:
            conversation = root.recorder.create(
                session, Conversation, workspace_id=root.workspace_id, title="push"
            )
            root.recorder.create_many(
                session, Message,
                [{"id": f"{root.device_id}-{n}", "conversation_id": conversation.id,
                  "role": "user", "content": "x", "state": "complete"}
                 for n in range(per_device - 1)],
                workspace_id=root.workspace_id,
            )  # fmt: skip
    clients = [open_sync_client(r) for r in roots]

    async def push_only(client: Any) -> None:
        api = await client._session()
        try:
            engine = SyncEngine(client.root.database, client.root.recorder, client.root.files,
                                client.root.device_id, api)  # fmt: skip
            await engine.push(client.root.workspace_id, SyncReport(client.root.workspace_id))
        finally:
            await api.aclose()

    started = time.perf_counter()
    threads = [threading.Thread(target=lambda c=c: asyncio.run(push_only(c))) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    total = devices * per_device
    print(f"   {label}: {total / elapsed:,.0f} changes/s ({elapsed:.1f} s)")
    for root in roots:
        root.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=10000)
    parser.add_argument("--file-kb", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="new devices (and bare copies)")
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--per-device", type=int, default=200)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="convosphere-sync-bench-"))
    server, url = start_server(base / "server")
    try:
        latencies = propagation(base, url, args.edits)
        p50 = statistics.median(latencies)
        p95 = sorted(latencies)[int(0.95 * (len(latencies) - 1))]
        met = "goal met" if p50 <= 250 and p95 <= 1000 else "goal missed"
        print(f"1. propagation A -> B with live pokes over {len(latencies)} edits: p50 "
              f"{p50:.0f} ms, p95 {p95:.0f} ms (goal p50 <= 250, p95 <= 1000: {met})")  # fmt: skip
        first_sync(base, url, args.documents, args.messages, args.file_kb, args.repeat)
        print(f"3. push from {args.devices} devices at once, {args.per_device:,} changes each")
        push_throughput(base, url, args.devices, args.per_device, "SQLite server")
    finally:
        server.terminate()
        server.wait(10)
    try:
        push_on_postgresql(base, args.devices, args.per_device)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


def push_on_postgresql(base: Path, devices: int, per_device: int) -> None:
    """Part 3 again with the server on a throwaway PostgreSQL cluster (as the tests start one)."""
    from tests.sync.postgres import PostgresCluster, postgres_bin_dir

    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        print("   PostgreSQL server: not measured (initdb and pg_ctl not found)")
        return
    cluster = PostgresCluster(bin_dir)
    cluster.start()
    try:
        server, url = start_server(base / "pg-server", cluster.new_database())
        try:
            push_throughput(base, url, devices, per_device, "PostgreSQL server")
        finally:
            server.terminate()
            server.wait(10)
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
