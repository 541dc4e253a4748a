"""Documents without pages, shown as their clean text: Markdown rendered, Word and HTML as
text with their headings, code highlighted; never the original markup, so nothing loads.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from core.knowledge.preview import locate_words

if TYPE_CHECKING:
    from core.knowledge.preview import TextPreview

_WORD = re.compile(r"\w+")
HIGHLIGHT = QColor(255, 214, 0, 150)
HIT = QColor(255, 170, 0, 120)
CURRENT_HIT = QColor(255, 110, 0, 170)


class SafeTextBrowser(QTextBrowser):
    """A text view that loads nothing: no images, style sheets or links from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.highlight: list[QTextEdit.ExtraSelection] = []
        self.hits: list[QTextCursor] = []
        self.current_hit = -1

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None

    def show_preview(self, preview: TextPreview) -> None:
        if preview.kind == "markdown":
            self.document().setMarkdown(
                preview.text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            )
        elif preview.kind == "code":
            self.setHtml(_code_html(preview.text, preview.language))
        elif preview.kind == "blocks":
            self.setHtml(_blocks_html(preview))
        else:
            self.setPlainText(preview.text)

    def highlight_passage(self, passage: str) -> bool:
        """Mark the passage (words compared loosely) and scroll to it; False if not found."""
        text = self.document().toPlainText()
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        found = locate_words([text[s:e] for s, e in spans], passage)
        if found is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(spans[found[0]][0])
        cursor.setPosition(spans[found[1] - 1][1], QTextCursor.MoveMode.KeepAnchor)
        self.highlight = [_selection(cursor, HIGHLIGHT)]
        self._apply()
        self._scroll_to(cursor)
        return True

    def find_all(self, query: str) -> int:
        """Mark every occurrence of ``query``; returns how many."""
        self.hits = []
        self.current_hit = -1
        if query.strip():
            cursor = self.document().find(query)
            while not cursor.isNull() and len(self.hits) < 10_000:
                self.hits.append(cursor)
                cursor = self.document().find(query, cursor)
        self._apply()
        return len(self.hits)

    def go_to_hit(self, index: int) -> None:
        if not self.hits:
            return
        self.current_hit = index % len(self.hits)
        self._apply()
        self._scroll_to(self.hits[self.current_hit])

    def _scroll_to(self, cursor: QTextCursor) -> None:
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        rect = self.cursorRect(start)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def _apply(self) -> None:
        hits = [
            _selection(c, CURRENT_HIT if i == self.current_hit else HIT)
            for i, c in enumerate(self.hits)
        ]
        self.setExtraSelections([*self.highlight, *hits])


def _selection(cursor: QTextCursor, color: QColor) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    char = QTextCharFormat()
    char.setBackground(color)
    selection.format = char
    return selection


def _blocks_html(preview: TextPreview) -> str:
    """Word or HTML text: each new heading once, at its level, then the paragraphs under it."""
    parts: list[str] = []
    shown: tuple[str, ...] = ()
    for block in preview.blocks:
        if block.headings != shown:
            common = 0
            while (
                common < min(len(shown), len(block.headings))
                and shown[common] == block.headings[common]
            ):
                common += 1
            for level in range(common, len(block.headings)):
                tag = f"h{min(level + 1, 4)}"
                parts.append(f"<{tag}>{html.escape(block.headings[level])}</{tag}>")
            shown = block.headings
        if block.lines:
            parts.append(f"<pre>{html.escape(block.text)}</pre>")  # i18n: not UI
        else:
            parts.append(f"<p>{html.escape(block.text)}</p>")
    return "".join(parts)


def _code_html(text: str, language: str) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import TextLexer, get_lexer_by_name, guess_lexer_for_filename
    from pygments.util import ClassNotFound

    try:
        lexer = guess_lexer_for_filename(f"file.{language}", text)  # i18n: not UI
    except ClassNotFound:
        try:
            lexer = get_lexer_by_name(language)
        except ClassNotFound:
            lexer = TextLexer()
    formatter = HtmlFormatter(noclasses=True, nobackground=True, style="default")
    return str(highlight(text, lexer, formatter))
