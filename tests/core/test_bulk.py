"""Bulk actions as durable jobs: tag, untag, trash + undo, resume after kill -9, export, purge."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from core.db.models import Chunk, Document, DocumentVersion, OutboxEntry, TagLink, Tombstone
from core.jobs import JobState
from core.library.actions import BulkActions
from core.library.bulk import (
    KIND_EXPORT,
    KIND_PURGE,
    KIND_REPROCESS,
    KIND_TAG,
    BulkError,
    PurgeDocumentsHandler,
)
from core.library.documents import DocumentCatalog, DocumentFilter
from core.library.export import ExportDocumentsHandler, staging_dir
from core.library.tags import TagService
from core.root import Root
from tests.core.library import add_documents, run_job

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("bulk_worker.py")


@pytest.fixture
def bulk(services: Root) -> BulkActions:
    return services.library.bulk


def _small_ranges(services: Root, kind: str, size: int) -> None:
    handler = services.job_handlers.get(kind)
    handler.range_size = size  # type: ignore[union-attr]


def test_tag_job_tags_every_document_in_ranges(services: Root, bulk: BulkActions) -> None:
    ids = add_documents(services, 1200)
    job = bulk.tag(ids, "Quarterly")
    info = run_job(services, job)
    assert (info.state, info.done, info.total) == (JobState.DONE, 3, 3)
    tags = TagService(services.database, services.recorder, services.workspace_id)
    assert tags.find("quarterly").document_count == 1200
    with services.database.read() as session:
        outbox = session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == "tag_link")
        )
    assert outbox == 1200
    untag = run_job(services, bulk.untag(ids[:700], "quarterly"))
    assert untag.state == JobState.DONE
    assert tags.find("quarterly").document_count == 500


def test_bulk_delete_then_undo_restores_exactly(services: Root, bulk: BulkActions) -> None:
    ids = add_documents(services, 30)
    already_trashed = ids[:3]
    run_job(services, bulk.trash(already_trashed))
    catalog = DocumentCatalog(services.database, services.workspace_id)
    before_live = set(catalog.matching_ids(DocumentFilter()))

    delete_job = bulk.trash(ids)  # the three in the trash already are left out
    assert run_job(services, delete_job).done == 1
    assert catalog.count(DocumentFilter()) == 0
    assert catalog.count(DocumentFilter(trashed=True)) == 30

    assert run_job(services, bulk.undo_trash(delete_job)).state == JobState.DONE
    assert set(catalog.matching_ids(DocumentFilter())) == before_live
    assert set(catalog.matching_ids(DocumentFilter(trashed=True))) == set(already_trashed)


def test_bulk_actions_refuse_an_empty_selection(bulk: BulkActions) -> None:
    with pytest.raises(BulkError, match="Select at least one"):
        bulk.trash([])
    with pytest.raises(BulkError, match=r"\.zip"):
        bulk.export(["x"], Path("/tmp/out.tar"))


def test_bulk_job_killed_with_sigkill_resumes_and_does_each_document_once(tmp_path: Path) -> None:
    data_dir, documents = tmp_path / "data", 60
    command = [sys.executable, str(WORKER), str(data_dir), str(documents)]
    proc = subprocess.Popen(command, cwd=REPO_ROOT)
    try:
        deadline = time.monotonic() + 20
        while (done := _job_done(data_dir / "app.db")) < 2:
            assert proc.poll() is None, "the worker ended before it could be killed"
            assert time.monotonic() < deadline, "the worker made no progress"
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    con = sqlite3.connect(data_dir / "app.db")
    state, done, total = con.execute("SELECT state, done, total FROM job").fetchone()
    con.close()
    assert state == "running" and 2 <= done < total == documents // 5

    again = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"done {total}/{total}"
    con = sqlite3.connect(data_dir / "app.db")
    links = con.execute("SELECT count(*), count(DISTINCT document_id) FROM tag_link").fetchone()
    outbox = con.execute("SELECT count(*) FROM sync_outbox WHERE entity = 'tag_link'").fetchone()
    items = con.execute("SELECT DISTINCT state FROM job_item").fetchall()
    con.close()
    assert links == (documents, documents)
    assert outbox == (documents,)
    assert items == [("done",)]


def _job_done(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    con = sqlite3.connect(db_path, timeout=5)
    try:
        row = con.execute("SELECT done FROM job").fetchone()
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()
    return 0 if row is None else int(row[0])


def test_export_zip_round_trips_byte_identical_files(
    services: Root, bulk: BulkActions, tmp_path: Path
) -> None:
    _small_ranges(services, KIND_EXPORT, 4)
    ids = add_documents(services, 10, files_from=tmp_path / "originals")
    TagService(services.database, services.recorder, services.workspace_id).tag_documents(
        ids[:2], ["keep"]
    )
    target = tmp_path / "out" / "export.zip"
    target.parent.mkdir()
    info = run_job(services, bulk.export(ids, target))
    assert (info.state, info.done) == (JobState.DONE, 4)
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        entries = manifest["documents"]
        assert [e["id"] for e in entries] == ids
        for entry in entries:
            data = archive.read(entry["file"])
            original = tmp_path / "originals" / entry["original_name"]
            assert data == original.read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert entries[0]["tags"] == ["keep"]
    assert not staging_dir(target).exists()
    assert not target.with_name("export.zip.partial").exists()


def test_export_names_unreadable_documents_and_retry_completes(
    services: Root, bulk: BulkActions, tmp_path: Path
) -> None:
    ids = add_documents(services, 3, files_from=tmp_path / "originals")
    with services.database.read() as session:
        sha = session.get(Document, ids[1]).file_sha256  # type: ignore[union-attr]
    moved = tmp_path / "aside"
    services.files.path_for(sha).rename(moved)
    job = bulk.export(ids, tmp_path / "e.zip")
    info = run_job(services, job)
    assert info.state == JobState.FAILED and info.failed == 2
    errors = [e.error for e in services.jobs.item_errors(job)]
    assert "“Document 00001”: its file is missing" in errors[0]
    assert "without 1 document" in errors[1]
    moved.rename(services.files.path_for(sha))
    services.jobs.retry(job)
    assert run_job(services, job).state == JobState.DONE
    with zipfile.ZipFile(tmp_path / "e.zip") as archive:
        assert len(json.loads(archive.read("manifest.json"))["documents"]) == 3


def _add_chunks(session: Session, sha: str) -> None:
    for ordinal in range(2):
        session.add(Chunk(file_sha256=sha, chunker_version=1, ordinal=ordinal, text=f"words {sha}"))


def test_purge_leaves_no_orphan_chunk_fts_row_vector_or_file(
    services: Root, bulk: BulkActions, tmp_path: Path
) -> None:
    ids = add_documents(services, 6, files_from=tmp_path / "originals")
    keeper = add_documents(services, 1, files_from=tmp_path / "originals", start=0)[0]  # same file
    TagService(services.database, services.recorder, services.workspace_id).tag_documents(
        ids, ["x"]
    )
    with services.database.write() as session:
        shas = {d.id: d.file_sha256 for d in session.scalars(select(Document))}
        for sha in set(shas.values()):
            _add_chunks(session, sha)
        old = tmp_path / "originals" / "old-version.txt"
        old.write_bytes(b"an older version")
        old_sha = services.files.put(old).sha256
        _add_chunks(session, old_sha)
        services.recorder.create(
            session, DocumentVersion, workspace_id=services.workspace_id,
            document_id=ids[1], file_sha256=old_sha, size_bytes=16,
        )  # fmt: skip
    forgotten: list[tuple[list[str], list[str]]] = []

    def forget_vectors(_s: Session, documents: Sequence[str], file_shas: Sequence[str]) -> None:
        forgotten.append((sorted(documents), sorted(file_shas)))

    purge = services.job_handlers.get(KIND_PURGE)
    assert isinstance(purge, PurgeDocumentsHandler)
    purge.derived_purgers.append(forget_vectors)
    run_job(services, bulk.trash(ids))
    assert run_job(services, bulk.empty_trash()).state == JobState.DONE

    gone = {shas[i] for i in ids[1:]} | {old_sha}
    kept = shas[keeper]
    assert kept == shas[ids[0]]
    assert forgotten == [(sorted(ids), sorted(gone))]
    for sha in gone:
        assert not services.files.contains(sha)
    assert services.files.contains(kept)
    with services.database.read() as session:
        assert session.scalars(select(Document.id)).all() == [keeper]
        assert session.scalar(select(func.count()).select_from(TagLink)) == 0
        assert session.scalar(select(func.count()).select_from(DocumentVersion)) == 0
        assert set(session.scalars(select(Chunk.file_sha256))) == {kept}
        fts = session.execute(text("SELECT count(*) FROM fts_chunk WHERE fts_chunk MATCH 'words'"))
        assert fts.scalar() == 2
        tombstones = session.scalar(select(func.count()).select_from(Tombstone))
    assert tombstones == len(ids) * 2 + 1  # documents, their links, the version


def test_purge_spares_a_document_restored_in_the_meantime(
    services: Root, bulk: BulkActions
) -> None:
    ids = add_documents(services, 4)
    run_job(services, bulk.trash(ids))
    job = bulk.empty_trash()
    with services.database.write() as session:  # restored by hand before the job ran
        services.recorder.restore(session, session.get(Document, ids[0]))  # type: ignore[arg-type]
    run_job(services, job)
    assert DocumentCatalog(services.database, services.workspace_id).matching_ids() == ids[:1]


def test_reprocess_hands_the_documents_to_the_knowledge_job(
    services: Root, bulk: BulkActions
) -> None:
    ids = add_documents(services, 3)
    job = bulk.reprocess(ids)
    assert services.jobs.get(job).kind == KIND_REPROCESS
    # ``force``: every chunk and vector is made again, not only what is missing.
    assert services.jobs.params(job) == {"document_ids": ids, "force": True}


def test_job_kinds_are_installed(services: Root) -> None:
    assert KIND_TAG in services.job_handlers.kinds()
    assert isinstance(services.job_handlers.get(KIND_EXPORT), ExportDocumentsHandler)
