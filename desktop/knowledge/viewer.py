"""Reading a document at a passage: what a citation or a search result opens.

Until the native preview arrives, this shows the document's text (its stored passages, with
their overlaps removed) with page labels, scrolled to and highlighting the cited passage.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from core.knowledge.library import DocumentText, KnowledgeBase
    from core.sources import SourcePassage
    from desktop.operations import Operations


_HIGHLIGHT = " style='background-color:#fff3b0; color:#000'"


class DocumentTextViewer(QDialog):
    """A window with one document's text, opened at a chunk (or a page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentTextViewer")
        self.setWindowTitle("Document")
        self.resize(760, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.heading = QLabel("Opening…")
        self.heading.setObjectName("PageTitle")
        self.heading.setWordWrap(True)
        self.where = QLabel("")
        self.where.setObjectName("PageSubtitle")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.browser, 1)
        self.text: DocumentText | None = None

    def show_text(self, text: DocumentText, chunk_id: int | None, page: int | None) -> None:
        """Render the document and scroll to ``chunk_id`` (else the first passage on ``page``)."""
        self.text = text
        self.setWindowTitle(text.title)
        self.heading.setText(text.title)
        target = chunk_id
        if target is None and page is not None:
            target = next(
                (s.chunk_id for s in text.sections if (s.page_end or s.page_start or 0) >= page),
                None,
            )
        parts: list[str] = []
        last_page: int | None = None
        last_heading = ""
        for section in text.sections:
            if section.page_start is not None and section.page_start != last_page:
                last_page = section.page_start
                parts.append(f"<p style='color:gray'><small>— page {last_page} —</small></p>")
            if section.heading_path and section.heading_path != last_heading:
                last_heading = section.heading_path
                parts.append(f"<h3>{html.escape(section.heading_path)}</h3>")
            body = html.escape(section.text).replace("\n", "<br>")
            style = _HIGHLIGHT if section.chunk_id == target else ""
            parts.append(f"<a name='c{section.chunk_id}'></a><p{style}>{body}</p>")
        if not text.sections:
            parts.append("<p>This document has no text to show yet.</p>")
        self.browser.setHtml("".join(parts))
        where = [f"{len(text.sections):,} passages"]
        shown = next((s for s in text.sections if s.chunk_id == target), None)
        if shown is not None and shown.page_start is not None:
            where.insert(0, f"Showing page {shown.page_start}")
        self.where.setText(" · ".join(where))
        if target is not None:
            # After the layout of the new text, or the scroll position is lost.
            QTimer.singleShot(0, lambda: self.browser.scrollToAnchor(f"c{target}"))


def open_passage(
    parent: QWidget,
    knowledge: KnowledgeBase,
    ops: Operations,
    passage: SourcePassage,
) -> DocumentTextViewer:
    """Open the cited document at the passage (for chat's citation links)."""
    return open_document(
        parent, knowledge, ops, passage.document_id, passage.chunk_id, passage.page_start
    )


def open_document(
    parent: QWidget,
    knowledge: KnowledgeBase,
    ops: Operations,
    document_id: str,
    chunk_id: int | None = None,
    page: int | None = None,
) -> DocumentTextViewer:
    """Open a document's text (off the GUI thread), at a chunk or page if given."""
    viewer = DocumentTextViewer(parent)
    viewer.show()

    def show(text: DocumentText) -> None:
        if isValid(viewer):  # the person may have closed it while the text was read
            viewer.show_text(text, chunk_id, page)

    ops.run("Opening the document", knowledge.document_text, document_id, on_done=show)
    return viewer
