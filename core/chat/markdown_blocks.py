"""Splitting a streaming Markdown answer into blocks, so a view renders each block once.

``BlockSplitter.feed`` takes the answer as it arrives and returns the blocks that just became
complete; ``open_block`` is the unfinished tail, the only part a view re-renders per update. A
text block ends at a blank line (unless what follows continues it: an indented line, or the
next item of the same list), a heading ends with its line, and a fenced code block ends at its
closing fence. Long open blocks are cut at line ends (text after ``MAX_TEXT_CHARS``, code every
``CODE_PART_LINES`` lines) so no part of the work grows with the answer.

The blocks' ``source`` strings are contiguous slices: joined, they give back the whole text,
and the split does not depend on how the text was chunked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TEXT_CHARS = 3000
CODE_PART_LINES = 40

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_HEADING = re.compile(r"^ {0,3}#{1,6}(\s|$)")
_LIST_ITEM = re.compile(r"^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)")


@dataclass(frozen=True)
class Block:
    """A piece of the answer: ``text`` (Markdown) or one part of a fenced ``code`` block.

    A code block cut into parts shares ``code_id`` (its offset in the answer); ``first`` and
    ``last`` say whether the part opens or closes it; ``code`` is this part's code.
    """

    kind: str
    source: str
    start: int
    code: str = ""
    language: str = ""
    code_id: int = -1
    first: bool = True
    last: bool = True


@dataclass
class _Fence:
    marker: str
    top_level: bool  # a code block of its own, not a fence inside a list item
    code_id: int = -1
    language: str = ""
    part_start: int = 0
    code_start: int = 0
    lines: int = 0
    first: bool = True


class BlockSplitter:
    """Incremental block splitting of one answer (see the module docstring)."""

    def __init__(self) -> None:
        self._buf = ""  # the text from offset ``_base`` on: completed blocks are dropped
        self._base = 0
        self._block_start = 0  # where the open block begins
        self._scanned = 0  # complete lines before this offset are processed
        self._has_content = False
        self._is_list = False
        self._gap = False  # a blank line followed the open text block's content
        self._fence: _Fence | None = None

    def feed(self, delta: str) -> list[Block]:
        """Add text; returns the blocks completed by it, in order."""
        self._buf += delta
        done: list[Block] = []
        while True:
            end = self._buf.find("\n", self._scanned - self._base)
            if end < 0:
                break
            end += self._base
            self._line(self._scanned, end + 1, done)
            self._scanned = end + 1
        if self._block_start - self._base > 512:  # keep copies of the buffer small
            self._buf = self._buf[self._block_start - self._base :]
            self._base = self._block_start
        return done

    @property
    def length(self) -> int:
        """How much text was fed."""
        return self._base + len(self._buf)

    def _slice(self, start: int, end: int | None = None) -> str:
        return self._buf[start - self._base : None if end is None else end - self._base]

    def finish(self) -> list[Block]:
        """The stream ended: the open block, and an unfinished last line, are complete."""
        done: list[Block] = []
        length = self.length
        if self._scanned < length:
            self._line(self._scanned, length, done)
            self._scanned = length
        fence = self._fence
        if fence is not None and fence.top_level:
            done.append(self._code(fence, length, self._slice(fence.code_start), last=True))
            self._fence = None
        elif self._block_start < length:
            done.append(self._text_block(length))
        return done

    def open_block(self) -> Block | None:
        """The unfinished tail as a block (code or text), or None if there is nothing to show."""
        fence = self._fence
        if fence is not None and fence.top_level:
            return Block(
                "code",
                self._slice(fence.part_start),
                fence.part_start,
                code=self._slice(fence.code_start),
                language=fence.language,
                code_id=fence.code_id,
                first=fence.first,
                last=False,
            )
        source = self._slice(self._block_start)
        if not source.strip():
            return None
        return Block("text", source, self._block_start)

    # --- line by line ------------------------------------------------------------------

    def _line(self, start: int, end: int, done: list[Block]) -> None:
        line = self._slice(start, end).rstrip("\n")
        fence = self._fence
        if fence is not None:
            self._in_fence(fence, line, start, end, done)
            return
        if not line.strip():
            if self._has_content:
                self._gap = True
            return
        indented = line[:1] in (" ", "\t")
        if self._gap:
            self._gap = False
            continues = indented or (self._is_list and bool(_LIST_ITEM.match(line)))
            if not continues:
                done.append(self._text_block(start))
        opening = _FENCE.match(line)
        if opening and (opening.group(2)[0] == "~" or "`" not in opening.group(3)):
            if self._has_content and self._is_list and indented:
                self._fence = _Fence(opening.group(2), top_level=False)
                return
            if self._has_content:
                done.append(self._text_block(start))
            info = opening.group(3).strip()
            self._fence = _Fence(
                opening.group(2),
                top_level=True,
                code_id=start,
                language=info.split()[0] if info else "",
                part_start=self._block_start,
                code_start=end,
            )
            return
        if _HEADING.match(line) and not (self._is_list and indented):
            if self._has_content:
                done.append(self._text_block(start))
            done.append(self._text_block(end))
            return
        self._has_content = True
        if not indented and _LIST_ITEM.match(line):
            self._is_list = True
        if end - self._block_start > MAX_TEXT_CHARS:
            done.append(self._text_block(end))

    def _in_fence(self, fence: _Fence, line: str, start: int, end: int, done: list[Block]) -> None:
        stripped = line.strip()
        closes = (
            stripped.startswith(fence.marker)
            and set(stripped) == {fence.marker[0]}
            and len(line) - len(line.lstrip(" ")) <= 3 + (0 if fence.top_level else 8)
        )
        if not fence.top_level:
            if closes:
                self._fence = None
            return
        if closes:
            done.append(self._code(fence, end, self._slice(fence.code_start, start), last=True))
            self._fence = None
            self._block_start = end
            return
        if fence.lines >= CODE_PART_LINES:  # cut before this line: a part never ends empty
            done.append(self._code(fence, start, self._slice(fence.code_start, start), last=False))
            fence.part_start = fence.code_start = self._block_start = start
            fence.lines = 0
            fence.first = False
        fence.lines += 1

    def _code(self, fence: _Fence, end: int, code: str, *, last: bool) -> Block:
        block = Block(
            "code",
            self._slice(fence.part_start, end),
            fence.part_start,
            code=code,
            language=fence.language,
            code_id=fence.code_id,
            first=fence.first,
            last=last,
        )
        self._block_start = end
        return block

    def _text_block(self, end: int) -> Block:
        block = Block("text", self._slice(self._block_start, end), self._block_start)
        self._block_start = end
        self._has_content = False
        self._is_list = False
        self._gap = False
        return block


def merge_text_runs(blocks: list[Block]) -> list[Block]:
    """Consecutive text blocks joined into one (their sources are contiguous), so a view that
    renders several finished blocks at once does it in one go."""
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if block.kind == "text" and last is not None and last.kind == "text":
            merged[-1] = Block("text", last.source + block.source, last.start)
        else:
            merged.append(block)
    return merged


def split_blocks(text: str) -> list[Block]:
    """All blocks of a finished text (as a stream of it would give them)."""
    splitter = BlockSplitter()
    return splitter.feed(text) + splitter.finish()
