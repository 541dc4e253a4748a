"""Tags drawn as coloured chips in a table cell, and typing tags with autocomplete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QStringListModel, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from desktop.knowledge.document_model import TAGS_ROLE

_PAD_X, _GAP, _RADIUS = 6, 4, 8


def chip_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    return QColor("#111111") if background.lightnessF() > 0.6 else QColor("#ffffff")


class TagChipsDelegate(QStyledItemDelegate):
    """Paints the tags of a cell as rounded chips in their colours; "+N" when they overflow."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        tags: Sequence[tuple[str, str]] = index.data(TAGS_ROLE) or ()
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        rect = option.rect.adjusted(4, 3, -4, -3)
        x = rect.left()
        for i, (name, color) in enumerate(tags):
            width = metrics.horizontalAdvance(name) + 2 * _PAD_X
            rest = len(tags) - i
            more = f"+{rest}"
            if x + width > rect.right() - (metrics.horizontalAdvance(more) + 8 if rest > 1 else 0):
                painter.setPen(option.palette.text().color())
                painter.drawText(
                    QRect(x, rect.top(), rect.right() - x, rect.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    more,
                )
                break
            chip = QRect(x, rect.top(), width, rect.height())
            background = QColor(color or "#888888")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(chip, _RADIUS, _RADIUS)
            painter.setPen(chip_text_color(background))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            x += width + _GAP
        painter.restore()


class TagLineEdit(QLineEdit):
    """A line to type tag names into, comma separated, completing each from existing tags."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_names(self, names: Sequence[str]) -> None:
        """The tag names to suggest."""
        self._names.setStringList(list(names))

    def completer_names(self) -> list[str]:
        """The tag names this line suggests."""
        return self._names.stringList()

    def names(self) -> list[str]:
        """The tag names typed (trimmed, empty parts dropped)."""
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def _complete(self, text: str) -> None:
        current = text.split(",")[-1].strip()
        if not current:
            popup = self._completer.popup()
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(current)
        self._completer.complete()

    def _insert(self, name: Any) -> None:
        parts = [p.strip() for p in self.text().split(",")[:-1] if p.strip()]
        self.setText(", ".join([*parts, str(name)]) + ", ")


def ask_tag_names(parent: QWidget, title: str, suggestions: Sequence[str]) -> list[str]:
    """Ask for tag names (new or existing, with autocomplete); [] if cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    line = TagLineEdit(
        translate("TagManager", "Type a tag, or several separated by commas"), dialog
    )
    line.set_names(suggestions)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(
            translate("TagManager", "Tags to add to the selected documents (new ones are made):")
        )
    )
    layout.addWidget(line)
    layout.addWidget(buttons)
    dialog.resize(420, dialog.sizeHint().height())
    return line.names() if dialog.exec() == QDialog.DialogCode.Accepted else []
