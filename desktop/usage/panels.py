"""The usage dashboard's panels besides tokens and cost: conversations, documents, search and
jobs (``core.dashboard``). Each shows charts and tables and exports each table as CSV; each
has its own empty state. Nothing here touches the database: the page hands them a report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.dashboard import ActivityReport, Table, job_kind_label, kinds_and_states, write_csv
from core.knowledge.formats import format_size
from desktop.usage.chart import LineChart, StackedBarChart
from desktop.usage.donut import DonutChart

Index = QModelIndex | QPersistentModelIndex
Formats = dict[int, Callable[[Any], str]]
MAX_COLUMN_WIDTH = 320
HEADER_TIPS = {
    "Added": "Documents added in the chosen period",
    "Queries": "Distinct queries last run that day (history keeps one entry per query)",
}


class ReportTableModel(QAbstractTableModel):
    """A table of a report (headers and raw rows); ``formats`` render some columns."""

    def __init__(self, formats: Formats | None = None) -> None:
        super().__init__()
        self._headers: list[str] = []
        self._rows: list[list[Any]] = []
        self._formats = formats or {}

    def reset(self, table: Table) -> None:
        self.beginResetModel()
        self._headers, self._rows = list(table[0]), [list(r) for r in table[1]]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(self._headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        shown = self._formats.get(index.column())
        if shown is not None:
            return shown(value)
        return f"{value:,}" if isinstance(value, int) else str(value)


class ExportableTable(QWidget):
    """A table with its caption and an "Export CSV…" button that saves what it shows."""

    def __init__(self, caption: str, name: str, formats: Formats | None = None) -> None:
        super().__init__()
        self.name = name
        self.table: Table = ([], [])
        self.model = ReportTableModel(formats)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(90)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setToolTip(f"Save “{caption}” as a CSV file")
        self.export_button.clicked.connect(self.ask_export)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        title = QLabel(caption)
        title.setObjectName("SectionTitle")
        top.addWidget(title, 1)
        top.addWidget(self.export_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view, 1)

    def show_table(self, table: Table) -> None:
        self.table = table
        self.model.reset(table)
        header = self.view.horizontalHeader()
        for column in range(len(table[0]) - 1):
            self.view.resizeColumnToContents(column)
            if self.view.columnWidth(column) > MAX_COLUMN_WIDTH:  # a long query: elided
                self.view.setColumnWidth(column, MAX_COLUMN_WIDTH)
        # The last column (an error, a query's last run) takes what is left, elided if long:
        # under ResizeToContents a long error would push the table into a horizontal scroll.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.export_button.setEnabled(bool(table[1]))

    def ask_export(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Export as CSV",
            str(Path.home() / f"convosphere-{self.name}-{stamp}.csv"),
            "CSV (*.csv)",
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        """Write the table (headers, then every row, as the report has them) as UTF-8 CSV."""
        try:
            write_csv(target, self.table)
        except OSError as error:
            QMessageBox.warning(
                self, "Export failed", f"Could not write {target}: {error.strerror or error}"
            )


class Panel(QWidget):
    """A tab of the dashboard: its content, or a line saying what will appear."""

    def __init__(self, empty_text: str) -> None:
        super().__init__()
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("Hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        self.notice = QLabel("")
        self.notice.setObjectName("Hint")
        self.notice.setWordWrap(True)
        self.notice.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)

    def show_content(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.content if shown else self.empty)

    def showing_data(self) -> bool:
        return self.stack.currentWidget() is self.content


def _day_labels(report: ActivityReport) -> list[str]:
    return [day.strftime("%d %b") for day in report.days()]


def _sizes(value: Any) -> str:
    return format_size(int(value))


class ChatsPanel(Panel):
    """Conversations started and messages sent per day."""

    def __init__(self) -> None:
        super().__init__(
            "When you chat, the conversations you start and the messages of each day appear here."
        )
        self.chart = LineChart("Conversations and messages per day")
        self.days = ExportableTable("Per day", "conversations")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart, 3)
        column.addWidget(self.days, 2)

    def show_report(self, report: ActivityReport) -> None:
        self.chart.set_data(
            _day_labels(report),
            [
                ("Conversations started", report.conversations_per_day),
                ("Messages", report.messages_per_day),
            ],
        )
        self.days.show_table(report.chats_table())
        self.show_content(report.has_chats)


class DocumentsPanel(Panel):
    """The library now: documents and storage by type and by tag."""

    def __init__(self) -> None:
        super().__init__(
            "Import documents in Knowledge: their number and storage by type and by tag "
            "appear here."
        )
        self.type_donut = DonutChart("Storage by type", lambda v: format_size(int(v)))
        # A document with two tags is in two slices: no total in the hole.
        self.tag_donut = DonutChart("Documents per tag", show_total=False)
        self.types = ExportableTable("By type", "documents-by-type", {2: _sizes})
        self.tags = ExportableTable("By tag", "documents-by-tag", {2: _sizes})
        charts = QHBoxLayout()
        charts.addWidget(self.type_donut, 1)
        charts.addWidget(self.tag_donut, 1)
        tables = QHBoxLayout()
        tables.addWidget(self.types, 1)
        tables.addWidget(self.tags, 1)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(charts, 1)
        column.addLayout(tables, 1)

    def show_report(self, report: ActivityReport) -> None:
        self.type_donut.set_data([(s.name, s.size_bytes) for s in report.by_type])
        self.tag_donut.set_data([(s.name, s.documents) for s in report.by_tag])
        self.types.show_table(report.types_table())
        self.tags.show_table(report.tags_table())
        self.show_content(report.has_documents)


SEARCH_EMPTY_TEXT = (
    "Searches you run in Knowledge or with Ctrl+K appear here: how many each day and the "
    "queries you run most."
)
HISTORY_OFF_TEXT = (
    "Search history is off, so searches are not recorded and none can be counted here. Turn "
    "on “Remember searches” in Settings to see your search activity."
)


class SearchPanel(Panel):
    """Searches run on this device: per day, and the most run queries."""

    def __init__(self) -> None:
        super().__init__(SEARCH_EMPTY_TEXT)
        self.chart = LineChart("Queries by the day they were last run")
        self.top = ExportableTable("Most run queries", "searches")
        self.days = ExportableTable("Per day", "searches-per-day")
        tables = QHBoxLayout()
        tables.addWidget(self.top, 3)
        tables.addWidget(self.days, 2)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart, 3)
        column.addLayout(tables, 2)

    def show_report(self, report: ActivityReport) -> None:
        off = not report.search_history_on
        self.notice.setText(
            "Search history is off (Settings): new searches are not recorded, so they are not "
            "counted here. What was recorded before stays until you clear it."
            if off
            else ""
        )
        self.notice.setVisible(off and report.has_searches)
        self.empty.setText(HISTORY_OFF_TEXT if off else SEARCH_EMPTY_TEXT)
        self.chart.set_data(_day_labels(report), [("Queries", report.searches_per_day)])
        self.top.show_table(report.searches_table())
        self.days.show_table(report.searches_per_day_table())
        self.show_content(report.has_searches)


class JobsPanel(Panel):
    """Background jobs of the period by kind and state, and the failed ones with their reason."""

    def __init__(self) -> None:
        super().__init__(
            "Background work (imports, re-indexing, bulk actions) appears here, by kind and "
            "outcome, with the reason of each failure."
        )
        self.chart = StackedBarChart("Jobs by kind and outcome")
        self.counts = ExportableTable("By kind and state", "jobs", {0: job_kind_label})
        self.failures = ExportableTable("Failed jobs", "failed-jobs", {1: job_kind_label})
        tables = QHBoxLayout()
        tables.addWidget(self.counts, 2)
        tables.addWidget(self.failures, 3)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart, 3)
        column.addLayout(tables, 2)

    def show_report(self, report: ActivityReport) -> None:
        kinds, states = kinds_and_states(report.jobs)
        self.chart.set_data([job_kind_label(k) for k in kinds], list(states.items()))
        self.counts.show_table(report.jobs_table())
        self.failures.show_table(report.failures_table())
        self.show_content(report.has_jobs)
