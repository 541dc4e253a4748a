"""Reading a file's text as blocks, streamed: plain text, Markdown, source code and Word here.

PDF and HTML have their own modules. Every reader reads the file as it goes (a line, a page or
a block at a time), so memory stays flat however large the file is.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from core.i18n import translate
from core.knowledge.formats import (
    Block,
    DamagedDocument,
    DocType,
    DocumentUnreadable,
    EmptyDocument,
    NoTextLayer,
    ParsedDocument,
    cannot_read,
    display_name,
)

_SNIFF_BYTES = 64 * 1024
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```+|~~~+)")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")


def read_document(path: Path, doc_type: DocType, name: str | None = None) -> ParsedDocument:
    """Open ``path`` as ``doc_type``; its blocks are read lazily (raises ``DocumentUnreadable``).

    ``name`` is what messages call the file (the stored copy's own name is its hash).
    """
    name = name or display_name(path)
    if doc_type is DocType.PDF:
        from core.knowledge.pdf_reader import read_pdf

        return read_pdf(path, name)
    if doc_type is DocType.HTML:
        from core.knowledge.html_reader import read_html

        return read_html(path, name)
    if doc_type is DocType.WORD:
        return _read_word(path, name)
    if doc_type is DocType.IMAGE:
        raise NoTextLayer(
            translate(
                "KnowledgeImport", "{name} is an image: its text is read by text recognition (OCR)."
            ).format(name=name)
        )
    encoding = sniff_encoding(path, name)
    parsed = ParsedDocument(doc_type)
    if doc_type is DocType.MARKDOWN:
        parsed.blocks = require_text(name, _markdown_blocks(path, encoding, parsed))
    elif doc_type is DocType.CODE:
        parsed.blocks = require_text(name, _code_blocks(path, encoding))
    else:
        parsed.blocks = require_text(name, _text_blocks(path, encoding))
    return parsed


def sniff_encoding(path: Path, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 by BOM, else Windows-1252; refuses binary files."""
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise DamagedDocument(
            translate(
                "KnowledgeImport",
                "{name} looks like a binary file, not text; check that it is the "
                "file you meant to import.",
            ).format(name=name)
        )
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still UTF-8.
        if exc.start < len(head) - 4:
            return "cp1252"
    return "utf-8"


def open_text(path: Path, encoding: str) -> TextIO:
    """The file as text; undecodable bytes become U+FFFD rather than stopping the import."""
    return path.open(encoding=encoding, errors="replace", newline=None)


def require_text(name: str, blocks: Iterator[Block]) -> Iterator[Block]:
    seen = False
    for block in blocks:
        seen = True
        yield block
    if not seen:
        raise EmptyDocument(
            translate("KnowledgeImport", "{name} has no text in it.").format(name=name)
        )


def paragraphs(lines: Iterator[str]) -> Iterator[tuple[list[str], bool]]:
    """Runs of non-blank lines, each with whether a form feed (page break) preceded it."""
    current: list[str] = []
    page_break = False
    for raw in lines:
        breaks = raw.count("\f")
        line = raw.replace("\f", "").rstrip("\n")
        if breaks and current:
            yield current, page_break
            current, page_break = [], False
        page_break = page_break or breaks > 0
        if line.strip():
            current.append(line)
        elif current:
            yield current, page_break
            current, page_break = [], False
    if current:
        yield current, page_break


def _has_page_breaks(path: Path) -> bool:
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            if b"\f" in block:
                return True
    return False


def _text_blocks(path: Path, encoding: str) -> Iterator[Block]:
    """Paragraphs; a file with form feeds (page breaks) gets page numbers from 1."""
    with open_text(path, encoding) as handle:
        page: int | None = 1 if _has_page_breaks(path) else None
        for lines, page_break in paragraphs(iter(handle)):
            if page_break and page is not None:
                page += 1
            yield Block(" ".join(line.strip() for line in lines), page)


def _code_blocks(path: Path, encoding: str) -> Iterator[Block]:
    with open_text(path, encoding) as handle:
        for lines, _ in paragraphs(iter(handle)):
            yield Block("\n".join(lines), lines=True)


def _front_matter(handle: TextIO, parsed: ParsedDocument) -> list[str]:
    """Read a leading ``---`` YAML block for title/author; returns lines to read again."""
    first = handle.readline()
    if first.strip() != "---":
        return [first]
    taken = [first]
    for line in handle:
        taken.append(line)
        if line.strip() in ("---", "..."):
            for entry in taken[1:-1]:
                key, _, value = entry.partition(":")
                value = value.strip().strip("'\"")
                if key.strip().lower() == "title" and value:
                    parsed.title = value
                elif key.strip().lower() == "author" and value:
                    parsed.author = value
            return []
        if len(taken) > 200:
            break
    return taken


def _markdown_blocks(path: Path, encoding: str, parsed: ParsedDocument) -> Iterator[Block]:
    with open_text(path, encoding) as handle:
        replay = _front_matter(handle, parsed)
        lines = iter([*replay, *handle]) if replay else iter(handle)
        yield from MarkdownBlocks(parsed).read(lines)


class MarkdownBlocks:
    """Turns Markdown lines into blocks: headings set the path, fences become code blocks."""

    def __init__(self, parsed: ParsedDocument) -> None:
        self.parsed = parsed
        self.headings: list[tuple[int, str]] = []
        self.buffer: list[str] = []
        self.fence: str | None = None

    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.headings)

    def heading(self, level: int, text: str) -> None:
        self.headings = [h for h in self.headings if h[0] < level]
        self.headings.append((level, text))
        if self.parsed.title is None and level == 1:
            self.parsed.title = text

    def flush(self) -> Iterator[Block]:
        if self.buffer:
            lines = self.fence is not None
            joiner = "\n" if lines else " "
            text = joiner.join(line if lines else line.strip() for line in self.buffer)
            self.buffer = []
            if text.strip():
                yield Block(text, headings=self.path(), lines=lines)

    def read(self, lines: Iterator[str]) -> Iterator[Block]:
        for raw in lines:
            line = raw.rstrip("\n")
            fence = _FENCE.match(line)
            if self.fence is not None:
                if fence and fence.group(1)[0] == self.fence[0]:
                    yield from self.flush()
                    self.fence = None
                else:
                    self.buffer.append(line)
                continue
            if fence:
                yield from self.flush()
                self.fence = fence.group(1)
                continue
            heading = _HEADING.match(line)
            if heading:
                yield from self.flush()
                self.heading(len(heading.group(1)), heading.group(2))
            elif _SETEXT.match(line) and len(self.buffer) == 1 and line.strip():
                text = self.buffer.pop().strip()
                self.heading(1 if line.strip()[0] == "=" else 2, text)
            elif not line.strip():
                yield from self.flush()
            else:
                self.buffer.append(line)
        yield from self.flush()


def _read_word(path: Path, name: str) -> ParsedDocument:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DamagedDocument(
            translate(
                "KnowledgeImport",
                "{name} is damaged or not a Word document (.docx); open and save it again in Word.",
            ).format(name=name)
        ) from exc
    except OSError as exc:
        raise DocumentUnreadable(cannot_read(name, exc)) from exc
    props = document.core_properties
    parsed = ParsedDocument(
        DocType.WORD, title=(props.title or "").strip() or None, author=props.author or None
    )
    parsed.blocks = require_text(name, _word_blocks(document, parsed))
    return parsed


def _word_blocks(document: object, parsed: ParsedDocument) -> Iterator[Block]:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    assert isinstance(document, Document)
    headings: list[tuple[int, str]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [cell.text.strip() for cell in row.cells]
                text = " | ".join(dict.fromkeys(c for c in cells if c))
                if text:
                    yield Block(text, headings=tuple(h for _, h in headings))
            continue
        assert isinstance(item, Paragraph)
        text = item.text.strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        level = _word_heading_level(style)
        if level is None:
            yield Block(text, headings=tuple(h for _, h in headings))
            continue
        if level == 0:
            parsed.title = parsed.title or text
            continue
        headings = [h for h in headings if h[0] < level]
        headings.append((level, text))
        if parsed.title is None and level == 1:
            parsed.title = text


def _word_heading_level(style: str) -> int | None:
    """0 for the Title style, 1–9 for "Heading N", None for body text."""
    if style == "Title":
        return 0
    if style.startswith("Heading "):
        digits = style.removeprefix("Heading ").strip()
        return int(digits) if digits.isdigit() else None
    return None
