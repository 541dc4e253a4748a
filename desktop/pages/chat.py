"""The Chat page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.pages.empty_state import EmptyState, PageHeader


class ChatPage(QWidget):
    """Conversations with assistants; until one exists, says how to start."""

    setup_provider_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader("Chat", "Ask your assistants; answers stream in and are saved as you go.")
        )
        self.empty = EmptyState(
            "chat",
            "No conversations yet",
            "Chat with OpenAI, Anthropic, or a model running on this computer (Ollama, "
            "LM Studio, llama.cpp) that works without a network.<br><br>"
            "Set up a model provider to begin. <b>Ctrl+N</b> starts a new chat and "
            "<b>Ctrl+K</b> jumps anywhere.",
        )
        self.setup_button = self.empty.add_button("Set up a model provider…", primary=True)
        self.setup_button.clicked.connect(self.setup_provider_requested)
        self.empty.finish()
        layout.addWidget(self.empty, 1)

    def show_provider(self, provider_label: str | None) -> None:
        """Reflect whether a provider is set up, so the empty state asks for the right step."""
        if provider_label:
            self.setup_button.setText(f"Model provider: {provider_label} — change…")
        else:
            self.setup_button.setText("Set up a model provider…")
