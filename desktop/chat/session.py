"""The chat page's state and turns: which conversation is open, and the answer streaming now.

Views call one method per user action (send, stop, retry, continue, regenerate, edit) and
render the signals. Blocking steps (saving the question, retrieval, loading an SDK) run through
``Operations.run``; streaming runs on the qasync loop through ``Operations.spawn``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import asyncio

    from core.chat.records import ConversationRecord, MessageRecord
    from core.chat.service import ChatService
    from core.chat.turns import Turn, TurnEvent, TurnResult
    from desktop.operations import Operations

log = logging.getLogger(__name__)


class ChatSession(QObject):
    """One open conversation and at most one streaming answer."""

    thread_loaded = Signal(object, object)  # ConversationRecord | None, list[MessageRecord]
    thread_truncated = Signal(int)  # keep only the first n messages on screen
    question_added = Signal(str)
    answer_started = Signal(object, str)  # Turn, text already streamed (when re-shown)
    answer_finished = Signal(object)  # TurnResult
    # The streaming indicator's words ("" when idle), and whether its busy bar moves: not while
    # text streams in (the answer itself moves then, and the bar would repaint 15 times a second).
    status_changed = Signal(str, bool)
    busy_changed = Signal(bool)
    send_failed = Signal(str, str)  # what went wrong, the text to give back to the composer
    conversations_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chat: ChatService | None = None
        self.ops: Operations | None = None
        self.conversation: ConversationRecord | None = None
        self.thread: list[MessageRecord] = []
        self.new_assistant_id: str | None = None  # for the next new conversation
        self.new_model: str | None = None
        self.turn: Turn | None = None
        self._live: _LiveAnswer | None = None
        self._inner: asyncio.Future[TurnResult] | None = None
        self._task: asyncio.Future[TurnResult] | None = None  # streaming, saving, showing
        self._busy = False
        self._stop_asked = False  # Stop was pressed during this turn (maybe before it streamed)
        self._question_shown = False  # send() already put the question on screen
        # Where streamed text goes, token by token (the transcript's append).
        self.text_sink: Callable[[str], None] | None = None

    def attach(self, chat: ChatService, ops: Operations) -> None:
        self.chat, self.ops = chat, ops

    @property
    def ready(self) -> bool:
        return self.chat is not None and self.ops is not None

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def streaming_here(self) -> bool:
        """Whether the streaming answer belongs to the conversation on screen."""
        turn = self.turn
        return turn is not None and (
            self.conversation is not None and turn.conversation.id == self.conversation.id
        )

    # --- conversations ---------------------------------------------------------------------

    def open_conversation(self, conversation_id: str | None) -> None:
        """Show a conversation (None: a new, empty one)."""
        if conversation_id is None:
            self.conversation, self.thread = None, []
            self.thread_loaded.emit(None, [])
            return
        chat = self._chat()

        def load() -> tuple[ConversationRecord, list[MessageRecord]]:
            return chat.conversations.get(conversation_id), chat.conversations.thread(
                conversation_id
            )

        self._run("Opening the conversation", load, on_done=self._loaded)

    def _loaded(self, loaded: tuple[ConversationRecord, list[MessageRecord]]) -> None:
        self.conversation, thread = loaded
        self.thread = list(thread)
        if self.streaming_here and self.turn is not None and self._live is not None:
            # Show the thread up to the streaming answer, then that answer as it arrives.
            shown = [m for m in self.thread if m.id != self.turn.answer_id]
            self.thread_loaded.emit(self.conversation, shown)
            self.answer_started.emit(self.turn, "".join(self._live.parts))
        else:
            self.thread_loaded.emit(self.conversation, self.thread)

    def refresh_conversation(self, conversation: ConversationRecord) -> None:
        if self.conversation is not None and self.conversation.id == conversation.id:
            self.conversation = conversation

    # --- turns -------------------------------------------------------------------------------

    def send(self, text: str) -> bool:
        """Ask ``text`` in the open conversation (or a new one); False if busy or empty."""
        if self._busy or not text.strip() or not self.ready:
            return False
        chat = self._chat()
        conversation_id = self.conversation.id if self.conversation else None
        assistant_id = None if conversation_id else self.new_assistant_id
        model = None if conversation_id else self.new_model
        self._set_busy(True)
        self.question_added.emit(text.strip())
        self._question_shown = True
        self.status_changed.emit("Sending…", True)
        prepare = functools.partial(
            chat.ask, text, conversation_id=conversation_id, assistant_id=assistant_id, model=model
        )
        self._run(
            "Sending your message",
            prepare,
            on_done=self._start,
            on_error=lambda error: self._prepare_failed(error, text),
        )
        return True

    def retry(self) -> None:
        """A new answer to the last question (after a failure, or to regenerate)."""
        question = self.last_question()
        if question is not None:
            self._prepare(self._chat().reply_to, question.id)

    def continue_answer(self) -> None:
        answer = self.last_answer()
        if answer is not None and answer.resumable:
            self._prepare(self._chat().continue_answer, answer.id)

    def edit_last_question(self, text: str) -> bool:
        question = self.last_question()
        if question is None or self._busy or not text.strip():
            return False
        self._prepare(self._chat().edit_question, question.id, text, give_back=text)
        return True

    def stop(self) -> None:
        """Cancel the answer; what arrived is saved as ``stopped``. Pressed while the question
        is still being saved (or knowledge searched), the answer stops before it streams."""
        if not self._busy or self._stop_asked:
            return
        self._stop_asked = True
        self.status_changed.emit("Stopping…", True)
        if self._inner is not None and not self._inner.done():
            self._inner.cancel()

    async def stop_and_wait(self, timeout_s: float = 5.0) -> None:
        """Stop the streaming answer, if any, and wait until what arrived is saved as
        ``stopped`` (the app is quitting: without this, the words of the last moment would be
        lost and the answer shown as interrupted at the next start)."""
        import asyncio

        task = self._task
        if task is None or task.done():
            return
        self.stop()
        await asyncio.wait({task}, timeout=timeout_s)

    def last_question(self) -> MessageRecord | None:
        return next((m for m in reversed(self.thread) if m.role == "user"), None)

    def last_answer(self) -> MessageRecord | None:
        last = self.thread[-1] if self.thread else None
        return last if last is not None and last.role == "assistant" else None

    def _prepare(self, step: Callable[..., Turn], *args: Any, give_back: str = "") -> None:
        if self._busy or not self.ready:
            return
        self._set_busy(True)
        self.status_changed.emit("Sending…", True)
        self._run(
            "Preparing the answer",
            functools.partial(step, *args),
            on_done=self._start,
            on_error=lambda error: self._prepare_failed(error, give_back),
        )

    def _start(self, turn: Turn) -> None:
        ops = self.ops
        assert ops is not None
        is_new = self.conversation is None or self.conversation.id != turn.conversation.id
        self.conversation = turn.conversation
        self.turn = turn
        self._live = _LiveAnswer(self._on_event, self.text_sink)
        shown = self.thread
        self.thread = _thread_for(self.thread, turn)
        if is_new:
            self.conversations_changed.emit()
        if self._question_shown:
            self._question_shown = False
        else:
            self._show_changes(shown, self.thread)
        self.answer_started.emit(turn, "")
        if not self._stop_asked:  # else "Stopping…" stays until the answer is settled
            label = turn.config.label if turn.config else "the model"
            self.status_changed.emit(f"Waiting for {label}…", True)
        self._task = ops.spawn("Streaming the answer", self._stream(turn), on_done=self._finished)

    def _show_changes(self, shown: list[MessageRecord], thread: list[MessageRecord]) -> None:
        """Update the screen from ``shown`` to ``thread`` with as little re-rendering as can be:
        retry and continue drop the last answer, an edit swaps the last question."""
        keep = 0
        while keep < min(len(shown), len(thread)) and shown[keep].id == thread[keep].id:
            keep += 1
        if keep == len(thread):
            self.thread_truncated.emit(keep)
        elif keep == len(thread) - 1 and thread[-1].role == "user":
            self.thread_truncated.emit(keep)
            self.question_added.emit(thread[-1].content)
        else:
            self.thread_loaded.emit(self.conversation, thread)

    async def _stream(self, turn: Turn) -> TurnResult:
        import asyncio  # not at module level: this page is built before the first paint

        from core.chat.turns import TurnResult

        chat = self._chat()
        assert self._live is not None
        if self._stop_asked:  # Stop while the question was being saved: do not ask the model
            return TurnResult(await chat.in_worker(chat.settle_stopped, turn.answer_id), None)
        inner = asyncio.ensure_future(chat.run(turn, self._live))
        self._inner = inner
        try:
            return await inner
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if not inner.cancelled() or (current is not None and current.cancelling()):
                raise  # the app is closing, not Stop
            # Stop: the turn saved what arrived (or, cancelled before its first step, could
            # not: then it is settled here); show the saved answer.
            return TurnResult(await chat.in_worker(chat.settle_stopped, turn.answer_id), None)
        finally:
            self._inner = None

    def _on_event(self, event: TurnEvent) -> None:
        """Events other than text, and the first text (see ``_LiveAnswer``)."""
        if getattr(event, "text", None) is not None:
            self.status_changed.emit("Answering…", False)
            return
        from core.chat.turns import Retrying

        if isinstance(event, Retrying):
            self.status_changed.emit(
                f"{event.error} Trying again in {event.delay_s:.0f} s (attempt {event.attempt})…",
                True,
            )

    def _finished(self, result: TurnResult) -> None:
        turn = self.turn
        self.turn = None
        self._live = None
        shown = self.conversation
        if turn is not None and shown is not None and shown.id == turn.conversation.id:
            self.thread = [m for m in self.thread if m.id != result.answer.id]
            self.thread.append(result.answer)
            self.answer_finished.emit(result)
        self.status_changed.emit("", False)
        self._set_busy(False)
        self.conversations_changed.emit()

    def _prepare_failed(self, error: BaseException, text: str) -> None:
        from core.chat.conversations import ConversationNotFound
        from desktop.errors import describe_error

        self._question_shown = False
        self._set_busy(False)
        self.status_changed.emit("", False)
        gone = isinstance(error, ConversationNotFound)
        if gone:
            # Trashed or deleted elsewhere: start a new one rather than reopen what is gone.
            self.open_conversation(None)
            self.conversations_changed.emit()
        self.send_failed.emit(describe_error(error), text)  # says why; gives the text back
        if not gone and self.conversation is not None:
            self.open_conversation(self.conversation.id)  # drops the unsent question

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self._stop_asked = False
            self.busy_changed.emit(busy)

    def _chat(self) -> ChatService:
        assert self.chat is not None, "attach() the chat service first"
        return self.chat

    def _run(self, what: str, fn: Callable[[], Any], **callbacks: Any) -> None:
        assert self.ops is not None
        self.ops.run(what, fn, **callbacks)


class _LiveAnswer:
    """The streaming answer's text so far, passed on to the view as it arrives (the view drops
    it while another conversation is on screen, and is given all of it on coming back).

    It is called once per token, so it is plain Python: it touches no Qt object (looking up an
    attribute of a QObject costs more than the rest of this). Other events, and the first text,
    go to the session.
    """

    __slots__ = ("_session", "parts", "sink")

    def __init__(
        self, session: Callable[[TurnEvent], None], sink: Callable[[str], None] | None
    ) -> None:
        self.parts: list[str] = []
        self.sink = sink
        self._session = session

    def __call__(self, event: TurnEvent) -> None:
        text = getattr(event, "text", None)
        if text is None:
            self._session(event)
            return
        parts = self.parts
        if not parts:
            self._session(event)
        parts.append(text)
        sink = self.sink
        if sink is not None:
            sink(text)


def _thread_for(thread: list[MessageRecord], turn: Turn) -> list[MessageRecord]:
    """The thread on screen once ``turn`` starts: up to its question (or the answer it
    continues, which is left out while it streams again)."""
    ids = [m.id for m in thread]
    if turn.answer_id in ids:
        return thread[: ids.index(turn.answer_id)]
    if turn.question.id in ids:
        return thread[: ids.index(turn.question.id) + 1]
    parent = turn.question.parent_id
    base = thread[: ids.index(parent) + 1] if parent in ids else []
    return [*base, turn.question]
