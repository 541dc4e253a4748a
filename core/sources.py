"""The contract between the knowledge base and chat: passages retrieved to answer a question.

Chat asks a ``PassageRetriever`` for passages, numbers them in the prompt, and saves them with
the answer (``Message.sources``) so citations like [2] keep pointing at the right document and
page, even after the knowledge base changes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from core.i18n import translate


@dataclass(frozen=True)
class SourcePassage:
    """One retrieved passage, as cited in an answer."""

    number: int
    document_id: str
    title: str
    text: str
    page_start: int | None = None
    page_end: int | None = None
    chunk_id: int | None = None
    score: float = 0.0
    snippet: str = ""  # the sentences of ``text`` that best match the question
    # The passage's place in its file: chunk ids are this device's own, ordinals every
    # device's (chunks are derived alike from the same file), so a citation opens the right
    # passage on a device that synced the answer (``KnowledgeBase.local_passage``).
    ordinal: int | None = None

    @property
    def where(self) -> str:
        """ "Title, p. 4" or "Title, pp. 4–5" or just the title."""
        if self.page_start is None:
            return self.title
        if self.page_end is None or self.page_end == self.page_start:
            return translate("Sources", "{title}, p. {page}").format(
                title=self.title, page=self.page_start
            )
        return translate("Sources", "{title}, pp. {first}–{last}").format(
            title=self.title, first=self.page_start, last=self.page_end
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SourcePassage:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def best_snippet(text: str, question: str, limit: int = 160) -> str:
    """The sentence of ``text`` that shares the most words with ``question`` (ties: the first),
    with its neighbours while they fit in ``limit`` characters; cut at a word."""
    sentences = [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]
    if not sentences:
        return ""
    asked = {w.casefold() for w in _WORD.findall(question) if len(w) > 2}

    def overlap(sentence: str) -> int:
        return len(asked & {w.casefold() for w in _WORD.findall(sentence)})

    best = max(range(len(sentences)), key=lambda i: (overlap(sentences[i]), -i))
    chosen = sentences[best]
    after = best + 1
    while after < len(sentences) and len(chosen) + 1 + len(sentences[after]) <= limit:
        chosen += " " + sentences[after]
        after += 1
    if len(chosen) > limit:
        chosen = chosen[:limit].rsplit(" ", 1)[0] + "…"
    return chosen


class PassageRetriever(Protocol):
    """Finds the passages that best answer a question (blocking: call it off the GUI thread).

    Only in the documents ``scope`` names, if any; with no documents at all it costs nothing.
    """

    def retrieve(
        self, query: str, *, limit: int = 5, scope: KnowledgeScope | None = None
    ) -> list[SourcePassage]: ...


@dataclass(frozen=True)
class KnowledgeScope:
    """A conversation's own choice of knowledge: whether its answers search the documents
    (``use`` None follows the assistant), and in which tags or documents (none: all)."""

    use: bool | None = None
    tags: tuple[str, ...] = ()
    document_ids: tuple[str, ...] = ()

    def enabled(self, assistant_default: bool) -> bool:
        return assistant_default if self.use is None else self.use

    @property
    def narrowed(self) -> bool:
        return bool(self.tags or self.document_ids)

    def to_json(self) -> dict[str, Any]:
        return {"use": self.use, "tags": list(self.tags), "document_ids": list(self.document_ids)}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> KnowledgeScope:
        data = data or {}
        use = data.get("use")
        return cls(
            use=use if isinstance(use, bool) else None,
            tags=tuple(str(t) for t in data.get("tags") or ()),
            document_ids=tuple(str(d) for d in data.get("document_ids") or ()),
        )
