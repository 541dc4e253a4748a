"""Adding MCP servers: a form for one server, and pasting or opening an ``mcpServers`` JSON."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate


@dataclass(frozen=True)
class NewServer:
    """What the form asks to add (secret values included: they go to the secret store)."""

    name: str
    transport: str
    command: str
    args: list[str]
    url: str
    values: dict[str, str]  # environment variables (stdio) or headers (http)


class AddServerDialog(QDialog):
    """Name, how to reach it (a command, or an address), and its environment or headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ServerDialogs", "Add an MCP server"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.name = QLineEdit(
            placeholderText=translate("ServerDialogs", "e.g. {example}").format(example="time")
        )
        self.kind = QComboBox()
        self.kind.addItem(translate("ServerDialogs", "Runs on this computer (stdio)"), "stdio")
        self.kind.addItem(translate("ServerDialogs", "Remote, over HTTP"), "http")
        example = "uvx mcp-server-time --local-timezone UTC"  # i18n: not UI
        self.command = QLineEdit(
            placeholderText=translate("ServerDialogs", "e.g. {example}").format(example=example)
        )
        self.url = QLineEdit(placeholderText="https://example.com/mcp")
        self.values = QPlainTextEdit()
        self.values.setPlaceholderText(
            translate("ServerDialogs", "KEY=value, one per line (kept in the secret store)")
        )
        self.values.setFixedHeight(70)
        self.values_label = QLabel(translate("ServerDialogs", "Environment"))
        form.addRow(translate("ServerDialogs", "Name"), self.name)
        form.addRow(translate("ServerDialogs", "Kind"), self.kind)
        form.addRow(translate("ServerDialogs", "Command"), self.command)
        form.addRow(translate("ServerDialogs", "Address"), self.url)
        form.addRow(self.values_label, self.values)
        self.problem = QLabel()
        self.problem.setObjectName("FormProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._form = form
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        http = self.kind.currentData() == "http"
        self._form.setRowVisible(self.command, not http)
        self._form.setRowVisible(self.url, http)
        self.values_label.setText(
            translate("ServerDialogs", "Headers")
            if http
            else translate("ServerDialogs", "Environment")
        )

    def _check(self) -> None:
        try:
            self.result_value()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.accept()

    def result_value(self) -> NewServer:
        """The form as a ``NewServer``; ValueError says what is missing."""
        name = self.name.text().strip()
        if not name:
            raise ValueError(translate("ServerDialogs", "Give the server a name."))
        values: dict[str, str] = {}
        for line in self.values.toPlainText().splitlines():
            if line.strip():
                key, sep, value = line.partition("=")
                if not sep or not key.strip():
                    raise ValueError(
                        translate("ServerDialogs", "“{line}” is not KEY=value.").format(line=line)
                    )
                values[key.strip()] = value.strip()
        transport = str(self.kind.currentData())
        if transport == "http":
            return NewServer(name, "http", "", [], self.url.text().strip(), values)
        try:
            parts = shlex.split(self.command.text())
        except ValueError as error:
            raise ValueError(
                translate("ServerDialogs", "The command cannot be read: {reason}.").format(
                    reason=error
                )
            ) from None
        if not parts:
            raise ValueError(
                translate("ServerDialogs", "Enter the command that starts the server.")
            )
        return NewServer(name, "stdio", parts[0], parts[1:], "", values)


class ImportServersDialog(QDialog):
    """Paste an ``mcpServers`` JSON, or open the file another assistant keeps it in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ServerDialogs", "Import MCP servers"))
        self.setMinimumSize(560, 360)
        example = '{"mcpServers": {"time": {"command": "uvx", "args": ["mcp-server-time"]}}}'
        intro = QLabel(
            translate(
                "ServerDialogs",
                "Paste the <code>mcpServers</code> JSON other assistants use, e.g. "
                "<code>{example}</code>. Values in <code>env</code> and <code>headers</code> go "
                "to the secret store.",
            ).format(example=example)
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        open_button = QPushButton(translate("ServerDialogs", "Open a file…"))
        open_button.clicked.connect(self._open)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ServerDialogs", "Import")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(open_button)
        layout.addWidget(buttons)

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ServerDialogs", "Open an mcpServers file"),
            "",
            translate("ServerDialogs", "JSON files (*.json)"),
        )
        if path:
            self.text.setPlainText(Path(path).read_text(encoding="utf-8", errors="replace"))
