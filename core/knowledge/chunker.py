"""Cutting a document's blocks into passages for search: structure- and token-aware.

Sentences (or lines, for code) are packed into chunks of about ``target_tokens`` model tokens;
a chunk never spans two sections (a heading change starts a new one), and consecutive chunks
of a section share about ``overlap_tokens`` of text so an answer cut at a boundary is still
found. Each chunk keeps its page range and heading path. ``CHUNKER_VERSION`` is stored with
every chunk: change it whenever the output for the same file would change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.knowledge.formats import Block

CHUNKER_VERSION = 1
HEADING_SEPARATOR = " › "

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-Þ])")


class TokenCounter(Protocol):
    """Counts and cuts text in the embedding model's tokens."""

    def count(self, texts: Sequence[str]) -> list[int]:
        """How many tokens each text has (without the model's special tokens)."""
        ...

    def split(self, text: str, max_tokens: int) -> list[str]:
        """``text`` cut into consecutive pieces of at most ``max_tokens`` tokens each."""
        ...


@dataclass(frozen=True)
class ChunkDraft:
    """A chunk as the chunker makes it, before it is stored."""

    ordinal: int
    text: str
    page_start: int | None
    page_end: int | None
    heading_path: str
    token_count: int

    def embedding_text(self) -> str:
        """What is embedded: the headings give a short passage its context."""
        return f"{self.heading_path}\n{self.text}" if self.heading_path else self.text


@dataclass(frozen=True)
class _Piece:
    text: str
    tokens: int
    page: int | None
    starts_block: bool
    lines: bool


class Chunker:
    """Packs blocks into chunks; deterministic, so a re-run makes the very same chunks."""

    version = CHUNKER_VERSION

    def __init__(
        self, tokens: TokenCounter, *, target_tokens: int = 200, overlap_tokens: int = 40
    ) -> None:
        if not 0 <= overlap_tokens < target_tokens:
            raise ValueError("overlap_tokens must be smaller than target_tokens")
        self.tokens = tokens
        self.target = target_tokens
        self.overlap = overlap_tokens

    def chunks(self, blocks: Iterable[Block]) -> Iterator[ChunkDraft]:
        """The chunks of a document, in order, as its blocks are read."""
        current: list[_Piece] = []
        size = 0
        headings: tuple[str, ...] | None = None
        ordinal = 0
        for block in blocks:
            if current and block.headings != headings:
                yield self._make(ordinal, current, headings or ())
                ordinal += 1
                current, size = [], 0
            headings = block.headings
            for piece in self._pieces(block):
                if current and size + piece.tokens > self.target:
                    yield self._make(ordinal, current, headings)
                    ordinal += 1
                    current = self._overlap(current)
                    size = sum(p.tokens for p in current)
                current.append(piece)
                size += piece.tokens
        if current:
            yield self._make(ordinal, current, headings or ())

    def _pieces(self, block: Block) -> list[_Piece]:
        if block.lines:
            texts = [line for line in block.text.split("\n") if line.strip()]
        else:
            texts = [s for s in _SENTENCE_END.split(block.text.strip()) if s.strip()]
        counts = self.tokens.count(texts)
        pieces: list[_Piece] = []
        for text, count in zip(texts, counts, strict=True):
            parts = [text] if count <= self.target else self.tokens.split(text, self.target)
            part_counts = [count] if len(parts) == 1 else self.tokens.count(parts)
            for part, part_count in zip(parts, part_counts, strict=True):
                starts = not pieces
                pieces.append(_Piece(part, part_count, block.page, starts, block.lines))
        return pieces

    def _overlap(self, pieces: list[_Piece]) -> list[_Piece]:
        """The trailing pieces (never all of them) that fit in the overlap budget."""
        kept: list[_Piece] = []
        budget = self.overlap
        for piece in reversed(pieces[1:]):
            if piece.tokens > budget:
                break
            kept.insert(0, piece)
            budget -= piece.tokens
        return kept

    @staticmethod
    def _make(ordinal: int, pieces: list[_Piece], headings: tuple[str, ...]) -> ChunkDraft:
        parts: list[str] = []
        for index, piece in enumerate(pieces):
            if index:
                if piece.starts_block:
                    parts.append("\n\n")
                else:
                    parts.append("\n" if piece.lines else " ")
            parts.append(piece.text)
        pages = [p.page for p in pieces if p.page is not None]
        return ChunkDraft(
            ordinal=ordinal,
            text="".join(parts),
            page_start=min(pages) if pages else None,
            page_end=max(pages) if pages else None,
            heading_path=HEADING_SEPARATOR.join(headings),
            token_count=sum(p.tokens for p in pieces),
        )
