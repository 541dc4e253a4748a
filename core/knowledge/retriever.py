"""Retrieval for chat: the top passages for a question, numbered, as ``SourcePassage``s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.knowledge.search import SearchFilters, SearchMode
from core.sources import KnowledgeScope, SourcePassage, best_snippet

if TYPE_CHECKING:
    from core.knowledge.library import KnowledgeBase

MAX_PER_DOCUMENT = 3


class KnowledgeRetriever:
    """``PassageRetriever`` over a workspace's knowledge base (hybrid search; blocking).

    Returns up to ``limit`` passages numbered from 1, at most ``MAX_PER_DOCUMENT`` from any one
    document so one long manual does not crowd out every other source. An empty library is
    answered from one indexed count, before the embedding model or the vector store load.
    """

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge

    def retrieve(
        self, query: str, *, limit: int = 5, scope: KnowledgeScope | None = None
    ) -> list[SourcePassage]:
        if not self.knowledge.has_documents():
            return []
        filters = None
        if scope is not None and scope.narrowed:
            filters = SearchFilters(tags=scope.tags, document_ids=scope.document_ids)
        hits = self.knowledge.search(
            query, filters=filters, limit=limit * 3, mode=SearchMode.HYBRID
        )
        per_document: dict[str, int] = {}
        passages: list[SourcePassage] = []
        for hit in hits:
            if per_document.get(hit.document_id, 0) >= MAX_PER_DOCUMENT:
                continue
            per_document[hit.document_id] = per_document.get(hit.document_id, 0) + 1
            passages.append(
                SourcePassage(
                    number=len(passages) + 1,
                    document_id=hit.document_id,
                    title=hit.title,
                    text=hit.text,
                    page_start=hit.page_start,
                    page_end=hit.page_end,
                    chunk_id=hit.chunk_id,
                    score=round(hit.score, 6),
                    snippet=best_snippet(hit.text, query),
                    ordinal=hit.ordinal,
                )
            )
            if len(passages) >= limit:
                break
        return passages


def sources_prompt(passages: Sequence[SourcePassage]) -> str:
    """The passages as numbered sources for a system prompt, with how to cite them."""
    if not passages:
        return ""
    blocks = [f"[{p.number}] {p.where}\n{p.text.strip()}" for p in passages]
    return (
        "Answer from these sources when they are relevant. Cite each one you use with its "
        "number in square brackets, like [1]. If they do not answer the question, say so.\n\n"
        # i18n: not UI (the model reads it)
        + "\n\n".join(blocks)
    )
