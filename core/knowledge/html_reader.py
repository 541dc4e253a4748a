"""Reading HTML with the standard library's parser, fed in blocks so memory stays flat."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from core.knowledge.formats import Block, DocType, ParsedDocument
from core.knowledge.readers import open_text, require_text, sniff_encoding

_FEED_CHARS = 64 * 1024
_SKIPPED = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer"}
_BREAKS = {
    "p", "div", "li", "ul", "ol", "br", "tr", "table", "section", "article", "blockquote",
    "dd", "dt", "dl", "figcaption", "header", "main", "aside", "form", "hr", "td", "th",
}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACES = re.compile(r"\s+")


def read_html(path: Path, name: str) -> ParsedDocument:
    """An HTML page as blocks: headings give the path, ``<pre>`` keeps its lines."""
    encoding = sniff_encoding(path, name)
    parsed = ParsedDocument(DocType.HTML)
    parsed.blocks = require_text(name, _html_blocks(path, encoding, parsed))
    return parsed


def _html_blocks(path: Path, encoding: str, parsed: ParsedDocument) -> Iterator[Block]:
    parser = _BlockParser()
    with open_text(path, encoding) as handle:
        while text := handle.read(_FEED_CHARS):
            parser.feed(text)
            yield from parser.take()
    parser.close()
    parser.end_block()
    yield from parser.take()
    parsed.title = parser.title or parser.first_h1
    parsed.author = parser.author


class _BlockParser(HTMLParser):
    """Collects text into blocks at block-level tags; skips scripts, styles and navigation."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ready: list[Block] = []
        self.text: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.heading_level: int | None = None
        self.skip_depth = 0
        self.pre_depth = 0
        self.in_title = False
        self.title: str | None = None
        self.first_h1: str | None = None
        self.author: str | None = None
        self._title_text: list[str] = []

    def take(self) -> list[Block]:
        ready, self.ready = self.ready, []
        return ready

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            values = dict(attrs)
            if (values.get("name") or "").lower() == "author" and values.get("content"):
                self.author = (values["content"] or "").strip() or None
        if tag in _SKIPPED:
            self.skip_depth += 1
        elif tag in _HEADINGS:
            self.end_block()
            self.heading_level = _HEADINGS[tag]
        elif tag == "pre":
            self.end_block()
            self.pre_depth += 1
        elif tag in _BREAKS:
            self.end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            self.title = _SPACES.sub(" ", "".join(self._title_text)).strip() or None
        if tag in _SKIPPED:
            self.skip_depth = max(self.skip_depth - 1, 0)
        elif tag in _HEADINGS and self.heading_level is not None:
            self._end_heading(self.heading_level)
        elif tag == "pre":
            self.end_block()
            self.pre_depth = max(self.pre_depth - 1, 0)
        elif tag in _BREAKS:
            self.end_block()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self._title_text.append(data)
        elif self.skip_depth == 0:
            self.text.append(data)

    def _end_heading(self, level: int) -> None:
        text = _SPACES.sub(" ", "".join(self.text)).strip()
        self.text = []
        self.heading_level = None
        if not text:
            return
        self.headings = [h for h in self.headings if h[0] < level]
        self.headings.append((level, text))
        if level == 1 and self.first_h1 is None:
            self.first_h1 = text

    def end_block(self) -> None:
        if self.heading_level is not None:
            self._end_heading(self.heading_level)
            return
        raw = "".join(self.text)
        self.text = []
        path = tuple(h for _, h in self.headings)
        if self.pre_depth:
            lines = [line.rstrip() for line in raw.strip("\n").splitlines()]
            if any(lines):
                self.ready.append(Block("\n".join(lines), headings=path, lines=True))
            return
        text = _SPACES.sub(" ", raw).strip()
        if text:
            self.ready.append(Block(text, headings=path))
