"""JSON Schema checks: a tool's declared input schema, and the arguments of each call.

Validators are compiled once per schema (a call costs a dict lookup and the validation).
A failure goes back to the model as a tool error it can correct, so messages name the field.
"""

from __future__ import annotations

import json
from typing import Any

from core.i18n import translate
from core.tools.model import InvalidArguments

_VALIDATORS: dict[str, Any] = {}


def schema_problem(schema: object) -> str:
    """Why ``schema`` is not a usable input schema, or "" when it is."""
    from jsonschema import Draft202012Validator, SchemaError

    if not isinstance(schema, dict):
        return translate("ToolSchema", "its input schema is not a JSON object")
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        where = "/".join(str(p) for p in error.path) or translate("ToolSchema", "the top level")
        return translate("ToolSchema", "its input schema is invalid at {where}: {reason}").format(
            where=where, reason=error.message
        )
    if schema.get("type", "object") != "object":
        return translate(
            "ToolSchema", "its input schema must describe an object, not “{type}”"
        ).format(type=schema.get("type"))
    return ""


def validate_arguments(tool: str, schema: dict[str, Any], arguments: object) -> dict[str, Any]:
    """``arguments`` if they match ``schema``; else ``InvalidArguments`` naming what is wrong."""
    if not isinstance(arguments, dict):
        raise InvalidArguments(_not_object(tool))
    validator = _validator(schema)
    errors = sorted(validator.iter_errors(arguments), key=lambda e: list(e.path))
    if errors:
        details = "; ".join(_describe(e) for e in errors[:5])
        raise InvalidArguments(
            translate(
                "ToolSchema", "The arguments for {tool} do not fit its schema: {details}."
            ).format(tool=tool, details=details)
        )
    return arguments


def parse_arguments(tool: str, text: str) -> dict[str, Any]:
    """The model's JSON arguments text as an object ("" is no arguments)."""
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidArguments(
            translate(
                "ToolSchema",
                "The arguments for {tool} are not valid JSON ({reason} at character {position}).",
            ).format(tool=tool, reason=error.msg, position=error.pos)
        ) from None
    if not isinstance(value, dict):
        raise InvalidArguments(_not_object(tool))
    return value


def _not_object(tool: str) -> str:
    return translate("ToolSchema", "The arguments for {tool} must be a JSON object.").format(
        tool=tool
    )


def _validator(schema: dict[str, Any]) -> Any:
    key = json.dumps(schema, sort_keys=True)
    validator = _VALIDATORS.get(key)
    if validator is None:
        from jsonschema import Draft202012Validator

        validator = _VALIDATORS[key] = Draft202012Validator(schema)
    return validator


def _describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where}: {error.message}" if where else str(error.message)
