"""The document list as a grid of first-page thumbnails (the Knowledge page's "Grid" view).

It shows the same model and shares the table's selection, so bulk actions work the same in
both. Thumbnails are made off the GUI thread by ``DocumentSources.thumbnail`` (cached on disk
by file hash) and kept here as pixmaps while the list is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core.i18n import translate
from desktop.knowledge.document_model import ID_ROLE

if TYPE_CHECKING:
    from pathlib import Path

    from core.knowledge.preview import DocumentSources
    from desktop.operations import Operations

CELL = QSize(170, 248)  # the page, and two lines of title under it
THUMB = QSize(150, 190)


class ThumbnailCache:
    """Pixmaps of first pages by document id; a missing one is made in a worker thread."""

    def __init__(
        self, sources: DocumentSources, ops: Operations, changed: Callable[[str], None]
    ) -> None:
        self.sources, self.ops, self.changed = sources, ops, changed
        self.pixmaps: dict[str, QPixmap | None] = {}

    def get(self, document_id: str) -> QPixmap | None:
        if document_id not in self.pixmaps:
            self.pixmaps[document_id] = None  # asked once; a failure leaves a plain card
            self.ops.run(
                translate("DocumentList", "Making a thumbnail"),
                self.sources.thumbnail,
                document_id,
                on_done=lambda path: self._made(document_id, path),
                on_error=lambda _error: None,
            )
        return self.pixmaps[document_id]

    def _made(self, document_id: str, path: Path) -> None:
        pixmap = QPixmap(str(path))
        if not pixmap.isNull():
            self.pixmaps[document_id] = pixmap.scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.changed(document_id)


class ThumbnailDelegate(QStyledItemDelegate):
    """A card: the first page, and the title under it."""

    def __init__(self, cache: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return CELL

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect
        palette = option.palette
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect.adjusted(2, 2, -2, -2), palette.highlight().color().lighter(160))
        frame = QRect(
            rect.x() + (rect.width() - THUMB.width()) // 2, rect.y() + 8, *THUMB.toTuple()
        )
        document_id = index.data(ID_ROLE)
        pixmap = self.cache.get(str(document_id)) if document_id else None
        if pixmap is not None:
            at = frame.topLeft()
            at.setX(frame.x() + (frame.width() - pixmap.width()) // 2)
            painter.drawPixmap(at, pixmap)
            painter.setPen(QColor(0, 0, 0, 60))
            painter.drawRect(QRect(at, pixmap.size()).adjusted(0, 0, -1, -1))
        else:
            painter.fillRect(frame, QColor("white"))
            painter.setPen(QColor(0, 0, 0, 40))
            painter.drawRect(frame.adjusted(0, 0, -1, -1))
        painter.setPen(palette.text().color())
        metrics = painter.fontMetrics()
        text_rect = QRect(
            rect.x() + 6, frame.bottom() + 6, rect.width() - 12, 2 * metrics.lineSpacing() + 2
        )
        title = two_lines(metrics, str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                          text_rect.width())  # fmt: skip
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, title)
        painter.restore()


def two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` in at most two lines of ``width``, the second ending in "…" if it is cut
    (word-wrapping a title elided to twice the width could still take three lines, the third
    cut in half under the card)."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if not words:
        return first
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}"


class ThumbnailGrid(QListView):
    """The documents as cards in rows that wrap; double-click or Enter opens one."""

    thumbnail_ready = Signal(str)
    open_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(CELL)
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(lambda index: self.open_row.emit(index.row()))
        self.activated.connect(lambda index: self.open_row.emit(index.row()))
        self.thumbnail_ready.connect(lambda _id: self.viewport().update())
        self.cache: ThumbnailCache | None = None

    def attach(self, sources: DocumentSources, ops: Operations) -> None:
        self.cache = ThumbnailCache(sources, ops, self.thumbnail_ready.emit)
        self._delegate = ThumbnailDelegate(self.cache, self)  # kept: Qt does not own it
        self.setItemDelegate(self._delegate)
