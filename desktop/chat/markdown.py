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
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
)

from core.chat.markdown_blocks import Block
from core.chat.metrics import describe_metrics
from core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.chat.code import CodeFormats, insert_code

if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.chat.records import MessageRecord
    from core.sources import SourcePassage

# Inserting a fragment merges its first block into the cursor's block, dropping that block's
# format (a heading, a list item, a quote). Leading with an invisible paragraph makes that merge
# harmless: it joins the end of the previous line, and every real block keeps its format.
LEAD = "\u200b"
_CITATION = re.compile(r"\[(\d{1,3})\](?![(\[:])")
# A list marker with nothing after it that starts the last paragraph (an answer stopped right
# after "1. "): Qt's Markdown reader gives its list to the paragraph before, which then shows
# as item "1.". Escaped, the marker shows as the text it is. (Right under a line of text "1."
# is already that line's text.)
_EMPTY_LAST_ITEM = re.compile(
    r"(?P<lead>(?:\A|(?<=\n)[ \t]*\n)[ \t]*(?:\d{1,9}(?=[.)]))?)(?P<mark>[.)\-+*])\s*\Z"
)


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
        return f"[\\[{number}\\]](source:{number}{suffix})"  # i18n: not UI

    return _CITATION.sub(link, markdown)


def insert_block(
    cursor: QTextCursor,
    block: Block,
    palette: Palette,
    citations: frozenset[int] = frozenset(),
    *,
    caret: bool = False,
    link_key: str = "",
    plain: bool = False,
) -> None:
    """Render ``block`` at the cursor, which is at the end of a block (``plain``: code without
    highlighting, for now)."""
    if block.kind == "code":
        insert_code(
            cursor, block, code_formats(palette), caret=caret, link_key=link_key, plain=plain
        )
        return
    markdown = link_citations(block.source.strip("\n"), citations, link_key)
    if not caret:
        markdown = _EMPTY_LAST_ITEM.sub(r"\g<lead>\\\g<mark>", markdown)
    if not markdown.strip():
        return
    if caret:
        markdown += " ▍"
    start = cursor.position()
    _lead(cursor)
    cursor.insertFragment(QTextDocumentFragment.fromMarkdown(LEAD + "\n\n" + markdown))
    if "](" in markdown or "://" in markdown or "www." in markdown:
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


@lru_cache(maxsize=4)
def code_formats(palette: Palette) -> CodeFormats:
    """The code box formats of a palette (made once)."""
    return CodeFormats(palette.code_background, palette.muted, palette.link, palette.pygments_style)


_STATE_NOTES = {
    "interrupted": QT_TRANSLATE_NOOP("Transcript", "Interrupted"),
    "stopped": QT_TRANSLATE_NOOP("Transcript", "Stopped"),
    "error": QT_TRANSLATE_NOOP("Transcript", "No answer"),
    "streaming": QT_TRANSLATE_NOOP("Transcript", "Unfinished"),
}


def insert_header(cursor: QTextCursor, label: str, palette: Palette) -> None:
    """The small heading above a message ("You", "Assistant · model")."""
    new_paragraph(cursor, top_margin=14)
    style = f"font-weight:600; color:{palette.muted}"  # i18n: not UI
    cursor.insertHtml(f'<span style="{style}">{html.escape(label)}</span>')  # i18n: not UI


def insert_footer(
    cursor: QTextCursor, message: MessageRecord, palette: Palette, link_key: str
) -> None:
    """Under an answer: its state if unfinished, its sources, and its metrics."""
    state = _STATE_NOTES.get(message.state)
    note = translate("Transcript", state) if state else ""
    if note and message.state == "stopped" and not message.content:
        note = translate("Transcript", "Stopped before any text arrived")
    if note:
        reason = f" — {html.escape(message.error)}" if message.error else ""
        new_paragraph(cursor, top_margin=4)
        red = f"color:{palette.error}"  # i18n: not UI
        cursor.insertHtml(
            f'<span style="{red}"><b>{html.escape(note)}</b>{reason}</span>'  # i18n: not UI
        )
    if message.passages:
        insert_sources(cursor, message.passages, palette, link_key)
    # No answer, no figures: "0 tokens, free" under an error says nothing.
    summary = describe_metrics(message.metrics) if message.metrics and message.content else ""
    if summary:
        new_paragraph(cursor, top_margin=4)
        small = f"color:{palette.muted}; font-size:small"  # i18n: not UI
        cursor.insertHtml(f'<span style="{small}">{html.escape(summary)}</span>')  # i18n: not UI


def insert_sources(
    cursor: QTextCursor, passages: Sequence[SourcePassage], palette: Palette, link_key: str
) -> None:
    """The Sources strip under an answer: each passage's number, document, page and the start of
    its text, each a link that opens the document there."""
    new_paragraph(cursor, top_margin=8)
    heading = f"font-size:small; font-weight:600; color:{palette.muted}"  # i18n: not UI
    sources = html.escape(translate("Transcript", "Sources"))
    cursor.insertHtml(f'<span style="{heading}">{sources}</span>')  # i18n: not UI
    for p in passages:
        new_paragraph(cursor, top_margin=2)
        quote = html.escape(p.snippet or snippet(p.text))
        cursor.insertHtml(
            f'<span style="font-size:small"><a href="source:{p.number}#{link_key}" '
            f'style="color:{palette.link}">[{p.number}] {html.escape(p.where)}</a>'
            f' <span style="color:{palette.muted}">— {quote}</span></span>'  # i18n: not UI
        )


def snippet(text: str, limit: int = 140) -> str:
    """The start of a passage on one line, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def remove_tail(cursor: QTextCursor, start: int) -> None:
    """Delete from ``start`` to the end, leaving the block at ``start`` as it was.

    Qt gives the surviving block the format of the last deleted one (a list item's, say); the
    saved format also carries the block's list membership, so restoring it restores both.
    """
    kept = cursor.document().findBlock(start).blockFormat()
    cursor.setPosition(start)
    cursor.setPosition(cursor.document().characterCount() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    if cursor.block().blockFormat() != kept:
        cursor.setBlockFormat(kept)
