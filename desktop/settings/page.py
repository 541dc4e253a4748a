"""The Settings page, generated from the declarations in ``core.settings``.

Each declared, visible setting gets an editor chosen by its type; changes are validated and saved
by the settings service in a worker thread, and a line under the editor says what happened.
Secrets get a password field and say where the secret is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.i18n import LANGUAGES, translate
from core.settings import SETTINGS, SettingSpec
from desktop.shell.empty_state import PageHeader

if TYPE_CHECKING:
    from core.root import Root
    from core.secrets import SecretStatus
    from desktop.operations import Operations

Setter = Callable[[Any], None]
# Settings whose change re-embeds every document: the page asks first, saying what it costs.
REEMBEDS = frozenset({"knowledge.embedding_model"})


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
        self._values: dict[str, Any] = {}  # as last read or saved
        self._focus_when_ready = ""  # a setting Ctrl+K asked for before the values were read
        outer = QVBoxLayout(self)
        outer.addWidget(
            PageHeader(
                translate("SettingsPage", "Settings"),
                translate("SettingsPage", "Changes are saved as you make them."),
            )
        )
        self.loading = QLabel(translate("SettingsPage", "Opening your data…"))
        self.loading.setObjectName("Hint")
        outer.addWidget(self.loading)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self._form_area = QVBoxLayout(body)
        self._form_area.setContentsMargins(0, 0, 12, 0)
        groups: dict[str, QFormLayout] = {}
        for spec in SETTINGS:
            if spec.hidden:
                continue
            if spec.group not in groups:
                box = QGroupBox(translate("Settings", spec.group))
                groups[spec.group] = QFormLayout(box)
                groups[spec.group].setFieldGrowthPolicy(
                    QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
                )
                # A narrow window puts a label above its editor instead of clipping both.
                groups[spec.group].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                self._form_area.addWidget(box)
            groups[spec.group].addRow(translate("Settings", spec.label), self._editor(spec))
        self._form_area.addStretch(1)
        scroll.setWidget(body)
        self._scroll = scroll
        outer.addWidget(scroll, 1)
        body.setEnabled(False)
        self._body = body

    def attach(self, services: Root, ops: Operations) -> None:
        """Show current values and start saving changes through ``services.settings``."""
        self._services, self._ops = services, ops
        ops.run(
            translate("SettingsPage", "Reading settings"),
            services.settings.values,
            on_done=self._show_values,
        )
        for spec in SETTINGS:
            if spec.secret and not spec.hidden:  # a hidden one (the sync session) has no row
                name = secret_name(spec)
                ops.run(
                    translate("SettingsPage", "Reading where secrets are kept"),
                    services.secrets.status,
                    name,
                    on_done=partial(self._show_secret, spec.key),
                )

    def add_section(self, section: QWidget, *, at_end: bool = False) -> None:
        """A section of its own: above the declared settings (Account & sync), or below them
        (Your data)."""
        if at_end:  # before the closing stretch
            self._form_area.insertWidget(self._form_area.count() - 1, section)
        else:
            self._form_area.insertWidget(0, section)

    def editor(self, key: str) -> Any:
        """The editor widget of a setting (its type follows the declaration)."""
        return self._editors[key]

    def focus_setting(self, key: str) -> None:
        """Scroll to a setting's editor and give it focus (Ctrl+K lands here)."""
        editor = self._editors.get(key)
        if editor is None:
            return
        self._scroll.ensureWidgetVisible(editor)
        if self._body.isEnabled():
            editor.setFocus()
        else:  # still reading the values: focus once they are shown
            self._focus_when_ready = key

    def _show_values(self, values: dict[str, Any]) -> None:
        self._values.update(values)
        for key, value in values.items():
            if key in self._setters:
                self._setters[key](value)
        self.loading.hide()
        self._body.setEnabled(True)
        if self._focus_when_ready:
            self.focus_setting(self._focus_when_ready)
            self._focus_when_ready = ""

    def _editor(self, spec: SettingSpec) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 2, 0, 6)
        column.setSpacing(2)
        if spec.secret:
            column.addLayout(self._secret_editor(spec))
        else:
            column.addWidget(self._value_editor(spec))
        note = QLabel(translate("Settings", spec.description), wordWrap=True)
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
                combo.addItem(choice_label(spec, value, label), value)
            if spec.key in REEMBEDS:
                combo.currentIndexChanged.connect(lambda _i: self._ask_reembed(spec, combo))
            else:
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
            echoMode=QLineEdit.EchoMode.Password,
            placeholderText=translate("SettingsPage", "Paste a key and press Save"),
        )
        self._editors[spec.key] = line
        save = QPushButton(translate("SettingsPage", "Save"))
        remove = QPushButton(translate("SettingsPage", "Remove"))
        save.clicked.connect(lambda: self._save_secret(spec, line))
        line.returnPressed.connect(lambda: self._save_secret(spec, line))
        remove.clicked.connect(lambda: self._remove_secret(spec))
        row.addWidget(line, 1)
        row.addWidget(save)
        row.addWidget(remove)
        return row

    def _ask_reembed(self, spec: SettingSpec, combo: QComboBox) -> None:
        """A new embedding model re-embeds every document: say what that costs, then save
        only if the user agrees (else the combo goes back)."""
        chosen = combo.currentData()
        previous = self._values.get(spec.key, spec.default)
        if self._services is None or self._ops is None or chosen == previous:
            return
        _quiet(combo, lambda: combo.setCurrentIndex(max(combo.findData(previous), 0)))
        label = combo.itemText(combo.findData(chosen))

        def ask(count: int) -> None:
            if count and not self._confirm_reembed(label, chosen, count):
                return
            _quiet(combo, lambda: combo.setCurrentIndex(max(combo.findData(chosen), 0)))
            self._save(spec, chosen)

        self._ops.run(
            translate("SettingsPage", "Counting documents"),
            self._services.knowledge.document_count,
            on_done=ask,
        )

    def _confirm_reembed(self, label: str, model: str, count: int) -> bool:
        switching = translate(
            "SettingsPage",
            "Switching to “{model}” re-embeds all %n document(s) in your knowledge base.",
            None,
            count,
        ).format(model=label)
        cost = (
            translate(
                "SettingsPage",
                "It runs on this computer in the background and may take a while; search uses "
                "the old vectors until it finishes.",
            )
            if model == "on-device"
            else translate(
                "SettingsPage",
                "All their text is sent to the embedding service, which may bill you for it; "
                "search uses the old vectors until it finishes.",
            )
        )
        answer = QMessageBox.question(
            self,
            translate("SettingsPage", "Re-embed every document?"),
            f"{switching} {cost}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save(self, spec: SettingSpec, value: Any) -> None:
        if self._services is None or self._ops is None:
            return
        self._ops.run(
            translate("SettingsPage", "Saving {setting}").format(setting=_label(spec)),
            self._services.settings.set,
            spec.key,
            value,
            on_done=lambda saved: self._saved(spec, saved),
            on_error=lambda error: self._note(spec, str(error), error=True),
        )

    def _saved(self, spec: SettingSpec, value: Any) -> None:
        self._values[spec.key] = value
        self._note(spec, translate("Settings", spec.description))
        self.changed.emit(spec.key, value)

    def _save_secret(self, spec: SettingSpec, line: QLineEdit) -> None:
        value = line.text().strip()
        if not value or self._services is None or self._ops is None:
            return
        line.clear()
        self._ops.run(
            translate("SettingsPage", "Saving {setting}").format(setting=_label(spec)),
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
            translate("SettingsPage", "Removing {setting}").format(setting=_label(spec)),
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


def choice_label(spec: SettingSpec, value: str, label: str) -> str:
    """A choice as the combo box shows it: translated, except the languages' own names."""
    if spec.key == "appearance.language" and value in LANGUAGES:
        return label  # each language named in itself: "Deutsch" whatever the app's language
    return translate("Settings", label)


def _label(spec: SettingSpec) -> str:
    return translate("Settings", spec.label)


def _quiet(widget: QWidget, update: Callable[[], None]) -> None:
    """Set an editor's value without it reporting a change (loading is not editing)."""
    blocked = widget.blockSignals(True)
    try:
        update()
    finally:
        widget.blockSignals(blocked)
