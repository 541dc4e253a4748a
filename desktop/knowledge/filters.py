"""The filter bar over the document list: text, tags (any/all/none of), type, date added.

In a narrow window everything but the text folds into a "Filters" popover, so no field shrinks
to a few clipped letters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.documents import DocumentFilter
from desktop.library.tag_chips import TagLineEdit

ANY_DATE = QDate(2000, 1, 1)
UNKNOWN_TAG = "-"  # matches no tag: a filter naming a tag that does not exist finds nothing
TAG_MODES = (
    QT_TRANSLATE_NOOP("DocumentFilters", "Any of"),
    QT_TRANSLATE_NOOP("DocumentFilters", "All of"),
    QT_TRANSLATE_NOOP("DocumentFilters", "None of"),
)
COMPACT_BELOW = 820  # bar width under which the filters fold into the popover


class DocumentFilterBar(QWidget):
    """Edits a ``DocumentFilter``; ``changed`` fires 250 ms after the person stops typing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tag_ids: dict[str, str] = {}
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.changed)
        self.text = QLineEdit(
            self, placeholderText=translate("DocumentFilters", "Search titles and file names")
        )
        self.text.setClearButtonEnabled(True)
        self.tag_mode = QComboBox(self)
        self.tag_mode.addItems([translate("DocumentFilters", mode) for mode in TAG_MODES])
        self.tag_mode.setToolTip(
            translate("DocumentFilters", "Documents with any of, all of, or none of these tags")
        )
        self.tags = TagLineEdit(translate("DocumentFilters", "Tags, comma separated"), self)
        self.doc_type = QComboBox(self)
        self.doc_type.addItem(translate("DocumentFilters", "All types"), "")
        self.added_from = self._date_edit(
            translate("DocumentFilters", "Added on or after this day")
        )
        self.added_to = self._date_edit(translate("DocumentFilters", "Added on or before this day"))
        self.more = QPushButton(translate("DocumentFilters", "Filters"), self)
        self.more.setToolTip(translate("DocumentFilters", "Tags, type and date added"))
        self.more.clicked.connect(self._show_popover)
        self.more.hide()
        self.popover = QFrame(self, Qt.WindowType.Popup)
        self.popover.setObjectName("FilterPopover")
        self.popover.setFrameShape(QFrame.Shape.StyledPanel)
        self._popover_form = QFormLayout(self.popover)
        self._added_label = QLabel(translate("DocumentFilters", "Added"), self)
        self._dash = QLabel("–", self)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._compact = True
        self._set_compact(False)
        for signal in (self.text.textChanged, self.tags.textChanged):
            signal.connect(self._debounce.start)
        for combo in (self.tag_mode, self.doc_type):
            combo.currentIndexChanged.connect(self._debounce.start)
        for edit in (self.added_from, self.added_to):
            edit.dateChanged.connect(self._debounce.start)
        self.changed.connect(self._show_count)

    def is_compact(self) -> bool:
        return self._compact

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.width() < COMPACT_BELOW
        if compact != self._compact:
            self._set_compact(compact)

    def _set_compact(self, compact: bool) -> None:
        """Lay the filters out in the bar, or fold them into the popover behind "Filters"."""
        self._compact = compact
        for widget in (self.text, self.tag_mode, self.tags, self.doc_type, self._added_label,
                       self.added_from, self._dash, self.added_to, self.more):  # fmt: skip
            self._layout.removeWidget(widget)
        while self._popover_form.rowCount():
            self._popover_form.takeRow(0)
        self._layout.addWidget(self.text, 3)
        if compact:
            dates = QHBoxLayout()
            for widget in (self.added_from, self._dash, self.added_to):
                widget.setParent(self.popover)
                dates.addWidget(widget)
            for widget in (self.tag_mode, self.tags, self.doc_type):
                widget.setParent(self.popover)
            self._popover_form.addRow(translate("DocumentFilters", "Tags"), self.tag_mode)
            self._popover_form.addRow("", self.tags)
            self._popover_form.addRow(translate("DocumentFilters", "Type"), self.doc_type)
            self._popover_form.addRow(translate("DocumentFilters", "Added"), dates)
            self._added_label.hide()
            self._layout.addWidget(self.more)
            self.more.show()
            self.popover.setMinimumWidth(360)
        else:
            self.popover.hide()
            self.more.hide()
            self._layout.addWidget(self.tag_mode)
            self._layout.addWidget(self.tags, 2)
            self._layout.addWidget(self.doc_type)
            self._layout.addWidget(self._added_label)
            self._layout.addWidget(self.added_from)
            self._layout.addWidget(self._dash)
            self._layout.addWidget(self.added_to)
            for widget in (self.tag_mode, self.tags, self.doc_type, self._added_label,
                           self.added_from, self._dash, self.added_to):  # fmt: skip
                widget.show()
        self._show_count()

    def _show_popover(self) -> None:
        below = self.more.mapToGlobal(self.more.rect().bottomRight())
        self.popover.adjustSize()
        self.popover.move(below.x() - self.popover.width(), below.y() + 4)
        self.popover.show()

    def _show_count(self) -> None:
        """ "Filters (2)": how many folded filters are set."""
        count = sum(
            (
                bool(self.tags.text().strip()),
                bool(self.doc_type.currentData()),
                self.added_from.date() != ANY_DATE or self.added_to.date() != ANY_DATE,
            )
        )
        self.more.setText(
            translate("DocumentFilters", "Filters ({count})").format(count=count)
            if count
            else translate("DocumentFilters", "Filters")
        )

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(
            _four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        )
        edit.setMinimumDate(ANY_DATE)
        # Shown at the minimum: no bound.
        edit.setSpecialValueText(translate("DocumentFilters", "any day"))
        edit.setDate(ANY_DATE)
        edit.setToolTip(tip)
        return edit

    def set_choices(self, tag_ids_by_key: Mapping[str, str], names: Sequence[str],
                    doc_types: Sequence[str]) -> None:  # fmt: skip
        """The tags (case-folded name → id) and types there are to filter by."""
        self._tag_ids = dict(tag_ids_by_key)
        self.tags.set_names(names)
        current = self.doc_type.currentData()
        self.doc_type.blockSignals(True)
        self.doc_type.clear()
        self.doc_type.addItem(translate("DocumentFilters", "All types"), "")
        for doc_type in doc_types:
            self.doc_type.addItem(doc_type.upper(), doc_type)
        self.doc_type.setCurrentIndex(max(self.doc_type.findData(current), 0))
        self.doc_type.blockSignals(False)

    def clear(self) -> None:
        for widget in (self.text, self.tags):
            widget.clear()
        self.doc_type.setCurrentIndex(0)
        self.added_from.setDate(ANY_DATE)
        self.added_to.setDate(ANY_DATE)

    def current(self, *, trashed: bool) -> DocumentFilter:
        """The filter as set now."""
        tag_ids = tuple(self._tag_ids.get(n.casefold(), UNKNOWN_TAG) for n in self.tags.names())
        mode = self.tag_mode.currentIndex()
        doc_type = str(self.doc_type.currentData() or "")
        return DocumentFilter(
            tags_any=tag_ids if mode == 0 else (),
            tags_all=tag_ids if mode == 1 else (),
            tags_none=tag_ids if mode == 2 else (),
            doc_types=(doc_type,) if doc_type else (),
            added_from_ms=_day_ms(self.added_from.date()),
            added_to_ms=_day_ms(self.added_to.date(), next_day=True),
            text=self.text.text().strip(),
            trashed=trashed,
        )


def _four_digit_years(form: str) -> str:
    """The locale's short date format with the year in full ("M/d/yyyy", "dd.MM.yyyy"):
    two-digit years are ambiguous in a date edit that spans decades."""
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def _day_ms(day: QDate, *, next_day: bool = False) -> int | None:
    if day == ANY_DATE:
        return None
    start = QDateTime(day.addDays(1) if next_day else day, QTime(0, 0))
    return int(start.toMSecsSinceEpoch())


def day_ms(when: datetime) -> int:
    """Milliseconds since the epoch of a local datetime (for tests)."""
    return int(when.timestamp() * 1000)
