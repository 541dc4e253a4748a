"""The mouse wheel scrolls the page: it changes a combo box, spin box or slider only once that
control has focus (a click or Tab), so scrolling past a setting never changes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """An event filter on value controls: a wheel event over an unfocused one goes to its
    parents (the scroll area) instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            # Handed on by hand: Qt propagates only spontaneous wheel events to the parents.
            QApplication.sendEvent(area.verticalScrollBar(), event.clone())
            return True
        event.ignore()
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(page: QWidget) -> None:
    """Guard every value control under ``page`` (scroll bars excepted). Such controls take
    focus by click or Tab, no longer by the wheel (Qt gives wheel focus before any filter)."""
    guard = page.findChild(WheelGuard, "WheelGuard")
    if guard is None:
        guard = WheelGuard(page)
        guard.setObjectName("WheelGuard")
    for kind in GUARDED:
        for control in page.findChildren(kind):
            if isinstance(control, QScrollBar) or control.property("wheel_guarded"):
                continue
            control.setProperty("wheel_guarded", True)
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            control.installEventFilter(guard)
