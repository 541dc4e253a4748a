"""Team server push throughput: ``ChangeLog.push`` of 500-mutation batches, and pull pages.

One run per database: SQLite (a file, WAL, synchronous=FULL, as the server sets it) and, when
the PostgreSQL binaries exist (``tests/sync/postgres.py`` finds them), a throwaway PostgreSQL
cluster (fsync off, as the tests run it). For each:

- new rows: --pushes pushes of --batch mutations each creating a row (4 fields);
- edits: as many pushes editing those rows again, one field in four losing to the server's
  newer value (merge, partial win, ``current`` in the answer);
- the bare copy: the same rows as the new-row pushes, inserted with one executemany per batch
  into an empty table shaped like ``change_log``, in a write transaction like a push's;
  ``ratio`` = push rate / bare rate (goal: 0.3 ms per mutation);
- pull: the whole log in pages of 1,000.

Timings interleave the push and the bare copy batch by batch, and report the median batch.

    .venv/bin/python bench/server_push.py [--pushes 10] [--batch 500] [--no-postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import MetaData, Table, insert

from sync.protocol import MAX_PULL_LIMIT, Mutation, PushRequest
from sync.server.changelog import ChangeLog
from sync.server.db import Database, migrate
from sync.server.models import ChangeLogEntry, Workspace, WorkspaceCounter
from tests.sync.postgres import PostgresCluster, postgres_bin_dir

WORKSPACE = "ws-bench"
DEVICE = "bench-laptop"


def hlc(wall_ms: int, device: str, counter: int = 0) -> str:
    return f"{wall_ms:015d}.{counter:05d}.{device}"


def new_rows(batch: int, size: int, now: int) -> list[Mutation]:
    stamp = hlc(now - 60_000, DEVICE, batch)
    return [
        Mutation(
            mutation_id=f"n{batch}-{i}",
            entity="conversation",
            entity_id=f"c{batch}-{i}",
            fields={
                "title": f"Conversation {batch}-{i}",
                "pinned": i % 7 == 0,
                "folder_id": None,
                "created_at_ms": now - i,
            },
            clocks=dict.fromkeys(("title", "pinned", "folder_id", "created_at_ms"), stamp),
        )
        for i in range(size)
    ]


def edits(batch: int, size: int, now: int) -> list[Mutation]:
    """Edits of the rows of push ``batch``: title and pinned win, created_at_ms loses."""
    newer, older = hlc(now - 30_000, "bench-phone", batch), hlc(now - 90_000, "bench-phone")
    return [
        Mutation(
            mutation_id=f"e{batch}-{i}",
            entity="conversation",
            entity_id=f"c{batch}-{i}",
            fields={"title": f"Renamed {i}", "pinned": True, "created_at_ms": 0},
            clocks={"title": newer, "pinned": newer, "created_at_ms": older},
        )
        for i in range(size)
    ]


def bare_rows(mutations: list[Mutation], first_seq: int) -> list[dict[str, Any]]:
    return [
        {
            "workspace_id": WORKSPACE,
            "seq": first_seq + i,
            "entity": m.entity,
            "entity_id": m.entity_id,
            "op": m.op,
            "fields": m.fields,
            "clocks": m.clocks,
            "device_id": DEVICE,
            "mutation_id": m.mutation_id,
        }
        for i, m in enumerate(mutations)
    ]


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def run(label: str, url: str, pushes: int, size: int) -> None:
    db = Database(url)
    migrate(db)
    now = time.time_ns() // 1_000_000
    with db.write() as session:
        session.add(Workspace(id=WORKSPACE, name="bench", kind="team", created_at_ms=now))
        session.add(WorkspaceCounter(workspace_id=WORKSPACE, last_seq=0))
    # Shaped like change_log, its foreign key to workspaces included.
    metadata = MetaData()
    Workspace.__table__.to_metadata(metadata)
    bare = ChangeLogEntry.__table__.to_metadata(metadata, name="bench_bare_copy")
    assert isinstance(bare, Table)
    for index in bare.indexes:
        index.name = f"bench_{index.name}"
    bare.create(db.engine)
    log = ChangeLog(db, lambda: time.time_ns() // 1_000_000)

    push_s: list[float] = []
    bare_s: list[float] = []
    for batch in range(pushes):
        mutations = new_rows(batch, size, now)
        request = PushRequest(device_id=DEVICE, mutations=mutations)
        rows = bare_rows(mutations, batch * size + 1)

        def copy(rows: list[dict[str, Any]] = rows) -> None:
            with db.write() as session:
                session.connection().execute(insert(bare), rows)

        bare_s.append(timed(copy))
        push_s.append(timed(lambda request=request: log.push(WORKSPACE, request, True)))

    edit_s: list[float] = []
    for batch in range(pushes):
        request = PushRequest(device_id="bench-phone", mutations=edits(batch, size, now))
        edit_s.append(timed(lambda request=request: log.push(WORKSPACE, request, True)))

    pull_s: list[float] = []
    pulled = 0
    cursor, more = "", True
    while more:
        start = time.perf_counter()
        page = log.pull(WORKSPACE, cursor, MAX_PULL_LIMIT)
        pull_s.append(time.perf_counter() - start)
        pulled += len(page.changes)
        cursor, more = page.cursor, page.more
    db.dispose()

    push_med, bare_med, edit_med = (statistics.median(s) for s in (push_s, bare_s, edit_s))
    print(f"{label}: {pushes} pushes of {size} mutations (median batch)")
    print(
        f"  push, new rows  {size / push_med:9.0f} mutations/s  "
        f"{push_med * 1000 / size:6.3f} ms/mutation  ratio {bare_med / push_med:.2f}"
    )
    print(
        f"  push, edits     {size / edit_med:9.0f} mutations/s  "
        f"{edit_med * 1000 / size:6.3f} ms/mutation  ratio {bare_med / edit_med:.2f}"
    )
    print(
        f"  bare executemany{size / bare_med:9.0f} rows/s       "
        f"{bare_med * 1000 / size:6.3f} ms/row"
    )
    print(
        f"  pull            {pulled / sum(pull_s):9.0f} changes/s    "
        f"{statistics.median(pull_s) * 1000:6.1f} ms per page of {MAX_PULL_LIMIT}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pushes", type=int, default=10)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="server-push-") as tmp:
        run("SQLite", f"sqlite:///{Path(tmp) / 'server.db'}", args.pushes, args.batch)
    bin_dir = None if args.no_postgres else postgres_bin_dir()
    if bin_dir is None:
        print("PostgreSQL: skipped (no initdb/pg_ctl found)" if not args.no_postgres else "")
        return
    cluster = PostgresCluster(bin_dir)
    cluster.start()
    try:
        run("PostgreSQL", cluster.new_database(), args.pushes, args.batch)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
