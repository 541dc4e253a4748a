"""The Tools page."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.shell.empty_state import EmptyState, PageHeader


class ToolsPage(QWidget):
    """Tools and MCP servers assistants may use; while none is set up, says what they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader("Tools", "What assistants may do for you; each use waits for your approval.")
        )
        self.empty = EmptyState(
            "tools",
            "No tools connected yet",
            "Tools let an assistant look things up or act for you — read a calendar, query a "
            "database, search the web — and every call waits for your approval. Any MCP server "
            "can be connected here, including ones you already use with other assistants.",
        )
        self.empty.finish()
        layout.addWidget(self.empty, 1)
