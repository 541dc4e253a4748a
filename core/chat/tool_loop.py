"""The tool steps of a chat turn: run the calls the model asked for, show each one inline in the
answer, and give the model the results for its next step.

A step runs its calls one after another (each may ask the user first). Every call's outcome,
good or bad (an unknown tool, arguments that fail the schema, a denied or failed call), goes
back to the model as a tool result, so the turn goes on. The inline card is Markdown written
into the answer's own text: the transcript and the CLI show it as it happens, and
``strip_tool_cards`` removes it from the history a later turn sends.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from core.chat.events import ToolCallDelta
from core.chat.providers import ChatMessage, ChatRequest, ToolCallRequest, ToolDefinition
from core.i18n import number, translate

if TYPE_CHECKING:
    from core.tools.model import ToolSpec
    from core.tools.runner import Approver, CallOutcome, ToolRunner

CARD_MARK = "> ⚙ "
CARD_PREVIEW = 600


@dataclass(frozen=True)
class ToolUse:
    """What a turn needs to use tools: the runner, how to ask the user, the step limit."""

    runner: ToolRunner
    approve: Approver
    max_steps: int = 6


@dataclass(frozen=True, slots=True)
class ToolStarted:
    """A tool call was asked for (it may wait for approval, then runs): for a status line."""

    name: str
    server: str


@dataclass(frozen=True, slots=True)
class ToolFinished:
    """A tool call ended."""

    outcome: CallOutcome


@dataclass
class PendingCalls:
    """The tool calls of one model step, assembled from their streamed parts."""

    parts: dict[int, list[str]] = field(default_factory=dict)
    ids: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)

    def add(self, delta: ToolCallDelta) -> None:
        self.parts.setdefault(delta.index, []).append(delta.arguments)
        if delta.call_id:
            self.ids[delta.index] = delta.call_id
        if delta.name:
            self.names[delta.index] = delta.name

    def clear(self) -> None:
        self.parts.clear()
        self.ids.clear()
        self.names.clear()

    def requests(self) -> list[ToolCallRequest]:
        return [
            ToolCallRequest(
                self.ids.get(index) or f"call_{index}",  # i18n: not UI
                self.names.get(index, ""),
                "".join(self.parts[index]),
            )
            for index in sorted(self.parts)
        ]


def definitions(specs: list[ToolSpec]) -> tuple[ToolDefinition, ...]:
    return tuple(
        ToolDefinition(s.name, (s.description or s.title or s.tool)[:1000], s.input_schema)
        for s in specs
    )


async def run_step(
    tools: ToolUse,
    request: ChatRequest,
    step_text: str,
    calls: list[ToolCallRequest],
    *,
    answer_id: str,
    write: Callable[[str], None],
    emit: Callable[[Any], None],
) -> ChatRequest:
    """Run ``calls`` (showing each inline through ``write``) and return the next request."""
    results: list[ChatMessage] = []
    for call in calls:
        write(card_head(call))
        emit(ToolStarted(call.name, ""))
        outcome = await tools.runner.call(
            call.name,
            call.arguments,
            approve=tools.approve,
            message_id=answer_id,
            call_id=call.call_id,
        )
        write(card_tail(outcome))
        emit(ToolFinished(outcome))
        results.append(
            ChatMessage("tool", outcome.text, tool_call_id=call.call_id, is_error=outcome.is_error)
        )
    turn = ChatMessage("assistant", step_text, tool_calls=tuple(calls))
    return replace(request, messages=(*request.messages, turn, *results))


def card_head(call: ToolCallRequest) -> str:
    """The first line of a call's card, shown while it waits and runs."""
    arguments = call.arguments.strip() or "{}"
    with contextlib.suppress(json.JSONDecodeError):
        arguments = json.dumps(json.loads(arguments), ensure_ascii=False)
    name = call.name or translate("ToolCards", "(no name)")
    return f"\n\n{CARD_MARK}**{name}** `{_inline(arguments, 300)}`\n"


def card_tail(outcome: CallOutcome) -> str:
    """The rest of the card: the result (or error), how long it took, who approved it."""
    from core.tools.log import state_label
    from core.tools.runner import approved_label

    facts = [outcome.server] if outcome.server else []
    facts.append(state_label(outcome.state))
    facts.append(translate("ToolCards", "{value} ms").format(value=number(outcome.duration_ms)))
    if outcome.approved_by:
        who = approved_label(outcome.approved_by)
        facts.append(translate("ToolCards", "approved: {who}").format(who=who))
    mark = "✗" if outcome.is_error else "→"
    lines = [f">\n> {mark} {_inline(outcome.text, CARD_PREVIEW)}"]
    lines.append(f">\n> *{' · '.join(facts)}*\n\n")
    return "\n".join(lines)


def strip_tool_cards(text: str) -> str:
    """The answer's text without its tool cards (what later turns send the model)."""
    if CARD_MARK not in text:
        return text
    kept: list[str] = []
    in_card = False
    for line in text.split("\n"):
        if line.startswith(CARD_MARK):
            in_card = True
            continue
        if in_card and (line.startswith(">") or not line.strip()):
            continue
        in_card = False
        kept.append(line)
    return "\n".join(kept).strip()


def _inline(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[:limit] + "…"
    return flat.replace("`", "'")
