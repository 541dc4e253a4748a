"""Writing a file's derived data: chunks (with their FTS rows) in app.db, vectors in Chroma.

Work goes in batches: embed what has no vector yet, store the vectors, then insert the chunk
rows that are missing, each batch in its own short transaction. Everything is keyed by
``(file sha256, chunker version, ordinal)``, so running it again over a file that was half done
(a killed import) skips what is stored and ends with exactly the chunks and vectors of an
uninterrupted run. Memory holds one batch, never the whole file.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from core.db.models import Chunk
from core.db.session import Database
from core.knowledge.chunker import ChunkDraft, Chunker
from core.knowledge.embedder import Embedder
from core.knowledge.formats import Block
from core.knowledge.vectors import VectorStore, vector_id

BATCH = 64
T = TypeVar("T")
Progress = Callable[[int, int], None]
"""Called with (pages just finished, chunks just stored)."""


@dataclass(frozen=True)
class IndexCounts:
    """What indexing a file found and did."""

    chunks: int
    embedded: int
    pages: int


class FileIndexer:
    """Chunks, embeds and stores one file's text; safe to run again on the same file."""

    def __init__(
        self, database: Database, chunker: Chunker, embedder: Embedder, vectors: VectorStore
    ) -> None:
        self.database = database
        self.chunker = chunker
        self.embedder = embedder
        self.vectors = vectors

    def index(
        self,
        sha: str,
        blocks: Iterable[Block],
        *,
        progress: Progress | None = None,
        check_cancelled: Callable[[], None] | None = None,
    ) -> IndexCounts:
        """Index the file's blocks (blocking: parsing and embedding happen here)."""
        pages = _PageCounter(blocks)
        total = embedded = 0
        reported_pages = 0
        for batch in prefetched(_batches(self.chunker.chunks(pages), BATCH)):
            if check_cancelled is not None:
                check_cancelled()
            embedded += self.store_batch(sha, batch)
            total += len(batch)
            if progress is not None:
                progress(pages.finished - reported_pages, len(batch))
                reported_pages = pages.finished
        if progress is not None and pages.seen - reported_pages > 0:
            progress(pages.seen - reported_pages, 0)
        return IndexCounts(total, embedded, pages.seen)

    def store_batch(self, sha: str, batch: Sequence[ChunkDraft]) -> int:
        """Embed and store what of ``batch`` is missing; returns how many were embedded."""
        version = self.chunker.version
        ids = [vector_id(sha, version, c.ordinal) for c in batch]
        have = self.vectors.existing(ids)
        todo = [(i, c) for i, c in zip(ids, batch, strict=True) if i not in have]
        if todo:
            vectors = self.embedder.embed([c.embedding_text() for _, c in todo])
            self.vectors.upsert([i for i, _ in todo], vectors, [sha] * len(todo))
        ordinals = [c.ordinal for c in batch]
        with self.database.write() as session:
            stored = set(
                session.scalars(
                    select(Chunk.ordinal).where(
                        Chunk.file_sha256 == sha,
                        Chunk.chunker_version == version,
                        Chunk.ordinal.in_(ordinals),
                    )
                )
            )
            rows = [_row(sha, version, c) for c in batch if c.ordinal not in stored]
            if rows:
                session.execute(insert(Chunk), rows)
        return len(todo)

    def embed_missing(self, sha: str, check_cancelled: Callable[[], None] | None = None) -> int:
        """Embed the stored chunks of a file that have no vector for this model (no parsing)."""
        version = self.chunker.version
        with self.database.read() as session:
            rows = session.execute(
                select(Chunk.ordinal, Chunk.text, Chunk.heading_path)
                .where(Chunk.file_sha256 == sha, Chunk.chunker_version == version)
                .order_by(Chunk.ordinal)
            ).all()
        done = 0
        for start in range(0, len(rows), BATCH):
            if check_cancelled is not None:
                check_cancelled()
            part = rows[start : start + BATCH]
            ids = [vector_id(sha, version, r.ordinal) for r in part]
            have = self.vectors.existing(ids)
            todo = [(i, r) for i, r in zip(ids, part, strict=True) if i not in have]
            if todo:
                texts = [
                    f"{r.heading_path}\n{r.text}" if r.heading_path else r.text for _, r in todo
                ]
                self.vectors.upsert(
                    [i for i, _ in todo], self.embedder.embed(texts), [sha] * len(todo)
                )
                done += len(todo)
        return done

    def is_complete(self, sha: str) -> bool:
        """True if the file has stored chunks and every one of them has a vector."""
        version = self.chunker.version
        with self.database.read() as session:
            count = session.scalar(
                select(func.count())
                .select_from(Chunk)
                .where(Chunk.file_sha256 == sha, Chunk.chunker_version == version)
            )
        if not count:
            return False
        return len(self.vectors.ids_of_file(sha)) >= int(count)


def chunk_count(session: Session, sha: str, version: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Chunk)
            .where(Chunk.file_sha256 == sha, Chunk.chunker_version == version)
        )
        or 0
    )


def delete_chunks(session: Session, sha: str) -> int:
    """Delete every chunk of a file, all chunker versions (the FTS rows follow by trigger)."""
    result = session.execute(delete(Chunk).where(Chunk.file_sha256 == sha))
    return int(getattr(result, "rowcount", 0) or 0)


def _row(sha: str, version: int, chunk: ChunkDraft) -> dict[str, object]:
    return {
        "file_sha256": sha,
        "chunker_version": version,
        "ordinal": chunk.ordinal,
        "text": chunk.text,
        "page_start": chunk.page_start,
        "page_end": chunk.page_end,
        "heading_path": chunk.heading_path,
        "token_count": chunk.token_count,
    }


def _batches(chunks: Iterator[ChunkDraft], size: int) -> Iterator[list[ChunkDraft]]:
    batch: list[ChunkDraft] = []
    for chunk in chunks:
        batch.append(chunk)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_END = object()


def prefetched(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """``items`` produced in a thread of their own, up to ``depth`` ahead of the consumer.

    Reading a PDF holds the GIL while embedding (onnxruntime) releases it, so parsing the next
    batch while this one is embedded keeps both cores busy. An exception in the producer is
    raised here, in order; when the consumer stops early the producer stops too.
    """
    slots: queue.Queue[tuple[object, BaseException | None]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(entry: tuple[object, BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                slots.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not offer((item, None)):
                    return
            offer((_END, None))
        except BaseException as exc:  # handed to the consumer, which raises it
            offer((_END, exc))
        finally:
            close = getattr(items, "close", None)
            if callable(close):
                close()  # a reader stopped early closes its file now, not at garbage collection

    worker = threading.Thread(target=produce, name="knowledge-parse", daemon=True)
    worker.start()
    try:
        while True:
            value, error = slots.get()
            if error is not None:
                raise error
            if value is _END:
                return
            yield cast(T, value)
    finally:
        stop.set()
        worker.join()


class _PageCounter:
    """Passes blocks through, counting pages seen and pages certainly finished."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self._blocks = blocks
        self.seen = 0
        self.finished = 0

    def __iter__(self) -> Iterator[Block]:
        last: int | None = None
        for block in self._blocks:
            if block.page is not None and block.page != last:
                if last is not None:
                    self.finished += 1
                self.seen += 1
                last = block.page
            yield block
