"""Admin console → Usage: the server's usage per workspace and per user over a period —
messages, tokens, cost, documents, storage, active devices — and changes per day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP, date_text, number, translate
from desktop.admin.tab import AdminTab
from desktop.admin.table import Column, RecordTableModel, record_table, size_text
from desktop.usage.chart import StackedBarChart, day_label
from desktop.usage.model import format_cost
from desktop.usage.stats import StatRow
from sync.client.admin import UsageReport
from sync.server.schemas import Usage

PERIODS = (
    (7, QT_TRANSLATE_NOOP("AdminUsage", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("AdminUsage", "Last 30 days")),
    (90, QT_TRANSLATE_NOOP("AdminUsage", "Last 90 days")),
    (365, QT_TRANSLATE_NOOP("AdminUsage", "Last year")),
)


def _columns(name_title: str, name: str) -> list[Column[Usage]]:
    def named(u: Usage) -> str:
        value = getattr(u, name, None)
        return str(value) if value else translate("AdminConsole", "(erased account)")

    return [
        Column(name_title, named),
        Column(
            QT_TRANSLATE_NOOP("AdminColumns", "Messages"),
            lambda u: number(u.messages),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AdminColumns", "Tokens"),
            lambda u: number(u.input_tokens + u.output_tokens),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AdminColumns", "Cost"),
            lambda u: format_cost(u.cost_usd),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AdminColumns", "Documents"),
            lambda u: number(u.documents),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AdminColumns", "Storage"),
            lambda u: size_text(u.storage_bytes),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AdminColumns", "Active devices"),
            lambda u: number(u.active_devices),
            numeric=True,
        ),
    ]


class UsageTab(AdminTab):
    """Figures for the whole server, a chart of changes per day, and the table by workspace
    or by user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: UsageReport | None = None
        self.period = QComboBox()
        for days, label in PERIODS:
            self.period.addItem(translate("AdminUsage", label), days)
        self.period.setCurrentIndex(1)
        self.by = QComboBox()
        self.by.addItem(translate("AdminUsage", "By workspace"), "workspaces")
        self.by.addItem(translate("AdminUsage", "By user"), "users")
        self.refresh_button = QPushButton(translate("AdminUsage", "Refresh"))
        controls = QHBoxLayout()
        controls.addWidget(self.period)
        controls.addWidget(self.by)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        self.stats = StatRow(
            {
                "messages": translate("AdminUsage", "Messages"),
                "tokens": translate("AdminUsage", "Tokens"),
                "cost": translate("AdminUsage", "Estimated cost (USD)"),
                "storage": translate("AdminUsage", "Storage"),
                "devices": translate("AdminUsage", "Active devices"),
            }
        )
        self.chart = StackedBarChart(translate("AdminUsage", "Changes synced per day"))
        self.workspace_model: RecordTableModel[Usage] = RecordTableModel(
            _columns(QT_TRANSLATE_NOOP("AdminColumns", "Workspace"), "name")
        )
        self.user_model: RecordTableModel[Usage] = RecordTableModel(
            _columns(QT_TRANSLATE_NOOP("AdminColumns", "User"), "email")
        )
        self.table = record_table(self.workspace_model, stretch=0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.stats)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.message)
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button.clicked.connect(self.load)
        self.by.currentIndexChanged.connect(lambda _i: self._show_table())

    def load(self) -> None:
        days = int(self.period.currentData())
        self.call(
            translate("AdminUsage", "Reading usage"),
            lambda admin: admin.usage(days),
            self.show_report,
        )

    def show_report(self, report: UsageReport) -> None:
        self.report = report
        spaces: Sequence[Usage] = report.workspaces
        users: Sequence[Usage] = report.users
        self.workspace_model.reset(sorted(spaces, key=lambda u: -u.messages))
        self.user_model.reset(sorted(users, key=lambda u: -u.messages))
        self.stats.set_value("messages", number(sum(u.messages for u in spaces)))
        tokens = sum(u.input_tokens + u.output_tokens for u in spaces)
        self.stats.set_value("tokens", number(tokens))
        self.stats.set_value("cost", format_cost(sum(u.cost_usd for u in spaces)))
        self.stats.set_value("storage", size_text(sum(u.storage_bytes for u in spaces)))
        self.stats.set_value("devices", number(sum(u.active_devices for u in users)))
        days = [d.day for d in spaces[0].changes_by_day] if spaces else []
        series = []
        for usage in report.workspaces:
            by_day = {d.day: d.changes for d in usage.changes_by_day}
            series.append((usage.name, [by_day.get(day, 0) for day in days]))
        self.chart.set_data([day_label(date.fromisoformat(day)) for day in days], series)
        since = translate(
            "AdminUsage",
            "Since {day} (UTC days). Tokens and cost are what the members' apps reported with "
            "their answers; they are estimates.",
        )
        self.say(
            since.format(day=date_text(date.fromisoformat(report.since_day)))
            if spaces
            else translate("AdminUsage", "Nothing was synced in this period.")
        )
        self._show_table()

    def _show_table(self) -> None:
        by_user = self.by.currentData() == "users"
        self.table.setModel(self.user_model if by_user else self.workspace_model)
