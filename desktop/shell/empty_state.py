"""Building blocks every page uses: a header, and an empty state that says what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resources import icon_path


class PageHeader(QWidget):
    """A page's title and one line saying what the page is for."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        heading = QLabel(title)
        heading.setObjectName("PageTitle")
        line = QLabel(subtitle)
        line.setObjectName("PageSubtitle")
        line.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(line)


class EmptyState(QWidget):
    """Centred guidance for a page with nothing to show yet, with optional action buttons."""

    def __init__(self, icon: str, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter)
        picture.setPixmap(QIcon(str(icon_path(icon))).pixmap(56, 56))
        heading = QLabel(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        heading.setObjectName("EmptyTitle")
        text = QLabel(body, alignment=Qt.AlignmentFlag.AlignHCenter)
        text.setObjectName("EmptyBody")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        # A fixed width lets the label compute its wrapped height; centred by the stretches.
        text.setFixedWidth(480)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        outer.addWidget(picture)
        outer.addWidget(heading)
        outer.addLayout(centred)
        outer.addSpacing(8)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        outer.addLayout(self._buttons)
        outer.addStretch(3)

    def add_button(self, text: str, *, primary: bool = False) -> QPushButton:
        """Add an action under the text and return it for the caller to connect."""
        button = QPushButton(text)
        if primary:
            button.setObjectName("Primary")
        self._buttons.insertWidget(self._buttons.count(), button)
        return button

    def finish(self) -> None:
        """Centre the buttons once all are added."""
        self._buttons.addStretch(1)
