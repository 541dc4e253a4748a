"""Search results of the Knowledge page: a list model over ``SearchHit``s and its delegate."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from core.knowledge.search import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 1
HEADING_SEPARATOR = " › "  # as core.knowledge.chunker writes heading paths
_Index = QModelIndex | QPersistentModelIndex
_TYPE_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("SearchResults", "PDF"),
    "markdown": QT_TRANSLATE_NOOP("SearchResults", "Markdown"),
    "text": QT_TRANSLATE_NOOP("SearchResults", "Text"),
    "docx": QT_TRANSLATE_NOOP("SearchResults", "Word"),
    "html": QT_TRANSLATE_NOOP("SearchResults", "HTML"),
    "code": QT_TRANSLATE_NOOP("SearchResults", "Code"),
}


class SearchResultsModel(QAbstractListModel):
    """The hits of the latest search, best first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result_html(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SearchResults", "{title} — open at this passage").format(
                title=hit.title
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title} {hit.pages}: {hit.snippet}"
        if role == HitRole:
            return hit
        return None


def result_html(hit: SearchHit) -> str:
    """Title, where in the document, and the snippet with matched words in bold."""
    label = _TYPE_LABELS.get(hit.doc_type)
    kind = translate("SearchResults", label) if label else hit.doc_type
    where = " · ".join(part for part in (kind, hit.pages) if part)
    path = hit.heading_path
    if path == hit.title or path.startswith(hit.title + HEADING_SEPARATOR):
        path = path[len(hit.title) :].removeprefix(HEADING_SEPARATOR)  # the title says it already
    heading = f" · {html.escape(path)}" if path else ""
    return (
        f"<div style='font-weight:600'>{html.escape(hit.title)}</div>"  # i18n: not UI
        f"<div style='color:palette(mid)'><small>{html.escape(where)}{heading}</small></div>"
        f"<div>{hit.snippet_html()}</div>"
    )


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML display text, wrapped to the view's width."""

    PADDING = 8

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 600
        document.setTextWidth(max(width - 2 * self.PADDING, 100))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        painter.save()
        rect = option.rect
        painter.translate(rect.left() + self.PADDING, rect.top() + self.PADDING // 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + self.PADDING)
