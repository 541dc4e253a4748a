"""The list of search suggestions under a search box, chosen with the keyboard or the mouse.

``SuggestionPopup`` watches a ``QLineEdit``: Down and Up move through the suggestions, Enter
takes the highlighted one, Esc closes the list. It never reads anything itself: the owner asks
for suggestions off the GUI thread and hands them to ``show_for``, which drops an answer for
text that is no longer in the box (a slow answer to an older prefix never overwrites a newer
one). The list is a child of ``host`` drawn over the page, so typing never loses focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:
    from core.knowledge.suggestions import Suggestion

LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS = 8
MIN_WIDTH = 440


class _SuggestionDelegate(QStyledItemDelegate):
    """The suggestion on the left (drawn by the style, so the theme's colours apply), where it
    comes from (muted) on the right."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        label = str(index.data(LABEL_ROLE) or "")
        metrics = opt.fontMetrics
        label_width = metrics.horizontalAdvance(label) + 24 if label else 0
        room = max(0, opt.rect.width() - label_width - 16)
        opt.text = metrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if label:
            painter.save()
            painter.setPen(opt.palette.placeholderText().color())
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(opt.rect.adjusted(0, 0, -10, 0), int(right), label)
            painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 12))


class SuggestionPopup(QObject):
    """Suggestions for ``box``, drawn over ``host``; emits ``chosen(text)``."""

    chosen = Signal(str)

    def __init__(self, box: QLineEdit, host: QWidget) -> None:
        super().__init__(box)
        self.box = box
        self.host = host
        self.model = QStandardItemModel(self)
        self.view = QListView(host)
        self.view.setObjectName("SearchSuggestions")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_SuggestionDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.clicked.connect(lambda index: self._choose(index.row()))
        self.view.hide()
        self._for_text: str | None = None
        box.installEventFilter(self)

    # --- what is shown ------------------------------------------------------------------

    def show_for(self, typed: str, suggestions: Sequence[Suggestion]) -> bool:
        """Show ``suggestions`` for ``typed``; False (nothing shown) if the box moved on."""
        if typed != self.box.text():
            return False  # an answer for an older prefix
        self.model.clear()
        for suggestion in suggestions:
            item = QStandardItem(suggestion.text)
            item.setData(suggestion.label, LABEL_ROLE)
            item.setToolTip(f"{suggestion.label}: {suggestion.text}")
            self.model.appendRow(item)
        self._for_text = typed
        if suggestions and self.box.hasFocus():
            self._place()
            self.view.setCurrentIndex(QModelIndex())
            self.view.show()
            self.view.raise_()
        else:
            self.view.hide()
        return True

    def hide(self) -> None:
        self.view.hide()

    def is_open(self) -> bool:
        return self.view.isVisible()

    def texts(self) -> list[str]:
        """The suggestions listed now, top to bottom."""
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def current_text(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()).text() if index.isValid() else None

    def _place(self) -> None:
        rows = min(self.model.rowCount(), MAX_ROWS)
        row_height = self.view.sizeHintForRow(0)
        frame = self.view.frameWidth() * 2 + 4
        below = self.box.mapTo(self.host, QPoint(0, self.box.height() + 2))
        # A narrow box (a small window) still gets a list wide enough to read.
        room = self.host.width() - below.x() - 8
        width = max(self.box.width(), min(MIN_WIDTH, room))
        self.view.setGeometry(below.x(), below.y(), width, rows * row_height + frame)

    # --- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box:
            if event.type() == QEvent.Type.FocusOut:
                self.view.hide()
            elif event.type() == QEvent.Type.Resize and self.view.isVisible():
                self._place()
            elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        count = self.model.rowCount()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and count:
            if not self.view.isVisible():
                if key == Qt.Key.Key_Down and self._for_text == self.box.text():
                    self._place()
                    self.view.show()
                    self.view.raise_()
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
            row = self.view.currentIndex().row()
            row = (row + 1 if key == Qt.Key.Key_Down else row - 1) if row >= 0 else 0
            if key == Qt.Key.Key_Up and row < 0:
                self.view.setCurrentIndex(QModelIndex())  # back to what was typed
            else:
                self.view.setCurrentIndex(self.model.index(min(row, count - 1), 0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.isVisible():
            row = self.view.currentIndex().row()
            if row >= 0:
                self._choose(row)
                return True
            self.view.hide()
            return False  # Enter on what was typed: the box's own returnPressed runs it
        if key == Qt.Key.Key_Escape and self.view.isVisible():
            self.view.hide()
            return True
        return False

    def _choose(self, row: int) -> None:
        item = self.model.item(row)
        if item is None:
            return
        self.view.hide()
        self.chosen.emit(item.text())
