"""Retrieval for chat: the top passages for a question, numbered, as ``SourcePassage``s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.knowledge.search import SearchFilters, SearchMode
from core.sources import SourcePassage

if TYPE_CHECKING:
    from core.knowledge.library import KnowledgeBase

MAX_PER_DOCUMENT = 3


class KnowledgeRetriever:
    """``PassageRetriever`` over a workspace's knowledge base (hybrid search; blocking).

    Returns up to ``limit`` passages numbered from 1, at most ``MAX_PER_DOCUMENT`` from any one
    document so one long manual does not crowd out every other source.
    """

    def __init__(self, knowledge: KnowledgeBase, filters: SearchFilters | None = None) -> None:
        self.knowledge = knowledge
        self.filters = filters

    def retrieve(self, query: str, *, limit: int = 5) -> list[SourcePassage]:
        hits = self.knowledge.search(
            query, filters=self.filters, limit=limit * 3, mode=SearchMode.HYBRID
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
        + "\n\n".join(blocks)
    )
