"""Text that does not fit ends in "…" and shows whole in a tooltip, instead of being cut off.

``ElidedLabel`` for one-line titles. For combo boxes Qt (and its style sheets) clips the
current text at the edge ("Research with my docur"); ``ElidingStyle``, the app's style, gives
every combo box the app makes a paint filter that draws it elided, with the whole text in the
tooltip, so no view has to remember to.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QProxyStyle,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

ELIDED = "elided"  # a combo box's dynamic property: True while its text is shown elided
_OWN_TIP = "ownToolTip"  # the tooltip the view gave the combo, kept under the full text


class ElidedLabel(QLabel):
    """A one-line title that ends in "…" when it does not fit, instead of being cut off."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageTitle")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)


def combo_text_room(combo: QComboBox) -> int:
    """The width the current text of a non-editable combo box is drawn in (less its icon)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width()  # the style sheet draws the label in the whole field
    if not option.currentIcon.isNull():
        room -= combo.iconSize().width() + 4
    return room


class ComboElider(QObject):
    """Paints a combo box's current text elided to its field; the whole text goes in its
    tooltip (after the view's own tooltip) while it is elided."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painting = event.type() == QEvent.Type.Paint
        if painting and isinstance(watched, QComboBox) and not watched.isEditable():
            self._paint(watched)
            return True
        return False

    def _paint(self, combo: QComboBox) -> None:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        painter = QStylePainter(combo)
        painter.setPen(combo.palette().color(QPalette.ColorRole.Text))
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if combo.currentIndex() < 0 and combo.placeholderText():  # as QComboBox paints it
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
            option.currentText = combo.placeholderText()
        full = option.currentText
        shown = combo.fontMetrics().elidedText(
            full, Qt.TextElideMode.ElideRight, max(combo_text_room(combo), 0)
        )
        _set_elided(combo, full if shown != full else "")
        option.currentText = shown
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()


def _set_elided(combo: QComboBox, full: str) -> None:
    """Put the whole text in the tooltip while it is cut, and the view's own one back after."""
    was = bool(combo.property(ELIDED))
    if bool(full) == was and (not full or combo.toolTip().startswith(full)):
        return
    if not was:
        combo.setProperty(_OWN_TIP, combo.toolTip())
    own = str(combo.property(_OWN_TIP) or "")
    combo.setProperty(ELIDED, bool(full))
    if full:
        combo.setToolTip(f"{full}\n{own}" if own else full)
    else:
        combo.setToolTip(own)


class ElidingStyle(QProxyStyle):
    """The app's style (Fusion underneath): every combo box elides its text."""

    def __init__(self, base: str = "Fusion") -> None:  # i18n: not UI
        super().__init__(base)
        self._elider = ComboElider(QApplication.instance())

    def polish(self, target: object) -> None:
        super().polish(target)  # type: ignore[call-overload]
        if isinstance(target, QComboBox):
            target.removeEventFilter(self._elider)
            target.installEventFilter(self._elider)
