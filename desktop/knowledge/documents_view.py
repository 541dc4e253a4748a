"""The document list of the Knowledge page: filter, sort, select and act on many documents.

The knowledge engineer embeds ``DocumentsView`` in the Knowledge page; it shows a quiet
"Opening your data…" state until ``attach`` hands it the core services. Core modules are
imported in ``attach``, never at import time, so the first paint stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.i18n import number, translate

if TYPE_CHECKING:
    from core.library.actions import BulkActions
    from core.library.documents import DocumentCatalog, DocumentFilter
    from core.library.tags import TagInfo, TagService
    from core.root import Root
    from desktop.knowledge.document_model import DocumentTableModel
    from desktop.knowledge.filters import DocumentFilterBar
    from desktop.library.bulk_progress import BulkJobStrip
    from desktop.operations import Operations


class DocumentsView(QWidget):
    """A filterable, sortable table of documents with bulk actions run as durable jobs."""

    open_document = Signal(str)  # document id, on double-click or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Root | None = None
        self.ops: Operations | None = None
        self.trash_mode = False
        self.importing = False  # an import runs: the empty list says documents are coming
        self.all_matching = False
        self._stack = QStackedLayout(self)
        self._waiting = QLabel(
            translate("DocumentList", "Opening your data…"), alignment=Qt.AlignmentFlag.AlignCenter
        )
        self._waiting.setObjectName("EmptyBody")
        self._stack.addWidget(self._waiting)

    def attach(self, services: Root, ops: Operations) -> None:
        """Start showing documents from ``services``; call once the core services are open."""

        self.services, self.ops = services, ops
        self.catalog: DocumentCatalog = services.library.catalog
        self.tags: TagService = services.library.tags
        self.bulk: BulkActions = services.library.bulk
        self._build()
        self._stack.setCurrentWidget(self._content)
        self.refresh()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        from desktop.knowledge.document_model import TAGS_COLUMN, DocumentTableModel
        from desktop.knowledge.filters import DocumentFilterBar
        from desktop.library.bulk_progress import BulkJobStrip
        from desktop.library.tag_chips import TagChipsDelegate

        assert self.ops is not None and self.services is not None
        self._content = QWidget(self)
        self.filters: DocumentFilterBar = DocumentFilterBar(self._content)
        self.filters.changed.connect(self.refresh)
        self.model: DocumentTableModel = DocumentTableModel(self._load_rows, self)
        self.model.sort_requested.connect(lambda _order: self.refresh())
        self.table = QTableView(self._content)
        self.table.setModel(self.model)
        self._chips = TagChipsDelegate(self.table)  # kept: Qt does not own Python delegates
        self.table.setItemDelegateForColumn(TAGS_COLUMN, self._chips)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 240), (3, 60), (4, 80), (5, 130)):
            header.resizeSection(column, max(width, self._needed_width(column)))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open(self.table.currentIndex().row()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._build_grid()
        self.status = QLabel(self._content)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)  # a narrow window: two lines, not a cut-off link
        self.status.linkActivated.connect(self._status_link)
        self.empty = QLabel(self._content, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("EmptyBody")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(lambda _link: self.filters.clear())
        self.strip: BulkJobStrip = BulkJobStrip(self._content)
        self.strip.attach(self.services.jobs, self.ops)
        self.strip.finished.connect(lambda _info: self.refresh())
        self.strip.undo_requested.connect(self.undo)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)

        def undo_if_offered() -> None:
            if self.strip.undo.isVisible():
                self.strip.undo.click()

        undo.activated.connect(undo_if_offered)
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._mode_row())
        layout.addWidget(self.filters)
        layout.addLayout(self._action_row())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.strip)
        self._stack.addWidget(self._content)

    def _needed_width(self, column: int) -> int:
        """The room a column's header (and the Added column's dates) take in the user's
        language: "Páginas" and "Hinzugefügt" are wider than the English widths allow."""
        from desktop.knowledge.document_model import added_text

        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = self.table.horizontalHeader().fontMetrics().horizontalAdvance(title) + 28
        if column == 5:  # a wide date and time: two-digit day, month and hour
            sample = added_text(int(datetime(2026, 12, 28, 22, 58).timestamp() * 1000))
            needed = max(needed, self.table.fontMetrics().horizontalAdvance(sample) + 16)
        return needed

    def _build_grid(self) -> None:
        """The same documents as first-page thumbnails, sharing the table's selection."""
        from desktop.knowledge.thumbnail_grid import ThumbnailGrid

        assert self.services is not None and self.ops is not None
        self.grid = ThumbnailGrid(self._content)
        self.grid.setModel(self.model)
        self.grid.setSelectionModel(self.table.selectionModel())
        self.grid.attach(self.services.sources, self.ops)
        self.grid.open_row.connect(self._open)
        self.grid.hide()

    def show_grid(self, grid: bool) -> None:
        """Show the documents as a grid of thumbnails (True) or as the table."""
        self.grid_button.setChecked(grid)
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows and not grid)
        self.grid.setVisible(has_rows and grid)

    def _mode_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.library_button = self._button(
            translate("DocumentList", "Library"), lambda: self.show_trash(False)
        )
        self.trash_button = self._button(
            translate("DocumentList", "Trash"), lambda: self.show_trash(True)
        )
        for button in (self.library_button, self.trash_button):
            button.setCheckable(True)
            row.addWidget(button)
        self.library_button.setChecked(True)
        row.addWidget(self.status, 1)
        self.grid_button = self._button(
            translate("DocumentList", "Grid"), lambda: self.show_grid(self.grid_button.isChecked())
        )
        self.grid_button.setCheckable(True)
        self.grid_button.setToolTip(
            translate("DocumentList", "Show first pages as a grid instead of a table")
        )
        row.addWidget(self.grid_button)
        row.addWidget(self._button(translate("DocumentList", "Manage tags…"), self.manage_tags))
        return row

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.library_actions = [
            self._button(translate("DocumentList", "Add tag…"), self._ask_tag),
            self._button(translate("DocumentList", "Remove tag…"), self._ask_untag),
            self._button(
                translate("DocumentList", "Reprocess"),
                lambda: self._act(translate("DocumentList", "Reprocessing"), self.bulk.reprocess),
            ),
            self._button(translate("DocumentList", "Export…"), self._ask_export),
            self._button(
                translate("DocumentList", "Move to trash"),
                lambda: self._act(
                    translate("DocumentList", "Moving to the trash"), self.bulk.trash
                ),
            ),
        ]
        self.trash_actions = [
            self._button(
                translate("DocumentList", "Restore"),
                lambda: self._act(translate("DocumentList", "Restoring"), self.bulk.restore),
            ),
            self._button(translate("DocumentList", "Delete for good…"), self._ask_purge),
            self._button(translate("DocumentList", "Empty trash…"), self._ask_empty_trash),
        ]
        for button in self.library_actions + self.trash_actions:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (after imports or jobs); does nothing before ``attach``."""
        if self.services is None or self.ops is None:
            return
        self.ops.run(
            translate("DocumentList", "Loading tags"), self._choices, on_done=self._show_choices
        )
        where = self.current_filter()
        self.ops.run(
            translate("DocumentList", "Loading documents"),
            self.catalog.matching_ids,
            where,
            self.model.order,
            on_done=lambda ids: self._show_snapshot(where, ids),
        )

    def current_filter(self) -> DocumentFilter:
        return self.filters.current(trashed=self.trash_mode)

    def _choices(self) -> tuple[list[TagInfo], list[str], int]:
        from core.library.documents import DocumentFilter

        trashed = self.catalog.count(DocumentFilter(trashed=True))
        return self.tags.list_tags(), self.catalog.doc_types(), trashed

    def _show_choices(self, choices: tuple[list[TagInfo], list[str], int]) -> None:
        tags, doc_types, trashed = choices
        by_key = {t.name.casefold(): t.id for t in tags}
        self.filters.set_choices(by_key, [t.name for t in tags], doc_types)
        self.trash_button.setText(
            translate("DocumentList", "Trash ({count})").format(count=number(trashed))
            if trashed
            else translate("DocumentList", "Trash")
        )

    def _load_rows(self, ids: Sequence[str], deliver: Callable[[list[Any]], None]) -> None:
        assert self.ops is not None
        self.ops.run(
            translate("DocumentList", "Loading documents"),
            self.catalog.rows,
            list(ids),
            on_done=deliver,
        )

    def _show_snapshot(self, where: DocumentFilter, ids: list[str]) -> None:
        if where != self.current_filter():
            return  # the filter changed while this ran; a newer refresh is on its way
        self.all_matching = False
        self.model.set_snapshot(ids)
        has_rows = bool(ids)
        self.table.setVisible(has_rows and not self.grid_button.isChecked())
        self.grid.setVisible(has_rows and self.grid_button.isChecked())
        self.empty.setVisible(not has_rows)
        self.empty.setText(self._empty_text(where))
        for button in self.library_actions:
            button.setVisible(not self.trash_mode)
        for button in self.trash_actions:
            button.setVisible(self.trash_mode)
        self._update_status()

    def _empty_text(self, where: DocumentFilter) -> str:
        if self.importing and where.is_empty and not self.trash_mode:
            return translate(
                "DocumentList", "Importing… each document appears here as soon as it has been read."
            )
        if self.trash_mode and where.is_empty:
            return translate(
                "DocumentList",
                "The trash is empty. Documents you delete wait here until you empty it.",
            )
        if not where.is_empty:
            return translate(
                "DocumentList",
                'No documents match these filters. <a href="clear">Clear the filters</a>',
            )
        return translate(
            "DocumentList",
            "No documents yet. Add PDFs, Markdown, Word, HTML or text files to the knowledge "
            "base; they will be listed here to tag, filter and act on many at once.",
        )

    # --- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The documents bulk actions apply to: the selected rows, or all matching."""
        if self.all_matching:
            return self.model.all_ids()
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def select_all_matching(self) -> None:
        """Select every document matching the filter, loaded or not."""
        self.table.selectAll()
        self.all_matching = True
        self._update_status()

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = len(self.table.selectionModel().selectedRows())
        if self.all_matching and rows < self.model.rowCount():
            self.all_matching = False
        self._update_status()

    def _update_status(self) -> None:
        total = self.model.matching_count
        text = (
            translate("DocumentList", "%n document(s) in the trash", None, total)
            if self.trash_mode
            else translate("DocumentList", "%n document(s)", None, total)
        )
        selected = len(self.selected_ids())
        if selected:
            text += " · <b>" + translate("DocumentList", "%n selected", None, selected) + "</b>"
            if not self.all_matching and selected < total:
                every = translate("DocumentList", "Select all %n matching", None, total)
                text += f' · <a href="all">{every}</a>'  # i18n: not UI
        self.status.setText(text)
        for button in self.library_actions + self.trash_actions[:2]:
            button.setEnabled(selected > 0)

    def _status_link(self, link: str) -> None:
        if link == "all":
            self.select_all_matching()

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_document.emit(self.model.id_at(row))

    def show_trash(self, trashed: bool) -> None:
        """Switch between the library and the trash."""
        self.trash_mode = trashed
        self.library_button.setChecked(not trashed)
        self.trash_button.setChecked(trashed)
        self.refresh()

    # --- actions -----------------------------------------------------------------------

    def _act(self, what: str, submit: Callable[..., str], *args: Any) -> None:
        ids = self.selected_ids()
        if ids and self.ops is not None:
            self.ops.run(what, submit, ids, *args, on_done=self.strip.follow)

    def tag_selected(self, names: Sequence[str]) -> None:
        """One job per tag, followed together: the strip reports every tag added."""
        ids, bulk = self.selected_ids(), self.bulk
        if not ids or not names or self.ops is None:
            return
        wanted = list(dict.fromkeys(names))
        self.ops.run(
            translate("DocumentList", "Adding tags"),
            lambda: [bulk.tag(ids, name) for name in wanted],
            on_done=self.strip.follow,
        )

    def untag_selected(self, name: str) -> None:
        self._act(translate("DocumentList", "Removing the tag"), self.bulk.untag, name)

    def export_selected(self, to: Path) -> None:
        self._act(translate("DocumentList", "Exporting"), self.bulk.export, to)

    def undo(self, job_ids: str | Sequence[str]) -> None:
        """Undo move-to-trash or tagging jobs (the strip's Undo: all it showed)."""
        ids = [job_ids] if isinstance(job_ids, str) else list(job_ids)
        if self.ops is None or not all(ids):
            return
        bulk = self.bulk

        def undo() -> list[str]:
            return [
                bulk.undo_tag(job_id)
                if bulk.jobs.get(job_id).kind == "documents.tag"
                else bulk.undo_trash(job_id)
                for job_id in ids
            ]

        self.ops.run(translate("DocumentList", "Undoing"), undo, on_done=self.strip.follow)

    def manage_tags(self) -> None:
        from desktop.library.tag_manager import TagManagerDialog

        assert self.ops is not None
        dialog = TagManagerDialog(self.tags, self.ops, self)
        dialog.tags_changed.connect(self.refresh)
        dialog.show()

    def _ask_tag(self) -> None:
        from desktop.library.tag_chips import ask_tag_names

        names = ask_tag_names(
            self, translate("DocumentList", "Add tags"), self.filters.tags.completer_names()
        )
        if names:
            self.tag_selected(names)

    def _ask_untag(self) -> None:
        names = self.filters.tags.completer_names()
        name, ok = QInputDialog.getItem(
            self,
            translate("DocumentList", "Remove a tag"),
            translate("DocumentList", "Tag:"),
            names,
            0,
            False,
        )
        if ok and name:
            self.untag_selected(name)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("DocumentList", "Export documents"),
            translate("DocumentList", "documents.zip"),
            translate("DocumentList", "Zip archives (*.zip)"),
        )
        if path:
            self.export_selected(Path(path if path.endswith(".zip") else path + ".zip"))

    def _ask_purge(self) -> None:
        from desktop.library.tag_manager import ask_yes_no

        count = len(self.selected_ids())
        text = translate(
            "DocumentList",
            "Delete %n document(s) for good? Their files and index entries are removed.",
            None,
            count,
        )
        if count and ask_yes_no(self, translate("DocumentList", "Delete for good"), text):
            self._act(translate("DocumentList", "Deleting for good"), self.bulk.purge)

    def _ask_empty_trash(self) -> None:
        from desktop.library.tag_manager import ask_yes_no

        count = self.model.matching_count
        text = translate(
            "DocumentList",
            "Delete all %n document(s) in the trash for good? This cannot be undone.",
            None,
            count,
        )
        title = translate("DocumentList", "Empty the trash")
        if count and ask_yes_no(self, title, text) and self.ops is not None:
            self.ops.run(
                translate("DocumentList", "Emptying the trash"),
                self.bulk.empty_trash,
                on_done=self.strip.follow,
            )
