"""Where a message is typed: Enter sends, Shift+Enter starts a new line, Esc stops an answer.

Next to it, one button that is Send while idle and Stop while an answer streams, and the
streaming indicator: what is happening now, with a bar that moves while waiting for the
model and an ellipsis that moves while nothing else on screen does.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate


class MessageEditor(QPlainTextEdit):
    """A few lines of plain text that grow with their content."""

    submitted = Signal()
    escape_pressed = Signal()
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        # The chat page's prompt (ONE_PROMPT there), until the page sets its own.
        self.setPlaceholderText(
            translate("ChatPage", "Ask anything…  (Enter sends, Shift+Enter adds a line)")
        )
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.focused.emit()

    def _fit(self) -> None:
        lines = max(1, min(self.document().lineCount(), 8))
        height = self.fontMetrics().lineSpacing() * lines + 18
        self.setFixedHeight(max(height, 44))


class Composer(QWidget):
    """The editor, the Send/Stop button and the streaming indicator."""

    send_requested = Signal(str)
    stop_requested = Signal()
    editor_focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = MessageEditor()
        self.button = QPushButton(translate("Composer", "Send"))
        self.button.setObjectName("Primary")
        self.button.setMinimumWidth(84)
        self.button.clicked.connect(self._on_button)
        self.editor.submitted.connect(self._submit)
        self.editor.escape_pressed.connect(self.stop_requested)
        self.editor.focused.connect(self.editor_focused)
        self.note = QLabel(wordWrap=True)  # a long note takes lines, not the room of the box
        self.note.setObjectName("Hint")
        self.note.hide()
        self.status = QLabel()
        self.status.setObjectName("StreamingStatus")
        self.status.setWordWrap(True)
        self.spinner = QProgressBar(textVisible=False)
        self.spinner.setMaximumSize(72, 6)
        self.spinner.setRange(0, 0)
        self.spinner.hide()
        status_row = QHBoxLayout()
        status_row.setContentsMargins(2, 0, 0, 0)
        status_row.addWidget(self.spinner)
        status_row.addWidget(self.status, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.editor, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(status_row)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self._busy = False
        self._dots = 0
        self._status_text = ""
        self._ticker = QTimer(self, interval=400)
        self._ticker.timeout.connect(self._tick)
        # When text last moved on screen (time.perf_counter()); the ellipsis rests meanwhile.
        self.last_activity: Callable[[], float] | None = None

    def set_busy(self, busy: bool) -> None:
        """Send becomes Stop while an answer streams (and back)."""
        self._busy = busy
        self.button.setText(
            translate("Composer", "Stop") if busy else translate("Composer", "Send")
        )
        self.button.setObjectName("Danger" if busy else "Primary")
        self.button.setToolTip(
            translate("Composer", "Stop the answer (Esc); what arrived is kept") if busy else ""
        )
        self.button.style().unpolish(self.button)
        self.button.style().polish(self.button)

    def show_status(self, text: str, busy_bar: bool = True) -> None:
        """The streaming indicator: empty hides it; ``busy_bar`` moves a bar beside the words
        (while waiting; not while the answer's own text moves)."""
        self._status_text = text
        visible = bool(text)
        self.spinner.setVisible(visible and busy_bar)
        self.status.setVisible(visible)
        if visible:
            self._dots = 0
            self.status.setText(text)
            self._ticker.start()
        else:
            self._ticker.stop()
            self.status.clear()

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.editor.setFocus()

    def _tick(self) -> None:
        # Ends with "…": a moving ellipsis shows the app is alive while the model thinks. While
        # the answer's text moves it rests: each step re-lays out the page (QLabel.setText).
        activity = self.last_activity
        if activity is not None and time.perf_counter() - activity() < 0.5:
            return
        self._dots = (self._dots + 1) % 4
        base = self._status_text.rstrip("…")
        # A sentence ("… busy. Trying again in 4 s (attempt 2)…") keeps its ellipsis: dots
        # moving after it read as a typo (".."), and its busy bar shows the app is alive.
        if self._status_text.endswith("…") and ". " not in base:
            self.status.setText(base + "." * self._dots)

    def _on_button(self) -> None:
        if self._busy:
            self.stop_requested.emit()
        else:
            self._submit()

    def _submit(self) -> None:
        if self._busy:
            return
        text = self.text()
        if text.strip():
            self.send_requested.emit(text)
