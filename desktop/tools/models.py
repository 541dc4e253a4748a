"""The Tools page's Qt models: servers with their status, the execution log, per-tool stats.

Rows are plain values from ``core.tools`` (configs, statuses, log entries); the page feeds them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from core.i18n import QT_TRANSLATE_NOOP, datetime_text, number, percent, translate

if TYPE_CHECKING:
    from core.tools.log import LoggedCall, ToolStats
    from core.tools.mcp_client import ServerStatus
    from core.tools.servers import ServerConfig

Index = QModelIndex | QPersistentModelIndex
NameRole = Qt.ItemDataRole.UserRole + 1
BUILTIN_LABEL = QT_TRANSLATE_NOOP("ToolsPage", "Built-in tools")  # the row's name: shown translated
STATE_COLOURS = {
    "ready": "#2e9d57",
    "failed": "#c62828",
    "starting…": "#e0a100",
    "built in": "#3b6fd6",
}
STATE_WORDS = {  # ``ServerRow.state`` is one of these or the two below; shown translated
    "stopped": QT_TRANSLATE_NOOP("ToolsPage", "not started"),
    "starting": QT_TRANSLATE_NOOP("ToolsPage", "starting…"),
    "ready": QT_TRANSLATE_NOOP("ToolsPage", "ready"),
    "failed": QT_TRANSLATE_NOOP("ToolsPage", "failed"),
}
BUILT_IN = QT_TRANSLATE_NOOP("ToolsPage", "built in")
SWITCHED_OFF = QT_TRANSLATE_NOOP("ToolsPage", "switched off")


@dataclass(frozen=True)
class ServerRow:
    """A server as the list shows it (``config`` is None for the built-in tools)."""

    name: str
    config: ServerConfig | None
    status: ServerStatus | None

    @property
    def state(self) -> str:
        if self.config is None:
            return BUILT_IN
        if not self.config.enabled:
            return SWITCHED_OFF
        return (
            STATE_WORDS.get(str(self.status.state), "") if self.status else STATE_WORDS["stopped"]
        )

    @property
    def state_text(self) -> str:
        """The state in the user's language."""
        return translate("ToolsPage", self.state) if self.state else ""

    @property
    def shown_name(self) -> str:
        """The name as the list shows it (the built-in tools' in the user's language)."""
        return translate("ToolsPage", self.name) if self.config is None else self.name


class ServerListModel(QAbstractListModel):
    """The built-in tools, then every MCP server, with its state."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ServerRow] = []

    def set_rows(self, rows: list[ServerRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_status(self, status: ServerStatus) -> None:
        for i, row in enumerate(self.rows):
            if row.name == status.name and row.config is not None:
                self.rows[i] = ServerRow(row.name, row.config, status)
                index = self.index(i)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.shown_name}\n{row.state_text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.config is None:
                return translate("ToolsPage", "Tools that come with ConvoSphere; they only read.")
            detail = row.status.detail if row.status else ""
            return f"{row.config.target}\n{detail}".strip()
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(STATE_COLOURS.get(row.state, "#9aa3ad"))
        if role == NameRole:
            return row.name
        return None


LOG_COLUMNS = (
    QT_TRANSLATE_NOOP("ToolsPage", "When"),
    QT_TRANSLATE_NOOP("ToolsPage", "Server"),
    QT_TRANSLATE_NOOP("ToolsPage", "Tool"),
    QT_TRANSLATE_NOOP("ToolsPage", "State"),
    QT_TRANSLATE_NOOP("ToolsPage", "Time"),
    QT_TRANSLATE_NOOP("ToolsPage", "Approved"),
    QT_TRANSLATE_NOOP("ToolsPage", "Arguments"),
    QT_TRANSLATE_NOOP("ToolsPage", "Result"),
)


class ToolCallLogModel(QAbstractTableModel):
    """Execution log entries, newest first."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[LoggedCall] = []

    def set_entries(self, entries: list[LoggedCall]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LOG_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ToolsPage", LOG_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _log_cell(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column >= 6:
            return (entry.error or entry.result)[:2000] if column == 7 else _arguments(entry)
        return None


def _log_cell(entry: LoggedCall, column: int) -> str:
    from core.tools.log import state_label
    from core.tools.runner import approved_label

    if column == 0:
        return datetime_text(entry.created_at_ms / 1000, seconds=True)
    values = (
        "",
        entry.server,
        entry.tool,
        state_label(entry.state),
        milliseconds(entry.duration_ms),
        approved_label(entry.approved_by),
        _arguments(entry)[:80],
        " ".join((entry.error or entry.result).split())[:120],
    )
    return values[column]


def _arguments(entry: LoggedCall) -> str:
    return json.dumps(entry.arguments, ensure_ascii=False)


def milliseconds(ms: int) -> str:
    """A duration in milliseconds, as the locale writes the number ("1,234 ms")."""
    return translate("ToolsPage", "{ms} ms").format(ms=number(ms))


STATS_COLUMNS = (
    QT_TRANSLATE_NOOP("ToolsPage", "Server"),
    QT_TRANSLATE_NOOP("ToolsPage", "Tool"),
    QT_TRANSLATE_NOOP("ToolsPage", "Calls"),
    QT_TRANSLATE_NOOP("ToolsPage", "Errors"),
    QT_TRANSLATE_NOOP("ToolsPage", "Error rate"),
    QT_TRANSLATE_NOOP("ToolsPage", "Median time"),
)


class ToolStatsModel(QAbstractTableModel):
    """Per tool: calls, errors, error rate, median duration."""

    def __init__(self) -> None:
        super().__init__()
        self.stats: list[ToolStats] = []

    def set_stats(self, stats: list[ToolStats]) -> None:
        self.beginResetModel()
        self.stats = stats
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stats)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STATS_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ToolsPage", STATS_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self.stats[index.row()]
        values = (
            s.server,
            s.tool,
            number(s.calls),
            number(s.errors),
            percent(s.error_rate),
            milliseconds(s.median_ms),
        )
        return values[index.column()]
