"""Admin console → Usage: the server's usage per workspace and per user over a period —
messages, tokens, cost, documents, storage, active devices — and changes per day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.admin.tab import AdminTab
from desktop.admin.table import Column, RecordTableModel, record_table, size_text
from desktop.usage.chart import StackedBarChart
from desktop.usage.model import format_cost
from desktop.usage.stats import StatRow
from sync.client.admin import UsageReport
from sync.server.schemas import Usage

PERIODS = ((7, "Last 7 days"), (30, "Last 30 days"), (90, "Last 90 days"), (365, "Last year"))


def _columns(name_title: str, name: str) -> list[Column[Usage]]:
    def named(u: Usage) -> str:
        value = getattr(u, name, None)
        return str(value) if value else "(erased account)"

    return [
        Column(name_title, named),
        Column("Messages", lambda u: f"{u.messages:,}", numeric=True),
        Column("Tokens", lambda u: f"{u.input_tokens + u.output_tokens:,}", numeric=True),
        Column("Cost", lambda u: format_cost(u.cost_usd), numeric=True),
        Column("Documents", lambda u: f"{u.documents:,}", numeric=True),
        Column("Storage", lambda u: size_text(u.storage_bytes), numeric=True),
        Column("Active devices", lambda u: f"{u.active_devices:,}", numeric=True),
    ]


class UsageTab(AdminTab):
    """Figures for the whole server, a chart of changes per day, and the table by workspace
    or by user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: UsageReport | None = None
        self.period = QComboBox()
        for days, label in PERIODS:
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.by = QComboBox()
        self.by.addItem("By workspace", "workspaces")
        self.by.addItem("By user", "users")
        self.refresh_button = QPushButton("Refresh")
        controls = QHBoxLayout()
        controls.addWidget(self.period)
        controls.addWidget(self.by)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        self.stats = StatRow(
            {
                "messages": "Messages",
                "tokens": "Tokens",
                "cost": "Estimated cost (USD)",
                "storage": "Storage",
                "devices": "Active devices",
            }
        )
        self.chart = StackedBarChart("Changes synced per day")
        self.workspace_model: RecordTableModel[Usage] = RecordTableModel(
            _columns("Workspace", "name")
        )
        self.user_model: RecordTableModel[Usage] = RecordTableModel(_columns("User", "email"))
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
        self.call("Reading usage", lambda admin: admin.usage(days), self.show_report)

    def show_report(self, report: UsageReport) -> None:
        self.report = report
        spaces: Sequence[Usage] = report.workspaces
        users: Sequence[Usage] = report.users
        self.workspace_model.reset(sorted(spaces, key=lambda u: -u.messages))
        self.user_model.reset(sorted(users, key=lambda u: -u.messages))
        self.stats.set_value("messages", f"{sum(u.messages for u in spaces):,}")
        tokens = sum(u.input_tokens + u.output_tokens for u in spaces)
        self.stats.set_value("tokens", f"{tokens:,}")
        self.stats.set_value("cost", format_cost(sum(u.cost_usd for u in spaces)))
        self.stats.set_value("storage", size_text(sum(u.storage_bytes for u in spaces)))
        self.stats.set_value("devices", f"{sum(u.active_devices for u in users):,}")
        days = [d.day for d in spaces[0].changes_by_day] if spaces else []
        series = []
        for usage in report.workspaces:
            by_day = {d.day: d.changes for d in usage.changes_by_day}
            series.append((usage.name, [by_day.get(day, 0) for day in days]))
        self.chart.set_data([day[5:] for day in days], series)
        self.say(
            f"Since {report.since_day} (UTC days). Tokens and cost are what the members' apps "
            "reported with their answers; they are estimates."
            if spaces
            else "Nothing was synced in this period."
        )
        self._show_table()

    def _show_table(self) -> None:
        by_user = self.by.currentData() == "users"
        self.table.setModel(self.user_model if by_user else self.workspace_model)
