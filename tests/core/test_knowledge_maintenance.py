"""Keeping chunks, keyword index, vectors and files in step: reprocess, check.

Deleting documents for good is tested in ``test_library_purge``."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core.db.models import Chunk, Document
from core.knowledge.jobs import REPROCESS_KIND
from core.knowledge.library import KnowledgeBase
from core.knowledge.maintenance import check_knowledge_base
from core.root import Root
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job


@pytest.fixture
def knowledge(services: Root, tmp_path: Path) -> KnowledgeBase:
    folder = tmp_path / "in"
    folder.mkdir()
    files.pdf(folder / "turbine.pdf", files.TURBINE_PAGES, title="Turbine Manual")
    (folder / "garden.md").write_text(files.GARDEN_MD, encoding="utf-8")
    knowledge = services.knowledge
    assert run_job(services, knowledge.import_paths([folder])).state == "done"
    return knowledge


def doc(knowledge: KnowledgeBase, title: str) -> Document:
    with knowledge.database.read() as session:
        return session.scalars(select(Document).where(Document.title == title)).one()


def counts(knowledge: KnowledgeBase, sha: str) -> tuple[int, int, int, bool]:
    """(chunks, FTS rows, vectors, stored file?) of a file."""
    with knowledge.database.read() as session:
        chunks = session.scalar(select(func.count()).where(Chunk.file_sha256 == sha)) or 0
        fts = session.scalar(
            text(
                "SELECT count(*) FROM fts_chunk_docsize d JOIN chunk c ON c.id = d.id "
                "WHERE c.file_sha256 = :sha"
            ),
            {"sha": sha},
        )
    vectors = len(knowledge.vectors().ids_of_file(sha))
    return int(chunks), int(fts or 0), vectors, knowledge.files.contains(sha)


def test_kb_check_finds_and_repairs_drift_after_a_crash(knowledge: KnowledgeBase) -> None:
    turbine = doc(knowledge, "Turbine Manual")
    garden = doc(knowledge, "Garden Notes")
    vectors = knowledge.vectors()
    lost = sorted(vectors.ids_of_file(turbine.file_sha256))[:1]
    vectors.delete(lost)
    vectors.upsert(["f" * 64 + ":1:0"], knowledge.embedder().embed(["stray"]), ["f" * 64])
    with knowledge.database.write() as session:
        session.execute(
            text(
                "INSERT INTO chunk (file_sha256, chunker_version, ordinal, text, heading_path, "
                "token_count) VALUES (:sha, 1, 0, 'orphan chunk', '', 2)"
            ),
            {"sha": "e" * 64},
        )
        first = session.scalar(
            select(Chunk).where(Chunk.file_sha256 == garden.file_sha256).order_by(Chunk.id)
        )
        assert first is not None
        session.execute(
            text(
                "INSERT INTO fts_chunk(fts_chunk, rowid, text, heading_path) "
                "VALUES ('delete', :id, :text, :heading)"
            ),
            {"id": first.id, "text": first.text, "heading": first.heading_path},
        )
    (knowledge.files.root / "ab" / "cd").mkdir(parents=True)
    stray = knowledge.files.root / "ab" / "cd" / ("ab" + "c" * 62)
    stray.write_bytes(b"x")
    hours_ago = time.time() - 2 * 3600  # left by a crash long ago, not an import in progress
    os.utime(stray, (hours_ago, hours_ago))
    report = check_knowledge_base(knowledge)
    assert (report.orphan_chunks, report.fts_missing, report.missing_vectors) == (1, 1, 1)
    assert (report.orphan_vectors, report.orphan_files) == (1, 1)
    assert not report.clean and len(report.lines()) == 5
    assert check_knowledge_base(knowledge, repair=True).repaired
    assert check_knowledge_base(knowledge).clean
    assert knowledge.search("aphids soapy water")[0].title == "Garden Notes"


def test_kb_check_keeps_a_file_whose_row_has_not_committed_yet(knowledge: KnowledgeBase) -> None:
    """An import (or a sync download) puts the file in the store a moment before its row."""
    (knowledge.files.root / "ef" / "01").mkdir(parents=True)
    arriving = knowledge.files.root / "ef" / "01" / ("ef01" + "d" * 60)
    arriving.write_bytes(b"arriving")
    assert check_knowledge_base(knowledge, repair=True).orphan_files == 1
    assert arriving.exists(), "a file just put in the store is not deleted as an orphan"


def test_reprocess_rebuilds_a_document_from_its_stored_file(
    knowledge: KnowledgeBase, services: Root
) -> None:
    turbine = doc(knowledge, "Turbine Manual")
    before = counts(knowledge, turbine.file_sha256)
    job = services.jobs.submit(
        REPROCESS_KIND, "Reprocess", {"document_ids": [turbine.id], "force": True}
    )
    assert run_job(services, job).state == "done"
    assert counts(knowledge, turbine.file_sha256) == before
    all_docs = services.jobs.submit(REPROCESS_KIND, "Reprocess all", {})
    assert run_job(services, all_docs).done == 2


def test_changing_the_embedding_model_queues_a_re_embedding_job(
    knowledge: KnowledgeBase, services: Root
) -> None:
    services.settings.set("knowledge.embedding_model", "openai")
    queued = [j for j in services.jobs.list() if j.kind == REPROCESS_KIND]
    assert len(queued) == 1 and queued[0].total == 2
    info = run_job(services, queued[0].id)
    assert info.failed == 2, "no API key: each document says so"
    errors = services.jobs.item_errors(queued[0].id)
    assert "OpenAI API key" in errors[0].error
