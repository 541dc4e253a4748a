"""Hybrid search: BM25 (FTS5) and vector results fused by weighted reciprocal rank fusion.

Filters (tags, types, documents, import dates) are applied in SQL first; the vector side is
then asked only about the files that pass, and both sides only about chunks of the current
chunker version. How the two sides are weighted is a ``Ranking`` (``core.knowledge.ranking``).
Each hit carries a snippet with the matched words marked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from core.db.models import Chunk, Document, Tag, TagLink
from core.db.session import Database
from core.i18n import translate
from core.knowledge.embedder import Embedder
from core.knowledge.keyword import keyword_query, keyword_search
from core.knowledge.ranking import TUNED, Fused, Ranking
from core.knowledge.vectors import VectorStore, parse_vector_id

READY = "ready"
MIN_SIMILARITY = 0.15
"""Vector neighbours less similar than this (cosine) are noise, not results: without a floor
every query, even gibberish, would "find" the nearest passages."""


class SearchMode(StrEnum):
    HYBRID = "hybrid"
    KEYWORD = "keyword"
    VECTOR = "vector"


@dataclass(frozen=True)
class SearchFilters:
    """Which documents to search; empty fields do not filter. Dates are import times in ms."""

    tags: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    document_ids: tuple[str, ...] = ()
    imported_after_ms: int | None = None
    imported_before_ms: int | None = None

    def is_empty(self) -> bool:
        return not (
            self.tags
            or self.doc_types
            or self.document_ids
            or self.imported_after_ms is not None
            or self.imported_before_ms is not None
        )


@dataclass(frozen=True)
class SearchHit:
    """One passage found, with where it is and why it matched (plain data)."""

    chunk_id: int
    document_id: str
    title: str
    doc_type: str
    text: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    page_start: int | None
    page_end: int | None
    heading_path: str
    score: float
    keyword_rank: int | None
    vector_rank: int | None
    ordinal: int = 0  # the passage's place in its file: the same on every device

    def snippet_html(self) -> str:
        """The snippet as HTML with matched words in ``<b>``."""
        out: list[str] = []
        at = 0
        for start, end in self.highlights:
            out.append(html.escape(self.snippet[at:start]))
            out.append(f"<b>{html.escape(self.snippet[start:end])}</b>")
            at = end
        out.append(html.escape(self.snippet[at:]))
        return "".join(out)

    @property
    def pages(self) -> str:
        """ "p. 4", "pp. 4–5" or ""."""
        if self.page_start is None:
            return ""
        if self.page_end is None or self.page_end == self.page_start:
            return translate("Search", "p. {page}").format(page=self.page_start)
        return translate("Search", "pp. {first}–{last}").format(
            first=self.page_start, last=self.page_end
        )


VectorSide = Callable[[], tuple[Embedder, VectorStore]]


class HybridSearcher:
    """Searches one workspace's documents (blocking; call it off the GUI thread)."""

    def __init__(
        self,
        database: Database,
        workspace_id: str,
        vector_side: VectorSide,
        chunker_version: int,
        ranking: Ranking = TUNED,
    ) -> None:
        self.database = database
        self.workspace_id = workspace_id
        self.vector_side = vector_side
        self.chunker_version = chunker_version
        self.ranking = ranking

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
        """The best ``limit`` passages for ``query``; one per document with ``per_document``."""
        filters = filters or SearchFilters()
        keywords = keyword_query(query, prefix_last=as_you_type, stem=self.ranking.stem_words)
        if not query.strip() or not keywords.terms:
            return []
        depth = max(limit * 5, 50)
        with self.database.read() as session:
            files = None if filters.is_empty() else self._allowed_files(session, filters)
            keyword_ranked: list[int] = []
            if mode is not SearchMode.VECTOR:
                found = keyword_search(
                    session,
                    keywords,
                    chunker_version=self.chunker_version,
                    limit=depth,
                    files=files,
                )
                keyword_ranked = [chunk_id for chunk_id, _ in found]
            vector_ranked: list[int] = []
            if mode is not SearchMode.KEYWORD:
                vector_ranked = self._vector_ranked(session, query, depth, files)
            fused = self.ranking.fuse(query, keyword_ranked, vector_ranked)
            return self._hits(session, fused, keywords.stems, filters, limit, per_document)

    def _allowed_files(self, session: Session, filters: SearchFilters) -> set[str]:
        return set(
            session.scalars(self._documents(filters).with_only_columns(Document.file_sha256))
        )

    def _documents(self, filters: SearchFilters) -> Select[Document]:
        query = select(Document).where(
            Document.workspace_id == self.workspace_id,
            Document.deleted.is_(False),
            Document.state == READY,
        )
        if filters.doc_types:
            query = query.where(Document.doc_type.in_(filters.doc_types))
        if filters.document_ids:
            query = query.where(Document.id.in_(filters.document_ids))
        if filters.imported_after_ms is not None:
            query = query.where(Document.created_at_ms >= filters.imported_after_ms)
        if filters.imported_before_ms is not None:
            query = query.where(Document.created_at_ms < filters.imported_before_ms)
        if filters.tags:
            tagged = (
                select(TagLink.document_id)
                .join(Tag, Tag.id == TagLink.tag_id)
                .where(
                    TagLink.deleted.is_(False),
                    Tag.deleted.is_(False),
                    Tag.name_key.in_([" ".join(t.split()).casefold() for t in filters.tags]),
                )
            )
            query = query.where(Document.id.in_(tagged))
        return query

    def _vector_ranked(
        self, session: Session, query: str, depth: int, files: Collection[str] | None
    ) -> list[int]:
        embedder, vectors = self.vector_side()
        if files is not None and not files:
            return []
        nearest = vectors.query(embedder.embed([query])[0], depth, files)
        keys = [
            parse_vector_id(vector_id)
            for vector_id, distance in nearest
            if 1.0 - distance >= MIN_SIMILARITY
        ]
        wanted = [
            (sha, ordinal) for sha, version, ordinal in keys if version == self.chunker_version
        ]
        if not wanted:
            return []
        rows = session.execute(
            select(Chunk.id, Chunk.file_sha256, Chunk.ordinal).where(
                Chunk.chunker_version == self.chunker_version,
                Chunk.file_sha256.in_({sha for sha, _ in wanted}),
                Chunk.ordinal.in_({ordinal for _, ordinal in wanted}),
            )
        ).all()
        by_key = {(row.file_sha256, row.ordinal): int(row.id) for row in rows}
        return [by_key[key] for key in wanted if key in by_key]

    def _hits(
        self,
        session: Session,
        fused: list[Fused],
        terms: Sequence[str],
        filters: SearchFilters,
        limit: int,
        per_document: bool,
    ) -> list[SearchHit]:
        if not fused:
            return []
        chunks = {
            c.id: c
            for c in session.scalars(select(Chunk).where(Chunk.id.in_([f[0] for f in fused])))
        }
        shas = {c.file_sha256 for c in chunks.values()}
        documents = {
            d.file_sha256: d
            for d in session.scalars(self._documents(filters).where(Document.file_sha256.in_(shas)))
        }
        hits: list[SearchHit] = []
        seen_documents: set[str] = set()
        for chunk_id, score, keyword_rank, vector_rank in fused:
            chunk = chunks.get(chunk_id)
            document = documents.get(chunk.file_sha256) if chunk is not None else None
            if chunk is None or document is None:
                continue
            if per_document and document.id in seen_documents:
                continue
            seen_documents.add(document.id)
            snippet, marks = make_snippet(chunk.text, terms)
            hits.append(
                SearchHit(
                    chunk_id=chunk.id,
                    document_id=document.id,
                    title=document.title,
                    doc_type=document.doc_type,
                    text=chunk.text,
                    snippet=snippet,
                    highlights=marks,
                    page_start=chunk.page_start,
                    page_end=chunk.page_end,
                    heading_path=chunk.heading_path,
                    score=score,
                    keyword_rank=keyword_rank,
                    vector_rank=vector_rank,
                    ordinal=chunk.ordinal,
                )
            )
            if len(hits) >= limit:
                break
        return hits


def make_snippet(
    text: str, terms: Sequence[str], width: int = 240
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the most matched words, and where they are in it."""
    flat = " ".join(text.split())
    pattern = _terms_pattern(terms)
    matches = [(m.start(), m.end()) for m in pattern.finditer(flat)] if pattern else []
    start = 0
    if matches and len(flat) > width:
        best = max(matches, key=lambda m: sum(1 for o in matches if m[0] <= o[0] < m[0] + width))
        start = max(0, best[0] - width // 4)
        space = flat.rfind(" ", 0, start + 1)
        start = space + 1 if start and space >= 0 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    body = flat[start:end]
    marks = tuple(
        (s - start + len(prefix), e - start + len(prefix))
        for s, e in matches
        if s >= start and e <= end
    )
    return f"{prefix}{body}{suffix}", marks


def _terms_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
