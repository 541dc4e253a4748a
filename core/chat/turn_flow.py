"""The chat page's turns, decided without Qt: busy or not, what the screen shows, what runs next.

A ``TurnFlow`` is told each user action and each step of a turn (``send``, ``prepared``,
``event``, ``stop``, ``finished``, ``prepare_failed``) and answers with the effects the view
must carry out, in order: plain values that the GUI turns into signals and operations. It holds
the open conversation, the thread on screen and the turn in flight; it runs nothing itself.

Records and turns are imported for type checking only: the GUI imports this module before its
first paint, and the records load the ORM.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from core.i18n import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from core.chat.records import ConversationRecord, MessageRecord
    from core.chat.turns import Retrying, Turn, TurnEvent, TurnResult
    from core.sources import KnowledgeScope


class TurnPhase(Enum):
    """Where the turn stands."""

    IDLE = "idle"
    PREPARING = "preparing"  # saving the question, resolving the provider, searching knowledge
    STREAMING = "streaming"  # waiting for the first token, or text streams in
    STOPPING = "stopping"  # Stop was asked (maybe before streaming): the answer ends ``stopped``


@dataclass(frozen=True, slots=True)
class Status:
    """The streaming indicator's words ("" when idle), and whether its busy bar moves: not while
    text streams in (the answer itself moves then, and the bar would repaint 15 times a second).
    """

    text: str
    bar_moves: bool


IDLE_STATUS = Status("", False)
# Declared in English at import; ``_shown`` translates them when they are shown.
SENDING = Status(QT_TRANSLATE_NOOP("TurnFlow", "Sending…"), True)
STOPPING = Status(QT_TRANSLATE_NOOP("TurnFlow", "Stopping…"), True)
ANSWERING = Status(QT_TRANSLATE_NOOP("TurnFlow", "Answering…"), False)
_DECLARED = frozenset({SENDING.text, STOPPING.text, ANSWERING.text})


def _shown(status: Status) -> Status:
    """``status`` in the user's language (the ones declared above are translated now)."""
    if status.text in _DECLARED:
        return Status(translate("TurnFlow", status.text), status.bar_moves)
    return status


def waiting_for(turn: Turn) -> Status:
    if turn.config:
        text = translate("TurnFlow", "Waiting for {label}…").format(label=turn.config.label)
    else:
        text = translate("TurnFlow", "Waiting for the model…")
    return Status(text, True)


def retrying(event: Retrying) -> Status:
    again = translate("TurnFlow", "Trying again in {seconds} s (attempt {attempt})…").format(
        seconds=number(round(event.delay_s)), attempt=number(event.attempt)
    )
    return Status(f"{event.error} {again}", True)


# --- what prepares a turn (run off the GUI thread by the view) ---------------------------------


@dataclass(frozen=True)
class Ask:
    """Save a new question (in a new conversation when ``conversation_id`` is None)."""

    text: str
    conversation_id: str | None
    assistant_id: str | None
    model: str | None
    knowledge: KnowledgeScope | None = None
    after: str | None = None  # the last message on screen (a browsed branch goes on from it)
    answer_as: str | None = None  # the assistant that answers first (a round, an @mention)
    assistants: tuple[str, ...] | None = None  # a new conversation's round of assistants
    summarizer_id: str | None = None


@dataclass(frozen=True)
class ReplyTo:
    """A new answer to a saved question (Retry, Regenerate), or the next answer of a round
    (``question_id`` is then the answer before it); ``assistant_id``: who answers."""

    question_id: str
    assistant_id: str | None = None


@dataclass(frozen=True)
class ContinueAnswer:
    """Extend an answer that ended early."""

    answer_id: str


@dataclass(frozen=True)
class EditQuestion:
    """Send an edited last question as a sibling of the original (``answer_as``: the assistant
    that answers first, in a conversation of several)."""

    question_id: str
    text: str
    answer_as: str | None = None


PrepareStep = Ask | ReplyTo | ContinueAnswer | EditQuestion


# --- effects: what the view must do, in order ---------------------------------------------------


@dataclass(frozen=True)
class SetBusy:
    busy: bool


@dataclass(frozen=True)
class ShowStatus:
    status: Status


@dataclass(frozen=True)
class ShowThread:
    """Show this conversation (None: a new one) and thread, from scratch."""

    conversation: ConversationRecord | None
    thread: list[MessageRecord]


@dataclass(frozen=True)
class TruncateThread:
    """Keep only the first ``keep`` messages on screen."""

    keep: int


@dataclass(frozen=True)
class ShowQuestion:
    text: str


@dataclass(frozen=True)
class BeginAnswer:
    """Show the streaming answer of ``turn``, with the text that already arrived."""

    turn: Turn
    streamed: str


@dataclass(frozen=True)
class FinishAnswer:
    """Show the saved answer in place of the streaming one."""

    result: TurnResult


@dataclass(frozen=True)
class RefreshConversations:
    """The list of conversations changed (a new one, a new last message)."""


@dataclass(frozen=True)
class GiveBack:
    """Preparing failed: say why, and give the typed text back to the composer."""

    error: BaseException
    text: str


@dataclass(frozen=True)
class LoadConversation:
    """Load the conversation from storage and pass it to ``TurnFlow.loaded``."""

    conversation_id: str


@dataclass(frozen=True)
class Prepare:
    """Run ``step`` off the GUI thread; pass its turn to ``prepared``, its error to
    ``prepare_failed``."""

    what: str
    step: PrepareStep


@dataclass(frozen=True)
class StartStream:
    """Stream ``turn`` into ``live`` (unless ``asks_model`` is False by the time it starts:
    then the answer is settled as stopped); pass how it ended to ``finished``."""

    turn: Turn
    live: LiveAnswer


@dataclass(frozen=True)
class CancelStream:
    """Cancel the streaming request, if it runs; the turn saves what arrived as stopped."""


Effect = (
    SetBusy
    | ShowStatus
    | ShowThread
    | TruncateThread
    | ShowQuestion
    | BeginAnswer
    | FinishAnswer
    | RefreshConversations
    | GiveBack
    | LoadConversation
    | Prepare
    | StartStream
    | CancelStream
)


class TurnFlow:
    """One open conversation and at most one turn in flight, as the chat page sees them."""

    def __init__(self) -> None:
        self.phase = TurnPhase.IDLE
        self.status = IDLE_STATUS
        self.conversation: ConversationRecord | None = None
        self.thread: list[MessageRecord] = []  # as on screen
        self.turn: Turn | None = None
        self.live: LiveAnswer | None = None
        self.question_shown = False  # send() already put the question on screen
        self.round: list[str] = []  # assistants still to answer in this round, in order
        self._give_back = ""  # the text to return to the composer if preparing fails

    @property
    def busy(self) -> bool:
        return self.phase is not TurnPhase.IDLE

    @property
    def stop_asked(self) -> bool:
        return self.phase is TurnPhase.STOPPING

    @property
    def asks_model(self) -> bool:
        """Whether a stream starting now asks the model (not once Stop was asked)."""
        return self.phase is TurnPhase.STREAMING

    @property
    def streaming_here(self) -> bool:
        """Whether the streaming answer belongs to the conversation on screen."""
        turn, shown = self.turn, self.conversation
        return turn is not None and shown is not None and turn.conversation.id == shown.id

    def last_question(self) -> MessageRecord | None:
        return next((m for m in reversed(self.thread) if m.role == "user"), None)

    def last_answer(self) -> MessageRecord | None:
        last = self.thread[-1] if self.thread else None
        return last if last is not None and last.role == "assistant" else None

    # --- conversations -------------------------------------------------------------------------

    def opened_new(self) -> list[Effect]:
        """A new, empty conversation is on screen (an answer streaming elsewhere goes on)."""
        self.conversation, self.thread = None, []
        return [ShowThread(None, [])]

    def loaded(self, conversation: ConversationRecord, thread: list[MessageRecord]) -> list[Effect]:
        """A conversation was loaded to be shown; its answer streaming now shows as it arrives."""
        self.conversation, self.thread = conversation, list(thread)
        turn, live = self.turn, self.live
        if self.streaming_here and turn is not None and live is not None:
            shown = [m for m in self.thread if m.id != turn.answer_id]
            return [ShowThread(conversation, shown), BeginAnswer(turn, "".join(live.parts))]
        return [ShowThread(conversation, self.thread)]

    def conversation_changed(self, conversation: ConversationRecord) -> None:
        """Renamed, or its assistant or model changed, elsewhere."""
        if self.conversation is not None and self.conversation.id == conversation.id:
            self.conversation = conversation

    # --- user actions ----------------------------------------------------------------------------

    def send(
        self,
        text: str,
        *,
        assistant_id: str | None = None,
        model: str | None = None,
        knowledge: KnowledgeScope | None = None,
        speakers: Sequence[str] = (),
        assistants: tuple[str, ...] | None = None,
        summarizer_id: str | None = None,
    ) -> list[Effect]:
        """Ask ``text`` in the open conversation (or a new one, with ``assistant_id``, ``model``
        and ``knowledge``, and ``assistants``/``summarizer_id`` as its round). ``speakers``:
        the assistants that answer, in turn (see ``core.chat.rounds.speakers_for``; empty: the
        conversation's one assistant). Nothing to do (an empty list) while busy or for blank
        text."""
        if self.busy or not text.strip():
            return []
        conversation_id = self.conversation.id if self.conversation else None
        new = conversation_id is None
        step = Ask(
            text,
            conversation_id=conversation_id,
            assistant_id=assistant_id if new else None,
            model=model if new else None,
            knowledge=knowledge if new else None,
            after=self.thread[-1].id if self.thread and not new else None,
            answer_as=speakers[0] if speakers else None,
            assistants=assistants if new and assistants else None,
            summarizer_id=summarizer_id if new and assistants else None,
        )
        self.round = list(speakers[1:])
        self.question_shown = True
        return [
            self._begin(),
            ShowQuestion(text.strip()),
            self._show(SENDING),
            self._run(translate("TurnFlow", "Sending your message"), step, give_back=text),
        ]

    def retry(self) -> list[Effect]:
        """A new answer to the last question (after a failure, or to regenerate)."""
        question = self.last_question()
        if question is None or self.busy:
            return []
        last = self.last_answer()
        if last is not None and last.assistant_id and last.parent_id:
            # An answer of a round: that one answer again, by the same assistant.
            return self._prepare(ReplyTo(last.parent_id, last.assistant_id))
        return self._prepare(ReplyTo(question.id))

    def continue_answer(self) -> list[Effect]:
        answer = self.last_answer()
        if answer is None or not answer.resumable or self.busy:
            return []
        return self._prepare(ContinueAnswer(answer.id))

    def edit_last_question(self, text: str, speakers: Sequence[str] = ()) -> list[Effect]:
        question = self.last_question()
        if question is None or self.busy or not text.strip():
            return []
        return self._edit(question.id, text, speakers)

    def regenerate(self, answer_id: str) -> list[Effect]:
        """A new answer beside ``answer_id`` (any answer on screen, not only the last): it
        becomes the branch shown; the old one stays, a ‹ › away."""
        answer = next((m for m in self.thread if m.id == answer_id), None)
        if answer is None or answer.role == "user" or not answer.parent_id or self.busy:
            return []
        return self._prepare(ReplyTo(answer.parent_id, answer.assistant_id))

    def edit_question(
        self, question_id: str, text: str, speakers: Sequence[str] = ()
    ) -> list[Effect]:
        """Send an edited version of any question on screen as its sibling (a new branch);
        ``speakers`` answer it in turn, as for ``send``."""
        question = next((m for m in self.thread if m.id == question_id), None)
        if question is None or question.role != "user" or self.busy or not text.strip():
            return []
        return self._edit(question_id, text, speakers)

    def _edit(self, question_id: str, text: str, speakers: Sequence[str]) -> list[Effect]:
        step = EditQuestion(question_id, text, speakers[0] if speakers else None)
        effects = self._prepare(step, give_back=text)
        self.round = list(speakers[1:])
        return effects

    def stop(self) -> list[Effect]:
        """Stop the answer; what arrived is saved as stopped. Asked while the turn is still being
        prepared, the model is never asked."""
        if self.phase not in (TurnPhase.PREPARING, TurnPhase.STREAMING):
            return []
        self.round = []  # Stop ends the round: no later assistant starts
        streaming = self.phase is TurnPhase.STREAMING
        self.phase = TurnPhase.STOPPING
        effects: list[Effect] = [self._show(STOPPING)]
        if streaming:
            effects.append(CancelStream())
        return effects

    # --- steps of the turn -----------------------------------------------------------------------

    def prepared(
        self,
        turn: Turn,
        *,
        on_event: Callable[[TurnEvent], None],
        sink: Callable[[str], None] | None,
    ) -> list[Effect]:
        """The question is saved and its answer exists: show the thread up to it, and stream.

        ``on_event`` hears of events other than text and of the first text (pass them to
        ``event``); ``sink`` gets every piece of text."""
        is_new = self.conversation is None or self.conversation.id != turn.conversation.id
        self.conversation = turn.conversation
        self.turn = turn
        self.live = live = LiveAnswer(on_event, sink)
        shown, self.thread = self.thread, thread_for(self.thread, turn)
        effects: list[Effect] = [RefreshConversations()] if is_new else []
        if self.question_shown:
            self.question_shown = False
        else:
            effects.extend(screen_changes(shown, self.thread, self.conversation))
        if self.phase is TurnPhase.PREPARING:  # else "Stopping…" stays until it is settled
            self.phase = TurnPhase.STREAMING
            # Before the answer: a Stop asked while the answer is shown has the last word.
            effects.append(self._show(waiting_for(turn)))
        effects.append(BeginAnswer(turn, ""))
        effects.append(StartStream(turn, live))
        return effects

    def event(self, event: TurnEvent) -> Status | None:
        """The status to show for an event of the streaming answer (None: no change).

        Called for events other than text and for the first text only (see ``LiveAnswer``)."""
        if self.phase is not TurnPhase.STREAMING:
            return None  # "Stopping…" stays until the answer is settled
        from core.chat.turns import Retrying

        if getattr(event, "text", None) is not None:
            status = _shown(ANSWERING)
        elif isinstance(event, Retrying):
            status = retrying(event)
        else:
            return None
        self.status = status
        return status

    def finished(self, result: TurnResult) -> list[Effect]:
        """The answer is saved: shown in place of the streaming one if its conversation is."""
        turn, shown = self.turn, self.conversation
        self.turn = self.live = None
        effects: list[Effect] = []
        if turn is not None and shown is not None and shown.id == turn.conversation.id:
            answer = result.answer
            self.thread = [*(m for m in self.thread if m.id != answer.id), answer]
            effects.append(FinishAnswer(result))
        from core.chat.records import MessageState

        # A round goes on while its answers complete and its conversation stays on screen
        # (opening another one ends it after the answer streaming now).
        going_on = (
            self.phase is TurnPhase.STREAMING
            and result.state == MessageState.COMPLETE
            and bool(effects)
        )
        if self.round and going_on:
            # The next assistant of the round answers after this answer, seeing it.
            speaker = self.round.pop(0)
            step = ReplyTo(result.answer.id, speaker)
            self.phase = TurnPhase.PREPARING
            return [
                *effects,
                RefreshConversations(),
                self._show(SENDING),
                self._run(translate("TurnFlow", "Asking the next assistant"), step, give_back=""),
            ]
        self.round = []  # an answer that failed or was cut off ends the round
        return [*effects, self._show(IDLE_STATUS), *self._set_idle(), RefreshConversations()]

    def prepare_failed(self, error: BaseException) -> list[Effect]:
        """Preparing the turn failed: say why and give the text back. A conversation gone
        (trashed or deleted elsewhere) makes way for a new chat; else it is loaded again,
        dropping the question that was shown but not saved."""
        from core.chat.conversations import ConversationNotFound

        self.question_shown = False
        self.round = []
        effects: list[Effect] = [*self._set_idle(), self._show(IDLE_STATUS)]
        gone = isinstance(error, ConversationNotFound)
        if gone:
            effects.extend(self.opened_new())
            effects.append(RefreshConversations())
        effects.append(GiveBack(error, self._give_back))
        if not gone and self.conversation is not None:
            effects.append(LoadConversation(self.conversation.id))
        return effects

    # --- inside ----------------------------------------------------------------------------------

    def _prepare(self, step: PrepareStep, *, give_back: str = "") -> list[Effect]:
        return [
            self._begin(),
            self._show(SENDING),
            self._run(translate("TurnFlow", "Preparing the answer"), step, give_back=give_back),
        ]

    def _begin(self) -> SetBusy:
        self.phase = TurnPhase.PREPARING
        return SetBusy(True)

    def _run(self, what: str, step: PrepareStep, *, give_back: str) -> Prepare:
        self._give_back = give_back
        return Prepare(what, step)

    def _set_idle(self) -> list[Effect]:
        was_busy = self.busy
        self.phase = TurnPhase.IDLE
        return [SetBusy(False)] if was_busy else []

    def _show(self, status: Status) -> ShowStatus:
        status = _shown(status)
        self.status = status
        return ShowStatus(status)


class LiveAnswer:
    """The streaming answer's text so far, passed on to the view as it arrives (the view drops
    it while another conversation is on screen, and is given all of it on coming back).

    It is called once per token, so it is plain Python and does as little as can be. Other
    events, and the first text, go to ``on_event``.
    """

    __slots__ = ("_on_event", "parts", "sink")

    def __init__(
        self, on_event: Callable[[TurnEvent], None], sink: Callable[[str], None] | None
    ) -> None:
        self.parts: list[str] = []
        self.sink = sink
        self._on_event = on_event

    def __call__(self, event: TurnEvent) -> None:
        text = getattr(event, "text", None)
        if text is None:
            self._on_event(event)
            return
        parts = self.parts
        if not parts:
            self._on_event(event)
        parts.append(text)
        sink = self.sink
        if sink is not None:
            sink(text)


def thread_for(thread: list[MessageRecord], turn: Turn) -> list[MessageRecord]:
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


def screen_changes(
    shown: list[MessageRecord],
    thread: list[MessageRecord],
    conversation: ConversationRecord | None,
) -> list[Effect]:
    """What takes the screen from ``shown`` to ``thread`` with as little re-rendering as can be:
    retry and continue drop the last answer, an edit swaps the last question."""
    keep = 0
    while keep < min(len(shown), len(thread)) and shown[keep].id == thread[keep].id:
        keep += 1
    if keep == len(thread):
        return [TruncateThread(keep)]
    if keep == len(thread) - 1 and thread[-1].role == "user":
        return [TruncateThread(keep), ShowQuestion(thread[-1].content)]
    return [ShowThread(conversation, thread)]
