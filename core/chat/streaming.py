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
from typing import TYPE_CHECKING, Any

from core.chat.errors import ProviderError, after_partial_answer
from core.chat.events import Finished, StreamFailed, TextDelta, ToolCallDelta, UsageReport
from core.chat.metrics import StreamMeter
from core.chat.records import MessageState
from core.chat.turns import Retrying, Turn, TurnEvent, TurnResult

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
    chat: ChatService, turn: Turn, on_event: Callable[[TurnEvent], None] | None
) -> TurnResult:
    """Stream ``turn``'s answer to the end and save it (see the module docstring)."""
    emit = on_event or _ignore
    answer = _Answer(turn.prefix)
    add = answer.add
    meter = StreamMeter()
    clock = meter.clock
    drafts = chat.draft_writer(turn.answer_id, answer.text)
    error: ProviderError | None = turn.setup_error
    attempts = 0
    finish: str | None = None
    drafts.start()
    try:
        while turn.setup_error is None and turn.provider is not None:
            attempts += 1
            meter.restart()
            error = None
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
                        emit(event)
                    elif isinstance(event, Finished):
                        finish = event.reason
                    elif isinstance(event, StreamFailed):
                        error = event.error
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
