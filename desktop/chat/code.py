"""Code blocks in the transcript: a shaded box with the language, a Copy link and the code,
coloured by Pygments.

The code is written into the document through ``QTextCursor`` with one character format per
token type, not as HTML: parsing HTML for every block costs more than the highlighting, and a
code-heavy answer has many blocks.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

from core.chat.markdown_blocks import Block
from core.i18n import translate

PADDING = " "  # one space inside the box (Copy copies the code itself, not this text)


class CodeFormats:
    """The block and character formats of code boxes for one palette."""

    def __init__(self, background: str, muted: str, link: str, style: str) -> None:
        self.style = style
        self.box = QTextBlockFormat()
        self.box.setBackground(QColor(background))
        # Long lines wrap inside the box: a line that does not would widen the whole document
        # and scroll the entire conversation sideways (a document cannot scroll one block).
        self.header = QTextBlockFormat(self.box)
        self.header.setTopMargin(6)
        self.last = QTextBlockFormat(self.box)
        self.last.setBottomMargin(6)
        self.code = QTextCharFormat()
        self.code.setFontFamilies(["monospace"])
        self.code.setFontFixedPitch(True)
        self.caption = QTextCharFormat()
        self.caption.setForeground(QColor(muted))
        self.caption.setFontPointSize(max(QFont().pointSizeF() - 1.5, 6.0))
        self.copy = QTextCharFormat(self.caption)
        self.copy.setForeground(QColor(link))
        self.copy.setAnchor(True)
        self.copy.setFontUnderline(True)
        self.caret = QTextCharFormat(self.code)
        self.caret.setForeground(QColor(muted))
        self._tokens: dict[Any, QTextCharFormat] = {}

    def for_token(self, token_type: Any) -> QTextCharFormat:
        """The character format of a Pygments token type (its nearest styled ancestor's)."""
        found = self._tokens.get(token_type)
        if found is None:
            found = self._tokens[token_type] = self._make(token_type)
        return found

    def _make(self, token_type: Any) -> QTextCharFormat:
        style = _style(self.style)
        fmt = QTextCharFormat(self.code)
        try:
            spec = style.style_for_token(token_type)
        except KeyError:
            return fmt
        if spec.get("color"):
            fmt.setForeground(QColor(f"#{spec['color']}"))
        if spec.get("bold"):
            fmt.setFontWeight(QFont.Weight.Bold)
        if spec.get("italic"):
            fmt.setFontItalic(True)
        return fmt


def insert_code(
    cursor: QTextCursor,
    block: Block,
    formats: CodeFormats,
    *,
    caret: bool,
    link_key: str,
    plain: bool,
) -> None:
    """Write a code block (or one part of a long one) at the cursor.

    ``plain`` and the still-open block (``caret``) skip highlighting: Pygments would redo the
    whole block every frame; a finished block is highlighted once.
    """
    if block.first:
        cursor.insertBlock(formats.header, formats.caption)
        language = block.language or translate("Transcript", "code")
        cursor.insertText(f"{PADDING}{language}  ·  ", formats.caption)
        copy = QTextCharFormat(formats.copy)
        copy.setAnchorHref(f"copy:{link_key}.{block.code_id}")  # i18n: not UI
        cursor.insertText(translate("Transcript", "Copy"), copy)
    code = block.code if caret else block.code.rstrip("\n")
    lines = code.split("\n")
    tokens = None if caret or plain else code_tokens(code, block.language)
    rows: list[tuple[str, list[tuple[Any, str]] | None]] = (
        [(line, None) for line in lines] if tokens is None else list(_token_lines(tokens))
    )
    _write_lines(cursor, formats, rows, block.last)
    if caret:
        cursor.insertText("▍", formats.caret)


def _write_lines(
    cursor: QTextCursor,
    formats: CodeFormats,
    rows: list[tuple[str, list[tuple[Any, str]] | None]],
    last_part: bool,
) -> None:
    if all(tokens is None for _, tokens in rows):
        # Plain code (while it streams): one insertion for all its lines, each a block of its
        # own in the box's format (a line break in inserted text starts a block like the last).
        cursor.insertBlock(formats.box, formats.code)
        cursor.insertText(PADDING + f"\n{PADDING}".join(text for text, _ in rows), formats.code)
        if last_part:
            cursor.setBlockFormat(formats.last)
        return
    for number, (_text, tokens) in enumerate(rows, start=1):
        ends_box = last_part and number == len(rows)
        cursor.insertBlock(formats.last if ends_box else formats.box, formats.code)
        cursor.insertText(PADDING, formats.code)
        for token_type, value in tokens or ():
            cursor.insertText(value, formats.for_token(token_type))


def _token_lines(
    tokens: tuple[tuple[Any, str], ...],
) -> Iterable[tuple[str, list[tuple[Any, str]]]]:
    """The tokens regrouped by line (a token may span lines)."""
    line: list[tuple[Any, str]] = []
    for token_type, value in tokens:
        pieces = value.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                yield "", line
                line = []
            if piece:
                line.append((token_type, piece))
    yield "", line


@lru_cache(maxsize=32)  # the last frame of an open block often had the same code
def code_tokens(code: str, language: str) -> tuple[tuple[Any, str], ...] | None:
    """Pygments tokens of ``code`` (None when the language is unknown)."""
    lexer = _lexer_named(language)
    if lexer is None:
        return None
    return tuple(lexer.get_tokens(code))


@lru_cache(maxsize=64)
def _lexer_named(language: str) -> Any:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    if not language:
        return None
    try:
        return get_lexer_by_name(language.lower(), stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


@lru_cache(maxsize=8)
def _style(name: str) -> Any:
    from pygments.styles import get_style_by_name

    return get_style_by_name(name)
