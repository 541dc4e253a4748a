"""The Knowledge page."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.pages.empty_state import EmptyState, PageHeader


class KnowledgePage(QWidget):
    """The local knowledge base; while it is empty, explains what goes in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                "Knowledge",
                "Your documents, searched on this device and cited in answers down to the page.",
            )
        )
        self.empty = EmptyState(
            "knowledge",
            "Your knowledge base is empty",
            "PDFs, Markdown, Word, HTML and text files you add here are kept on this computer, "
            "indexed for keyword and meaning search without any network, and quoted with their "
            "page numbers when an assistant answers from them.",
        )
        self.empty.finish()
        layout.addWidget(self.empty, 1)
