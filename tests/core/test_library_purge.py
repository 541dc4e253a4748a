"""Deleting documents for good: the bulk purge and the older ``knowledge.delete`` job remove the
same things, tag links and versions included."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core.db.models import Chunk, Document, DocumentVersion, OutboxEntry, TagLink, Tombstone
from core.jobs import JobState
from core.knowledge.maintenance import check_knowledge_base
from core.root import Root
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

KNOWLEDGE_DELETE = "knowledge.delete"  # queued by earlier versions; must still run


def _import_tagged(services: Root, tmp_path: Path) -> Document:
    """A document imported for real (chunks, FTS rows, vectors, stored file), then tagged."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "garden.md").write_text(files.GARDEN_MD, encoding="utf-8")
    info = run_job(services, services.knowledge.import_paths([folder]))
    assert info.state == JobState.DONE
    with services.database.read() as session:
        document = session.scalars(select(Document)).one()
    assert services.library.tags.tag_documents([document.id], ["Garden", "Spring"]) == 2
    return document


def _leftovers(services: Root, document: Document) -> dict[str, int]:
    """Everything of ``document`` still stored anywhere (all zero once it is purged)."""
    sha = document.file_sha256
    with services.database.read() as session:

        def count(model: type, *where: object) -> int:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        fts = session.scalar(
            text(
                "SELECT count(*) FROM fts_chunk WHERE fts_chunk MATCH 'aphids' "
                "AND rowid IN (SELECT id FROM chunk WHERE file_sha256 = :sha)"
            ),
            {"sha": sha},
        )
        found = {
            "document": count(Document, Document.id == document.id),
            "tag links": count(TagLink, TagLink.document_id == document.id),
            "versions": count(DocumentVersion, DocumentVersion.document_id == document.id),
            "chunks": count(Chunk, Chunk.file_sha256 == sha),
            "fts rows": int(fts or 0),
        }
    found["vectors"] = len(services.knowledge.vectors().ids_of_file(sha))
    found["file"] = int(services.files.contains(sha))
    return found


def _before(services: Root, document: Document) -> dict[str, int]:
    found = _leftovers(services, document)
    assert found["document"] == 1 and found["tag links"] == 2
    assert found["chunks"] > 0 and found["fts rows"] > 0 and found["vectors"] > 0
    assert found["file"] == 1
    return found


def _assert_purged_for_good(services: Root, document: Document) -> None:
    assert _leftovers(services, document) == dict.fromkeys(
        ("document", "tag links", "versions", "chunks", "fts rows", "vectors", "file"), 0
    )
    with services.database.read() as session:
        tombstoned = set(session.scalars(select(Tombstone.entity)))
        purges = session.scalars(select(OutboxEntry.entity).where(OutboxEntry.op == "purge")).all()
    assert tombstoned == {"document", "tag_link"}
    assert sorted(purges) == ["document", "tag_link", "tag_link"]
    assert services.knowledge.search("aphids soapy water") == []
    assert services.library.tags.find("garden").document_count == 0
    assert check_knowledge_base(services.knowledge).clean


def test_knowledge_delete_purges_a_tagged_document_for_good(services: Root, tmp_path: Path) -> None:
    document = _import_tagged(services, tmp_path)
    _before(services, document)
    job = services.jobs.submit(KNOWLEDGE_DELETE, "Delete", {"document_ids": [document.id]})
    info = run_job(services, job)
    assert (info.state, info.failed) == (JobState.DONE, 0), services.jobs.item_errors(job)
    _assert_purged_for_good(services, document)


def test_emptying_the_trash_purges_a_tagged_document_for_good(
    services: Root, tmp_path: Path
) -> None:
    document = _import_tagged(services, tmp_path)
    _before(services, document)
    bulk = services.library.bulk
    assert run_job(services, bulk.trash([document.id])).state == JobState.DONE
    info = run_job(services, bulk.empty_trash())
    assert (info.state, info.failed) == (JobState.DONE, 0)
    _assert_purged_for_good(services, document)


@pytest.mark.parametrize("way", ["knowledge.delete", "documents.purge"])
def test_a_file_another_document_uses_is_kept(services: Root, tmp_path: Path, way: str) -> None:
    document = _import_tagged(services, tmp_path)
    with services.database.write() as session:
        twin = services.recorder.create(
            session,
            Document,
            workspace_id=services.workspace_id,
            title="Garden (copy)",
            doc_type=document.doc_type,
            file_sha256=document.file_sha256,
            size_bytes=document.size_bytes,
            state="ready",
        )
        twin_id = twin.id
    before = _before(services, document)
    if way == "knowledge.delete":
        job = services.jobs.submit(way, "Delete", {"document_ids": [document.id]})
    else:
        run_job(services, services.library.bulk.trash([document.id]))
        job = services.library.bulk.purge([document.id])
    assert run_job(services, job).failed == 0
    after = _leftovers(services, document)
    assert (after["document"], after["tag links"]) == (0, 0)
    shared = ("chunks", "fts rows", "vectors", "file")
    assert {k: after[k] for k in shared} == {k: before[k] for k in shared}
    assert services.knowledge.search("aphids soapy water")[0].title == "Garden (copy)"
    with services.database.read() as session:
        assert session.get(Document, twin_id) is not None
