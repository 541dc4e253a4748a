"""What a tool is, what a call returns, and the errors a call can end in (Qt-free, no SDKs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, number, translate

BUILTIN_SERVER = "convosphere"
DEFAULT_TIMEOUT_S = 60.0
MAX_RESULT_CHARS = 20_000  # a longer result is cut, with a note, before the model sees it
_NAME_CHARS = re.compile(r"[^A-Za-z0-9_-]")


class Risk(StrEnum):
    """What running a tool can do; the default approval asks before anything but reading."""

    READ_ONLY = "read-only"
    WRITES = "writes locally"  # i18n: not UI (a stored value; ``label`` is shown)
    NETWORK = "reaches the network"  # i18n: not UI

    @property
    def label(self) -> str:
        """What the tool can do, in the user's language ("read-only", "writes locally")."""
        return translate("Tools", _RISK_LABELS[self.value])


_RISK_LABELS = {
    "read-only": QT_TRANSLATE_NOOP("Tools", "read-only"),
    "writes locally": QT_TRANSLATE_NOOP("Tools", "writes locally"),
    "reaches the network": QT_TRANSLATE_NOOP("Tools", "reaches the network"),
}


@dataclass(frozen=True)
class ToolSpec:
    """One tool as the model and the Tools page see it.

    ``name`` is unique and safe as a function name for both providers (``server__tool`` for an
    MCP tool); ``problem`` says why the tool cannot be called (an invalid schema), else "".
    """

    name: str
    server: str
    tool: str
    description: str
    input_schema: dict[str, Any]
    risk: Risk
    timeout_s: float = DEFAULT_TIMEOUT_S
    title: str = ""
    problem: str = ""

    @property
    def usable(self) -> bool:
        return not self.problem

    @property
    def shown_description(self) -> str:
        """The description for people: a built-in tool's in the user's language (the model
        reads ``description``, in English); an MCP server's as the server wrote it."""
        if self.server == BUILTIN_SERVER:
            return translate("BuiltinTools", self.description)
        return self.description

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "server": self.server,
            "tool": self.tool,
            "title": self.title,
            "description": self.description,
            "risk": str(self.risk),
            "timeout_s": self.timeout_s,
            "input_schema": self.input_schema,
            "problem": self.problem,
        }


@dataclass(frozen=True)
class ToolResult:
    """What a call returned: text for the model and the user; ``is_error`` when the tool said
    it failed (the model is told so and can try again)."""

    text: str
    is_error: bool = False
    truncated: bool = False
    duration_ms: int = 0
    structured: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


class ToolError(UserError):
    """A call that could not be made or did not finish; the message says why, for a person and
    for the model alike."""


class UnknownTool(ToolError):
    """The model (or the user) named a tool that does not exist."""


class InvalidArguments(ToolError):
    """The arguments do not match the tool's input schema."""


class ToolTimedOut(ToolError):
    """The tool did not answer in time; the call was cancelled."""


class ServerUnavailable(ToolError):
    """The MCP server could not be started, crashed, or is switched off."""


def function_name(server: str, tool: str) -> str:
    """A name both providers accept (``^[A-Za-z0-9_-]{1,64}$``) for ``tool`` of ``server``."""
    if server == BUILTIN_SERVER:
        return _NAME_CHARS.sub("_", tool)[:64]
    return f"{server_prefix(server)}{_NAME_CHARS.sub('_', tool)}"[:64]


def server_prefix(server: str) -> str:
    """How the function names of an MCP server's tools begin."""
    return f"{_NAME_CHARS.sub('_', server)}__"


def cut(text: str, limit: int = MAX_RESULT_CHARS) -> tuple[str, bool]:
    """``text`` cut to ``limit`` characters with a note saying so, and whether it was cut."""
    if len(text) <= limit:
        return text, False
    note = "\n\n" + translate(
        "Tools",
        "[The result was cut: it had {count} characters; only the first {limit} are shown.]",
    ).format(count=number(len(text)), limit=number(limit))
    return text[:limit] + note, True
