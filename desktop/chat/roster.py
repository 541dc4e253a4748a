"""The dialog that chooses a conversation's assistants: who answers a round, in what order
(drag to reorder), and who sums it up."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate

if TYPE_CHECKING:
    from core.chat.records import AssistantRecord


class RosterDialog(QDialog):
    """Tick the assistants that answer in turn; none ticked: one assistant answers."""

    def __init__(
        self,
        assistants: Sequence[AssistantRecord],
        chosen: Sequence[str],
        summarizer_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Roster", "Several assistants"))
        self.setMinimumWidth(420)
        intro = QLabel(
            translate(
                "Roster",
                "Ticked assistants answer each question in turn, each seeing the answers before "
                "its own. Drag to change the order. Start a question with <b>@Name</b> to ask "
                "one alone.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        by_id = {a.id: a for a in assistants}
        ordered = [by_id[a] for a in chosen if a in by_id]
        ordered += [a for a in assistants if a.id not in chosen]
        for assistant in ordered:
            item = QListWidgetItem(assistant.name)
            item.setData(Qt.ItemDataRole.UserRole, assistant.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = assistant.id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.summarizer_box = QComboBox()
        self.summarizer_box.addItem(translate("Roster", "Nobody"), None)
        for assistant in assistants:
            self.summarizer_box.addItem(assistant.name, assistant.id)
        self.summarizer_box.setCurrentIndex(max(self.summarizer_box.findData(summarizer_id), 0))
        self.error = QLabel()
        self.error.setObjectName("FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Roster", "Sums up each round:"), self.summarizer_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._known = by_id

    def chosen(self) -> tuple[list[str], str | None]:
        """The ticked assistants in the list's order, and the summariser (None: nobody)."""
        ids: list[str] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        summarizer = self.summarizer_box.currentData()
        return ids, str(summarizer) if summarizer else None

    def _check(self) -> None:
        from core.chat.rounds import RoundInvalid, validated_assistants

        ids, summarizer = self.chosen()
        try:
            validated_assistants(ids, summarizer, self._known)
        except RoundInvalid as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()
