"""The contract between the knowledge base and chat: passages retrieved to answer a question.

Chat asks a ``PassageRetriever`` for passages, numbers them in the prompt, and saves them with
the answer (``Message.sources``) so citations like [2] keep pointing at the right document and
page, even after the knowledge base changes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol


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

    @property
    def where(self) -> str:
        """ "Title, p. 4" or "Title, pp. 4–5" or just the title."""
        if self.page_start is None:
            return self.title
        if self.page_end is None or self.page_end == self.page_start:
            return f"{self.title}, p. {self.page_start}"
        return f"{self.title}, pp. {self.page_start}–{self.page_end}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SourcePassage:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


class PassageRetriever(Protocol):
    """Finds the passages that best answer a question (blocking: call it off the GUI thread)."""

    def retrieve(self, query: str, *, limit: int = 5) -> list[SourcePassage]: ...
