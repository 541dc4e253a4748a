"""Search history and saved searches: the "Searches" menu beside the search box (save the
query, run a saved one) and the dialog that lists both (run again, delete, clear).

Reads and writes go through ``Operations`` (app.db is never touched on the GUI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import QT_TRANSLATE_NOOP, datetime_text, number, translate

if TYPE_CHECKING:
    from core.knowledge.search_memory import PastSearch, SavedQuery, SearchMemory
    from desktop.operations import Operations

ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUERY_ROLE = Qt.ItemDataRole.UserRole + 2
SOURCE_NAMES = {
    "knowledge": QT_TRANSLATE_NOOP("SearchHistory", "Knowledge"),
    "palette": "Ctrl+K",
    "cli": QT_TRANSLATE_NOOP("SearchHistory", "command line"),
}


class SearchHistoryDialog(QDialog):
    """Saved searches and recent searches of this device; ``run_query`` asks to search again."""

    run_query = Signal(str)

    def __init__(self, memory: SearchMemory, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchHistoryDialog")
        self.setWindowTitle(translate("SearchHistory", "Searches"))
        self.setMinimumSize(520, 460)
        self.memory, self.ops = memory, ops
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(translate("SearchHistory", "Saved searches")))
        self.saved = QListWidget()
        self.saved.setObjectName("SavedSearches")
        self.saved.itemActivated.connect(self._run_item)
        self.no_saved = QLabel(
            translate(
                "SearchHistory", "No saved searches yet. Type a search, then “Save this search”."
            )
        )
        self.no_saved.setObjectName("Hint")
        self.no_saved.setWordWrap(True)
        layout.addWidget(self.saved, 1)
        layout.addWidget(self.no_saved)
        saved_row = QHBoxLayout()
        self.run_saved = QPushButton(translate("SearchHistory", "Run"))
        self.run_saved.clicked.connect(lambda: self._run_item(self.saved.currentItem()))
        self.delete_saved = QPushButton(translate("SearchHistory", "Delete"))
        self.delete_saved.clicked.connect(self._delete_saved)
        saved_row.addStretch(1)
        saved_row.addWidget(self.run_saved)
        saved_row.addWidget(self.delete_saved)
        layout.addLayout(saved_row)
        layout.addWidget(self._heading(translate("SearchHistory", "Recent searches")))
        self.history = QListWidget()
        self.history.setObjectName("SearchHistory")
        self.history.itemActivated.connect(self._run_item)
        self.history_note = QLabel("")
        self.history_note.setObjectName("Hint")
        self.history_note.setWordWrap(True)
        layout.addWidget(self.history, 2)
        layout.addWidget(self.history_note)
        history_row = QHBoxLayout()
        self.run_recent = QPushButton(translate("SearchHistory", "Run"))
        self.run_recent.clicked.connect(lambda: self._run_item(self.history.currentItem()))
        self.clear_button = QPushButton(translate("SearchHistory", "Clear history"))
        self.clear_button.clicked.connect(self._clear)
        history_row.addStretch(1)
        history_row.addWidget(self.run_recent)
        history_row.addWidget(self.clear_button)
        layout.addLayout(history_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.saved.currentItemChanged.connect(lambda *_: self._enable())
        self.history.currentItemChanged.connect(lambda *_: self._enable())
        self.refresh()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("SectionTitle")
        return label

    def refresh(self) -> None:
        """Read both lists again (in a worker)."""
        memory = self.memory

        def read() -> tuple[list[SavedQuery], list[PastSearch], bool]:
            return memory.saved(), memory.history(limit=200), memory.enabled()

        self.ops.run(
            translate("SearchHistory", "Reading your searches"),
            read,
            on_done=lambda found: self._show(*found),
        )

    def _show(self, saved: list[SavedQuery], history: list[PastSearch], enabled: bool) -> None:
        self.saved.clear()
        for entry in saved:
            item = QListWidgetItem(entry.query)
            item.setData(ID_ROLE, entry.id)
            item.setData(QUERY_ROLE, entry.query)
            self.saved.addItem(item)
        self.saved.setVisible(bool(saved))
        self.no_saved.setVisible(not saved)
        self.history.clear()
        for past in history:
            when = datetime_text(past.last_run_ms / 1000)
            times = f", {number(past.run_count)}×" if past.run_count > 1 else ""
            name = SOURCE_NAMES.get(past.source)
            where = translate("SearchHistory", name) if name else past.source
            item = QListWidgetItem(f"{past.query}    —  {when}, {where}{times}")
            item.setData(QUERY_ROLE, past.query)
            self.history.addItem(item)
        notes = []
        if not history:
            notes.append(translate("SearchHistory", "No searches recorded."))
        if not enabled:
            notes.append(
                translate(
                    "SearchHistory",
                    "Search history is off: turn on “Remember searches” in Settings → Knowledge "
                    "to record searches again.",
                )
            )
        self.history_note.setText(" ".join(notes))
        self.history_note.setVisible(bool(notes))
        self._enable()

    def _enable(self) -> None:
        self.run_saved.setEnabled(self.saved.currentItem() is not None)
        self.delete_saved.setEnabled(self.saved.currentItem() is not None)
        self.run_recent.setEnabled(self.history.currentItem() is not None)
        self.clear_button.setEnabled(self.history.count() > 0)

    def saved_queries(self) -> list[str]:
        return [self.saved.item(r).text() for r in range(self.saved.count())]

    def history_queries(self) -> list[str]:
        return [str(self.history.item(r).data(QUERY_ROLE)) for r in range(self.history.count())]

    def _run_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.run_query.emit(str(item.data(QUERY_ROLE)))
            self.accept()

    def _delete_saved(self) -> None:
        item = self.saved.currentItem()
        if item is None:
            return
        saved_id = int(item.data(ID_ROLE))
        self.ops.run(
            translate("SearchHistory", "Deleting a saved search"),
            self.memory.delete_saved,
            saved_id,
            on_done=lambda _gone: self.refresh(),
        )

    def _clear(self) -> None:
        self.ops.run(
            translate("SearchHistory", "Clearing the search history"),
            self.memory.clear_history,
            on_done=lambda _count: self.refresh(),
        )


class SearchesButton(QPushButton):
    """ "Searches": save what the search box holds, run a saved search, open the dialog."""

    run_query = Signal(str)
    saved_one = Signal(str)  # the query just saved

    def __init__(self, box: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(translate("SearchHistory", "Searches"), parent)
        self.setObjectName("SearchesButton")
        self.setToolTip(
            translate("SearchHistory", "Save this search, run a saved one, or see your history")
        )
        self.box = box
        self.memory: SearchMemory | None = None
        self.ops: Operations | None = None
        self._saved: list[SavedQuery] = []
        self.searches_menu = QMenu(self)
        self.searches_menu.aboutToShow.connect(self.fill_menu)
        self.setMenu(self.searches_menu)

    def attach(self, memory: SearchMemory, ops: Operations) -> None:
        self.memory, self.ops = memory, ops
        self.refresh()

    def refresh(self) -> None:
        """Read the saved searches again (in a worker)."""
        if self.memory is not None and self.ops is not None:
            self.ops.run(
                translate("SearchHistory", "Reading saved searches"),
                self.memory.saved,
                on_done=self._set_saved,
            )

    def _set_saved(self, saved: list[SavedQuery]) -> None:
        self._saved = saved

    def saved_queries(self) -> list[str]:
        return [s.query for s in self._saved]

    def fill_menu(self) -> None:
        """The menu as it is about to show: Save this search, the saved ones, the dialog."""
        menu = self.searches_menu
        menu.clear()
        query = " ".join(self.box.text().split())
        known = {s.query.casefold() for s in self._saved}
        save = menu.addAction(translate("SearchHistory", "Save this search"))
        save.setEnabled(bool(query) and query.casefold() not in known)
        save.triggered.connect(self.save_current)
        menu.addSeparator()
        if not self._saved:
            menu.addAction(translate("SearchHistory", "No saved searches")).setEnabled(False)
        for saved in self._saved:
            action = menu.addAction(saved.query)
            action.triggered.connect(lambda _checked=False, q=saved.query: self.run_query.emit(q))
        menu.addSeparator()
        menu.addAction(
            translate("SearchHistory", "Search history and saved searches…")
        ).triggered.connect(self.show_dialog)

    def save_current(self) -> None:
        memory, query = self.memory, self.box.text()
        if memory is None or self.ops is None or not query.strip():
            return
        self.ops.run(
            translate("SearchHistory", "Saving the search"),
            memory.save,
            query,
            on_done=self._saved_now,
        )

    def _saved_now(self, saved: SavedQuery) -> None:
        self.saved_one.emit(saved.query)
        self.refresh()

    def show_dialog(self) -> SearchHistoryDialog | None:
        """Open the dialog of saved and recent searches (returned for tests)."""
        if self.memory is None or self.ops is None:
            return None
        dialog = SearchHistoryDialog(self.memory, self.ops, self.window())
        dialog.run_query.connect(self.run_query)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
