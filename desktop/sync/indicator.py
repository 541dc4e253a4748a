"""The status bar's sync indicator: synced · N waiting · offline · error with its reason ·
last synced, in a few words, and all of it in the tooltip."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from core.i18n import QT_TRANSLATE_NOOP, datetime_text, time_text, translate

if TYPE_CHECKING:
    from sync.client.live import LiveState

REASON_CHARS = 48  # the status bar shows this much of an error's reason; the tooltip all of it
COLORS = {
    "synced": "#2e9d57",
    "syncing": "#3b82f6",
    "offline": "#9aa3ad",
    "error": "#d93025",
    "signed_out": "#9aa3ad",
}
WORDS = {
    "synced": QT_TRANSLATE_NOOP("SyncIndicator", "Synced"),
    "syncing": QT_TRANSLATE_NOOP("SyncIndicator", "Syncing…"),
    "offline": QT_TRANSLATE_NOOP("SyncIndicator", "Offline"),
    "error": QT_TRANSLATE_NOOP("SyncIndicator", "Sync error"),
    "signed_out": QT_TRANSLATE_NOOP("SyncIndicator", "Not signed in"),
}


def when(ms: int, now: datetime | None = None) -> str:
    """A time of today as 14:02, of another day with its date (as the locale writes both)."""
    moment = datetime.fromtimestamp(ms / 1000)
    today = (now or datetime.now()).date()
    return time_text(moment) if moment.date() == today else datetime_text(moment)


def _word(kind: str) -> str:
    return translate("SyncIndicator", WORDS[kind]) if kind in WORDS else kind


def short_text(state: LiveState) -> str:
    """What the status bar says."""
    parts = [_word(state.kind)]
    reason = state.message
    if len(reason) > REASON_CHARS:
        reason = reason[: REASON_CHARS - 1].rstrip() + "…"
    if state.kind == "error" and reason:
        parts[0] = translate("SyncIndicator", "{state}: {reason}").format(
            state=parts[0], reason=reason
        )
    if state.waiting:
        parts.append(translate("SyncIndicator", "%n waiting", None, state.waiting))
    if state.last_synced_ms is not None and state.kind != "synced":
        at = when(state.last_synced_ms)
        parts.append(translate("SyncIndicator", "last synced {time}").format(time=at))
    elif state.last_synced_ms is not None:
        parts[0] = translate("SyncIndicator", "{state} at {time}").format(
            state=parts[0], time=when(state.last_synced_ms)
        )
    if state.kind == "synced" and reason:  # a refused change undone, a workspace left
        parts.append(reason)
    return " · ".join(parts)


def tooltip(state: LiveState, server_url: str = "") -> str:
    """Everything about the state, a line each."""
    lines = {
        "synced": translate("SyncIndicator", "Everything on this device is on the sync server."),
        "syncing": translate("SyncIndicator", "Sending and fetching changes now."),
        "offline": translate(
            "SyncIndicator",
            "The sync server cannot be reached. Everything keeps working here; "
            "changes wait on this device and go when it can be reached.",
        ),
        "error": translate(
            "SyncIndicator", "Sync stopped on an error. Your changes are kept on this device."
        ),
        "signed_out": translate(
            "SyncIndicator", "This device does not sync. Sign in under Settings → Account & sync."
        ),
    }
    out = [f"<b>{escape(_word(state.kind))}</b>"]
    out.append(escape(lines.get(state.kind, "")))
    if state.message:
        reason = escape(state.message)
        if state.kind == "error":
            reason = translate("SyncIndicator", "Reason: {reason}").format(reason=reason)
        out.append(reason)
    if state.waiting:
        out.append(
            translate("SyncIndicator", "%n change(s) waiting to be sent", None, state.waiting)
        )
    elif state.kind in ("synced", "offline", "error"):
        out.append(translate("SyncIndicator", "No changes waiting to be sent"))
    if state.last_synced_ms is not None:
        stamp = datetime_text(state.last_synced_ms / 1000, seconds=True)
        out.append(translate("SyncIndicator", "Last synced {when}").format(when=stamp))
    elif state.kind != "signed_out":
        out.append(translate("SyncIndicator", "Not synced yet"))
    if server_url:
        out.append(translate("SyncIndicator", "Server: {url}").format(url=escape(server_url)))
    return "<br>".join(line for line in out if line)


class SyncIndicator(QLabel):
    """The sync state with a coloured dot (``show_state`` from the sync loop's signal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncState")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.server_url = ""
        self.state: LiveState | None = None
        self.hide()

    def show_state(self, state: LiveState) -> None:
        self.state = state
        self.setVisible(state.kind != "signed_out" or bool(state.message))
        self.setToolTip(tooltip(state, self.server_url))
        self.setAccessibleName(short_text(state))
        self._render()
        self.updateGeometry()

    def _render(self) -> None:
        """The dot and the words, cut with “…” where the status bar is too narrow for them."""
        if self.state is None:
            return
        color = COLORS.get(self.state.kind, "#9aa3ad")
        metrics = self.fontMetrics()
        room = self.width() - metrics.horizontalAdvance("● ") - 4
        words = short_text(self.state)
        if self.width() < self._full_width():
            words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, max(room, 20))
        self.setText(f'<span style="color:{color}">●</span>&nbsp;{escape(words)}')  # i18n: not UI

    def _full_width(self) -> int:
        text = f"● {short_text(self.state)}" if self.state is not None else ""
        return self.fontMetrics().horizontalAdvance(text) + 8

    def sizeHint(self) -> QSize:
        return QSize(self._full_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # A narrow window shortens the words (the tooltip keeps them all) rather than clip.
        return QSize(min(self._full_width(), 140), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def plain_text(self) -> str:
        """What the label reads as, without the dot (tests and screen readers)."""
        return short_text(self.state) if self.state is not None else ""
