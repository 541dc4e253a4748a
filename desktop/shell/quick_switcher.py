"""Ctrl+K: type a few letters of a page, command, conversation, document, assistant or setting
and press Enter."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SwitcherEntry:
    """Something to jump to: ``kind`` (Conversation, Document, …) is shown and searched too."""

    kind: str
    name: str
    run: Callable[[], object]

    @property
    def text(self) -> str:
        return f"{self.name}  ·  {self.kind}" if self.kind else self.name


class QuickSwitcher(QDialog):
    """A filterable list of commands, and of what ``set_found`` adds (conversations, documents,
    assistants, settings); says "No match" when nothing matches."""

    def __init__(self, commands: Mapping[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("Switcher")
        self.setMinimumWidth(460)
        self._commands = [SwitcherEntry("", name, action) for name, action in commands.items()]
        self._model = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(
            placeholderText="Find a conversation, document, assistant, setting or command…"
        )
        self.no_match = QLabel("No match")
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
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.set_found([])

    def set_found(self, entries: Sequence[SwitcherEntry]) -> None:
        """Offer these besides the commands (read off the GUI thread by the caller)."""
        self._model.clear()
        for entry in (*self._commands, *entries):
            item = QStandardItem(entry.text)
            item.setData(entry.run, ACTION_ROLE)
            item.setToolTip(f"{entry.kind}: {entry.name}" if entry.kind else entry.name)
            item.setEditable(False)
            self._model.appendRow(item)
        self._filter(self.search.text())

    def visible_texts(self) -> list[str]:
        """What the list shows now, top to bottom."""
        return [self._proxy.index(r, 0).data() for r in range(self._proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        found = self._proxy.rowCount() > 0
        self.results.setVisible(found)
        self.no_match.setVisible(not found)
        if not found:
            self.no_match.setText(f"No match for “{text.strip()}”")
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
