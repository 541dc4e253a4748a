"""Keeping the three stores in step: ``kb check``, and whether a stored file is still used.

Chunks (with their FTS rows) live in app.db, vectors in Chroma, files in the file store; only
app.db is transactional. Purging (``core.library.bulk.purge_documents``) deletes the chunks and
the file before its transaction commits and the vectors after. A crash in between leaves drift that
``check_knowledge_base`` finds and repairs: chunks of no document, FTS rows out of step, vectors
of no chunk, chunks with no vector, documents with no chunks, files nobody uses.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from core.db.models import Chunk, ConflictVersion, Document, DocumentVersion
from core.i18n import translate
from core.knowledge.chunker import CHUNKER_VERSION
from core.knowledge.keyword import rebuild_index
from core.knowledge.vectors import vector_id

if TYPE_CHECKING:
    from core.knowledge.library import KnowledgeBase

ORPHAN_GRACE_S = 3600  # a file no row names is removed only once it is this old

_COUNT_DIFFERENCE = "SELECT count(*) FROM (SELECT id FROM {left} EXCEPT SELECT id FROM {right})"


def file_in_use(session: Session, sha: str, *, except_document: str | None = None) -> bool:
    """Whether any document (any workspace, trashed too) or kept version uses the file."""
    documents = select(func.count()).select_from(Document).where(Document.file_sha256 == sha)
    if except_document is not None:
        documents = documents.where(Document.id != except_document)
    versions = (
        select(func.count()).select_from(DocumentVersion).where(DocumentVersion.file_sha256 == sha)
    )
    return (
        bool(session.scalar(documents))
        or bool(session.scalar(versions))
        or sha in conflict_files(session)
    )


def conflict_files(session: Session) -> set[str]:
    """Files that a document had before a conflicting edit replaced them (core.conflicts):
    kept until the person chooses."""
    return {
        str(value)
        for value in session.scalars(
            select(ConflictVersion.value).where(
                ConflictVersion.entity == "document", ConflictVersion.field == "file_sha256"
            )
        )
    }


@dataclass
class CheckReport:
    """Drift found (and repaired, with ``repair``) between chunks, FTS, vectors and files."""

    orphan_chunks: int = 0
    stale_chunks: int = 0
    fts_missing: int = 0
    fts_extra: int = 0
    orphan_vectors: int = 0
    missing_vectors: int = 0
    unindexed_documents: int = 0
    orphan_files: int = 0
    missing_files: list[str] = field(default_factory=list)
    repaired: bool = False

    @property
    def clean(self) -> bool:
        return not any(
            (
                self.orphan_chunks,
                self.stale_chunks,
                self.fts_missing,
                self.fts_extra,
                self.orphan_vectors,
                self.missing_vectors,
                self.unindexed_documents,
                self.orphan_files,
                self.missing_files,
            )
        )

    def lines(self) -> list[str]:
        """One line per kind of drift found, for a person."""
        missing = len(self.missing_files)
        found = [
            (
                self.orphan_chunks,
                translate(
                    "KnowledgeCheck", "%n chunk(s) belong to no document", None, self.orphan_chunks
                ),
            ),
            (
                self.stale_chunks,
                translate(
                    "KnowledgeCheck",
                    "%n chunk(s) were made by an older chunker",
                    None,
                    self.stale_chunks,
                ),
            ),
            (
                self.fts_missing,
                translate(
                    "KnowledgeCheck",
                    "%n chunk(s) are missing from the keyword index",
                    None,
                    self.fts_missing,
                ),
            ),
            (
                self.fts_extra,
                translate(
                    "KnowledgeCheck", "%n keyword index row(s) have no chunk", None, self.fts_extra
                ),
            ),
            (
                self.orphan_vectors,
                translate(
                    "KnowledgeCheck", "%n vector(s) have no chunk", None, self.orphan_vectors
                ),
            ),
            (
                self.missing_vectors,
                translate(
                    "KnowledgeCheck", "%n chunk(s) have no vector", None, self.missing_vectors
                ),
            ),
            (
                self.unindexed_documents,
                translate(
                    "KnowledgeCheck",
                    "%n document(s) have no chunks",
                    None,
                    self.unindexed_documents,
                ),
            ),
            (
                self.orphan_files,
                translate(
                    "KnowledgeCheck",
                    "%n stored file(s) belong to no document",
                    None,
                    self.orphan_files,
                ),
            ),
            (
                missing,
                translate(
                    "KnowledgeCheck",
                    "%n document(s)' stored files are missing (import them again)",
                    None,
                    missing,
                ),
            ),
        ]
        return [line for count, line in found if count]


Progress = Callable[[str], None]


def check_knowledge_base(
    knowledge: KnowledgeBase, *, repair: bool = False, progress: Progress | None = None
) -> CheckReport:
    """Compare the three stores; with ``repair`` make them agree again (blocking)."""
    say = progress or (lambda _message: None)
    report = CheckReport()
    say(translate("KnowledgeCheck", "Checking chunks and the keyword index…"))
    _check_chunks(knowledge, report, repair)
    say(translate("KnowledgeCheck", "Checking vectors…"))
    _check_vectors(knowledge, report, repair)
    say(translate("KnowledgeCheck", "Checking stored files…"))
    _check_files(knowledge, report, repair)
    report.repaired = repair
    return report


def _check_chunks(knowledge: KnowledgeBase, report: CheckReport, repair: bool) -> None:
    with knowledge.database.write() as session:
        live = set(session.scalars(select(Document.file_sha256)))
        live |= set(session.scalars(select(DocumentVersion.file_sha256)))
        live |= conflict_files(session)
        chunked = set(session.scalars(select(Chunk.file_sha256).distinct()))
        orphans = chunked - live
        report.orphan_chunks = int(
            session.scalar(
                select(func.count()).select_from(Chunk).where(Chunk.file_sha256.in_(orphans))
            )
            or 0
        )
        report.stale_chunks = int(
            session.scalar(
                select(func.count())
                .select_from(Chunk)
                .where(Chunk.chunker_version != CHUNKER_VERSION)
            )
            or 0
        )
        report.fts_missing = int(
            session.scalar(text(_COUNT_DIFFERENCE.format(left="chunk", right="fts_chunk_docsize")))
            or 0
        )
        report.fts_extra = int(
            session.scalar(text(_COUNT_DIFFERENCE.format(left="fts_chunk_docsize", right="chunk")))
            or 0
        )
        if not repair:
            return
        if report.fts_missing or report.fts_extra:
            rebuild_index(session)
        if orphans:
            session.execute(delete(Chunk).where(Chunk.file_sha256.in_(orphans)))
        if report.stale_chunks:
            session.execute(delete(Chunk).where(Chunk.chunker_version != CHUNKER_VERSION))


def _check_vectors(knowledge: KnowledgeBase, report: CheckReport, repair: bool) -> None:
    indexer = knowledge.indexer()
    with knowledge.database.read() as session:
        documents = session.execute(
            select(Document.file_sha256).where(
                Document.workspace_id == knowledge.workspace_id, Document.deleted.is_(False)
            )
        ).scalars()
        shas = set(documents)
        rows = session.execute(
            select(Chunk.file_sha256, Chunk.ordinal).where(Chunk.chunker_version == CHUNKER_VERSION)
        ).all()
    all_chunks = {vector_id(sha, CHUNKER_VERSION, ordinal) for sha, ordinal in rows}
    expected = {vector_id(sha, CHUNKER_VERSION, o) for sha, o in rows if sha in shas}
    stored = set(indexer.vectors.all_ids())
    orphans = stored - all_chunks
    missing = expected - stored
    chunked = {sha for sha, _ in rows}
    unindexed = sorted(shas - chunked)
    report.orphan_vectors = len(orphans)
    report.missing_vectors = len(missing)
    report.unindexed_documents = len(unindexed)
    if not repair:
        return
    if orphans:
        indexer.vectors.delete(orphans)
    for sha in sorted({value.split(":")[0] for value in missing}):
        indexer.embed_missing(sha)
    from core.knowledge.jobs import reindex_file

    for sha in unindexed:
        reindex_file(knowledge, sha, indexer)


def _check_files(knowledge: KnowledgeBase, report: CheckReport, repair: bool) -> None:
    store = knowledge.files
    with knowledge.database.read() as session:
        used = set(session.scalars(select(Document.file_sha256)))
        used |= set(session.scalars(select(DocumentVersion.file_sha256)))
        used |= conflict_files(session)
        titles = dict(
            session.execute(
                select(Document.file_sha256, Document.title).where(
                    Document.workspace_id == knowledge.workspace_id,
                    Document.deleted.is_(False),
                )
            ).all()
        )
    present: dict[str, Path] = {}
    if store.root.is_dir():
        for path in store.root.glob("*/*/*"):
            if path.is_file() and len(path.name) == 64:
                present[path.name] = path
    orphans = set(present) - used
    report.orphan_files = len(orphans)
    report.missing_files = sorted(titles[sha] for sha in titles if sha not in present)
    if repair:
        # A file may be in the store a moment before the row that names it commits (an import
        # in progress, a download from sync): only files unused for a while are removed.
        settled = time.time() - ORPHAN_GRACE_S
        for sha in orphans:
            with contextlib.suppress(OSError):
                if present[sha].stat().st_mtime < settled:
                    present[sha].unlink(missing_ok=True)
