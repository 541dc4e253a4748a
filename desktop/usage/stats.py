"""A row of figures (a big number and what it counts), as the usage and health pages show."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class StatTile(QFrame):
    """One figure: its value large, its caption under it, a note in small type."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatTile")
        self.value = QLabel("—")
        self.value.setObjectName("StatValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("StatCaption")
        self.note = QLabel("")
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.note.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        column.addWidget(self.value)
        column.addWidget(self.caption)
        column.addWidget(self.note)

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))


class StatRow(QWidget):
    """Tiles side by side, by key."""

    def __init__(self, captions: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.tiles = {key: StatTile(caption) for key, caption in captions.items()}
        for tile in self.tiles.values():
            row.addWidget(tile, 1)

    def set_value(self, key: str, value: str, note: str = "") -> None:
        self.tiles[key].show_value(value, note)
