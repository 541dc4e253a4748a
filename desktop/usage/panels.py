"""The usage dashboard's panels besides tokens and cost: conversations, documents, search and
jobs (``core.dashboard``). Each shows charts and tables and exports each table as CSV; each
has its own empty state. Nothing here touches the database: the page hands them a report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
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
from core.i18n import QT_TRANSLATE_NOOP, date_text, datetime_text, number, size, translate
from desktop.usage.chart import LineChart, StackedBarChart, day_label
from desktop.usage.donut import DonutChart

Index = QModelIndex | QPersistentModelIndex
Formats = dict[int, Callable[[Any], str]]
MAX_COLUMN_WIDTH = 320
JOB_STATES = {  # core.jobs.JobState, as the tables and the chart's legend show it
    "queued": QT_TRANSLATE_NOOP("UsagePanels", "queued"),
    "running": QT_TRANSLATE_NOOP("UsagePanels", "running"),
    "paused": QT_TRANSLATE_NOOP("UsagePanels", "paused"),
    "failed": QT_TRANSLATE_NOOP("UsagePanels", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("UsagePanels", "cancelled"),
    "done": QT_TRANSLATE_NOOP("UsagePanels", "done"),
}


def job_state_label(state: Any) -> str:
    """A job's state for people ("failed"; "fehlgeschlagen" in German)."""
    label = JOB_STATES.get(str(state))
    return translate("UsagePanels", label) if label is not None else str(state)


def _day(value: Any) -> str:
    """An ISO day of a report table ("2026-12-07"), as the locale writes a date."""
    try:
        return date_text(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _moment(value: Any) -> str:
    """An ISO time of a report table ("2026-12-07 14:03"), as the locale writes it."""
    try:
        return datetime_text(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


class ReportTableModel(QAbstractTableModel):
    """A table of a report (headers and raw rows); ``formats`` render some columns, ``tips``
    explain some headers."""

    def __init__(self, formats: Formats | None = None, tips: dict[int, str] | None = None) -> None:
        super().__init__()
        self._headers: list[str] = []
        self._rows: list[list[Any]] = []
        self._formats = formats or {}
        self._tips = tips or {}

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
            return self._tips.get(section)
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
        return number(value) if isinstance(value, int) else str(value)


class ExportableTable(QWidget):
    """A table with its caption and an "Export CSV…" button that saves what it shows."""

    def __init__(
        self,
        caption: str,
        name: str,
        formats: Formats | None = None,
        tips: dict[int, str] | None = None,
        stretch: int | None = None,
    ) -> None:
        """``stretch``: the column that takes the width left (elided when narrow); by default
        the last one."""
        super().__init__()
        self.name = name
        self.stretch = stretch
        self.table: Table = ([], [])
        self.model = ReportTableModel(formats, tips)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(90)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton(translate("UsagePanels", "Export CSV…"))
        self.export_button.setToolTip(
            translate("UsagePanels", "Save “{caption}” as a CSV file").format(caption=caption)
        )
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
        if self.stretch is not None:
            # Short columns (a state, a count) keep their width; this one gives way when the
            # table is narrow (a long job kind in German) instead of pushing a count out of view.
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
            self.export_button.setEnabled(bool(table[1]))
            return
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
            translate("UsagePanels", "Export as CSV"),
            str(Path.home() / f"convosphere-{self.name}-{stamp}.csv"),  # i18n: not UI (a file name)
            "CSV (*.csv)",  # i18n: not UI (a format name)
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        """Write the table (headers, then every row, as the report has them) as UTF-8 CSV."""
        try:
            write_csv(target, self.table)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("UsagePanels", "Export failed"),
                translate("UsagePanels", "Could not write {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                ),
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
    return [day_label(day) for day in report.days()]


def _sizes(value: Any) -> str:
    return size(int(value))


def _added_tip() -> dict[int, str]:
    return {3: translate("UsagePanels", "Documents added in the chosen period")}


class ChatsPanel(Panel):
    """Conversations started and messages sent per day."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "UsagePanels",
                "When you chat, the conversations you start and the messages of each day appear "
                "here.",
            )
        )
        self.chart = LineChart(translate("UsagePanels", "Conversations and messages per day"))
        self.days = ExportableTable(translate("UsagePanels", "Per day"), "conversations", {0: _day})
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart, 3)
        column.addWidget(self.days, 2)

    def show_report(self, report: ActivityReport) -> None:
        self.chart.set_data(
            _day_labels(report),
            [
                (translate("UsagePanels", "Conversations started"), report.conversations_per_day),
                (translate("UsagePanels", "Messages"), report.messages_per_day),
            ],
        )
        self.days.show_table(report.chats_table())
        self.show_content(report.has_chats)


class DocumentsPanel(Panel):
    """The library now: documents and storage by type and by tag."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "UsagePanels",
                "Import documents in Knowledge: their number and storage by type and by tag "
                "appear here.",
            )
        )
        self.type_donut = DonutChart(
            translate("UsagePanels", "Storage by type"), lambda v: size(int(v))
        )
        # A document with two tags is in two slices: no total in the hole.
        self.tag_donut = DonutChart(translate("UsagePanels", "Documents per tag"), show_total=False)
        self.types = ExportableTable(
            translate("UsagePanels", "By type"), "documents-by-type", {2: _sizes}, _added_tip()
        )
        self.tags = ExportableTable(
            translate("UsagePanels", "By tag"), "documents-by-tag", {2: _sizes}, _added_tip()
        )
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


SEARCH_EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "UsagePanels",
    "Searches you run in Knowledge or with Ctrl+K appear here: how many each day and the "
    "queries you run most.",
)
HISTORY_OFF_TEXT = QT_TRANSLATE_NOOP(
    "UsagePanels",
    "Search history is off, so searches are not recorded and none can be counted here. Turn "
    "on “Remember searches” in Settings to see your search activity.",
)


class SearchPanel(Panel):
    """Searches run on this device: per day, and the most run queries."""

    def __init__(self) -> None:
        super().__init__(translate("UsagePanels", SEARCH_EMPTY_TEXT))
        self.chart = LineChart(translate("UsagePanels", "Queries by the day they were last run"))
        self.top = ExportableTable(
            translate("UsagePanels", "Most run queries"), "searches", {2: _moment}
        )
        tip = translate(
            "UsagePanels", "Distinct queries last run that day (history keeps one entry per query)"
        )
        self.days = ExportableTable(
            translate("UsagePanels", "Per day"), "searches-per-day", {0: _day}, {1: tip}
        )
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
            translate(
                "UsagePanels",
                "Search history is off (Settings): new searches are not recorded, so they are "
                "not counted here. What was recorded before stays until you clear it.",
            )
            if off
            else ""
        )
        self.notice.setVisible(off and report.has_searches)
        self.empty.setText(translate("UsagePanels", HISTORY_OFF_TEXT if off else SEARCH_EMPTY_TEXT))
        self.chart.set_data(
            _day_labels(report),
            [(translate("UsagePanels", "Queries"), report.searches_per_day)],
        )
        self.top.show_table(report.searches_table())
        self.days.show_table(report.searches_per_day_table())
        self.show_content(report.has_searches)


class JobsPanel(Panel):
    """Background jobs of the period by kind and state, and the failed ones with their reason."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "UsagePanels",
                "Background work (imports, re-indexing, bulk actions) appears here, by kind and "
                "outcome, with the reason of each failure.",
            )
        )
        self.chart = StackedBarChart(translate("UsagePanels", "Jobs by kind and outcome"))
        self.counts = ExportableTable(
            translate("UsagePanels", "By kind and state"),
            "jobs",
            {0: job_kind_label, 1: job_state_label},
            stretch=0,
        )
        self.failures = ExportableTable(
            translate("UsagePanels", "Failed jobs"),
            "failed-jobs",
            {0: _moment, 1: job_kind_label},
        )
        tables = QHBoxLayout()
        tables.addWidget(self.counts, 2)
        tables.addWidget(self.failures, 3)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart, 3)
        column.addLayout(tables, 2)

    def show_report(self, report: ActivityReport) -> None:
        kinds, states = kinds_and_states(report.jobs)
        self.chart.set_data(
            [job_kind_label(k) for k in kinds],
            [(job_state_label(state), counts) for state, counts in states.items()],
        )
        self.counts.show_table(report.jobs_table())
        self.failures.show_table(report.failures_table())
        self.show_content(report.has_jobs)
