"""The chat page's state and turns: which conversation is open, and the answer streaming now.

Views call one method per user action (send, stop, retry, continue, regenerate, edit) and
render the signals. What a turn does next is decided by ``core.chat.turn_flow.TurnFlow``; this
object only carries out its effects. Blocking steps (saving the question, retrieval, loading an
SDK) run through ``Operations.run``; streaming runs on the qasync loop through
``Operations.spawn``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, assert_never

from PySide6.QtCore import QObject, Signal

from core.chat.turn_flow import (
    Ask,
    BeginAnswer,
    CancelStream,
    ContinueAnswer,
    EditQuestion,
    Effect,
    FinishAnswer,
    GiveBack,
    LiveAnswer,
    LoadConversation,
    Prepare,
    PrepareStep,
    RefreshConversations,
    ReplyTo,
    SetBusy,
    ShowQuestion,
    ShowStatus,
    ShowThread,
    StartStream,
    TruncateThread,
    TurnFlow,
)
from core.i18n import translate

if TYPE_CHECKING:
    import asyncio

    from core.chat.records import AssistantRecord, ConversationRecord, MessageRecord
    from core.chat.service import ChatService
    from core.chat.tool_loop import ToolUse
    from core.chat.turns import Turn, TurnEvent, TurnResult
    from core.sources import KnowledgeScope
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
        self.flow = TurnFlow()
        self.new_assistant_id: str | None = None  # for the next new conversation
        self.new_model: str | None = None
        self.new_knowledge: KnowledgeScope | None = None
        # A new conversation's round of assistants (empty: one assistant answers).
        self.new_assistants: tuple[str, ...] = ()
        self.new_summarizer_id: str | None = None
        # The workspace's assistants (the header's list): @mentions and rounds pick from them.
        self.known_assistants: Callable[[], list[AssistantRecord]] = list
        self._inner: asyncio.Future[TurnResult] | None = None
        # What lets the model use tools in a turn (None: the app has not wired tools, or the
        # user switched them off); awaited as each answer starts.
        self.tools: Callable[[], Awaitable[ToolUse | None]] | None = None
        self._task: asyncio.Future[TurnResult] | None = None  # streaming, saving, showing
        # Where streamed text goes, token by token (the transcript's append).
        self.text_sink: Callable[[str], None] | None = None
        self._versions: dict[str, tuple[str, ...]] = {}  # of the messages on screen
        self._reload_after_turn = False  # a new branch was made: show its ‹ i/n › after it

    def attach(self, chat: ChatService, ops: Operations) -> None:
        self.chat, self.ops = chat, ops

    @property
    def ready(self) -> bool:
        return self.chat is not None and self.ops is not None

    @property
    def busy(self) -> bool:
        return self.flow.busy

    @property
    def conversation(self) -> ConversationRecord | None:
        return self.flow.conversation

    @property
    def messages(self) -> list[MessageRecord]:
        """The thread on screen (not ``thread``: that is QObject's)."""
        return self.flow.thread

    @property
    def turn(self) -> Turn | None:
        return self.flow.turn

    @property
    def streaming_here(self) -> bool:
        """Whether the streaming answer belongs to the conversation on screen."""
        return self.flow.streaming_here

    # --- conversations ---------------------------------------------------------------------

    def open_conversation(self, conversation_id: str | None) -> None:
        """Show a conversation (None: a new, empty one)."""
        if conversation_id is None:
            self._apply(self.flow.opened_new())
            return
        chat = self._chat()

        self._run(
            translate("ChatSession", "Opening the conversation"),
            functools.partial(_load_thread, chat, conversation_id, None),
            on_done=self._loaded,
        )

    def _loaded(self, loaded: tuple[ConversationRecord, list[MessageRecord], Versions]) -> None:
        conversation, thread, self._versions = loaded
        self._apply(self.flow.loaded(conversation, thread))

    def refresh_conversation(self, conversation: ConversationRecord) -> None:
        self.flow.conversation_changed(conversation)

    # --- turns -------------------------------------------------------------------------------

    def send(self, text: str) -> bool:
        """Ask ``text`` in the open conversation (or a new one); False if busy or empty."""
        if not self.ready:
            return False
        effects = self.flow.send(
            text,
            assistant_id=self.new_assistant_id,
            model=self.new_model,
            knowledge=self.new_knowledge,
            speakers=self._speakers(text),
            assistants=self.new_assistants,
            summarizer_id=self.new_summarizer_id,
        )
        self._apply(effects)
        return bool(effects)

    def _speakers(self, text: str) -> list[str]:
        """Who answers ``text``, in turn (empty: the conversation's one assistant)."""
        from core.chat.rounds import speakers_for

        conversation = self.flow.conversation
        roster = conversation.assistant_ids if conversation else self.new_assistants
        summarizer = conversation.summarizer_id if conversation else self.new_summarizer_id
        return speakers_for(text, roster, summarizer, self.known_assistants())

    def retry(self) -> None:
        """A new answer to the last question (after a failure, or to regenerate)."""
        if self.ready:
            self._apply(self.flow.retry())

    def continue_answer(self) -> None:
        if self.ready:
            self._apply(self.flow.continue_answer())

    def edit_last_question(self, text: str) -> bool:
        if not self.ready:
            return False
        effects = self.flow.edit_last_question(text, self._speakers(text))
        self._apply(effects)
        return bool(effects)

    def regenerate(self, answer_id: str) -> None:
        """A new answer beside any answer on screen (kept as a branch)."""
        if self.ready:
            effects = self.flow.regenerate(answer_id)
            self._reload_after_turn = bool(effects)
            self._apply(effects)

    def edit_question(self, question_id: str, text: str) -> bool:
        """Send an edited version of any question on screen (a new branch)."""
        if not self.ready:
            return False
        effects = self.flow.edit_question(question_id, text, self._speakers(text))
        self._reload_after_turn = bool(effects)
        self._apply(effects)
        return bool(effects)

    def show_branch(self, message_id: str) -> None:
        """Show the branch that holds ``message_id`` (‹ › between versions of a message)."""
        conversation = self.flow.conversation
        if not self.ready or self.busy or conversation is None:
            return
        load = functools.partial(_load_thread, self._chat(), conversation.id, message_id)
        self._run(translate("ChatSession", "Opening the branch"), load, on_done=self._loaded)

    def versions(self) -> dict[str, tuple[str, ...]]:
        """For each message on screen with other versions: all versions' ids, oldest first."""
        return dict(self._versions)

    def stop(self) -> None:
        """Cancel the answer; what arrived is saved as ``stopped``. Pressed while the question
        is still being saved (or knowledge searched), the answer stops before it streams."""
        self._apply(self.flow.stop())

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
        return self.flow.last_question()

    def last_answer(self) -> MessageRecord | None:
        return self.flow.last_answer()

    def _apply(self, effects: list[Effect]) -> None:
        """Carry out what the flow decided, in order."""
        for effect in effects:
            match effect:
                case ShowStatus(status):
                    self.status_changed.emit(status.text, status.bar_moves)
                case SetBusy(busy):
                    self.busy_changed.emit(busy)
                case ShowThread(conversation, thread):
                    self.thread_loaded.emit(conversation, thread)
                case TruncateThread(keep):
                    self.thread_truncated.emit(keep)
                case ShowQuestion(text):
                    self.question_added.emit(text)
                case BeginAnswer(turn, streamed):
                    self.answer_started.emit(turn, streamed)
                case FinishAnswer(result):
                    self.answer_finished.emit(result)
                case RefreshConversations():
                    self.conversations_changed.emit()
                case GiveBack(error, text):
                    from desktop.errors import describe_error

                    self.send_failed.emit(describe_error(error), text)  # why; the text back
                case LoadConversation(conversation_id):
                    self.open_conversation(conversation_id)
                case Prepare(what, step):
                    self._run(
                        what, self._step(step), on_done=self._start, on_error=self._prepare_failed
                    )
                case StartStream(turn, live):
                    ops = self.ops
                    assert ops is not None
                    self._task = ops.spawn(
                        translate("ChatSession", "Streaming the answer"),
                        self._stream(turn, live),
                        on_done=self._finished,
                    )
                case CancelStream():
                    if self._inner is not None and not self._inner.done():
                        self._inner.cancel()
                case _:
                    assert_never(effect)

    def _step(self, step: PrepareStep) -> Callable[[], Turn]:
        """The blocking service call that prepares a turn."""
        chat = self._chat()
        match step:
            case Ask(
                text,
                conversation_id,
                assistant_id,
                model,
                knowledge,
                after,
                answer_as,
                assistants,
                summarizer_id,
            ):
                return functools.partial(
                    chat.ask,
                    text,
                    conversation_id=conversation_id,
                    assistant_id=assistant_id,
                    model=model,
                    knowledge=knowledge,
                    after=after,
                    answer_as=answer_as,
                    assistants=list(assistants) if assistants is not None else None,
                    summarizer_id=summarizer_id,
                )
            case ReplyTo(question_id, assistant_id):
                return functools.partial(chat.reply_to, question_id, assistant_id=assistant_id)
            case ContinueAnswer(answer_id):
                return functools.partial(chat.continue_answer, answer_id)
            case EditQuestion(question_id, text, answer_as):
                return functools.partial(chat.edit_question, question_id, text, answer_as)
            case _:
                assert_never(step)

    def _start(self, turn: Turn) -> None:
        self._apply(self.flow.prepared(turn, on_event=self._on_event, sink=self.text_sink))

    async def _stream(self, turn: Turn, live: LiveAnswer) -> TurnResult:
        import asyncio  # not at module level: this page is built before the first paint

        from core.chat.turns import TurnResult

        chat = self._chat()
        if not self.flow.asks_model:  # Stop while the question was being saved
            return TurnResult(await chat.in_worker(chat.settle_stopped, turn.answer_id), None)
        tools = await self.tools() if self.tools is not None else None
        inner = asyncio.ensure_future(chat.run(turn, live, tools=tools))
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
        """Events other than text, and the first text (see ``LiveAnswer``)."""
        from core.chat.tool_loop import ToolFinished, ToolStarted

        if isinstance(event, ToolStarted | ToolFinished) and self.flow.asks_model:
            words = (
                translate("ChatSession", "Using {tool}…").format(tool=event.name)
                if isinstance(event, ToolStarted)
                else translate("ChatSession", "Answering…")
            )
            self.status_changed.emit(words, isinstance(event, ToolStarted))
            return
        status = self.flow.event(event)
        if status is not None:
            self.status_changed.emit(status.text, status.bar_moves)

    def _finished(self, result: TurnResult) -> None:
        self._apply(self.flow.finished(result))
        conversation = self.flow.conversation
        # After the last answer of a round (a reload mid-round would race the next answer).
        if self._reload_after_turn and conversation is not None and not self.flow.busy:
            self._reload_after_turn = False
            self.open_conversation(conversation.id)  # the new branch with its ‹ i/n ›

    def _prepare_failed(self, error: BaseException) -> None:
        self._apply(self.flow.prepare_failed(error))

    def _chat(self) -> ChatService:
        assert self.chat is not None, "attach() the chat service first"  # i18n: not UI
        return self.chat

    def _run(self, what: str, fn: Callable[[], Any], **callbacks: Any) -> None:
        assert self.ops is not None
        self.ops.run(what, fn, **callbacks)


Versions = dict[str, tuple[str, ...]]


def _load_thread(
    chat: ChatService, conversation_id: str, through: str | None
) -> tuple[ConversationRecord, list[MessageRecord], Versions]:
    """In a worker: the conversation, the branch to show, and each shown message's versions."""
    from core.chat.conversations import branch_through, current_branch, siblings

    conversation = chat.conversations.get(conversation_id)
    messages = chat.conversations.messages(conversation_id)
    thread = branch_through(messages, through) if through else current_branch(messages)
    versions: Versions = {}
    for message in thread:
        found = siblings(messages, message)
        if len(found) > 1:
            versions[message.id] = tuple(m.id for m in found)
    return conversation, thread, versions
