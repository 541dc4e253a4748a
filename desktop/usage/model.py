"""The usage table: one row per day, provider and model (``core.usage.UsageRow``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.usage import UsageRow, provider_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Day", "Provider", "Model", "Answers", "Input tokens", "Output tokens", "Cost")
NUMERIC = frozenset({3, 4, 5, 6})


def format_cost(usd: float, unpriced: int = 0) -> str:
    """ "$0.0105", "$12.40"; "$0.00 + ?" when some answers had no known price."""
    shown = f"${usd:,.4f}" if 0 < usd < 0.01 else f"${usd:,.2f}"
    return f"{shown} + ?" if unpriced else shown


class UsageTableModel(QAbstractTableModel):
    """Rows of a usage summary, newest day first, as the core sorted them."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[UsageRow] = []

    def reset(self, rows: list[UsageRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UsageRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = []
            if row.estimated:
                notes.append(f"{row.estimated:,} answers had no usage report: tokens estimated")
            if row.unpriced:
                notes.append(f"{row.unpriced:,} answers of a model with no known price")
            return "\n".join(notes) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        approx = "≈" if row.estimated else ""
        values = (
            row.day.strftime("%a %d %b %Y"),
            provider_label(row.provider),
            row.model or "—",
            f"{row.answers:,}",
            f"{approx}{row.input_tokens:,}",
            f"{approx}{row.output_tokens:,}",
            format_cost(row.cost_usd, row.unpriced),
        )
        return values[column]
