"""Ctrl+K: type a few letters of a page, command, conversation, document, assistant or setting
and press Enter; or search the documents, with suggestions from past searches, titles, tags and
headings (asked for through ``suggest``, answered with ``set_suggestions``)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from core.knowledge.suggestions import Suggestion

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # a search entry: shown whatever the filter
SUGGEST_DELAY_MS = 60


@dataclass(frozen=True)
class SwitcherEntry:
    """Something to jump to: ``kind`` (Conversation, Document, …) is shown and searched too."""

    kind: str
    name: str
    run: Callable[[], object]

    @property
    def text(self) -> str:
        return f"{self.name}  ·  {self.kind}" if self.kind else self.name


class _SwitcherFilter(QSortFilterProxyModel):
    """The typed text filters entries by name; search entries (made for it) always show."""

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if model.index(source_row, 0, source_parent).data(SEARCH_ROLE):
            return True
        return super().filterAcceptsRow(source_row, source_parent)


class QuickSwitcher(QDialog):
    """A filterable list of commands, and of what ``set_found`` adds (conversations, documents,
    assistants, settings); says "No match" when nothing matches. Search entries for the typed
    text (``set_suggestions``) come after the matches."""

    suggest = Signal(str)  # the text typed, once typing pauses

    def __init__(self, commands: Mapping[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("Switcher")
        self.setMinimumWidth(460)
        self._commands = [SwitcherEntry("", name, action) for name, action in commands.items()]
        self._found: list[SwitcherEntry] = []
        self._searches: list[SwitcherEntry] = []
        self._model = QStandardItemModel(self)
        self._proxy = _SwitcherFilter(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(
            placeholderText=translate(
                "QuickSwitcher", "Find a conversation, document, assistant, setting or command…"
            )
        )
        # As wide as its hint (longer in French and German), within reason.
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.setMinimumWidth(min(max(460, hint + 60), 720))
        self.no_match = QLabel(translate("QuickSwitcher", "No match"))
        self.no_match.setObjectName("Hint")
        self.no_match.hide()
        self.results = QListView()
        self.results.setModel(self._proxy)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(lambda _index: self.run_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.no_match)
        self.suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self.suggest_timer.timeout.connect(lambda: self.suggest.emit(self.search.text()))
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self.set_found([])

    def set_found(self, entries: Sequence[SwitcherEntry]) -> None:
        """Offer these besides the commands (read off the GUI thread by the caller)."""
        self._found = list(entries)
        self._fill()

    def set_suggestions(self, typed: str, entries: Sequence[SwitcherEntry]) -> bool:
        """Search entries for ``typed``; dropped (False) if the text has changed since."""
        if typed != self.search.text():
            return False
        self._replace_searches(entries)
        return True

    def _typed(self, text: str) -> None:
        if self._searches:
            self._replace_searches([])  # they were for other text
        else:
            self._filter(text)
        self.suggest_timer.start()

    def _fill(self) -> None:
        self._model.clear()
        for entry in (*self._commands, *self._found):
            self._model.appendRow(self._item(entry))
        searches, self._searches = self._searches, []
        self._replace_searches(searches)

    def _replace_searches(self, entries: Sequence[SwitcherEntry]) -> None:
        """Swap the search rows at the end (cheap: the other rows stay as they are)."""
        start = len(self._commands) + len(self._found)
        if self._model.rowCount() > start:
            self._model.removeRows(start, self._model.rowCount() - start)
        self._searches = list(entries)
        for entry in self._searches:
            item = self._item(entry)
            item.setData(True, SEARCH_ROLE)
            self._model.appendRow(item)
        self._filter(self.search.text())

    @staticmethod
    def _item(entry: SwitcherEntry) -> QStandardItem:
        item = QStandardItem(entry.text)
        item.setData(entry.run, ACTION_ROLE)
        item.setToolTip(f"{entry.kind}: {entry.name}" if entry.kind else entry.name)
        item.setEditable(False)
        return item

    def visible_texts(self) -> list[str]:
        """What the list shows now, top to bottom."""
        return [self._proxy.index(r, 0).data() for r in range(self._proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        found = self._proxy.rowCount() > 0
        matched = self._proxy.rowCount() > len(self._searches)
        self.results.setVisible(found)
        self.no_match.setVisible(not matched)
        if not found:
            self.no_match.setText(
                translate("QuickSwitcher", "No match for “{text}”").format(text=text.strip())
            )
        self.results.setCurrentIndex(self._proxy.index(0, 0))

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.results.currentIndex().row() + step
                if 0 <= row < self._proxy.rowCount():
                    self.results.setCurrentIndex(self._proxy.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def run_current(self) -> None:
        """Run the highlighted command and close."""
        index = self.results.currentIndex()
        if not index.isValid():
            return
        action = self._proxy.data(index, ACTION_ROLE)
        self.accept()
        action()

    def popup(self, over: QWidget) -> None:
        """Show centred near the top of ``over`` with an empty search."""
        self.search.clear()
        self.adjustSize()
        top_left = over.mapToGlobal(over.rect().topLeft())
        self.move(top_left.x() + (over.width() - self.width()) // 2, top_left.y() + 80)
        self.show()
        self.search.setFocus()


SEARCH_KINDS = {
    "saved": QT_TRANSLATE_NOOP("QuickSwitcher", "Saved search"),
    "history": QT_TRANSLATE_NOOP("QuickSwitcher", "Recent search"),
    "title": QT_TRANSLATE_NOOP("QuickSwitcher", "Search by title"),
    "tag": QT_TRANSLATE_NOOP("QuickSwitcher", "Search by tag"),
    "heading": QT_TRANSLATE_NOOP("QuickSwitcher", "Search by heading"),
}


def search_entries(
    typed: str, suggestions: Sequence[Suggestion], run_search: Callable[[str], object]
) -> list[SwitcherEntry]:
    """Ctrl+K's search entries: the suggestions, then a search for exactly what was typed."""
    query = " ".join(typed.split())
    if not query:
        return []
    entries = [
        SwitcherEntry(
            translate("QuickSwitcher", SEARCH_KINDS[s.kind]),
            s.text,
            functools.partial(run_search, s.text),
        )
        for s in suggestions
        if s.text.casefold() != query.casefold()
    ]
    kind = translate("QuickSwitcher", "Search documents")
    entries.append(SwitcherEntry(kind, query, functools.partial(run_search, query)))
    return entries
