"""One table model for the admin console's lists: records of one type, columns declared once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.i18n import QT_TRANSLATE_NOOP, datetime_text, size, translate

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its title, the text of a record in it, and whether it holds a number.

    ``title`` is declared with ``QT_TRANSLATE_NOOP("AdminColumns", ...)``; the header shows it
    translated."""

    title: str
    text: Callable[[T], str]
    numeric: bool = False
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows of records (pydantic models from the server), as the columns say."""

    def __init__(self, columns: Sequence[Column[T]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._records: list[T] = []

    def reset(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T:
        return self._records[row]

    def replace(self, row: int, record: T) -> None:
        """One record changed (a role, a disabled flag): redraw its row."""
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AdminColumns", self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, record = self.columns[index.column()], self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else column.text(record)
        return None


def record_table(
    model: QAbstractTableModel, stretch: int, parent: QWidget | None = None
) -> QTableView:
    """A table view as the console's lists look: whole rows selected, one column stretched."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def when(ms: int | None) -> str:
    """A time for a table cell, local and as the locale writes it ("12/6/26 11:14 PM"), or
    "never"."""
    if ms is None:
        return translate("AdminConsole", "never")
    return datetime_text(ms / 1000)


def size_text(count: int) -> str:
    """Bytes for people, as the locale writes them: "12 bytes", "12.3 KB", "4.5 MB"."""
    return size(count)


ROLE_TITLES = {
    "owner": QT_TRANSLATE_NOOP("AdminRoles", "Owner"),
    "admin": QT_TRANSLATE_NOOP("AdminRoles", "Admin"),
    "editor": QT_TRANSLATE_NOOP("AdminRoles", "Editor"),
    "viewer": QT_TRANSLATE_NOOP("AdminRoles", "Viewer"),
    "auditor": QT_TRANSLATE_NOOP("AdminRoles", "Auditor"),
}
ROLE_WORDS = {  # in a sentence: "… is now editor of “Research”."
    "owner": QT_TRANSLATE_NOOP("AdminRoles", "owner"),
    "admin": QT_TRANSLATE_NOOP("AdminRoles", "admin"),
    "editor": QT_TRANSLATE_NOOP("AdminRoles", "editor"),
    "viewer": QT_TRANSLATE_NOOP("AdminRoles", "viewer"),
    "auditor": QT_TRANSLATE_NOOP("AdminRoles", "auditor"),
}


def role_title(role: str | None) -> str:
    """A role as a table cell or a choice shows it ("Editor"); "—" for none."""
    if not role:
        return "—"
    return translate("AdminRoles", ROLE_TITLES[role]) if role in ROLE_TITLES else role


def role_word(role: str) -> str:
    """A role inside a sentence ("editor")."""
    return translate("AdminRoles", ROLE_WORDS[role]) if role in ROLE_WORDS else role
