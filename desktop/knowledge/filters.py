"""The filter bar over the document list: text, tags (any/all/none of), type, date added."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from core.library.documents import DocumentFilter
from desktop.library.tag_chips import TagLineEdit

ANY_DATE = QDate(2000, 1, 1)
UNKNOWN_TAG = "-"  # matches no tag: a filter naming a tag that does not exist finds nothing
TAG_MODES = ("Any of", "All of", "None of")


class DocumentFilterBar(QWidget):
    """Edits a ``DocumentFilter``; ``changed`` fires 250 ms after the person stops typing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tag_ids: dict[str, str] = {}
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.changed)
        self.text = QLineEdit(self, placeholderText="Search titles and file names")
        self.text.setClearButtonEnabled(True)
        self.tag_mode = QComboBox(self)
        self.tag_mode.addItems(TAG_MODES)
        self.tag_mode.setToolTip("Documents with any of, all of, or none of these tags")
        self.tags = TagLineEdit("Tags, comma separated", self)
        self.doc_type = QComboBox(self)
        self.doc_type.addItem("All types", "")
        self.added_from = self._date_edit("Added on or after this day")
        self.added_to = self._date_edit("Added on or before this day")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.tag_mode)
        layout.addWidget(self.tags, 2)
        layout.addWidget(self.doc_type)
        layout.addWidget(QLabel("Added", self))
        layout.addWidget(self.added_from)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.added_to)
        for signal in (self.text.textChanged, self.tags.textChanged):
            signal.connect(self._debounce.start)
        for combo in (self.tag_mode, self.doc_type):
            combo.currentIndexChanged.connect(self._debounce.start)
        for edit in (self.added_from, self.added_to):
            edit.dateChanged.connect(self._debounce.start)

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText("any day")  # shown at the minimum: no bound
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
        self.doc_type.addItem("All types", "")
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


def _day_ms(day: QDate, *, next_day: bool = False) -> int | None:
    if day == ANY_DATE:
        return None
    start = QDateTime(day.addDays(1) if next_day else day, QTime(0, 0))
    return int(start.toMSecsSinceEpoch())


def day_ms(when: datetime) -> int:
    """Milliseconds since the epoch of a local datetime (for tests)."""
    return int(when.timestamp() * 1000)
