"""The typed events a provider's stream yields, whatever the SDK underneath."""

from __future__ import annotations

from dataclasses import dataclass

from core.chat.errors import ProviderError


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the answer's text, in order."""

    text: str


@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    """Part of a tool call: the first part of each call has its id and name, later ones append
    to its JSON ``arguments`` text."""

    index: int
    call_id: str | None
    name: str | None
    arguments: str


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Token counts the provider reported (either may be missing)."""

    input_tokens: int | None
    output_tokens: int | None


@dataclass(frozen=True, slots=True)
class Finished:
    """The provider said the answer is complete: ``stop``, ``length`` or ``tool_calls``."""

    reason: str


@dataclass(frozen=True, slots=True)
class StreamFailed:
    """The stream failed; always the last event. Text before it was real and is kept."""

    error: ProviderError


ProviderEvent = TextDelta | ToolCallDelta | UsageReport | Finished | StreamFailed
