"""A form made from a tool's JSON Schema, to try the tool by hand.

Strings, numbers, integers and booleans get their own editors (an enum gets a list); arrays and
objects are typed as JSON. ``arguments()`` reads the form back as the call's arguments, leaving
out empty optional fields; the tool's schema then checks them as it checks the model's.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from core.i18n import translate


class SchemaForm(QWidget):
    """Editors for the top-level properties of an object schema."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._fields: dict[str, tuple[str, QWidget]] = {}
        self._required: set[str] = set()

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields.clear()

    def set_schema(self, schema: dict[str, Any]) -> None:
        self.clear()
        properties = schema.get("properties") or {}
        self._required = set(schema.get("required") or [])
        if not properties:
            self.form.addRow(QLabel(translate("SchemaForm", "This tool takes no arguments.")))
        for name, prop in properties.items():
            prop = prop if isinstance(prop, dict) else {}
            kind = str(prop.get("type", "string"))
            editor = _editor(kind, prop)
            label = f"{name} *" if name in self._required else name
            description = str(prop.get("description") or "")
            editor.setToolTip(description)
            editor.setObjectName(f"field_{name}")
            self.form.addRow(label, editor)
            self._fields[name] = (kind, editor)

    def editor(self, name: str) -> QWidget:
        return self._fields[name][1]

    def arguments(self) -> dict[str, Any]:
        """The form's values as arguments; raises ValueError naming a field typed wrongly."""
        values: dict[str, Any] = {}
        for name, (kind, editor) in self._fields.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
                continue
            if isinstance(editor, QComboBox):
                text = editor.currentText()
            else:
                assert isinstance(editor, QLineEdit)
                text = editor.text().strip()
            if not text:
                continue  # the schema says whether it was required
            values[name] = _value(name, kind, text)
        return values


def _editor(kind: str, prop: dict[str, Any]) -> QWidget:
    if kind == "boolean":
        box = QCheckBox()
        box.setChecked(bool(prop.get("default", False)))
        return box
    if isinstance(prop.get("enum"), list):
        choice = QComboBox()
        choice.addItems([str(v) for v in prop["enum"]])
        return choice
    line = QLineEdit()
    hints = {
        "integer": translate("SchemaForm", "a whole number"),
        "number": translate("SchemaForm", "a number"),
        "array": translate("SchemaForm", "a JSON list, e.g. {example}").format(example="[1, 2]"),
        "object": translate("SchemaForm", "a JSON object, e.g. {example}").format(
            example='{"key": "value"}'
        ),
    }
    hint = hints.get(kind, str(prop.get("description") or ""))
    line.setPlaceholderText(hint[:80])
    if "default" in prop:
        default = prop["default"]
        line.setText(default if isinstance(default, str) else json.dumps(default))
    return line


def _value(name: str, kind: str, text: str) -> Any:
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            number = float(text)
            return int(number) if number.is_integer() and "." not in text else number
        if kind in ("array", "object"):
            return json.loads(text)
    except ValueError:
        raise ValueError(
            translate("SchemaForm", "{name} must be {kind}.").format(
                name=name, kind=kind_words(kind)
            )
        ) from None
    return text


def kind_words(kind: str) -> str:
    words = {
        "integer": translate("SchemaForm", "a whole number"),
        "number": translate("SchemaForm", "a number"),
        "array": translate("SchemaForm", "a JSON list"),
        "object": translate("SchemaForm", "a JSON object"),
    }
    return words.get(kind) or translate("SchemaForm", "text")
