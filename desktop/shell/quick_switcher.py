"""Ctrl+K: type a few letters of a page or command and press Enter."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget


class QuickSwitcher(QDialog):
    """A filterable list of commands; later features add their own (conversations, documents)."""

    def __init__(self, commands: Mapping[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("Switcher")
        self.setMinimumWidth(460)
        self._commands = commands
        self._model = QStringListModel(list(commands))
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(placeholderText="Go to a page or run a command…")
        self.results = QListView()
        self.results.setModel(self._proxy)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(lambda _index: self.run_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self._filter("")

    def _filter(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
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
        name = self._proxy.data(index)
        self.accept()
        self._commands[name]()

    def popup(self, over: QWidget) -> None:
        """Show centred near the top of ``over`` with an empty search."""
        self.search.clear()
        self.adjustSize()
        top_left = over.mapToGlobal(over.rect().topLeft())
        self.move(top_left.x() + (over.width() - self.width()) // 2, top_left.y() + 80)
        self.show()
        self.search.setFocus()
