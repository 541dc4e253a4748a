"""The knowledge base of one data dir: the object the GUI, the CLI and chat talk to.

It is cheap to make; the heavy parts (onnxruntime, Chroma) load on first use, off the GUI
thread, and ``warm()`` loads them in the background after start.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from core.db.models import Chunk, Document
from core.errors import UserError
from core.i18n import translate
from core.jobs import ItemError, JobInfo, JobState
from core.knowledge.chunker import CHUNKER_VERSION, HEADING_SEPARATOR, Chunker
from core.knowledge.embedder import (
    COMPATIBLE_MODEL,
    OPENAI_MODEL,
    ApiEmbedder,
    Embedder,
    EmbeddingUnavailable,
    ModelTokens,
    on_device_embedder,
)
from core.knowledge.indexing import FileIndexer
from core.knowledge.progress import ImportProgressBoard, ImportSnapshot
from core.knowledge.search import HybridSearcher, SearchFilters, SearchHit, SearchMode
from core.knowledge.vectors import VectorStore

if TYPE_CHECKING:
    from core.changes import ChangeRecorder
    from core.db.session import Database
    from core.files import FileStore
    from core.jobs import JobService
    from core.knowledge.ocr import TextRecognizer
    from core.secrets import SecretStore
    from core.settings import Settings
    from core.sources import SourcePassage


@dataclass(frozen=True)
class DocumentSection:
    """A passage of a document's text as the viewer shows it (overlaps with its neighbours
    removed)."""

    chunk_id: int
    text: str
    page_start: int | None
    page_end: int | None
    heading_path: str


@dataclass(frozen=True)
class DocumentText:
    """A document's whole text in passages, for reading it at a cited chunk."""

    document_id: str
    title: str
    doc_type: str
    sections: tuple[DocumentSection, ...]


@dataclass(frozen=True)
class ImportStatus:
    """An import job as the Knowledge page shows it: files, pages, chunks, failed files."""

    job: JobInfo
    snapshot: ImportSnapshot | None
    errors: tuple[ItemError, ...]


class DocumentNotFound(UserError, LookupError):
    """No document has this id (it may have been deleted)."""


class KnowledgeBase:
    """Import, search, read and maintain the documents of one workspace."""

    def __init__(
        self,
        database: Database,
        workspace_id: str,
        *,
        recorder: ChangeRecorder,
        settings: Settings,
        secrets: SecretStore,
        jobs: JobService,
        files: FileStore,
        chroma_dir: Path,
        recognizer: TextRecognizer,
    ) -> None:
        self.database = database
        self.workspace_id = workspace_id
        self.recorder = recorder
        self.settings = settings
        self.secrets = secrets
        self.jobs = jobs
        self.files = files
        self.chroma_dir = chroma_dir
        self.recognizer = recognizer
        self.progress = ImportProgressBoard()
        self._lock = threading.Lock()
        self._chunker: Chunker | None = None
        self._stores: dict[str, VectorStore] = {}

    # --- the parts --------------------------------------------------------------------

    def chunker(self) -> Chunker:
        with self._lock:
            if self._chunker is None:
                self._chunker = Chunker(ModelTokens())
            return self._chunker

    def embedder(self) -> Embedder:
        """The embedder chosen in settings (``knowledge.embedding_model``)."""
        choice = self.settings.get("knowledge.embedding_model")
        if choice == "on-device":
            return on_device_embedder()
        if choice == "openai":
            key = self.secrets.get("openai_api_key")
            if not key:
                raise EmbeddingUnavailable(
                    translate(
                        "Embedding",
                        "The OpenAI embedding model needs an OpenAI API key: add it in Settings, "
                        "or choose the on-device model.",
                    )
                )
            return ApiEmbedder(OPENAI_MODEL, api_key=key)
        base_url = self.settings.get("chat.base_url")
        if not base_url:
            raise EmbeddingUnavailable(
                translate(
                    "Embedding",
                    "The OpenAI-compatible embedding model needs a server address: set it in "
                    "Settings (Chat → Server address), or choose the on-device model.",
                )
            )
        key = self.secrets.get("local_api_key") or ""
        return ApiEmbedder(COMPATIBLE_MODEL, api_key=key, base_url=base_url)

    def vectors(self, model_id: str | None = None) -> VectorStore:
        """The vector collection of this workspace for ``model_id`` (default: the current one)."""
        model = model_id or self.embedder().model_id
        with self._lock:
            store = self._stores.get(model)
            if store is None:
                store = VectorStore(self.chroma_dir, self.workspace_id, model)
                self._stores[model] = store
            return store

    def vector_side(self) -> tuple[Embedder, VectorStore]:
        embedder = self.embedder()
        return embedder, self.vectors(embedder.model_id)

    def indexer(self) -> FileIndexer:
        embedder, vectors = self.vector_side()
        return FileIndexer(self.database, self.chunker(), embedder, vectors)

    def searcher(self) -> HybridSearcher:
        return HybridSearcher(self.database, self.workspace_id, self.vector_side, CHUNKER_VERSION)

    def warm(self) -> None:
        """Load the tokenizer, the model and the vector index now (~1 s), not on first search."""
        embedder, vectors = self.vector_side()
        self.chunker()
        embedder.embed(["warm up"])  # i18n: not UI
        if vectors.count():
            vectors.query(embedder.embed(["warm up"])[0], 1)  # i18n: not UI

    # --- what people do -----------------------------------------------------------------

    def import_paths(self, paths: Sequence[str | Path], title: str | None = None) -> str:
        """Queue an import of files and folders as a job; returns the job id."""
        from core.knowledge.jobs import INGEST_KIND

        listed = [str(Path(p).expanduser().absolute()) for p in paths]
        name = title or _import_title(listed)
        return self.jobs.submit(INGEST_KIND, name, {"paths": listed})

    def import_status(self, job_id: str) -> ImportStatus:
        """Where an import stands (blocking: reads app.db)."""
        job = self.jobs.get(job_id)
        errors = tuple(self.jobs.item_errors(job_id, limit=500))
        return ImportStatus(job, self.progress.snapshot(job_id), errors)

    def unfinished_imports(self) -> list[str]:
        """Ids of import jobs queued, running or paused, oldest first."""
        from core.knowledge.jobs import INGEST_KIND

        states = {JobState.QUEUED, JobState.RUNNING, JobState.PAUSED}
        jobs = self.jobs.list(limit=1000, states=states)
        return [job.id for job in reversed(jobs) if job.kind == INGEST_KIND]

    def search(
        self,
        query: str,
        *,
        filters: SearchFilters | None = None,
        limit: int = 10,
        mode: SearchMode = SearchMode.HYBRID,
        per_document: bool = False,
        as_you_type: bool = False,
    ) -> list[SearchHit]:
        """Hybrid search over this workspace's documents (blocking)."""
        return self.searcher().search(
            query,
            filters=filters,
            limit=limit,
            mode=mode,
            per_document=per_document,
            as_you_type=as_you_type,
        )

    def local_passage(self, passage: SourcePassage) -> SourcePassage:
        """The cited passage with this device's chunk id (an answer synced from another device
        names that device's); unchanged where it cannot be found (blocking)."""
        if passage.ordinal is None:
            return passage
        with self.database.read() as session:
            document = session.get(Document, passage.document_id)
            if document is None:
                return passage
            chunk_id = session.scalar(
                select(Chunk.id).where(
                    Chunk.file_sha256 == document.file_sha256,
                    Chunk.chunker_version == CHUNKER_VERSION,
                    Chunk.ordinal == passage.ordinal,
                )
            )
        return passage if chunk_id is None else replace(passage, chunk_id=int(chunk_id))

    def has_documents(self) -> bool:
        """Whether the workspace has any document (one indexed lookup: cheap on every turn)."""
        with self.database.read() as session:
            first = session.scalars(
                select(Document.id)
                .where(Document.workspace_id == self.workspace_id, Document.deleted.is_(False))
                .limit(1)
            ).first()
            return first is not None

    def document_count(self) -> int:
        with self.database.read() as session:
            return len(
                session.scalars(
                    select(Document.id).where(
                        Document.workspace_id == self.workspace_id, Document.deleted.is_(False)
                    )
                ).all()
            )

    def document_text(self, document_id: str) -> DocumentText:
        """The document's text as passages, for the viewer a citation opens."""
        with self.database.read() as session:
            document = session.get(Document, document_id)
            if document is None:
                raise DocumentNotFound(
                    translate(
                        "Knowledge",
                        "That document no longer exists: it was deleted meanwhile, perhaps from "
                        "another window or the command line.",
                    )
                )
            chunks = session.scalars(
                select(Chunk)
                .where(
                    Chunk.file_sha256 == document.file_sha256,
                    Chunk.chunker_version == CHUNKER_VERSION,
                )
                .order_by(Chunk.ordinal)
            ).all()
            sections: list[DocumentSection] = []
            previous = ""
            for chunk in chunks:
                text = _without_overlap(previous, chunk.text)
                previous = chunk.text
                sections.append(
                    DocumentSection(
                        chunk.id, text, chunk.page_start, chunk.page_end, chunk.heading_path
                    )
                )
            return DocumentText(document.id, document.title, document.doc_type, tuple(sections))


def _without_overlap(previous: str, current: str) -> str:
    """``current`` minus the text it repeats from the end of ``previous`` (the chunk overlap)."""
    if not previous:
        return current
    longest = min(len(previous), len(current), 1200)
    for size in range(longest, 0, -1):
        if previous.endswith(current[:size]) and (size == len(current) or current[size] in " \n"):
            return current[size:].lstrip()
    return current


def _import_title(paths: list[str]) -> str:
    if len(paths) == 1:
        return translate("KnowledgeJobs", "Import {name}").format(name=Path(paths[0]).name)
    return translate("KnowledgeJobs", "Import %n item(s)", None, len(paths))


def heading_parts(heading_path: str) -> list[str]:
    return [part for part in heading_path.split(HEADING_SEPARATOR) if part]
