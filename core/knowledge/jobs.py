"""The knowledge base's durable jobs: import files, reprocess documents.

The composition root (``core.root``) registers them with ``register_jobs``. Each item does its slow
work (copying, parsing, embedding) before it touches ``ctx.session``; derived data is keyed by
file hash so a killed item redone from the start ends with the same chunks and vectors.
Deleting documents for good (``knowledge.delete`` too) is ``core.library.bulk.purge_documents``;
``vector_purger`` is its part that removes vectors.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from core.db.models import Document
from core.files import FileStoreError
from core.i18n import translate
from core.jobs import HandlerRegistry, ItemContext, ItemFailed
from core.knowledge.embedder import EmbeddingUnavailable
from core.knowledge.formats import (
    Block,
    DocType,
    DocumentUnreadable,
    NoTextLayer,
    ParsedDocument,
    check_importable,
    display_name,
)
from core.knowledge.indexing import FileIndexer, delete_chunks
from core.knowledge.library import KnowledgeBase
from core.knowledge.maintenance import file_in_use
from core.knowledge.progress import FileOutcome, FileStatus
from core.knowledge.readers import read_document
from core.knowledge.scan import key_path, path_key, scan
from core.knowledge.vectors import delete_file_everywhere

if TYPE_CHECKING:
    from core.library.bulk import DerivedDataPurger

logger = logging.getLogger(__name__)

INGEST_KIND = "knowledge.ingest"
REPROCESS_KIND = "knowledge.reprocess"
EMBEDDING_SETTING = "knowledge.embedding_model"
MAX_TITLE = 1000


class IngestHandler:
    """``knowledge.ingest``: params ``{"paths": [...]}``; one item per file found."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return [path_key(path) for path in scan(params["paths"]).files]

    def process(self, ctx: ItemContext) -> None:
        path = key_path(ctx.key)
        name = display_name(path)
        board = self.knowledge.progress
        board.reading(ctx.job_id, name)
        try:
            outcome = self._import(ctx, path, name)
        except ItemFailed as exc:
            board.finished_file(ctx.job_id, FileOutcome(name, FileStatus.FAILED, str(exc)))
            raise
        board.finished_file(ctx.job_id, outcome)

    def _import(self, ctx: ItemContext, path: Path, name: str) -> FileOutcome:
        knowledge = self.knowledge
        try:
            doc_type, _size = check_importable(path)
            stored = knowledge.files.put(path, progress=lambda _done: ctx.check_cancelled())
        except DocumentUnreadable as exc:
            raise ItemFailed(str(exc)) from exc
        except FileStoreError as exc:
            raise ItemFailed(str(exc)) from exc
        existing = self._existing(stored.sha256)
        if existing is not None and not existing.deleted:
            message = translate("KnowledgeImport", "Already in the library as “{title}”.").format(
                title=existing.title
            )
            return FileOutcome(name, FileStatus.DUPLICATE, message, existing.id)
        try:
            parsed = read_with_ocr(knowledge, stored.path, doc_type, name, stored.sha256)
            indexer = knowledge.indexer()
            counts = indexer.index(
                stored.sha256,
                parsed.blocks,
                progress=lambda pages, chunks: _advance(knowledge, ctx, pages, chunks),
                check_cancelled=ctx.check_cancelled,
            )
        except DocumentUnreadable as exc:
            self._forget_file(stored.sha256, stored.already_present)
            raise ItemFailed(str(exc)) from exc
        except EmbeddingUnavailable as exc:
            raise ItemFailed(str(exc)) from exc
        session = ctx.session
        if existing is not None:
            row = session.get(Document, existing.id)
            if row is not None:
                knowledge.recorder.restore(session, row)
                restored = translate("KnowledgeImport", "Restored from the trash.")
                return FileOutcome(name, FileStatus.RESTORED, restored, row.id)
        document = knowledge.recorder.create(
            session,
            Document,
            workspace_id=knowledge.workspace_id,
            title=(parsed.title or Path(name).stem or name)[:MAX_TITLE],
            doc_type=str(doc_type),
            file_sha256=stored.sha256,
            size_bytes=stored.size,
            pages=parsed.pages or (counts.pages or None),
            author=(parsed.author or None) and str(parsed.author)[:500],
            source_name=name[:MAX_TITLE],
            state="ready",
            error=None,
        )
        return FileOutcome(name, FileStatus.IMPORTED, _passages(counts.chunks), document.id)

    def _existing(self, sha: str) -> Document | None:
        knowledge = self.knowledge
        with knowledge.database.read() as session:
            query = (
                select(Document)
                .where(
                    Document.workspace_id == knowledge.workspace_id,
                    Document.file_sha256 == sha,
                )
                .order_by(Document.deleted, Document.created_at_ms)
            )
            return session.scalars(query).first()

    def _forget_file(self, sha: str, already_present: bool) -> None:
        """A file that cannot be read leaves nothing behind (unless someone else uses it)."""
        if already_present:
            return
        with self.knowledge.database.write() as session:
            if file_in_use(session, sha):
                return
            delete_chunks(session, sha)
        delete_file_everywhere(self.knowledge.chroma_dir, sha)
        self.knowledge.files.remove(sha)


def reindex_file(knowledge: KnowledgeBase, sha: str, indexer: FileIndexer | None = None) -> int:
    """Make sure a stored file has chunks and vectors for the current chunker and model.

    Parses the stored copy only if its chunks are missing; otherwise embeds what has no vector.
    Returns the number of passages embedded. Raises ``DocumentUnreadable``.
    """
    indexer = indexer or knowledge.indexer()
    with knowledge.database.read() as session:
        document = session.scalars(select(Document).where(Document.file_sha256 == sha)).first()
    if document is None:
        return 0
    from core.knowledge.indexing import chunk_count

    with knowledge.database.read() as session:
        has_chunks = chunk_count(session, sha, indexer.chunker.version) > 0
    if has_chunks:
        return indexer.embed_missing(sha)
    store = knowledge.files
    if not store.contains(sha):
        raise DocumentUnreadable(
            translate(
                "KnowledgeImport", "The stored copy of “{title}” is missing; import the file again."
            ).format(title=document.title)
        )
    parsed = read_with_ocr(
        knowledge,
        store.path_for(sha),
        DocType(document.doc_type),
        document.source_name or document.title,
        sha,
    )
    return indexer.index(sha, parsed.blocks).embedded


def read_with_ocr(
    knowledge: KnowledgeBase, path: Path, doc_type: DocType, name: str, sha: str
) -> ParsedDocument:
    """The file's text; images, and PDFs without a text layer (scans), by on-device OCR.

    A PDF's text layer is tried first; only when it has no text at all (no block was read)
    are its pages rendered and recognised, so a mixed PDF is never read twice.
    """
    recognizer = knowledge.recognizer
    if doc_type is DocType.IMAGE:
        return recognizer.read_image(path, name, sha)
    parsed = read_document(path, doc_type, name)
    if doc_type is not DocType.PDF:
        return parsed
    layer = parsed.blocks

    def blocks() -> Iterator[Block]:
        try:
            yield from layer
        except NoTextLayer:
            logger.info("No text layer in %s: recognising its pages", name)
            yield from recognizer.read_pdf(path, name, sha).blocks

    parsed.blocks = blocks()
    return parsed


class ReprocessHandler:
    """``knowledge.reprocess``: params ``{"document_ids": [...], "force": false}``.

    Re-chunks and re-embeds each document for the current chunker and embedding model: only
    what is missing, or everything with ``force``.
    """

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        ids = params.get("document_ids")
        if ids is None:
            with self.knowledge.database.read() as session:
                ids = session.scalars(
                    select(Document.id)
                    .where(
                        Document.workspace_id == self.knowledge.workspace_id,
                        Document.deleted.is_(False),
                    )
                    .order_by(Document.created_at_ms)
                ).all()
        return [str(i) for i in ids]

    def process(self, ctx: ItemContext) -> None:
        knowledge = self.knowledge
        with knowledge.database.read() as session:
            document = session.get(Document, ctx.key)
        if document is None:
            return
        try:
            indexer = knowledge.indexer()
            if ctx.params.get("force"):
                with knowledge.database.write() as session:
                    if not file_in_use(session, document.file_sha256, except_document=document.id):
                        delete_chunks(session, document.file_sha256)
                indexer.vectors.delete_file(document.file_sha256)
            ctx.check_cancelled()
            reindex_file(knowledge, document.file_sha256, indexer)
        except (DocumentUnreadable, EmbeddingUnavailable) as exc:
            raise ItemFailed(str(exc)) from exc
        row = ctx.session.get(Document, document.id)
        if row is not None and (row.state != "ready" or row.error):
            knowledge.recorder.update(ctx.session, row, state="ready", error=None)


def register_jobs(registry: HandlerRegistry, knowledge: KnowledgeBase) -> None:
    """Register the knowledge jobs (the composition root calls this once)."""
    registry.register(INGEST_KIND, IngestHandler(knowledge))
    registry.register(REPROCESS_KIND, ReprocessHandler(knowledge))


def reembed_on_model_change(knowledge: KnowledgeBase) -> Callable[[str, object], None]:
    """A settings listener: re-embed every document in the background when the embedding
    model changes."""

    def on_setting(key: str, _value: object) -> None:
        if key == EMBEDDING_SETTING and knowledge.has_documents():
            title = translate("KnowledgeJobs", "Re-embed documents for the new embedding model")
            knowledge.jobs.submit(REPROCESS_KIND, title, {})

    return on_setting


def vector_purger(chroma_dir: Path) -> DerivedDataPurger:
    """For ``purge_documents``: once the purge commits, remove the vectors (of every model's
    collection) of the files it freed."""

    def purge_vectors(
        session: Session, _document_ids: Sequence[str], unused: Sequence[str]
    ) -> None:
        shas = list(unused)

        def after_commit(_session: Session) -> None:
            try:
                delete_file_everywhere(chroma_dir, *shas)
            except Exception:  # the purge stands; `kb check` removes the vectors left over
                logger.exception("Could not remove the vectors of %d purged files", len(shas))

        if shas:
            event.listen(session, "after_commit", after_commit, once=True)

    return purge_vectors


def _advance(knowledge: KnowledgeBase, ctx: ItemContext, pages: int, chunks: int) -> None:
    knowledge.progress.advance(ctx.job_id, pages, chunks)
    ctx.progressed()


def _passages(count: int) -> str:
    return translate("KnowledgeImport", "%n passage(s)", None, count)
