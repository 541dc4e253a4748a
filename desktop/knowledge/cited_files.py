"""The stored files of the documents an answer cites, found when the answer is shown.

A click on a citation then opens its page with no read of app.db in between (a hop to a worker
and back was most of what the split pane added to QtPdf's own load and render). The files are
found off the GUI thread; the viewer asks the library again after the page is painted and opens
the document again if its file changed meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.i18n import translate
from core.knowledge.formats import DocumentUnreadable
from core.knowledge.library import DocumentNotFound

if TYPE_CHECKING:
    from core.knowledge.preview import DocumentSources, SourceFile
    from core.sources import SourcePassage
    from desktop.operations import Operations


class CitedFiles:
    """Document id → its stored file, for the documents cited by the answers shown."""

    def __init__(self, sources: DocumentSources, ops: Operations) -> None:
        self.sources, self.ops = sources, ops
        self.files: dict[str, SourceFile] = {}
        self._pending: set[str] = set()

    def resolve(self, passages: Iterable[SourcePassage]) -> None:
        """Find the files of ``passages``' documents in the background (each once)."""
        wanted = sorted({p.document_id for p in passages} - self.files.keys() - self._pending)
        if not wanted:
            return
        self._pending.update(wanted)

        def done(found: dict[str, SourceFile]) -> None:
            self._pending.difference_update(wanted)
            self.files.update(found)

        self.ops.run(
            translate("DocumentViewer", "Finding the cited documents"),
            self._find,
            wanted,
            on_done=done,
            on_error=lambda _error: self._pending.difference_update(wanted),
        )

    def _find(self, document_ids: list[str]) -> dict[str, SourceFile]:
        found: dict[str, SourceFile] = {}
        for document_id in document_ids:
            try:
                found[document_id] = self.sources.source(document_id)
            except (DocumentNotFound, DocumentUnreadable):
                continue  # the viewer says why when the citation is opened
        return found

    def get(self, document_id: str) -> SourceFile | None:
        return self.files.get(document_id)

    def forget(self) -> None:
        """Documents changed (another device, an import): find them again when next cited."""
        self.files.clear()
