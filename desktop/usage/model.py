"""The usage table: one row per day, provider and model (``core.usage.UsageRow``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from core.i18n import QT_TRANSLATE_NOOP, date_text, number, translate
from core.usage import UsageRow, provider_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("UsagePage", "Day"),
    QT_TRANSLATE_NOOP("UsagePage", "Provider"),
    QT_TRANSLATE_NOOP("UsagePage", "Model"),
    QT_TRANSLATE_NOOP("UsagePage", "Answers"),
    QT_TRANSLATE_NOOP("UsagePage", "Input tokens"),
    QT_TRANSLATE_NOOP("UsagePage", "Output tokens"),
    QT_TRANSLATE_NOOP("UsagePage", "Cost"),
)
NUMERIC = frozenset({3, 4, 5, 6})


def format_cost(usd: float, unpriced: int = 0) -> str:
    """ "$0.0105", "$12.40"; "$0.00 + ?" when some answers had no known price. US dollars, as
    the language writes them ("12,40 $" in German)."""
    amount = number(usd, 4) if 0 < usd < 0.01 else number(usd, 2)
    shown = translate("UsagePage", "${amount}", "a cost in US dollars").format(amount=amount)
    return translate("UsagePage", "{cost} + ?").format(cost=shown) if unpriced else shown


def day_text(day: date) -> str:
    """A day in a table: its weekday and the date, as the locale writes them ("Mon 12/7/26")."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return translate("UsagePage", "{weekday} {date}").format(weekday=weekday, date=date_text(day))


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
            return translate("UsagePage", COLUMNS[section])
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
                notes.append(
                    translate(
                        "UsagePage",
                        "%n answer(s) had no usage report: tokens estimated",
                        None,
                        row.estimated,
                    )
                )
            if row.unpriced:
                notes.append(
                    translate(
                        "UsagePage",
                        "%n answer(s) of a model with no known price",
                        None,
                        row.unpriced,
                    )
                )
            return "\n".join(notes) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        approx = "≈" if row.estimated else ""
        values = (
            day_text(row.day),
            provider_label(row.provider),
            row.model or "—",
            number(row.answers),
            approx + number(row.input_tokens),
            approx + number(row.output_tokens),
            format_cost(row.cost_usd, row.unpriced),
        )
        return values[column]
