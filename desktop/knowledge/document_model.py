"""``DocumentTableModel``: the document list as a lazily filled Qt table model.

It holds a snapshot of the matching ids (in sort order) and loads rows a page at a time as
the view scrolls (``canFetchMore``/``fetchMore``), through a loader that runs off the GUI
thread in the app. Sorting asks the owner for a new snapshot: the database sorts, not Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from core.i18n import QT_TRANSLATE_NOOP, datetime_text, number, size, translate
from core.library.documents import DocumentRow, DocumentSort, SortColumn

PAGE_SIZE = 200
TAGS_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of (name, colour) for the chips delegate
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    (QT_TRANSLATE_NOOP("DocumentList", "Title"), SortColumn.TITLE),
    (QT_TRANSLATE_NOOP("DocumentList", "Type"), SortColumn.TYPE),
    (QT_TRANSLATE_NOOP("DocumentList", "Tags"), SortColumn.TAGS),
    (QT_TRANSLATE_NOOP("DocumentList", "Pages"), SortColumn.PAGES),
    (QT_TRANSLATE_NOOP("DocumentList", "Size"), SortColumn.SIZE),
    (QT_TRANSLATE_NOOP("DocumentList", "Added"), SortColumn.ADDED),
)
TAGS_COLUMN = 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

RowLoader = Callable[[Sequence[str], Callable[[list[DocumentRow]], None]], None]
"""``loader(ids, deliver)``: read these documents (off the GUI thread) and call ``deliver``."""

AnyIndex = QModelIndex | QPersistentModelIndex


def added_text(ms: int) -> str:
    """When a document was added, as the user's locale writes a date and time."""
    return datetime_text(ms / 1000)


class DocumentTableModel(QAbstractTableModel):
    """Documents matching a filter: title, type, tags, pages, size, added."""

    sort_requested = Signal(object)  # DocumentSort
    loading_changed = Signal(bool)

    def __init__(self, loader: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._ids: list[str] = []
        self._rows: list[DocumentRow] = []
        self._fetching = False
        self._generation = 0
        self.order = DocumentSort()

    # --- what the owner calls ----------------------------------------------------------

    def set_snapshot(self, ids: Sequence[str]) -> None:
        """Show these documents (all matching ids, in order); rows load as they scroll in."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows = []
        self._fetching = False
        self.endResetModel()
        if self._ids:
            self.fetchMore(QModelIndex())

    def update_rows(self, rows: Sequence[DocumentRow]) -> None:
        """Replace loaded rows by fresh copies (after their tags changed)."""
        fresh = {r.id: r for r in rows}
        for i, row in enumerate(self._rows):
            if row.id in fresh:
                self._rows[i] = fresh[row.id]
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    @property
    def matching_count(self) -> int:
        """How many documents match (loaded or not)."""
        return len(self._ids)

    def all_ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    # --- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._fetching or not self.canFetchMore(parent):
            return
        self._fetching = True
        self.loading_changed.emit(True)
        start = len(self._rows)
        generation = self._generation
        self._loader(
            self._ids[start : start + PAGE_SIZE],
            lambda rows: self._deliver(generation, start, rows),
        )

    def _deliver(self, generation: int, start: int, rows: list[DocumentRow]) -> None:
        if generation != self._generation or start != len(self._rows):
            return  # a newer snapshot replaced the one these rows belong to
        self._fetching = False
        self.loading_changed.emit(False)
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("DocumentList", COLUMNS[section][0])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == TAGS_ROLE:
            return tuple((t.name, t.color) for t in row.tags)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(_RIGHT.value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = DocumentSort(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
        self.sort_requested.emit(self.order)


def _display(row: DocumentRow, column: int) -> str:
    if column == 0:
        return row.title
    if column == 1:
        return row.doc_type.upper()
    if column == TAGS_COLUMN:
        return ", ".join(t.name for t in row.tags)
    if column == 3:
        return "" if row.pages is None else number(row.pages)
    if column == 4:
        return size(row.size_bytes)
    return added_text(row.created_at_ms)


def _tooltip(row: DocumentRow, column: int) -> str | None:
    if column == 0:
        tip = f"{row.title}\n{row.source_name}"
        return f"{tip}\n{row.error}" if row.error else tip
    if column == TAGS_COLUMN and row.tags:
        return ", ".join(t.name for t in row.tags)
    return None
