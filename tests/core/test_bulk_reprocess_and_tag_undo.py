"""Bulk actions a person expects to do real work: Reprocess rebuilds the chunks and vectors of
each document (not only what is missing), and tagging can be undone exactly."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from core.db.models import Chunk, Document
from core.root import Root
from tests.core.library import add_documents
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job


def chunk_texts(services: Root, sha: str) -> list[str]:
    with services.database.read() as session:
        query = select(Chunk.text).where(Chunk.file_sha256 == sha).order_by(Chunk.ordinal)
        return list(session.scalars(query))


def test_reprocess_rechunks_and_reembeds_even_a_complete_document(
    services: Root, tmp_path: Path
) -> None:
    source = tmp_path / "garden.md"
    source.write_text(files.GARDEN_MD, encoding="utf-8")
    assert run_job(services, services.knowledge.import_paths([source])).state == "done"
    with services.database.read() as session:
        document = session.scalars(select(Document)).one()
    good = chunk_texts(services, document.file_sha256)
    assert good and services.knowledge.vectors().ids_of_file(document.file_sha256)
    with services.database.write() as session:  # a stale passage, as an old chunker left it
        session.execute(
            update(Chunk).where(Chunk.file_sha256 == document.file_sha256).values(text="stale")
        )

    info = run_job(services, services.library.bulk.reprocess([document.id]))
    assert info.state == "done" and (info.done, info.total) == (1, 1)
    assert chunk_texts(services, document.file_sha256) == good, "every chunk was made again"
    assert len(services.knowledge.vectors().ids_of_file(document.file_sha256)) == len(good)


def test_undo_tagging_removes_the_tag_only_where_it_was_added(services: Root) -> None:
    ids = add_documents(services, 4)
    tags, bulk = services.library.tags, services.library.bulk
    tags.tag_documents(ids[:1], ["urgent"])
    tagged = run_job(services, bulk.tag(ids, "urgent"))
    assert tagged.state == "done"
    assert {
        r.id for r in services.library.catalog.rows(ids) if "urgent" in {t.name for t in r.tags}
    } == set(ids)

    undone = run_job(services, bulk.undo_tag(tagged.id))
    assert undone.state == "done"
    still = {
        r.id for r in services.library.catalog.rows(ids) if "urgent" in {t.name for t in r.tags}
    }
    assert still == {ids[0]}, "the document that had the tag before keeps it"
