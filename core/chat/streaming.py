"""Running one prepared turn: stream, retry before the first token, save drafts, save once.

The end state follows from what happened: the provider finished (``complete``); it failed after
text arrived, or while continuing an answer (``interrupted``: the text is kept, Continue and
Retry are offered); it failed before any text (``error``, after the retries); or the task was
cancelled by Stop (``stopped``: what arrived is kept). Text is never dropped in any of them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from contextlib import aclosing
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from core.chat.errors import ProviderError, after_partial_answer
from core.chat.events import Finished, StreamFailed, TextDelta, ToolCallDelta, UsageReport
from core.chat.metrics import StreamMeter
from core.chat.records import MessageState
from core.chat.tool_loop import PendingCalls, ToolUse, definitions, run_step, strip_tool_cards
from core.chat.turns import Retrying, Turn, TurnEvent, TurnResult
from core.i18n import translate

if TYPE_CHECKING:
    from core.chat.service import ChatService

log = logging.getLogger(__name__)


class _Answer:
    """The text of the answer so far, appended cheaply and joined only when saved."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.parts = [prefix] if prefix else []
        self.add = self.parts.append  # per token: a bare list append

    @property
    def new_text(self) -> bool:
        """Whether text arrived after the prefix."""
        return len(self.text()) > len(self.prefix)

    def text(self) -> str:
        parts = self.parts
        if len(parts) > 1:
            parts[:] = ["".join(parts)]  # in place: ``add`` keeps appending to this list
        return parts[0] if parts else ""


async def stream_turn(
    chat: ChatService,
    turn: Turn,
    on_event: Callable[[TurnEvent], None] | None,
    tools: ToolUse | None = None,
) -> TurnResult:
    """Stream ``turn``'s answer to the end and save it (see the module docstring). With
    ``tools`` the model may call tools: each step's calls run and the model is asked again,
    up to ``tools.max_steps`` steps (``core.chat.tool_loop``)."""
    emit = on_event or _ignore
    answer = _Answer(turn.prefix)
    add = answer.add
    meter = StreamMeter()
    clock = meter.clock
    drafts = chat.draft_writer(turn.answer_id, answer.text)
    error: ProviderError | None = turn.setup_error
    attempts = 0
    finish: str | None = None
    calls = PendingCalls()
    steps = 0
    step_start = len(answer.text())
    drafts.start()
    try:
        if tools is not None and turn.provider is not None and turn.setup_error is None:
            turn.request = replace(turn.request, tools=definitions(await tools.runner.offer()))
        while turn.setup_error is None and turn.provider is not None:
            attempts += 1
            if steps == 0:  # after a tool step the answer's timing goes on, it does not restart
                meter.restart()
            error = None
            calls.clear()
            async with aclosing(turn.provider.stream(turn.request)) as events:
                async for event in events:
                    if isinstance(event, TextDelta):  # per token: keep this path short
                        add(event.text)
                        meter.last_token_at = clock()
                        if meter.first_token_at is None:
                            meter.first_token_at = meter.last_token_at
                        emit(event)
                    elif isinstance(event, UsageReport):
                        meter.usage(event.input_tokens, event.output_tokens)
                    elif isinstance(event, ToolCallDelta):
                        calls.add(event)
                        emit(event)
                    elif isinstance(event, Finished):
                        finish = event.reason
                    elif isinstance(event, StreamFailed):
                        error = event.error
            if error is None and tools is not None and finish == "tool_calls" and calls.parts:
                if steps >= tools.max_steps:
                    write(answer, emit, _step_limit_note(tools.max_steps))
                    break
                steps += 1
                text = answer.text()
                turn.request = await run_step(
                    tools,
                    turn.request,
                    strip_tool_cards(text[step_start:]),
                    calls.requests(),
                    answer_id=turn.answer_id,
                    write=lambda piece: write(answer, emit, piece),
                    emit=emit,
                )
                if steps >= tools.max_steps:  # the last step: the model must answer in words
                    turn.request = replace(turn.request, tools=())
                step_start = len(answer.text())
                attempts = 0
                continue
            if error is None or answer.new_text:
                break
            delay = chat.retry.delay(attempts, error)
            if delay is None:
                break
            log.info("Attempt %d failed (%s); retrying in %.1f s", attempts, error.kind, delay)
            emit(Retrying(attempts + 1, delay, error))
            await asyncio.sleep(delay)
    except asyncio.CancelledError:
        await drafts.drain()
        metrics = _metrics(turn, meter, answer, attempts, "stopped")
        # Saved before the cancellation goes on, in a thread: the GUI thread never waits on it.
        await asyncio.shield(
            chat.in_worker(
                chat.save_final, turn.answer_id, answer.text(), MessageState.STOPPED, None, metrics
            )
        )
        raise
    finally:
        drafts.stop()
    await drafts.drain()
    if error is not None:
        log.warning("Answer %s failed: %s (%s)", turn.answer_id, error.kind, error.detail)
    state = _end_state(error, answer)
    if error is not None and state == MessageState.INTERRUPTED and turn.config is not None:
        error = after_partial_answer(error, turn.config.failure_context())
    metrics = _metrics(turn, meter, answer, attempts, finish)
    saved = await chat.in_worker(
        chat.save_final, turn.answer_id, answer.text(), state, error, metrics
    )
    return TurnResult(saved, error)


def write(answer: _Answer, emit: Callable[[TurnEvent], None], text: str) -> None:
    """Add text that is not the model's (a tool card, a note) to the answer, and show it."""
    answer.add(text)
    emit(TextDelta(text))


def _step_limit_note(steps: int) -> str:
    note = translate(
        "ToolCards",
        "The model asked for more tools after %n step(s), the limit for one answer; "
        "ask again to let it go on.",
        None,
        steps,
    )
    return f"\n\n*{note}*"


def _end_state(error: ProviderError | None, answer: _Answer) -> str:
    if error is None:
        return MessageState.COMPLETE
    if answer.new_text or answer.prefix:
        return MessageState.INTERRUPTED
    return MessageState.FAILED


def _metrics(
    turn: Turn, meter: StreamMeter, answer: _Answer, attempts: int, finish: str | None
) -> dict[str, Any]:
    if turn.config is None:
        return {}
    prompt = turn.request.system + "".join(m.content for m in turn.request.messages)
    text = answer.text()
    metrics = meter.metrics(
        kind=turn.config.kind,
        model=turn.config.model,
        prompt=prompt,
        answer=text[len(turn.prefix) :],
        attempts=attempts,
    )
    metrics["finish_reason"] = finish
    if turn.prefix:
        metrics["continued"] = True
    return metrics


def _ignore(_event: object) -> None:
    return None
