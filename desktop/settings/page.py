"""The Settings page, generated from the declarations in ``core.settings``.

Each declared, visible setting gets an editor chosen by its type; changes are validated and saved
by the settings service in a worker thread, and a line under the editor says what happened.
Secrets get a password field and say where the secret is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.settings import SETTINGS, SettingSpec
from desktop.shell.empty_state import PageHeader

if TYPE_CHECKING:
    from core.root import Root
    from core.secrets import SecretStatus
    from desktop.operations import Operations

Setter = Callable[[Any], None]


def secret_name(spec: SettingSpec) -> str:
    """The secret store's name of a secret setting (``chat.openai_api_key``: ``openai_api_key``)."""
    return spec.key.rsplit(".", 1)[-1]


class SettingsPage(QWidget):
    """Editors for every visible setting, grouped as declared."""

    changed = Signal(str, object)  # key, value: after it was saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops: Operations | None = None
        self._services: Root | None = None
        self._setters: dict[str, Setter] = {}
        self._editors: dict[str, QWidget] = {}
        self._notes: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(PageHeader("Settings", "Changes are saved as you make them."))
        self.loading = QLabel("Opening your data…")
        self.loading.setObjectName("Hint")
        outer.addWidget(self.loading)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self._form_area = QVBoxLayout(body)
        self._form_area.setContentsMargins(0, 0, 12, 0)
        groups: dict[str, QFormLayout] = {}
        for spec in SETTINGS:
            if spec.hidden:
                continue
            if spec.group not in groups:
                box = QGroupBox(spec.group)
                groups[spec.group] = QFormLayout(box)
                groups[spec.group].setFieldGrowthPolicy(
                    QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
                )
                self._form_area.addWidget(box)
            groups[spec.group].addRow(spec.label, self._editor(spec))
        self._form_area.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        body.setEnabled(False)
        self._body = body

    def attach(self, services: Root, ops: Operations) -> None:
        """Show current values and start saving changes through ``services.settings``."""
        self._services, self._ops = services, ops
        ops.run("Reading settings", services.settings.values, on_done=self._show_values)
        for spec in SETTINGS:
            if spec.secret:
                name = secret_name(spec)
                ops.run(
                    "Reading where secrets are kept",
                    services.secrets.status,
                    name,
                    on_done=partial(self._show_secret, spec.key),
                )

    def editor(self, key: str) -> Any:
        """The editor widget of a setting (its type follows the declaration)."""
        return self._editors[key]

    def _show_values(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            if key in self._setters:
                self._setters[key](value)
        self.loading.hide()
        self._body.setEnabled(True)

    def _editor(self, spec: SettingSpec) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 2, 0, 6)
        column.setSpacing(2)
        if spec.secret:
            column.addLayout(self._secret_editor(spec))
        else:
            column.addWidget(self._value_editor(spec))
        note = QLabel(spec.description, wordWrap=True)
        note.setObjectName("Hint")
        column.addWidget(note)
        self._notes[spec.key] = note
        return holder

    def _value_editor(self, spec: SettingSpec) -> QWidget:
        if spec.kind is bool:
            box = QCheckBox()
            box.toggled.connect(lambda on: self._save(spec, on))
            self._setters[spec.key] = lambda v: _quiet(box, lambda: box.setChecked(bool(v)))
            self._editors[spec.key] = box
            return box
        if spec.choices:
            combo = QComboBox()
            for value, label in spec.choices:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(lambda _i: self._save(spec, combo.currentData()))
            self._setters[spec.key] = lambda v: _quiet(
                combo, lambda: combo.setCurrentIndex(max(combo.findData(v), 0))
            )
            self._editors[spec.key] = combo
            return combo
        if spec.kind is int:
            spin = QSpinBox()
            spin.setRange(int(spec.minimum or 0), int(spec.maximum or 1_000_000))
            spin.valueChanged.connect(lambda v: self._save(spec, v))
            self._setters[spec.key] = lambda v: _quiet(spin, lambda: spin.setValue(int(v)))
            self._editors[spec.key] = spin
            return spin
        line = QLineEdit()
        line.editingFinished.connect(lambda: self._save(spec, line.text()))
        self._setters[spec.key] = lambda v: _quiet(line, lambda: line.setText(str(v)))
        self._editors[spec.key] = line
        return line

    def _secret_editor(self, spec: SettingSpec) -> QHBoxLayout:
        row = QHBoxLayout()
        line = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password, placeholderText="Paste a key and press Save"
        )
        self._editors[spec.key] = line
        save = QPushButton("Save")
        remove = QPushButton("Remove")
        save.clicked.connect(lambda: self._save_secret(spec, line))
        line.returnPressed.connect(lambda: self._save_secret(spec, line))
        remove.clicked.connect(lambda: self._remove_secret(spec))
        row.addWidget(line, 1)
        row.addWidget(save)
        row.addWidget(remove)
        return row

    def _save(self, spec: SettingSpec, value: Any) -> None:
        if self._services is None or self._ops is None:
            return
        self._ops.run(
            f"Saving {spec.label}",
            self._services.settings.set,
            spec.key,
            value,
            on_done=lambda saved: self._saved(spec, saved),
            on_error=lambda error: self._note(spec, str(error), error=True),
        )

    def _saved(self, spec: SettingSpec, value: Any) -> None:
        self._note(spec, spec.description)
        self.changed.emit(spec.key, value)

    def _save_secret(self, spec: SettingSpec, line: QLineEdit) -> None:
        value = line.text().strip()
        if not value or self._services is None or self._ops is None:
            return
        line.clear()
        self._ops.run(
            f"Saving {spec.label}",
            self._services.secrets.set,
            secret_name(spec),
            value,
            on_done=lambda status: self._show_secret(spec.key, status),
            on_error=lambda error: self._note(spec, str(error), error=True),
        )

    def _remove_secret(self, spec: SettingSpec) -> None:
        if self._services is None or self._ops is None:
            return
        secrets = self._services.secrets
        name = secret_name(spec)

        def remove() -> SecretStatus:
            secrets.delete(name)
            return secrets.status(name)

        self._ops.run(
            f"Removing {spec.label}",
            remove,
            on_done=lambda status: self._show_secret(spec.key, status),
            on_error=lambda error: self._note(spec, str(error), error=True),
        )

    def _show_secret(self, key: str, status: SecretStatus) -> None:
        spec = next(s for s in SETTINGS if s.key == key)
        self._note(spec, status.detail)

    def _note(self, spec: SettingSpec, text: str, *, error: bool = False) -> None:
        note = self._notes[spec.key]
        note.setObjectName("ErrorText" if error else "Hint")
        note.setText(text)
        note.style().unpolish(note)
        note.style().polish(note)


def _quiet(widget: QWidget, update: Callable[[], None]) -> None:
    """Set an editor's value without it reporting a change (loading is not editing)."""
    blocked = widget.blockSignals(True)
    try:
        update()
    finally:
        widget.blockSignals(blocked)
