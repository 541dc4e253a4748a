"""The Usage page: tokens and estimated cost of this device's answers, per provider and model
per day (``core.usage``), as figures, a chart and a table; and tabs for conversations,
documents, search and jobs (``core.dashboard``, ``desktop.usage.panels``).

Read in a worker thread each time the page is shown or its choices change; nothing here
touches the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, number, translate
from core.usage import Scope, UsageSummary, provider_label
from desktop.shell.empty_state import EmptyState, PageHeader
from desktop.usage.chart import StackedBarChart, day_label
from desktop.usage.model import UsageTableModel, format_cost
from desktop.usage.panels import ChatsPanel, DocumentsPanel, JobsPanel, SearchPanel
from desktop.usage.stats import StatRow

if TYPE_CHECKING:
    from core.dashboard import ActivityReport, DashboardReader
    from core.usage import UsageLedger
    from desktop.operations import Operations

PERIODS = (
    (7, QT_TRANSLATE_NOOP("UsagePage", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("UsagePage", "Last 30 days")),
    (90, QT_TRANSLATE_NOOP("UsagePage", "Last 90 days")),
)
SCOPES = (
    ("device", QT_TRANSLATE_NOOP("UsagePage", "This device")),
    ("all", QT_TRANSLATE_NOOP("UsagePage", "All my devices (synced answers too)")),
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "UsagePage",
    "When you chat, each answer's tokens and its estimated cost appear here, per provider and "
    "model per day. Answers from a local server count tokens and cost nothing.",
)
DASHBOARD_EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "UsagePage",
    "When you chat, import documents or search, this page fills in: conversations and messages "
    "per day; tokens and estimated cost per provider and model per day; documents and storage "
    "by type and tag; searches; background jobs.",
)


class UsagePage(QWidget):
    """Figures, a chart of tokens per day by model, and the table behind them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger: UsageLedger | None = None
        self._ops: Operations | None = None
        self._dashboard: DashboardReader | None = None
        self.summary: UsageSummary | None = None
        self.report: ActivityReport | None = None
        self.period = QComboBox()
        for days, label in PERIODS:
            self.period.addItem(translate("UsagePage", label), days)
        self.period.setCurrentIndex(1)
        self.scope = QComboBox()
        for key, label in SCOPES:
            self.scope.addItem(translate("UsagePage", label), key)
        self.refresh_button = QPushButton(translate("UsagePage", "Refresh"))
        controls = QHBoxLayout()
        controls.addWidget(self.scope)
        controls.addWidget(self.period)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        self.stats = StatRow(
            {
                "answers": translate("UsagePage", "Answers"),
                "input": translate("UsagePage", "Input tokens"),
                "output": translate("UsagePage", "Output tokens"),
                "cost": translate("UsagePage", "Estimated cost (USD)"),
            }
        )
        self.chart = StackedBarChart(translate("UsagePage", "Tokens per day, by model"))
        self.table_model = UsageTableModel()
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(
            translate(
                "UsagePage",
                "Costs are estimates from public list prices; your provider's bill is what counts.",
            )
        )
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        answers = QWidget()
        column = QVBoxLayout(answers)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.stats)
        column.addWidget(self.chart, 3)
        column.addWidget(self.table, 2)
        column.addWidget(self.note)
        self.answers_empty = QLabel(translate("UsagePage", EMPTY_TEXT))
        self.answers_empty.setObjectName("Hint")
        self.answers_empty.setWordWrap(True)
        self.answers_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answers = QStackedWidget()
        self.answers.addWidget(self.answers_empty)
        self.answers.addWidget(answers)
        self._answers_content = answers
        self.chats = ChatsPanel()
        self.documents = DocumentsPanel()
        self.searches = SearchPanel()
        self.jobs = JobsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.answers, translate("UsagePage", "Tokens and cost"))
        self.tabs.addTab(self.chats, translate("UsagePage", "Conversations"))
        self.tabs.addTab(self.documents, translate("UsagePage", "Documents"))
        self.tabs.addTab(self.searches, translate("UsagePage", "Search"))
        self.tabs.addTab(self.jobs, translate("UsagePage", "Jobs"))
        content = self.tabs
        self.empty = EmptyState(
            "usage", translate("UsagePage", "No usage yet"), translate("UsagePage", EMPTY_TEXT)
        )
        self.empty.finish()
        self.loading = QLabel(translate("UsagePage", "Reading usage…"))
        self.loading.setObjectName("Hint")
        self.body = QStackedWidget()
        self.body.addWidget(self.loading)
        self.body.addWidget(self.empty)
        self.body.addWidget(content)
        self._content = content
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                translate("UsagePage", "Usage"),
                translate(
                    "UsagePage",
                    "Tokens and estimated cost of your answers; conversations, documents, "
                    "searches and background jobs.",
                ),
            )
        )
        layout.addLayout(controls)
        layout.addWidget(self.body, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)

    def attach(
        self, ledger: UsageLedger, ops: Operations, dashboard: DashboardReader | None = None
    ) -> None:
        """Read from ``ledger`` (tokens and cost) and ``dashboard`` (the other tabs)."""
        self._ledger, self._ops, self._dashboard = ledger, ops, dashboard
        body = self.empty.findChild(QLabel, "EmptyBody")
        if dashboard is not None and body is not None:
            body.setText(translate("UsagePage", DASHBOARD_EMPTY_TEXT))
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen period and scope again (in a worker)."""
        if self._ledger is None or self._ops is None:
            return
        self._ops.run(
            translate("UsagePage", "Reading usage"),
            _read,
            self._ledger,
            self._dashboard,
            int(self.period.currentData()),
            str(self.scope.currentData()),
            on_done=self._show,
        )

    def _show(self, read: tuple[UsageSummary, ActivityReport | None]) -> None:
        summary, report = read
        self.report = report
        if report is not None:
            for panel in (self.chats, self.documents, self.searches, self.jobs):
                panel.show_report(report)
        self.show_summary(summary)

    def show_summary(self, summary: UsageSummary) -> None:
        self.summary = summary
        for index in range(1, self.tabs.count()):
            self.tabs.setTabVisible(index, self.report is not None)
        if summary.empty and (self.report is None or self.report.empty):
            self.body.setCurrentWidget(self.empty)
            return
        self.body.setCurrentWidget(self._content)
        if summary.empty:
            self.answers.setCurrentWidget(self.answers_empty)
            return
        self.answers.setCurrentWidget(self._answers_content)
        totals = summary.totals()
        self.stats.set_value("answers", number(totals.answers))
        estimated = (
            translate("UsagePage", "≈ %n estimated", None, totals.estimated)
            if totals.estimated
            else ""
        )
        self.stats.set_value("input", number(totals.input_tokens), estimated)
        self.stats.set_value("output", number(totals.output_tokens), estimated)
        unpriced = (
            translate(
                "UsagePage", "%n answer(s) of models with no known price", None, totals.unpriced
            )
            if totals.unpriced
            else ""
        )
        self.stats.set_value("cost", format_cost(totals.cost_usd), unpriced)
        labels = [day_label(day) for day in summary.days()]
        named = translate("UsagePage", "{model} ({provider})")
        series = [
            (
                named.format(model=model, provider=provider_label(provider)),
                summary.tokens_per_day(provider, model),
            )
            for provider, model in summary.models()
        ]
        self.chart.set_data(labels, series)
        self.table_model.reset(summary.rows)
        self.body.setCurrentWidget(self._content)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.summary is not None:  # answers may have come since: read again
            self.refresh()


def _read(
    ledger: UsageLedger, dashboard: DashboardReader | None, days: int, scope: Scope
) -> tuple[UsageSummary, ActivityReport | None]:
    """Both reads, in the worker thread."""
    report = dashboard.report(days, scope) if dashboard is not None else None
    return ledger.summary(days, scope), report
