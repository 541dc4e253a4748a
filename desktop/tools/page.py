"""The Tools page: built-in tools and MCP servers with their status; each server's tools with
their schemas and a form to try one; the execution log with filters; per-tool counts and error
rates. Every service call runs through ``Operations``; server status changes arrive from the
MCP thread through a signal."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import number, translate
from desktop.shell.empty_state import PageHeader
from desktop.tools.models import (
    BUILTIN_LABEL,
    ServerListModel,
    ServerRow,
    ToolCallLogModel,
    ToolStatsModel,
    milliseconds,
)
from desktop.tools.schema_form import SchemaForm

if TYPE_CHECKING:
    from core.root import Tools
    from core.tools.log import LoggedCall, ToolStats
    from core.tools.mcp_client import ServerStatus
    from core.tools.model import ToolSpec
    from core.tools.runner import CallOutcome
    from core.tools.servers import ImportResult, ServerConfig
    from desktop.operations import Operations

__all__ = ["BUILTIN_LABEL", "ToolsPage"]


class _StatusRelay(QObject):
    """Carries server statuses from the MCP thread to the GUI thread."""

    changed = Signal(object)


class ToolsPage(QWidget):
    """Servers, their tools, trying a tool, and the execution log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tools: Tools | None = None
        self.ops: Operations | None = None
        self._specs: list[ToolSpec] = []
        self._relay = _StatusRelay(self)
        self.servers = ServerListModel()
        self.log_model = ToolCallLogModel()
        self.stats_model = ToolStatsModel()
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                translate("ToolsPage", "Tools"),
                translate(
                    "ToolsPage",
                    "What the model may use: built-in tools and your MCP servers. Anything that "
                    "writes or reaches the network asks you first.",
                ),
            )
        )
        actions = QHBoxLayout()
        self.add_button = QPushButton(translate("ToolsPage", "Add server…"))
        self.import_button = QPushButton(translate("ToolsPage", "Import mcpServers JSON…"))
        actions.addWidget(self.add_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.no_servers = QLabel(
            translate(
                "ToolsPage",
                "No tools connected yet beyond the built-in ones. Add an MCP server — one that "
                "runs on this computer, or a remote one — or import the mcpServers JSON you use "
                "with other assistants. Every call that writes or reaches the network waits for "
                "you.",
            )
        )
        self.no_servers.setObjectName("EmptyBody")
        self.no_servers.setWordWrap(True)
        layout.addWidget(self.no_servers)
        tabs = QTabWidget()
        tabs.addTab(self._build_servers_tab(), translate("ToolsPage", "Servers"))
        tabs.addTab(self._build_log_tab(), translate("ToolsPage", "Execution log"))
        self.tabs = tabs
        layout.addWidget(tabs, 1)
        self._connect()

    # --- building ------------------------------------------------------------------------------

    def _build_servers_tab(self) -> QWidget:
        self.server_list = QListView()
        self.server_list.setModel(self.servers)
        self.server_list.setObjectName("ServerList")
        self.server_list.setSpacing(2)
        self.status_text = QLabel()
        self.status_text.setWordWrap(True)
        self.status_text.setObjectName("ServerStatus")
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restart_button = QPushButton(translate("ToolsPage", "Start / restart"))
        self.enable_box = QCheckBox(translate("ToolsPage", "On"))
        self.always_box = QCheckBox(translate("ToolsPage", "Always allow its tools"))
        self.remove_button = QPushButton(translate("ToolsPage", "Remove"))
        server_buttons = QHBoxLayout()
        for widget in (self.restart_button, self.enable_box, self.always_box):
            server_buttons.addWidget(widget)
        server_buttons.addStretch(1)
        server_buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.server_list, 1)
        left.addWidget(self.status_text)
        left.addLayout(server_buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.tool_list = QListWidget()
        self.tool_list.setObjectName("ToolList")
        self.tool_title = QLabel()
        self.tool_title.setWordWrap(True)
        self.schema_view = QPlainTextEdit(readOnly=True)
        self.schema_view.setObjectName("SchemaView")
        self.schema_view.setMaximumHeight(150)
        self.form = SchemaForm()
        self.run_button = QPushButton(translate("ToolsPage", "Run"))
        self.run_button.setEnabled(False)
        self.result_view = QPlainTextEdit(readOnly=True)
        self.result_view.setObjectName("ToolResult")
        self.result_view.setPlaceholderText(translate("ToolsPage", "The result shows here."))
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("ToolsPage", "Tools")))
        right.addWidget(self.tool_list, 1)
        right.addWidget(self.tool_title)
        right.addWidget(self.schema_view)
        right.addWidget(QLabel(translate("ToolsPage", "Try it")))
        right.addWidget(self.form)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addStretch(1)
        right.addLayout(run_row)
        right.addWidget(self.result_view, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_widget)
        split.addWidget(right_widget)
        split.setSizes([320, 640])
        return split

    def _build_log_tab(self) -> QWidget:
        self.server_filter = QComboBox()
        self.server_filter.addItem(translate("ToolsPage", "All servers"), "")
        self.state_filter = QComboBox()
        for label, state in (
            (translate("ToolsPage", "Any outcome"), ""),
            (translate("ToolsPage", "Done"), "done"),
            (translate("ToolsPage", "Failed"), "error"),
            (translate("ToolsPage", "Rejected"), "rejected"),
            (translate("ToolsPage", "Denied"), "denied"),
            (translate("ToolsPage", "Cancelled"), "cancelled"),
        ):
            self.state_filter.addItem(label, state)
        self.refresh_button = QPushButton(translate("ToolsPage", "Refresh"))
        filters = QHBoxLayout()
        filters.addWidget(self.server_filter)
        filters.addWidget(self.state_filter)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        self.log_view = _table(self.log_model)
        self.stats_view = _table(self.stats_model)
        self.stats_view.setMaximumHeight(180)
        layout = QVBoxLayout()
        layout.addLayout(filters)
        layout.addWidget(self.log_view, 2)
        layout.addWidget(QLabel(translate("ToolsPage", "Per tool")))
        layout.addWidget(self.stats_view, 1)
        widget = QWidget()
        widget.setLayout(layout)
        return widget

    def _connect(self) -> None:
        self._relay.changed.connect(self.servers.update_status)
        self._relay.changed.connect(self._status_changed)
        self.server_list.selectionModel().currentChanged.connect(lambda *_: self._server_chosen())
        self.tool_list.currentRowChanged.connect(self._tool_chosen)
        self.run_button.clicked.connect(self.run_tool)
        self.restart_button.clicked.connect(self._restart)
        self.enable_box.clicked.connect(self._toggle_enabled)
        self.always_box.clicked.connect(self._toggle_always)
        self.remove_button.clicked.connect(self._remove)
        self.add_button.clicked.connect(self.add_server)
        self.import_button.clicked.connect(self.import_servers)
        self.refresh_button.clicked.connect(self.refresh_log)
        self.server_filter.currentIndexChanged.connect(lambda _i: self.refresh_log())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.refresh_log())

    # --- services ------------------------------------------------------------------------------

    def attach(self, tools: Tools, ops: Operations) -> None:
        """Start working: the services are open."""
        self.tools, self.ops = tools, ops
        tools.hub.subscribe(self._relay.changed.emit)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Read the servers (and the log) again."""
        tools, ops = self.tools, self.ops
        if tools is None or ops is None:
            return
        current = select or self.selected_name()

        def done(configs: list[ServerConfig]) -> None:
            statuses = tools.hub.statuses()
            rows = [ServerRow(BUILTIN_LABEL, None, None)]
            rows += [ServerRow(c.name, c, statuses.get(c.name)) for c in configs]
            self.servers.set_rows(rows)
            self.no_servers.setVisible(not configs)
            self._fill_server_filter(configs)
            names = [r.name for r in rows]
            row = names.index(current) if current in names else 0
            self.server_list.setCurrentIndex(self.servers.index(row))

        ops.run(translate("ToolsPage", "Reading the MCP servers"), tools.servers.all, on_done=done)
        self.refresh_log()

    def refresh_log(self) -> None:
        tools, ops = self.tools, self.ops
        if tools is None or ops is None:
            return
        server = str(self.server_filter.currentData() or "") or None
        state = str(self.state_filter.currentData() or "") or None

        def read() -> tuple[list[LoggedCall], list[ToolStats]]:
            return tools.log.entries(server=server, state=state), tools.log.stats()

        def show(found: tuple[list[LoggedCall], list[ToolStats]]) -> None:
            self.log_model.set_entries(found[0])
            self.stats_model.set_stats(found[1])

        ops.run(translate("ToolsPage", "Reading the tool log"), read, on_done=show)

    def selected_row(self) -> ServerRow | None:
        index = self.server_list.currentIndex()
        return self.servers.rows[index.row()] if index.isValid() else None

    def selected_name(self) -> str | None:
        row = self.selected_row()
        return row.name if row else None

    def _fill_server_filter(self, configs: list[ServerConfig]) -> None:
        chosen = self.server_filter.currentData()
        self.server_filter.blockSignals(True)
        self.server_filter.clear()
        self.server_filter.addItem(translate("ToolsPage", "All servers"), "")
        self.server_filter.addItem(translate("ToolsPage", "Built-in"), "convosphere")
        for config in configs:
            self.server_filter.addItem(config.name, config.name)
        found = self.server_filter.findData(chosen)
        self.server_filter.setCurrentIndex(max(found, 0))
        self.server_filter.blockSignals(False)

    # --- a server --------------------------------------------------------------------------------

    def _server_chosen(self) -> None:
        row = self.selected_row()
        self._specs = []
        self.tool_list.clear()
        self._show_tool(None)
        if row is None or self.tools is None:
            return
        builtin = row.config is None
        for widget in (self.restart_button, self.enable_box, self.always_box, self.remove_button):
            widget.setVisible(not builtin)
        if builtin:
            self.status_text.setText(
                translate("ToolsPage", "Always there; they read only, so they run without asking.")
            )
            self._show_tools(self.tools.runner.builtins())
            return
        assert row.config is not None
        self.enable_box.setChecked(row.config.enabled)
        self.always_box.setChecked(row.config.always_allow)
        self._describe(row)
        if row.config.enabled and row.status is not None and row.status.tools:
            self._show_tools(list(row.status.tools))
        elif row.config.enabled:
            self._start(row.name, restart=False)

    def _describe(self, row: ServerRow) -> None:
        status = row.status
        lines = [
            f"<b>{_escape(row.shown_name)}</b> — {_escape(row.state_text)}",
            _escape(row.config.target if row.config else ""),
        ]
        if status is not None and status.detail:
            lines.append(_escape(status.detail))
        if status is not None and status.server_info:
            lines.append(
                translate("ToolsPage", "Server: {info}").format(info=_escape(status.server_info))
            )
        if status is not None and (status.resources or status.prompts):
            resources = translate("ToolsPage", "%n resource(s)", None, len(status.resources))
            prompts = translate("ToolsPage", "%n prompt(s)", None, len(status.prompts))
            lines.append(f"{resources}, {prompts}")
        if status is not None and status.stderr_tail and str(status.state) == "failed":
            tail = "<br>".join(_escape(line) for line in status.stderr_tail.splitlines()[-6:])
            lines.append(f"<span style='font-family: monospace'>{tail}</span>")  # i18n: not UI
        self.status_text.setText("<br>".join(lines))

    def _status_changed(self, status: ServerStatus) -> None:
        row = self.selected_row()
        if row is not None and row.name == status.name:
            current = self.selected_row()
            assert current is not None
            self._describe(current)
            if status.tools and [s.name for s in status.tools] != [s.name for s in self._specs]:
                self._show_tools(list(status.tools))

    def _start(self, name: str, *, restart: bool) -> None:
        tools, ops = self.tools, self.ops
        if tools is None or ops is None:
            return
        work = tools.hub.restart(name) if restart else tools.hub.start(name)
        starting = translate("ToolsPage", "Starting {name}").format(name=name)
        ops.spawn(starting, work, on_error=lambda _e: None)  # the status says why

    def _restart(self) -> None:
        name = self.selected_name()
        if name is not None:
            self._start(name, restart=True)

    def _toggle_enabled(self, on: bool) -> None:
        self._change(translate("ToolsPage", "Switching the server"), "set_enabled", on)

    def _toggle_always(self, on: bool) -> None:
        self._change(translate("ToolsPage", "Changing the approval"), "set_always_allow", on)

    def _change(self, what: str, method: str, value: bool) -> None:
        tools, ops, name = self.tools, self.ops, self.selected_name()
        if tools is None or ops is None or name is None:
            return
        action = getattr(tools.servers, method)
        ops.run(what, action, name, value, on_done=lambda _c: self.refresh(name))

    def _remove(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        tools, ops, name = self.tools, self.ops, self.selected_name()
        if tools is None or ops is None or name is None:
            return
        answer = QMessageBox.question(
            self,
            translate("ToolsPage", "Remove the server?"),
            translate("ToolsPage", "Remove “{name}” and the secrets kept for it?").format(
                name=name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ops.spawn(translate("ToolsPage", "Stopping {name}").format(name=name), tools.hub.stop(name))
        ops.run(
            translate("ToolsPage", "Removing the server"),
            tools.servers.remove,
            name,
            on_done=lambda _c: self.refresh(),
        )

    # --- its tools -------------------------------------------------------------------------------

    def _show_tools(self, specs: list[ToolSpec]) -> None:
        self._specs = specs
        self.tool_list.clear()
        for spec in specs:
            text = translate("ToolsPage", "{tool}   ({risk})").format(
                tool=spec.tool, risk=spec.risk.label
            )
            if spec.problem:
                text = translate("ToolsPage", "{tool} — cannot be used").format(tool=text)
            item = QListWidgetItem(text)
            item.setToolTip(spec.problem or spec.shown_description)
            self.tool_list.addItem(item)
        if specs:
            self.tool_list.setCurrentRow(0)

    def _tool_chosen(self, row: int) -> None:
        self._show_tool(self._specs[row] if 0 <= row < len(self._specs) else None)

    def _show_tool(self, spec: ToolSpec | None) -> None:
        self.result_view.clear()
        if spec is None:
            self.tool_title.setText("")
            self.schema_view.clear()
            self.form.clear()
            self.run_button.setEnabled(False)
            return
        text = f"<b>{_escape(spec.title or spec.tool)}</b> — {_escape(spec.shown_description)}"
        if spec.problem:
            text += (
                f"<br><span style='color:#b3261e'>{_escape(spec.problem)}</span>"  # i18n: not UI
            )
        self.tool_title.setText(text)
        self.schema_view.setPlainText(json.dumps(spec.input_schema, indent=2, ensure_ascii=False))
        self.form.set_schema(spec.input_schema if spec.usable else {})
        self.run_button.setEnabled(spec.usable)

    def selected_tool(self) -> ToolSpec | None:
        row = self.tool_list.currentRow()
        return self._specs[row] if 0 <= row < len(self._specs) else None

    def run_tool(self) -> None:
        """Run the chosen tool with the form's arguments (the user's own call: no prompt)."""
        from core.tools.model import ToolError
        from core.tools.runner import ApprovedBy
        from core.tools.validation import validate_arguments

        tools, ops, spec = self.tools, self.ops, self.selected_tool()
        if tools is None or ops is None or spec is None:
            return
        try:
            arguments = self.form.arguments()
            validate_arguments(spec.tool, spec.input_schema, arguments)
        except (ValueError, ToolError) as error:
            self.result_view.setPlainText(str(error))
            return
        self.run_button.setEnabled(False)
        running = translate("ToolsPage", "Running {tool}…").format(tool=spec.tool)
        self.result_view.setPlainText(running)

        def progress(done: float, total: float | None, message: str | None) -> None:
            if total:
                step = translate("ToolsPage", "{done} of {total}").format(
                    done=number(done), total=number(total)
                )
            else:
                step = number(done)
            self.result_view.setPlainText(f"{running} {step} {message or ''}".rstrip())

        def shown(outcome: CallOutcome) -> None:
            self.run_button.setEnabled(True)
            head = (
                translate("ToolsPage", "Error ({time}):")
                if outcome.is_error
                else translate("ToolsPage", "Result ({time}):")
            ).format(time=milliseconds(outcome.duration_ms))
            self.result_view.setPlainText(f"{head}\n\n{outcome.text}")
            self.refresh_log()

        def failed(error: BaseException) -> None:
            self.run_button.setEnabled(True)
            self.result_view.setPlainText(str(error))

        work = tools.runner.execute(
            spec,
            arguments,
            approved_by=ApprovedBy.MANUAL,
            on_progress=self._relay_progress(progress),
        )
        what = translate("ToolsPage", "Running {tool}").format(tool=spec.tool)
        ops.spawn(what, work, on_done=shown, on_error=failed)

    def _relay_progress(self, show: Any) -> Any:
        """Progress arrives on the MCP thread; show it on this one."""
        relay = _ProgressRelay(self)
        relay.progressed.connect(lambda args: show(*args))
        return lambda done, total, message: relay.progressed.emit((done, total, message))

    # --- adding ----------------------------------------------------------------------------------

    def add_server(self) -> None:
        from desktop.tools.dialogs import AddServerDialog

        tools, ops = self.tools, self.ops
        dialog = AddServerDialog(self)
        if tools is None or ops is None or not dialog.exec():
            return
        new = dialog.result_value()
        servers = tools.servers
        if new.transport == "http":
            ops.run(
                translate("ToolsPage", "Adding the server"), servers.add_http, new.name, new.url,
                new.values, on_done=lambda c: self.refresh(c.name),
            )  # fmt: skip
        else:
            ops.run(
                translate("ToolsPage", "Adding the server"), servers.add_stdio, new.name,
                new.command, new.args, new.values, on_done=lambda c: self.refresh(c.name),
            )  # fmt: skip

    def import_servers(self) -> None:
        from desktop.tools.dialogs import ImportServersDialog

        tools, ops = self.tools, self.ops
        dialog = ImportServersDialog(self)
        if tools is None or ops is None or not dialog.exec():
            return

        def done(result: ImportResult) -> None:
            from PySide6.QtWidgets import QMessageBox

            added = ", ".join(result.added) or translate("ToolsPage", "none")
            lines = [translate("ToolsPage", "Added: {names}.").format(names=added)]
            lines += [
                translate("ToolsPage", "Skipped {name}: {reason}.").format(name=name, reason=why)
                for name, why in result.skipped
            ]
            QMessageBox.information(
                self, translate("ToolsPage", "Imported MCP servers"), "\n".join(lines)
            )
            self.refresh(result.added[0] if result.added else None)

        ops.run(
            translate("ToolsPage", "Importing MCP servers"),
            tools.servers.import_json,
            dialog.text.toPlainText(),
            on_done=done,
        )


class _ProgressRelay(QObject):
    progressed = Signal(object)


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def _escape(text: str) -> str:
    import html

    return html.escape(text)
