"""Editing assistants: name, instructions, provider and model, temperature, max tokens,
knowledge on/off and the tools it may use. Saved through the chat service in a worker thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.settings import PROVIDERS

if TYPE_CHECKING:
    from core.chat.records import AssistantRecord
    from core.chat.service import ChatService
    from core.conflicts import ConflictService
    from desktop.operations import Operations


class AssistantsDialog(QDialog):
    """The workspace's assistants, one form to edit the selected one."""

    changed = Signal()  # an assistant was saved or deleted

    def __init__(
        self,
        chat: ChatService,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        conflicts: ConflictService | None = None,
    ) -> None:
        from desktop.sync.conflicts import ConflictBanner

        super().__init__(parent)
        self.setWindowTitle(translate("AssistantsDialog", "Assistants"))
        self.setMinimumSize(760, 520)
        self.chat, self.ops, self.conflicts = chat, ops, conflicts
        self.conflict_counts: dict[str, int] = {}
        self.conflict_banner = ConflictBanner(
            translate("AssistantsDialog", "this assistant's instructions")
        )
        self.conflict_banner.compare_requested.connect(self.compare_versions)
        self.records: list[AssistantRecord] = []
        self._current: AssistantRecord | None = None
        self.names = QListWidget()
        self.names.setFixedWidth(220)
        self.names.currentRowChanged.connect(self._show_row)
        self.name = QLineEdit()
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(
            translate("AssistantsDialog", "How this assistant should answer (system prompt)")
        )
        self.provider = QComboBox()
        as_in_settings = translate("AssistantsDialog", "Default (as in Settings)")
        self.provider.addItem(as_in_settings, None)
        for value, label in PROVIDERS:
            if value != "none":
                self.provider.addItem(translate("Settings", label), value)
        self.model = QLineEdit(placeholderText=as_in_settings)
        self.temperature = QDoubleSpinBox(minimum=-0.1, maximum=2.0, singleStep=0.1, decimals=1)
        self.temperature.setSpecialValueText(translate("AssistantsDialog", "Default"))
        self.max_tokens = QSpinBox(minimum=0, maximum=1_000_000, singleStep=256)
        self.max_tokens.setSpecialValueText(translate("AssistantsDialog", "Default"))
        self.knowledge = QCheckBox(
            translate("AssistantsDialog", "Answer from my documents, with citations")
        )
        self.tools = QLineEdit(
            placeholderText=translate("AssistantsDialog", "Tool names, separated by commas")
        )
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("ErrorText")
        form = QFormLayout()
        form.addRow(translate("AssistantsDialog", "Name"), self.name)
        form.addRow(translate("AssistantsDialog", "Instructions"), self.instructions)
        form.addRow(translate("AssistantsDialog", "Provider"), self.provider)
        form.addRow(translate("AssistantsDialog", "Model"), self.model)
        form.addRow(translate("AssistantsDialog", "Temperature"), self.temperature)
        form.addRow(translate("AssistantsDialog", "Max tokens"), self.max_tokens)
        form.addRow(translate("AssistantsDialog", "Knowledge"), self.knowledge)
        form.addRow(translate("AssistantsDialog", "Allowed tools"), self.tools)
        form.addRow("", self.error)
        self.new_button = QPushButton(translate("AssistantsDialog", "New assistant"))
        self.delete_button = QPushButton(translate("AssistantsDialog", "Delete"))
        self.save_button = QPushButton(translate("AssistantsDialog", "Save"))
        self.save_button.setObjectName("Primary")
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self._delete)
        self.save_button.clicked.connect(self._save)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.conflict_banner)
        right.addLayout(form, 1)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.names)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        self.ops.run(
            translate("AssistantsDialog", "Listing assistants"),
            self.chat.assistants.all,
            on_done=lambda records: self._list(records, select_id),
        )

    def _list(self, records: list[AssistantRecord], select_id: str | None) -> None:
        self.records = records
        self.names.blockSignals(True)
        self.names.clear()
        self.names.addItems([r.name for r in records])
        self.names.blockSignals(False)
        self._read_conflicts()
        ids = [r.id for r in records]
        row = ids.index(select_id) if select_id in ids else (0 if records else -1)
        self.names.setCurrentRow(row)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        record = self.records[row] if 0 <= row < len(self.records) else None
        self._show(record)

    def _show(self, record: AssistantRecord | None) -> None:
        from core.chat.records import AssistantRecord

        self._current = record
        shown = record or AssistantRecord(id="", name="")
        self.name.setText(shown.name)
        self.instructions.setPlainText(shown.instructions)
        self.provider.setCurrentIndex(max(self.provider.findData(shown.provider), 0))
        self.model.setText(shown.model or "")
        self.temperature.setValue(-0.1 if shown.temperature is None else shown.temperature)
        self.max_tokens.setValue(shown.max_tokens or 0)
        self.knowledge.setChecked(shown.knowledge_enabled)
        self.tools.setText(", ".join(shown.allowed_tools))
        self.delete_button.setEnabled(record is not None)
        self.error.clear()
        self.conflict_banner.show_count(self.conflict_counts.get(record.id, 0) if record else 0)

    def edited(self) -> AssistantRecord:
        """The form's values as a record (id "" for a new assistant)."""
        from core.chat.records import AssistantRecord

        temperature = self.temperature.value()
        return AssistantRecord(
            id=self._current.id if self._current else "",
            name=self.name.text(),
            instructions=self.instructions.toPlainText(),
            provider=self.provider.currentData(),
            model=self.model.text().strip() or None,
            temperature=None if temperature < 0 else round(temperature, 2),
            max_tokens=self.max_tokens.value() or None,
            knowledge_enabled=self.knowledge.isChecked(),
            allowed_tools=[t.strip() for t in self.tools.text().split(",") if t.strip()],
        )

    def _new(self) -> None:
        self.names.clearSelection()
        self._show(None)
        self.name.setFocus()

    def _save(self) -> None:
        record = self.edited()
        store = self.chat.assistants
        action = store.update if record.id else store.create
        self.ops.run(
            translate("AssistantsDialog", "Saving the assistant"),
            action,
            record,
            on_done=self._saved,
            on_error=lambda error: self.error.setText(str(error)),
        )

    def _saved(self, record: AssistantRecord) -> None:
        self.changed.emit()
        self.reload(record.id)

    def _delete(self) -> None:
        if self._current is None:
            return

        def done(_result: object) -> None:
            self.changed.emit()
            self.reload()

        self.ops.run(
            translate("AssistantsDialog", "Deleting the assistant"),
            self.chat.assistants.delete,
            self._current.id,
            on_done=done,
        )

    # --- conflict versions (desktop.sync.conflicts) -------------------------------------------

    def _read_conflicts(self) -> None:
        if self.conflicts is not None:
            self.ops.run(
                translate("AssistantsDialog", "Looking for other versions"),
                self.conflicts.counts,
                "assistant",
                on_done=self._show_conflicts,
            )

    def _show_conflicts(self, counts: dict[str, int]) -> None:
        """A badge on each assistant with kept versions; the banner for the one shown."""
        self.conflict_counts = counts
        for row, record in enumerate(self.records):
            item = self.names.item(row)
            if item is not None:
                count = counts.get(record.id, 0)
                item.setText(f"{record.name}  ⚠ {count}" if count else record.name)
                item.setToolTip(
                    translate(
                        "AssistantsDialog", "%n other version(s) of the instructions", None, count
                    )
                    if count
                    else ""
                )
        current = self._current.id if self._current else ""
        self.conflict_banner.show_count(counts.get(current, 0))

    def compare_versions(self) -> None:
        """The compare view of the shown assistant's kept versions."""
        from desktop.sync.conflicts import CompareDialog

        if self.conflicts is None or self._current is None:
            return
        shown = self._current.id
        dialog = CompareDialog(self.conflicts, self.ops, "assistant", shown, self)
        dialog.resolved.connect(lambda: self.reload(shown))
        dialog.resolved.connect(self.changed)
        self.compare_dialog = dialog
        dialog.open()
