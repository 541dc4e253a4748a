"""The Knowledge page: import documents, watch imports, search as you type, read passages.

Nothing heavy is imported here: the core knowledge modules load in ``attach`` (after the
first paint), and search and reading run off the GUI thread through ``Operations``.
"""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.knowledge.imports import ImportPanel
from desktop.knowledge.results import HitRole, RichTextDelegate, SearchResultsModel
from desktop.knowledge.search_history import SearchesButton
from desktop.knowledge.suggestions import SuggestionPopup
from desktop.shell.empty_state import EmptyState, PageHeader

if TYPE_CHECKING:
    from core.jobs import JobInfo
    from core.knowledge.library import KnowledgeBase
    from core.knowledge.search import SearchHit
    from core.knowledge.spelling import Correction
    from core.knowledge.suggestions import SearchAids, Suggestion
    from core.root import Root
    from core.sources import SourcePassage
    from desktop.knowledge.search_history import SearchHistoryDialog
    from desktop.operations import Operations

SEARCH_DELAY_MS = 180
SUGGEST_DELAY_MS = 60
LIST_REFRESH_MS = 1000
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "KnowledgePage",
    "Documents (*.pdf *.md *.markdown *.txt *.rst *.docx *.html *.htm "
    "*.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.rb *.sh *.sql);;All files (*)",
)
"""The file dialog's filter, in English: show it with ``import_filter()``."""


def import_filter() -> str:
    """The import file dialog's filter in the user's language."""
    return translate("KnowledgePage", IMPORT_FILTER)


class KnowledgePage(QWidget):
    """Documents in, passages out: import (dialogs or drag and drop), search, open at a passage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.services: Root | None = None
        self.ops: Operations | None = None
        self.knowledge: KnowledgeBase | None = None
        self.search_aids: SearchAids | None = None
        self._search_seq = 0
        self._suggest_seq = 0
        self._has_documents = False
        self._stale = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                translate("KnowledgePage", "Knowledge"),
                translate(
                    "KnowledgePage",
                    "Your documents, searched on this device and cited in answers down to the "
                    "page.",
                ),
            )
        )
        layout.addLayout(self._toolbar())
        self.did_you_mean = QLabel("")
        self.did_you_mean.setObjectName("DidYouMean")
        self.did_you_mean.setTextFormat(Qt.TextFormat.RichText)
        self._correction = ""
        self.did_you_mean.linkActivated.connect(
            lambda _link: self.run_query(self._correction, "knowledge")
        )
        self.did_you_mean.hide()
        layout.addWidget(self.did_you_mean)
        self.imports = ImportPanel()
        self.imports.finished.connect(self._import_finished)
        self.imports.progressed.connect(self._import_progressed)
        layout.addWidget(self.imports)
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            "knowledge",
            translate("KnowledgePage", "Your knowledge base is empty"),
            translate(
                "KnowledgePage",
                "PDFs, Markdown, Word, HTML, text and source files you add here are kept on this "
                "computer, indexed for keyword and meaning search without any network, and "
                "quoted with their page numbers when an assistant answers from them.<br><br>"
                "Drop files or folders here, or:",
            ),
        )
        self.empty.add_button(
            translate("KnowledgePage", "Import files…"), primary=True
        ).clicked.connect(self.choose_files)
        self.empty.add_button(translate("KnowledgePage", "Import a folder…")).clicked.connect(
            self.choose_folder
        )
        self.empty.finish()
        self.documents = self._documents_view()
        self.results_model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("SearchResults")
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._open_hit)
        self.results.clicked.connect(self._open_hit)
        self.no_results = QLabel("", alignment=Qt.AlignmentFlag.AlignCenter)
        self.no_results.setObjectName("EmptyBody")
        self.no_results.setWordWrap(True)
        for widget in (self.empty, self.documents, self.results, self.no_results):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self.list_timer = QTimer(self, singleShot=True, interval=LIST_REFRESH_MS)
        self.list_timer.timeout.connect(self._refresh_documents)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.suggestions = SuggestionPopup(self.search_box, self)
        self.suggestions.chosen.connect(lambda query: self.run_query(query, "knowledge"))
        self.suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self.suggest_timer.timeout.connect(self._suggest)
        self.search_box.textEdited.connect(lambda _text: self.suggest_timer.start())
        self.search_box.returnPressed.connect(self._search_now)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("KnowledgeSearch")
        self.search_box.setPlaceholderText(
            translate("KnowledgePage", "Search your documents by words or meaning…")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_status = QLabel("")
        self.search_status.setObjectName("Hint")
        import_files = QPushButton(translate("KnowledgePage", "Import files…"))
        import_files.setObjectName("Primary")
        import_files.clicked.connect(self.choose_files)
        import_folder = QPushButton(translate("KnowledgePage", "Import folder…"))
        import_folder.clicked.connect(self.choose_folder)
        self.searches_button = SearchesButton(self.search_box)
        self.searches_button.run_query.connect(lambda query: self.run_query(query, "knowledge"))
        self.searches_button.saved_one.connect(
            lambda query: self.search_status.setText(
                translate("KnowledgePage", "Saved “{query}”").format(query=query)
            )
        )
        row.addWidget(self.search_box, 1)
        row.addWidget(self.search_status)
        row.addWidget(self.searches_button)
        row.addWidget(import_files)
        row.addWidget(import_folder)
        return row

    def _documents_view(self) -> QWidget:
        """The tags feature's document table where this build has it, else a plain note."""
        if importlib.util.find_spec("desktop.knowledge.documents_view") is None:
            return QLabel(
                translate("KnowledgePage", "Your documents"),
                alignment=Qt.AlignmentFlag.AlignCenter,
            )
        from desktop.knowledge.documents_view import DocumentsView

        view = DocumentsView()
        view.open_document.connect(self.open_document)
        return view

    # --- wiring -------------------------------------------------------------------------

    def attach(self, services: Root, ops: Operations) -> None:
        """Start working over ``services``; call once the core services are open."""

        self.services, self.ops = services, ops
        self.knowledge = services.knowledge
        self.search_aids = services.search
        self.imports.attach(self.knowledge, ops)
        self.searches_button.attach(services.search.memory, ops)
        self._warm_suggestions()
        attach = getattr(self.documents, "attach", None)
        if callable(attach):
            attach(services, ops)
        ops.run(
            translate("KnowledgePage", "Reading imports"),
            self.knowledge.unfinished_imports,
            on_done=self._resume,
        )
        self._refresh_count()

    def _resume(self, job_ids: list[str]) -> None:
        for job_id in job_ids:
            self.imports.track(job_id)

    def _refresh_count(self) -> None:
        if self.knowledge is None or self.ops is None:
            return
        self.ops.run(
            translate("KnowledgePage", "Counting documents"),
            self.knowledge.document_count,
            on_done=self._show_count,
        )

    def _show_count(self, count: int) -> None:
        # While an import runs the list shows (documents appear as each is read), not the
        # "knowledge base is empty" welcome.
        importing = self.imports.active()
        self._has_documents = count > 0 or importing
        if hasattr(self.documents, "importing"):
            self.documents.importing = importing
        if not self.search_box.text().strip():
            self.stack.setCurrentWidget(self.documents if self._has_documents else self.empty)

    # --- importing ----------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("KnowledgePage", "Import documents"), "", import_filter()
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("KnowledgePage", "Import a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Queue an import job for files and folders; its progress shows above the list."""
        if self.knowledge is None or self.ops is None or not paths:
            return
        self.ops.run(
            translate("KnowledgePage", "Starting the import"),
            self.knowledge.import_paths,
            [str(p) for p in paths],
            on_done=self.imports.track,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _import_progressed(self) -> None:
        """Show newly imported documents while the import goes on (at most once a second)."""
        if not self.list_timer.isActive():
            self.list_timer.start()
        self._refresh_count()

    def _import_finished(self, _job_id: str) -> None:
        self._refresh_documents()

    def refresh(self) -> None:
        """Documents or tags changed (maybe in another process): show them as they are now."""
        self._refresh_documents()

    def job_changed(self, job: JobInfo) -> None:
        """The app's one channel of job changes: imports (also ones started elsewhere) and the
        bulk job this page follows show their progress from it."""
        from core.jobs.model import IN_PROGRESS
        from core.knowledge.jobs import INGEST_KIND

        tracked = self.imports.tracked()
        if job.kind == INGEST_KIND and job.state in IN_PROGRESS and job.id not in tracked:
            self.imports.track(job.id)
        else:
            self.imports.job_changed(job)
        strip = getattr(self.documents, "strip", None)
        if strip is not None:
            strip.show_info(job)

    def _refresh_documents(self) -> None:
        if not self.isVisible():
            self._stale = True  # refreshed when the page is shown again
            return
        self._stale = False
        refresh = getattr(self.documents, "refresh", None)
        if callable(refresh):
            refresh()
        self._refresh_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_documents()

    # --- searching ----------------------------------------------------------------------

    def _run_search(self) -> None:
        query = self.search_box.text()
        self._search_seq += 1
        seq = self._search_seq
        if not query.strip():
            self.search_status.setText("")
            self.did_you_mean.hide()
            self.stack.setCurrentWidget(self.documents if self._has_documents else self.empty)
            return
        if self.knowledge is None or self.ops is None:
            return
        self.search_status.setText(translate("KnowledgePage", "Searching…"))
        knowledge, aids = self.knowledge, self.search_aids
        typing = not query.endswith(" ")

        def search() -> tuple[list[SearchHit], Correction | None]:
            hits = knowledge.search(query, limit=30, as_you_type=typing)
            fixed = aids.spelling.did_you_mean(query, last_is_prefix=typing) if aids else None
            return hits, fixed

        self.ops.run(
            translate("KnowledgePage", "Searching"),
            search,
            on_done=lambda found: self._show_hits(seq, query, *found),
        )

    def run_query(self, query: str, source: str) -> None:
        """Search for ``query`` now and remember it (a suggestion, a saved search, Ctrl+K)."""
        self.suggest_timer.stop()
        self.suggestions.hide()
        self.search_box.setText(query)
        self._search_now(source)

    def _search_now(self, source: str = "knowledge") -> None:
        """Enter, or a chosen query: search at once and record it in the history."""
        self.search_timer.stop()
        self.suggest_timer.stop()
        self._suggest_seq += 1  # a suggestion answer still on its way is stale now
        self.suggestions.hide()
        self._run_search()
        self._record(self.search_box.text(), source)

    def _record(self, query: str, source: str) -> None:
        aids = self.search_aids
        if aids is None or self.ops is None or not query.strip():
            return
        self.ops.run(
            translate("KnowledgePage", "Remembering the search"),
            aids.memory.record,
            query,
            source,
        )

    def _suggest(self) -> None:
        typed = self.search_box.text()
        self._suggest_seq += 1
        seq = self._suggest_seq
        aids = self.search_aids
        if aids is None or self.ops is None or not typed.strip():
            self.suggestions.hide()
            return
        self.ops.run(
            translate("KnowledgePage", "Suggesting searches"),
            aids.suggester.suggest,
            typed,
            on_done=lambda found: self._show_suggestions(seq, typed, found),
        )

    def _show_suggestions(self, seq: int, typed: str, found: list[Suggestion]) -> None:
        if seq == self._suggest_seq:
            self.suggestions.show_for(typed, found)

    def _warm_suggestions(self) -> None:
        """Read titles, tags and headings for suggestions now, not on the first keystroke."""
        aids = self.search_aids
        if aids is not None and self.ops is not None:
            self.ops.run(
                translate("KnowledgePage", "Preparing search suggestions"),
                aids.suggester.catalog_index,
            )

    def save_current_search(self) -> None:
        """Save what the search box holds (the Searches menu does the same)."""
        self.searches_button.save_current()

    def show_search_history(self) -> SearchHistoryDialog | None:
        """The dialog of saved and recent searches (returned for tests)."""
        return self.searches_button.show_dialog()

    def _show_hits(
        self, seq: int, query: str, hits: list[SearchHit], correction: Correction | None = None
    ) -> None:
        if seq != self._search_seq:
            return  # a newer search is on its way
        self._show_correction(correction)
        self.results_model.set_hits(hits)
        self.search_status.setText(translate("KnowledgePage", "%n passage(s)", None, len(hits)))
        if hits:
            self.stack.setCurrentWidget(self.results)
        else:
            self.no_results.setText(
                translate("KnowledgePage", "Nothing in your documents matches “{query}”.").format(
                    query=query.strip()
                )
            )
            self.stack.setCurrentWidget(self.no_results)

    def _show_correction(self, correction: Correction | None) -> None:
        if correction is None:
            self.did_you_mean.hide()
            return
        self._correction = correction.query
        shown = html.escape(correction.query)
        self.did_you_mean.setText(
            translate(
                "KnowledgePage", 'Did you mean <a href="correction"><b>{query}</b></a>?'
            ).format(query=shown)
        )
        self.did_you_mean.setToolTip(
            translate("KnowledgePage", "Search for “{query}” instead").format(
                query=correction.query
            )
        )
        self.did_you_mean.show()

    # --- reading ------------------------------------------------------------------------

    def _open_hit(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self._record(self.search_box.text(), "knowledge")  # the search led somewhere
            self._open(hit.document_id, hit.page_start, hit.text)

    def open_document(self, document_id: str) -> None:
        self._open(document_id, None)

    def open_passage(self, passage: SourcePassage) -> None:
        """Open a cited passage (chat's citation links land here)."""
        self._open(passage.document_id, passage.page_start, passage.text)

    def _open(self, document_id: str, page: int | None, passage: str = "") -> None:
        if self.services is None or self.ops is None:
            return
        from desktop.knowledge.viewer import ViewerTarget, open_viewer_window
        from desktop.sync.conflicts import watch_viewer

        target = ViewerTarget(document_id, page, passage)
        export = self.services.library.bulk.export
        window = open_viewer_window(
            self, self.services.sources, self.ops, target, export_zip=export
        )
        watch_viewer(window.viewer, self.services.conflicts, self.ops)
