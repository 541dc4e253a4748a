"""The chat page's turns without a screen: the flow's effects rendered onto a plain ``Screen``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pytest

from core.chat.conversations import ConversationNotFound
from core.chat.errors import ProviderUnreachable, RateLimited
from core.chat.events import TextDelta, ToolCallDelta
from core.chat.providers import ChatRequest, ProviderConfig
from core.chat.records import ConversationRecord, MessageRecord, MessageState
from core.chat.turn_flow import (
    IDLE_STATUS,
    Ask,
    BeginAnswer,
    CancelStream,
    ContinueAnswer,
    EditQuestion,
    Effect,
    FinishAnswer,
    GiveBack,
    LoadConversation,
    Prepare,
    RefreshConversations,
    ReplyTo,
    SetBusy,
    ShowQuestion,
    ShowStatus,
    ShowThread,
    StartStream,
    Status,
    TruncateThread,
    TurnFlow,
    TurnPhase,
    screen_changes,
)
from core.chat.turns import Retrying, Turn, TurnEvent, TurnResult

OLLAMA = ProviderConfig("openai_compatible", "llama3", base_url="http://127.0.0.1:11434/v1")


def conversation(conversation_id: str = "c1", title: str = "A chat") -> ConversationRecord:
    return ConversationRecord(conversation_id, title, None, None, None, False, False, 1, None)


def message(
    message_id: str,
    role: str,
    content: str,
    *,
    parent: str | None = None,
    state: str = MessageState.COMPLETE,
    conversation_id: str = "c1",
) -> MessageRecord:
    return MessageRecord(
        message_id, conversation_id, parent, role, content, state, None, None, None, {}, [], 1
    )


def turn_of(
    question: MessageRecord,
    answer_id: str,
    *,
    record: ConversationRecord | None = None,
    config: ProviderConfig | None = OLLAMA,
    prefix: str = "",
) -> Turn:
    return Turn(
        conversation=record or conversation(question.conversation_id),
        question=question,
        answer_id=answer_id,
        request=ChatRequest(messages=()),
        config=config,
        prefix=prefix,
    )


@dataclass
class Shown:
    role: str
    text: str
    streaming: bool = False


@dataclass
class Screen:
    """The chat page as it renders the flow's effects; the work asked of it is kept in order."""

    flow: TurnFlow = field(default_factory=TurnFlow)
    conversation: ConversationRecord | None = None
    messages: list[Shown] = field(default_factory=list)
    status: Status = IDLE_STATUS
    statuses: list[str] = field(default_factory=list)
    busy: list[bool] = field(default_factory=list)  # each change
    reloads: int = 0  # whole threads rendered again
    questions_drawn: int = 0
    list_refreshed: int = 0
    given_back: list[str] = field(default_factory=list)
    work: list[Effect] = field(default_factory=list)  # prepare, stream, cancel, load
    events_heard: list[TurnEvent] = field(default_factory=list)
    on_begin_answer: Callable[[], object] | None = None

    def show(self, effects: Iterable[Effect]) -> list[Effect]:
        effects = list(effects)
        for effect in effects:
            self._render(effect)
        return effects

    def _render(self, effect: Effect) -> None:
        match effect:
            case SetBusy(busy):
                self.busy.append(busy)
            case ShowStatus(status):
                self.status = status
                self.statuses.append(status.text)
            case ShowThread(shown_conversation, thread):
                self.conversation = shown_conversation
                self.messages = [Shown(m.role, m.content) for m in thread]
                self.reloads += 1
            case TruncateThread(keep):
                del self.messages[keep:]
            case ShowQuestion(text):
                self.messages.append(Shown("user", text))
                self.questions_drawn += 1
            case BeginAnswer(turn, streamed):
                self.conversation = turn.conversation
                self.messages.append(Shown("assistant", turn.prefix + streamed, streaming=True))
                if self.on_begin_answer is not None:
                    self.on_begin_answer()
            case FinishAnswer(result):
                if self.messages and self.messages[-1].streaming:
                    self.messages.pop()
                self.messages.append(Shown("assistant", result.answer.content))
            case RefreshConversations():
                self.list_refreshed += 1
            case GiveBack(_error, text):
                self.given_back.append(text)
            case _:
                self.work.append(effect)

    def text_arrived(self, text: str) -> None:
        """The transcript's sink: it drops text while no answer streams on screen."""
        if self.messages and self.messages[-1].streaming:
            self.messages[-1].text += text

    def heard(self, event: TurnEvent) -> None:
        self.events_heard.append(event)
        status = self.flow.event(event)
        if status is not None:
            self.show([ShowStatus(status)])

    def prepared(self, turn: Turn) -> list[Effect]:
        return self.show(self.flow.prepared(turn, on_event=self.heard, sink=self.text_arrived))

    def stream(self, *events: TurnEvent) -> None:
        """Events of the answer streaming now, as the chat service passes them on."""
        live = self.flow.live
        assert live is not None
        for event in events:
            live(event)

    @property
    def texts(self) -> list[tuple[str, str]]:
        return [(m.role, m.text) for m in self.messages]


def opened(screen: Screen, record: ConversationRecord, thread: list[MessageRecord]) -> None:
    screen.show(screen.flow.loaded(record, thread))


def answered(content: str, answer_id: str = "a1", state: str = "complete") -> TurnResult:
    return TurnResult(message(answer_id, "assistant", content, parent="q1", state=state), None)


def asked(screen: Screen, text: str = "What is up?") -> Turn:
    """Send ``text`` in a new chat and have it prepared, streaming now."""
    screen.show(screen.flow.send(text))
    turn = turn_of(message("q1", "user", text), "a1")
    screen.prepared(turn)
    return turn


# --- sending ---------------------------------------------------------------------------------


def test_send_shows_the_question_at_once_and_says_sending() -> None:
    screen = Screen()
    screen.show(screen.flow.send("  Hello there \n", assistant_id="general", model="llama3"))
    assert screen.texts == [("user", "Hello there")]
    assert screen.status == Status("Sending…", True) and screen.busy == [True]
    assert screen.flow.busy and screen.flow.phase is TurnPhase.PREPARING
    step = Ask("  Hello there \n", conversation_id=None, assistant_id="general", model="llama3")
    assert screen.work == [Prepare("Sending your message", step)]


def test_send_in_an_open_conversation_keeps_its_own_assistant_and_model() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), [message("q0", "user", "Earlier")])
    screen.show(screen.flow.send("Next", assistant_id="general", model="llama3"))
    # ``after``: the new question follows the last message on screen (its branch).
    expected = Ask("Next", "c1", None, None, after="q0")
    assert screen.work == [Prepare("Sending your message", expected)]
    assert screen.texts == [("user", "Earlier"), ("user", "Next")]


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_blank_text_is_not_sent(text: str) -> None:
    flow = TurnFlow()
    assert flow.send(text) == [] and not flow.busy


def test_nothing_is_sent_while_an_answer_is_on_its_way() -> None:
    screen = Screen()
    asked(screen)
    assert screen.flow.send("Another") == []
    assert screen.flow.retry() == [] and screen.flow.edit_last_question("Other") == []


def test_the_question_shown_on_send_is_not_shown_again_when_prepared() -> None:
    screen = Screen()
    asked(screen, "Only once")
    assert screen.texts == [("user", "Only once"), ("assistant", "")]
    assert screen.messages[-1].streaming and screen.reloads == 0
    assert screen.questions_drawn == 1


def test_a_prepared_answer_waits_for_the_model_by_its_name_with_the_bar_moving() -> None:
    screen = Screen()
    asked(screen)
    assert screen.status == Status("Waiting for Ollama…", True)
    assert screen.flow.phase is TurnPhase.STREAMING and screen.flow.asks_model


def test_an_unconfigured_provider_is_waited_for_as_the_model() -> None:
    screen = Screen()
    screen.show(screen.flow.send("Hi"))
    screen.prepared(turn_of(message("q1", "user", "Hi"), "a1", config=None))
    assert screen.status.text == "Waiting for the model…"


def test_a_new_conversation_is_announced_to_the_list_when_prepared() -> None:
    screen = Screen()
    screen.show(screen.flow.send("Hi"))
    assert screen.list_refreshed == 0
    turn = turn_of(message("q1", "user", "Hi", conversation_id="new"), "a1")
    screen.prepared(turn)
    assert screen.list_refreshed == 1
    assert screen.flow.conversation == turn.conversation and screen.flow.streaming_here


def test_a_question_in_the_open_conversation_leaves_the_list_alone_until_answered() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), [])
    asked(screen)
    assert screen.list_refreshed == 0
    screen.show(screen.flow.finished(answered("Fine.")))
    assert screen.list_refreshed == 1


# --- streaming ---------------------------------------------------------------------------------


def test_first_text_says_answering_and_rests_the_bar() -> None:
    screen = Screen()
    asked(screen)
    screen.stream(TextDelta("Hel"), TextDelta("lo"), TextDelta("!"))
    assert screen.status == Status("Answering…", False)
    assert screen.texts[-1] == ("assistant", "Hello!")


def test_only_the_first_text_is_heard_besides_the_view() -> None:
    screen = Screen()
    asked(screen)
    tool = ToolCallDelta(0, "call-1", "search", "{}")
    screen.stream(TextDelta("a"), TextDelta("b"), tool, TextDelta("c"))
    assert screen.events_heard == [TextDelta("a"), tool]
    assert screen.flow.live is not None and screen.flow.live.parts == ["a", "b", "c"]


def test_retry_status_says_why_when_and_which_attempt_with_the_bar_moving() -> None:
    screen = Screen()
    asked(screen)
    error = RateLimited("The model server is busy.", retry_after=4.4)
    screen.stream(Retrying(attempt=2, delay_s=4.4, error=error))
    assert screen.status == Status(
        "The model server is busy. Trying again in 4 s (attempt 2)…", True
    )
    screen.stream(TextDelta("Now"))
    assert screen.status == Status("Answering…", False)


def test_finished_answer_replaces_the_streaming_one_and_the_page_rests() -> None:
    screen = Screen()
    asked(screen, "Question")
    screen.stream(TextDelta("Half"))
    screen.show(screen.flow.finished(answered("Half and whole.")))
    assert screen.texts == [("user", "Question"), ("assistant", "Half and whole.")]
    assert screen.status == Status("", False) and screen.busy == [True, False]
    assert not screen.flow.busy and screen.flow.turn is None and screen.flow.live is None
    last = screen.flow.last_answer()
    assert last is not None and last.content == "Half and whole."


def test_finished_answer_of_another_conversation_is_not_shown() -> None:
    screen = Screen()
    asked(screen, "In the first")
    other = [message("q9", "user", "Elsewhere", conversation_id="c2")]
    opened(screen, conversation("c2"), other)
    screen.stream(TextDelta("leak?"))
    screen.show(screen.flow.finished(answered("The first's answer.")))
    assert screen.texts == [("user", "Elsewhere")], "nothing leaked in"
    assert screen.flow.thread == other and screen.flow.last_answer() is None
    assert screen.status.text == "" and not screen.flow.busy, "the page rests all the same"


def test_finished_answer_after_a_new_chat_was_opened_is_not_shown() -> None:
    screen = Screen()
    asked(screen)
    screen.show(screen.flow.opened_new())
    screen.show(screen.flow.finished(answered("Too late.")))
    assert screen.texts == [] and screen.flow.thread == []


def test_coming_back_to_a_streaming_answer_shows_all_that_arrived() -> None:
    screen = Screen()
    turn = asked(screen, "Long story")
    screen.stream(TextDelta("Once "), TextDelta("upon "))
    opened(screen, conversation("c2"), [])
    screen.stream(TextDelta("a time"))
    saved = [
        message("q1", "user", "Long story"),
        message("a1", "assistant", "Once ", parent="q1", state=MessageState.STREAMING),
    ]
    opened(screen, turn.conversation, saved)
    assert screen.texts == [("user", "Long story"), ("assistant", "Once upon a time")]
    screen.stream(TextDelta("."))
    assert screen.texts[-1] == ("assistant", "Once upon a time.")


def test_a_conversation_opened_while_idle_shows_its_thread_as_saved() -> None:
    screen = Screen()
    thread = [message("q1", "user", "Hi"), message("a1", "assistant", "Hello", parent="q1")]
    opened(screen, conversation("c1"), thread)
    assert screen.texts == [("user", "Hi"), ("assistant", "Hello")]
    assert screen.flow.last_question() == thread[0] and screen.flow.last_answer() == thread[1]


# --- stopping ----------------------------------------------------------------------------------


def test_stop_before_the_question_is_saved_never_asks_the_model() -> None:
    screen = Screen()
    screen.show(screen.flow.send("Never mind"))
    screen.show(screen.flow.stop())
    assert screen.status == Status("Stopping…", True) and screen.work[-1:] != [CancelStream()]
    screen.prepared(turn_of(message("q1", "user", "Never mind"), "a1"))
    assert not screen.flow.asks_model, "the stream settles the answer as stopped"
    assert "Waiting for Ollama…" not in screen.statuses and screen.status.text == "Stopping…"
    screen.show(screen.flow.finished(answered("", state=MessageState.STOPPED)))
    assert screen.statuses[-2:] == ["Stopping…", ""] and not screen.flow.busy


def test_stop_while_streaming_cancels_the_request_once() -> None:
    screen = Screen()
    asked(screen)
    screen.stream(TextDelta("Some"))
    screen.show(screen.flow.stop())
    screen.show(screen.flow.stop())
    assert screen.work.count(CancelStream()) == 1 and screen.statuses.count("Stopping…") == 1
    assert screen.flow.stop_asked and not screen.flow.asks_model


def test_stop_asked_as_the_answer_appears_has_the_last_word() -> None:
    """Esc right after Enter: Stop arrives while the answer is being shown."""
    screen = Screen()
    screen.on_begin_answer = lambda: screen.show(screen.flow.stop())
    asked(screen)
    assert screen.status.text == "Stopping…", f"no 'Waiting for' after Stop: {screen.statuses}"
    assert not screen.flow.asks_model


def test_text_arriving_while_stopping_keeps_saying_stopping() -> None:
    screen = Screen()
    asked(screen)
    screen.show(screen.flow.stop())
    screen.stream(TextDelta("late"))
    assert screen.status == Status("Stopping…", True)


def test_stop_does_nothing_while_idle() -> None:
    flow = TurnFlow()
    assert flow.stop() == [] and flow.phase is TurnPhase.IDLE


def test_the_next_turn_after_a_stopped_one_asks_the_model_again() -> None:
    screen = Screen()
    screen.show(screen.flow.send("First"))
    screen.show(screen.flow.stop())
    screen.show(screen.flow.prepare_failed(ProviderUnreachable("No network.")))
    assert not screen.flow.busy and not screen.flow.stop_asked
    asked(screen, "Second")
    assert screen.flow.asks_model and screen.status.text == "Waiting for Ollama…"


# --- retry, continue, edit ---------------------------------------------------------------------


def interrupted_thread(content: str = "Half an") -> list[MessageRecord]:
    return [
        message("q1", "user", "Tell me"),
        message("a1", "assistant", content, parent="q1", state=MessageState.INTERRUPTED),
    ]


def test_retry_drops_the_last_answer_from_the_screen() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), interrupted_thread())
    screen.show(screen.flow.retry())
    assert screen.work == [Prepare("Preparing the answer", ReplyTo("q1"))]
    assert screen.status.text == "Sending…" and screen.busy == [True]
    screen.prepared(turn_of(message("q1", "user", "Tell me"), "a2"))
    assert screen.texts == [("user", "Tell me"), ("assistant", "")]
    assert screen.reloads == 1, "only the answer is dropped; the thread is not drawn again"


def test_regenerate_after_a_complete_answer_asks_the_same_question_again() -> None:
    screen = Screen()
    thread = [message("q1", "user", "Hi"), message("a1", "assistant", "Hello", parent="q1")]
    opened(screen, conversation("c1"), thread)
    screen.show(screen.flow.retry())
    assert screen.work == [Prepare("Preparing the answer", ReplyTo("q1"))]


def test_retry_with_no_question_does_nothing() -> None:
    flow = TurnFlow()
    assert flow.retry() == [] and flow.continue_answer() == [] and not flow.busy


def test_continue_streams_the_answer_again_in_place() -> None:
    screen = Screen()
    thread = interrupted_thread("The start of")
    opened(screen, conversation("c1"), thread)
    screen.show(screen.flow.continue_answer())
    assert screen.work == [Prepare("Preparing the answer", ContinueAnswer("a1"))]
    screen.prepared(turn_of(thread[0], "a1", prefix="The start of"))
    assert screen.texts == [("user", "Tell me"), ("assistant", "The start of")]
    screen.stream(TextDelta(" it"))
    assert screen.texts[-1] == ("assistant", "The start of it") and screen.reloads == 1


@pytest.mark.parametrize("state", [MessageState.COMPLETE, MessageState.FAILED])
def test_only_an_answer_that_ended_early_with_text_can_be_continued(state: str) -> None:
    screen = Screen()
    thread = [message("q1", "user", "Q"), message("a1", "assistant", "A", parent="q1", state=state)]
    opened(screen, conversation("c1"), thread)
    assert screen.flow.continue_answer() == [] and not screen.flow.busy


def test_edit_swaps_the_last_question() -> None:
    screen = Screen()
    thread = [
        message("q1", "user", "First"),
        message("a1", "assistant", "One", parent="q1"),
        message("q2", "user", "Secnod"),
        message("a2", "assistant", "Two", parent="q2"),
    ]
    opened(screen, conversation("c1"), thread)
    screen.show(screen.flow.edit_last_question("Second"))
    assert screen.work == [Prepare("Preparing the answer", EditQuestion("q2", "Second"))]
    edited = message("q3", "user", "Second", parent="a1")
    screen.prepared(turn_of(edited, "a3"))
    assert screen.texts == [
        ("user", "First"),
        ("assistant", "One"),
        ("user", "Second"),
        ("assistant", ""),
    ]
    assert screen.reloads == 1, "only the last question is swapped"
    assert screen.flow.last_question() == edited


def test_a_blank_edit_is_not_sent() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), interrupted_thread())
    assert screen.flow.edit_last_question("  ") == [] and not screen.flow.busy


def test_a_turn_off_the_thread_on_screen_shows_just_its_question() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), interrupted_thread())
    screen.show(screen.flow.retry())
    elsewhere = message("q7", "user", "Other branch", conversation_id="c1")
    screen.prepared(turn_of(elsewhere, "a7"))
    assert screen.texts == [("user", "Other branch"), ("assistant", "")]


def test_a_thread_that_differs_before_its_last_question_is_drawn_again() -> None:
    shown = interrupted_thread()
    thread = [message("q5", "user", "Else"), message("a5", "assistant", "Other", parent="q5")]
    assert screen_changes(shown, thread, conversation("c1")) == [
        ShowThread(conversation("c1"), thread)
    ]


# --- preparing fails ---------------------------------------------------------------------------


def test_gone_conversation_gives_the_text_back_and_starts_a_new_chat() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), [message("q1", "user", "Start something")])
    screen.show(screen.flow.send("One more thing"))
    screen.show(screen.flow.prepare_failed(ConversationNotFound("c1")))
    assert screen.given_back == ["One more thing"]
    assert screen.conversation is None and screen.flow.conversation is None
    assert screen.texts == [], "the unsent question is not on screen"
    assert screen.list_refreshed == 1 and screen.work[-1:] != [LoadConversation("c1")]
    assert screen.busy == [True, False] and screen.status == Status("", False)


def test_other_failures_give_the_text_back_and_reload_the_conversation() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), [message("q1", "user", "Start something")])
    screen.show(screen.flow.send("One more thing"))
    screen.show(screen.flow.prepare_failed(OSError("disk full")))
    assert screen.given_back == ["One more thing"]
    assert screen.work[-1] == LoadConversation("c1"), "the unsent question is dropped"
    assert screen.flow.conversation == conversation("c1") and not screen.flow.busy


def test_a_failed_retry_gives_no_text_back() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), interrupted_thread())
    screen.show(screen.flow.retry())
    screen.show(screen.flow.prepare_failed(OSError("disk full")))
    assert screen.given_back == [""]


def test_a_failed_edit_gives_the_edited_text_back() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), interrupted_thread())
    screen.show(screen.flow.edit_last_question("Better words"))
    screen.show(screen.flow.prepare_failed(OSError("disk full")))
    assert screen.given_back == ["Better words"]


def test_a_failure_in_a_new_chat_leaves_nothing_to_reload() -> None:
    screen = Screen()
    screen.show(screen.flow.send("Hello"))
    screen.show(screen.flow.prepare_failed(OSError("disk full")))
    assert screen.given_back == ["Hello"] and not any(
        isinstance(w, LoadConversation) for w in screen.work
    )


def test_after_a_failed_send_the_next_question_is_shown_when_prepared() -> None:
    screen = Screen()
    opened(screen, conversation("c1"), [])
    screen.show(screen.flow.send("Lost"))
    screen.show(screen.flow.prepare_failed(OSError("disk full")))
    opened(screen, conversation("c1"), [])
    screen.show(screen.flow.retry())  # nothing to retry: no question saved
    assert screen.work[-1] == LoadConversation("c1")
    screen.show(screen.flow.send("Again"))
    screen.prepared(turn_of(message("q2", "user", "Again"), "a2"))
    assert screen.texts == [("user", "Again"), ("assistant", "")]


def test_the_stream_is_started_with_the_answer_that_collects_its_text() -> None:
    screen = Screen()
    turn = asked(screen)
    (start,) = [w for w in screen.work if isinstance(w, StartStream)]
    assert start.turn is turn and start.live is screen.flow.live
