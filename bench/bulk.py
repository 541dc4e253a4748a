"""Bulk actions benchmark: tag, trash, restore and purge 10,000 documents; scroll 100,000.

One run, real parts: a fresh data dir, the real job handlers and ``JobRunner``, real files in
the file store, chunks with their FTS rows, and vectors in the embedded Chroma store.

- add one tag to all 10,000 (goal <= 1 s), with the ratio to a bare SQL insert of the same
  links (no outbox, no clocks) into a copy of the same table;
- move all to the trash, then restore all (goal <= 2 s each);
- purge all, files, chunks, FTS rows and vectors included (goal <= 30 s);
- the document list model over 100,000 documents, scrolled from top to bottom in a real
  QTableView: the longest GUI-thread step (goal: none over 16 ms).

    .venv/bin/python bench/bulk.py [--documents N] [--scroll-documents N]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ANONYMIZED_TELEMETRY"] = "False"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.ids import new_id
from core.paths import AppPaths
from core.root import Root, open_root


def insert_documents(services: Root, count: int, *, with_files: bool) -> list[str]:
    """Setup (not timed): documents inserted directly, each with its own small stored file."""
    con = sqlite3.connect(services.paths.database)
    stamp = time.time_ns() // 1_000_000
    ids, rows = [], []
    for i in range(count):
        body = f"bench document {i}\n".encode() * 4
        sha = hashlib.sha256(body).hexdigest()
        if with_files:
            path = services.files.path_for(sha)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)
        doc_id = new_id()
        ids.append(doc_id)
        kind = "pdf" if i % 3 else "text"
        rows.append((doc_id, services.workspace_id, f"Bench document {i:06d}", kind,
                     sha, len(body), i % 40 + 1, f"doc-{i}.pdf", "ready", stamp + i))  # fmt: skip
    con.executemany(
        "INSERT INTO document (id, workspace_id, title, doc_type, file_sha256, size_bytes, pages, "
        "source_name, state, created_at_ms, updated_at_ms, deleted, field_clocks, extra) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '{}', '{}')",
        rows,
    )
    con.commit()
    con.close()
    return ids


def add_chunks_and_vectors(services: Root, ids: list[str]) -> int:
    """Setup: two chunks (with FTS rows via triggers) and two vectors per document."""
    import numpy as np

    from core.knowledge.vectors import VectorStore, vector_id

    con = sqlite3.connect(services.paths.database)
    shas = [r[0] for r in con.execute("SELECT file_sha256 FROM document")]
    con.executemany(
        "INSERT INTO chunk (file_sha256, chunker_version, ordinal, text, heading_path, "
        "token_count) VALUES (?, 1, ?, ?, '', 5)",
        [(sha, n, f"bench words {sha[:8]} {n}") for sha in shas for n in range(2)],
    )
    con.commit()
    con.close()
    store = VectorStore(services.paths.chroma_dir, services.workspace_id, "bench-model")
    vector_ids = [vector_id(sha, 1, n) for sha in shas for n in range(2)]
    rng = np.random.default_rng(1)
    vectors = rng.random((len(vector_ids), 384), dtype=np.float32)
    store.upsert(vector_ids, vectors, [v.split(":")[0] for v in vector_ids])
    return store.count()


def run_job(services: Root, job_id: str) -> float:
    """Seconds from submit to done, job runner included."""

    async def go() -> None:
        runner = services.job_runner()
        await runner.start()
        try:
            info = await runner.wait(job_id, timeout=600)
            assert info.state == "done", (info.state, info.error)
        finally:
            await runner.stop()

    start = time.perf_counter()
    asyncio.run(go())
    return time.perf_counter() - start


def timed_action(services: Root, submit) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    job_id = submit()
    submitted = time.perf_counter() - start
    return submitted + run_job(services, job_id)


def bare_link_insert(services: Root, ids: list[str]) -> float:
    """The floor: one executemany of the same 10,000 links into an empty copy of tag_link."""
    con = sqlite3.connect(services.paths.database)
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TEMP TABLE bare_link AS SELECT * FROM tag_link WHERE 0")
    tag = new_id()
    stamp = time.time_ns() // 1_000_000
    start = time.perf_counter()
    con.executemany(
        "INSERT INTO bare_link (id, workspace_id, tag_id, document_id, deleted, field_clocks, "
        "extra, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, 0, '{}', '{}', ?, ?)",
        [(new_id(), services.workspace_id, tag, d, stamp, stamp) for d in ids],
    )
    con.commit()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def bench_actions(root: Path, count: int) -> dict[str, object]:
    services = open_root(AppPaths(root / "actions", root / "actions" / "config"))
    ids = insert_documents(services, count, with_files=True)
    vectors = add_chunks_and_vectors(services, ids)
    bulk = services.library.bulk
    tag_s = timed_action(services, lambda: bulk.tag(ids, "benchmark"))
    bare_s = bare_link_insert(services, ids)
    trash_s = timed_action(services, lambda: bulk.trash(ids))
    restore_s = timed_action(services, lambda: bulk.restore(ids))
    run_job(services, bulk.trash(ids))
    purge_s = timed_action(services, bulk.empty_trash)
    left = _leftovers(services, vectors_before=vectors)
    services.close()
    return {
        "documents": count,
        "tag_all_s": round(tag_s, 3),
        "bare_sql_insert_s": round(bare_s, 3),
        "tag_vs_bare_sql": round(tag_s / bare_s, 1),
        "trash_all_s": round(trash_s, 3),
        "restore_all_s": round(restore_s, 3),
        "purge_all_s": round(purge_s, 3),
        "after_purge": left,
        "goals_met": tag_s <= 1 and trash_s <= 2 and restore_s <= 2 and purge_s <= 30,
    }


def _leftovers(services: Root, vectors_before: int) -> dict[str, int]:
    from core.knowledge.vectors import VectorStore

    con = sqlite3.connect(services.paths.database)
    counts = {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("document", "tag_link", "chunk")
    }
    counts["fts_rows"] = con.execute(
        "SELECT count(*) FROM fts_chunk WHERE fts_chunk MATCH 'bench'"
    ).fetchone()[0]
    con.close()
    counts["files"] = sum(1 for p in services.paths.files_dir.rglob("*") if p.is_file())
    store = VectorStore(services.paths.chroma_dir, services.workspace_id, "bench-model")
    counts["vectors"] = store.count()
    counts["vectors_before"] = vectors_before
    return counts


def bench_scroll(root: Path, count: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.app import keep_none_alive
    from desktop.knowledge.document_model import TAGS_COLUMN, DocumentTableModel
    from desktop.library.tag_chips import TagChipsDelegate

    services = open_root(AppPaths(root / "scroll", root / "scroll" / "config"))
    insert_documents(services, count, with_files=False)
    catalog = services.library.catalog
    start = time.perf_counter()
    ids = catalog.matching_ids()
    snapshot_s = time.perf_counter() - start
    keep_none_alive()  # as run_app does: PySide6 6.12 on Python 3.11 (see desktop.app)
    app = QApplication.instance() or QApplication([])
    reads: list[float] = []
    pending: list[tuple[list[str], object]] = []

    def loader(page, deliver):  # type: ignore[no-untyped-def]
        pending.append((page, deliver))  # read between steps: in the app, a worker thread reads

    model = DocumentTableModel(loader)
    view = QTableView()  # set up as DocumentsView sets up its table
    view.resize(1000, 700)
    view.setModel(model)
    chips = TagChipsDelegate(view)
    view.setItemDelegateForColumn(TAGS_COLUMN, chips)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.show()
    model.set_snapshot(ids)
    steps: list[float] = []
    bar = view.verticalScrollBar()
    while model.rowCount() < count or bar.value() < bar.maximum():
        delivered = []
        while pending:
            page, deliver = pending.pop()
            began = time.perf_counter()
            delivered.append((catalog.rows(page), deliver))
            reads.append(time.perf_counter() - began)
        began = time.perf_counter()
        for rows, deliver in delivered:  # deliveries land on the GUI thread: part of the step
            deliver(rows)  # type: ignore[operator]
        bar.setValue(bar.value() + view.viewport().height() // 26 * 3)  # three screens down
        app.processEvents()
        steps.append(time.perf_counter() - began)
    view.close()
    services.close()
    steps.sort()
    return {
        "documents": count,
        "snapshot_query_s (worker thread)": round(snapshot_s, 3),
        "page_read_ms_median (worker thread)": round(sorted(reads)[len(reads) // 2] * 1000, 1),
        "page_read_ms_max (worker thread)": round(max(reads) * 1000, 1),
        "scroll_steps": len(steps),
        "gui_step_ms_median": round(steps[len(steps) // 2] * 1000, 2),
        "gui_step_ms_max": round(steps[-1] * 1000, 2),
        "steps_over_16ms": sum(1 for s in steps if s > 0.016),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--scroll-documents", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bulk-") as tmp:
        report = {
            "bulk": bench_actions(Path(tmp), args.documents),
            "scroll": bench_scroll(Path(tmp), args.scroll_documents),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
