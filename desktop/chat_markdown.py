"""Rendering answer blocks (``core.chat.markdown_blocks``) into a QTextDocument.

Text blocks go through Qt's own Markdown reader (GitHub dialect: headings, lists, tables,
links, emphasis); citations like [2] become ``source:2`` links. Code blocks are highlighted with
Pygments and drawn as a box with the language and a Copy link (``copy:<code id>``). Each call
renders one block, so the cost depends on the block, never on the whole answer.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
)

from core.chat.markdown_blocks import Block

# Inserting a fragment merges its first block into the cursor's block, dropping that block's
# format (a heading, a list item, a quote). Leading with an invisible paragraph makes that merge
# harmless: it joins the end of the previous line, and every real block keeps its format.
LEAD = "\u200b"
_CITATION = re.compile(r"\[(\d{1,3})\](?![(\[:])")


@dataclass(frozen=True)
class Palette:
    """The colours a transcript draws with, for the light or the dark theme."""

    text: str
    muted: str
    link: str
    code_background: str
    code_border: str
    user_background: str
    error: str
    pygments_style: str

    @classmethod
    def for_theme(cls, dark: bool) -> Palette:
        if dark:
            return cls(
                "#e3e7ec",
                "#8a94a2",
                "#8fb3ff",
                "#181b20",
                "#2c3038",
                "#262b33",
                "#f2b8b5",
                "github-dark",
            )
        return cls(
            "#1c2530", "#7a8699", "#1d4fb8", "#f4f6f8", "#dde2e8", "#eef3fb", "#b3261e",
            "friendly",
        )  # fmt: skip


def link_citations(markdown: str, numbers: frozenset[int], key: str = "") -> str:
    """Turn [n] for each cited passage number into a ``source:n`` link (``#key`` says which
    answer's passages it points into)."""
    if not numbers:
        return markdown
    suffix = f"#{key}" if key else ""

    def link(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if number not in numbers:
            return match.group(0)
        return f"[\\[{number}\\]](source:{number}{suffix})"

    return _CITATION.sub(link, markdown)


def insert_block(
    cursor: QTextCursor,
    block: Block,
    palette: Palette,
    citations: frozenset[int] = frozenset(),
    *,
    caret: bool = False,
    link_key: str = "",
) -> None:
    """Render ``block`` at the cursor (which should be at the end of the document)."""
    if block.kind == "code":
        _insert_code(cursor, block, palette, caret=caret, link_key=link_key)
        return
    markdown = link_citations(block.source.strip("\n"), citations, link_key)
    if not markdown.strip():
        return
    if caret:
        markdown += " ▍"
    start = cursor.position()
    _lead(cursor)
    cursor.insertFragment(QTextDocumentFragment.fromMarkdown(LEAD + "\n\n" + markdown))
    _recolor_links(cursor, start, palette)


def _lead(cursor: QTextCursor) -> None:
    """Qt gives an empty block the format of what is inserted into it (a table's empty trailing
    block would turn into a list item): make sure the block has something in it."""
    if cursor.block().length() <= 1:
        cursor.insertText(LEAD)


def new_paragraph(cursor: QTextCursor, top_margin: float = 0.0) -> None:
    """Start a plain paragraph at the cursor unless it is on an empty first line."""
    block_format = QTextBlockFormat()
    block_format.setTopMargin(top_margin)
    if cursor.position() == 0 and cursor.block().length() <= 1:
        cursor.setBlockFormat(block_format)
        cursor.setCharFormat(QTextCharFormat())
        return
    cursor.insertBlock(block_format, QTextCharFormat())


def _recolor_links(cursor: QTextCursor, start: int, palette: Palette) -> None:
    """Qt's Markdown reader paints links pure blue; use the theme's link colour."""
    document = cursor.document()
    block = document.findBlock(start)
    end = cursor.position()
    link = QColor(palette.link)
    while block.isValid() and block.position() <= end:
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                fixed = fragment.charFormat()
                fixed.setForeground(link)
                span = QTextCursor(document)
                span.setPosition(fragment.position())
                span.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                span.setCharFormat(fixed)
            iterator += 1
        block = block.next()
    cursor.setPosition(end)


def _insert_code(
    cursor: QTextCursor, block: Block, palette: Palette, *, caret: bool, link_key: str
) -> None:
    code = block.code.rstrip("\n") if block.last or not caret else block.code
    body = highlight(code, block.language, palette.pygments_style)
    if caret:
        body += f'<span style="color:{palette.muted}">▍</span>'
    header = ""
    if block.first:
        language = html.escape(block.language or "code")
        header = (
            f'<tr><td style="color:{palette.muted}; font-size:small">{language}</td>'
            f'<td align="right" style="font-size:small">'
            f'<a href="copy:{link_key}.{block.code_id}" style="color:{palette.link}">'
            "Copy</a></td></tr>"
        )
    table = (
        f'<table width="100%" cellspacing="0" cellpadding="6" border="0" '
        f'bgcolor="{palette.code_background}">{header}'
        f'<tr><td colspan="2"><pre style="margin:0">{body}</pre></td></tr></table>'
    )
    _lead(cursor)
    cursor.insertFragment(QTextDocumentFragment.fromHtml(f"<p>{LEAD}</p>{table}"))


@lru_cache(maxsize=64)
def _lexer_named(language: str) -> object | None:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    if not language:
        return None
    try:
        return get_lexer_by_name(language.lower(), stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


@lru_cache(maxsize=8)
def _formatter(style: str) -> object:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(nowrap=True, noclasses=True, style=style)


def highlight(code: str, language: str, style: str) -> str:
    """Code as HTML spans coloured by Pygments (plain escaped text for unknown languages)."""
    lexer = _lexer_named(language)
    if lexer is None:
        return html.escape(code)
    from pygments import highlight as pygments_highlight

    return pygments_highlight(code, lexer, _formatter(style)).rstrip("\n")  # type: ignore[arg-type]
