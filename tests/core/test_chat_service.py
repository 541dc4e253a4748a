"""Turns end to end: real SDK, real local server, real SQLite; every fault ends in its state."""

from __future__ import annotations

import asyncio
import time
from contextlib import closing
from typing import Any

import pytest
from sqlalchemy import select

from core.chat.events import TextDelta
from core.chat.prompting import CONTINUE_INSTRUCTION
from core.chat.records import AssistantRecord, MessageState
from core.chat.resolution import ProviderChoice
from core.chat.service import ChatService
from core.chat.turns import Retrying, RetryPolicy, Turn, TurnEvent, TurnResult
from core.db.models import Message, OutboxEntry
from core.root import Root, open_root
from core.sources import KnowledgeScope, SourcePassage
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine

ANSWER = "First paragraph with **bold**.\n\nSecond paragraph, then a list:\n\n- one\n- two\n"


def run(chat: ChatService, turn: Turn, events: list[TurnEvent] | None = None) -> TurnResult:
    async def go() -> TurnResult:
        try:
            return await chat.run(turn, None if events is None else events.append)
        finally:
            await chat.aclose()  # clients belong to this loop

    return run_coroutine(go())


def ask(chat: ChatService, text: str = "What now?", **options: Any) -> TurnResult:
    return run(chat, chat.ask(text, **options))


def test_answer_streams_and_is_saved_complete_with_metrics(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text=ANSWER))
    events: list[TurnEvent] = []
    result = run(chat, chat.ask("Tell me something"), events)
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == ANSWER
    assert result.state == MessageState.COMPLETE and result.error is None
    saved = chat.conversations.message(result.answer.id)
    assert saved.content == ANSWER and saved.state == "complete" and saved.model == "fake-model"
    metrics = saved.metrics
    assert metrics["ttft_ms"] is not None and metrics["duration_ms"] >= metrics["ttft_ms"]
    assert metrics["input_tokens"] == 12 and metrics["tokens_estimated"] is False
    assert metrics["output_tokens"] > 1 and metrics["cost_usd"] == 0.0 and metrics["attempts"] == 1
    thread = chat.conversations.thread(saved.conversation_id)
    assert [(m.role, m.content) for m in thread] == [
        ("user", "Tell me something"),
        ("assistant", ANSWER),
    ]
    assert chat.conversations.get(saved.conversation_id).title == "Tell me something"


def test_question_is_committed_before_the_request_is_sent(
    chat: ChatService, services: Root, server: FakeLLMServer
) -> None:
    seen: list[list[tuple[str, str]]] = []

    def check(_request: object) -> None:
        with services.database.read() as session:
            rows = session.scalars(select(Message).order_by(Message.created_at_ms))
            seen.append([(m.role, m.state) for m in rows])

    server.on_request = check
    ask(chat, "Is this saved first?")
    assert seen == [[("user", "complete"), ("assistant", "streaming")]]


def test_drafts_are_committed_while_streaming_and_only_the_final_text_syncs(
    chat: ChatService, services: Root, server: FakeLLMServer
) -> None:
    ask(chat, "Warm up")  # the first request imports the SDK; time the stream, not that
    tokens = [f" word{i}" for i in range(30)]
    server.enqueue(Reply(tokens=tokens, token_delay=0.01))
    turn = chat.ask("Stream slowly")
    seen_mid_stream: list[str] = []

    def peek(event: TurnEvent) -> None:
        if isinstance(event, TextDelta) and event.text == " word25":
            with services.database.read() as session:
                row = session.get(Message, turn.answer_id)
                assert row is not None and row.state == "streaming"
                seen_mid_stream.append(row.content)

    run_coroutine(_run_with(chat, turn, peek))
    final = "".join(tokens)
    assert seen_mid_stream and len(seen_mid_stream[0]) > len(" word1" * 10)
    assert final.startswith(seen_mid_stream[0])
    with services.database.read() as session:
        changes = list(
            session.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == turn.answer_id))
        )
    contents = [c.fields["content"] for c in changes if "content" in c.fields]
    assert contents == ["", final], "drafts must not reach the outbox; the final text must"
    assert changes[-1].fields["state"] == "complete"


def test_text_before_a_stall_is_committed_during_the_stall(
    chat: ChatService, services: Root, server: FakeLLMServer
) -> None:
    ask(chat, "Warm up")
    server.enqueue(Reply(tokens=[" one", " two", " three", " four"], pause_after=3, pause_s=1.0))
    turn = chat.ask("Think in the middle")
    saved_during_stall: list[str] = []

    async def watch() -> TurnResult:
        streaming = asyncio.ensure_future(chat.run(turn))
        while not server.sent or len(server.sent) < 3:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.4)  # well into the stall: several draft intervals later
        with services.database.read() as session:
            row = session.get(Message, turn.answer_id)
            assert row is not None
            saved_during_stall.append(row.content)
        return await streaming

    result = run_coroutine(_with_clients_closed(chat, watch()))
    assert saved_during_stall == [" one two three"], "what arrived before the stall is on disk"
    assert result.answer.content == " one two three four" and result.state == "complete"


async def _with_clients_closed(chat: ChatService, work: Any) -> TurnResult:
    try:
        result: TurnResult = await work
        return result
    finally:
        await chat.aclose()


async def _run_with(chat: ChatService, turn: Turn, on_event: Any) -> TurnResult:
    try:
        return await chat.run(turn, on_event)
    finally:
        await chat.aclose()


def test_rate_limit_before_the_first_token_waits_retry_after_then_answers(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(status=429, headers={"retry-after": "1"}), Reply(text="Made it."))
    events: list[TurnEvent] = []
    started = time.monotonic()
    result = run(chat, chat.ask("Busy?"), events)
    assert time.monotonic() - started >= 0.95
    retries = [e for e in events if isinstance(e, Retrying)]
    assert [(r.attempt, r.delay_s, r.error.kind) for r in retries] == [(2, 1.0, "rate_limit")]
    assert result.state == "complete" and result.answer.content == "Made it."
    assert result.answer.metrics["attempts"] == 2 and len(server.requests) == 2


def test_server_errors_are_retried_with_backoff_then_reported(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(*(Reply(status=503) for _ in range(3)))
    result = run(chat, chat.ask("Anyone there?"))
    assert len(server.requests) == 3
    assert result.state == MessageState.FAILED and result.answer.content == ""
    assert result.error is not None and result.error.kind == "server"
    assert "temporary" in (result.answer.error or "")


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        (Reply(status=401), "auth"),
        (Reply(status=404, error_message="model not found", error_code="model_not_found"), "model"),
        (Reply(status=400, error_code="context_length_exceeded"), "context"),
    ],
)
def test_errors_that_waiting_cannot_fix_are_not_retried(
    chat: ChatService, server: FakeLLMServer, reply: Reply, kind: str
) -> None:
    server.enqueue(reply)
    result = run(chat, chat.ask("Try once"))
    assert len(server.requests) == 1
    assert result.state == "error" and result.error is not None and result.error.kind == kind
    assert result.answer.error == str(result.error)


@pytest.mark.parametrize(
    "fault", [{"drop_after": 3}, {"end_after": 3}, {"malformed_after": 3}], ids=str
)
def test_failure_mid_stream_keeps_the_partial_answer_marked_interrupted(
    chat: ChatService, server: FakeLLMServer, fault: dict[str, int]
) -> None:
    server.enqueue(Reply(text="alpha beta gamma delta epsilon", **fault))  # type: ignore[arg-type]
    result = run(chat, chat.ask("Go"))
    assert result.state == MessageState.INTERRUPTED
    assert result.answer.content == "alpha beta gamma"
    assert result.answer.resumable and "Continue" in (result.answer.error or "")
    assert len(server.requests) == 1, "no retry once text has arrived"


def test_slow_first_token_is_waited_for_and_measured(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="Worth the wait.", first_token_delay=0.4))
    result = run(chat, chat.ask("Think hard"))
    assert result.state == "complete" and result.answer.metrics["ttft_ms"] >= 400


def test_first_token_later_than_the_timeout_is_retried(
    services: Root, server: FakeLLMServer
) -> None:
    server.serve(services)
    chat = services.chat
    chat.retry, chat.request_timeout_s = RetryPolicy(base_delay_s=0.01), 0.3
    server.enqueue(Reply(text="too late", first_token_delay=1.0), Reply(text="On time."))
    result = run(chat, chat.ask("Quick?"))
    assert result.state == "complete" and result.answer.content == "On time."
    assert result.answer.metrics["attempts"] == 2


def test_stop_cancels_within_100_ms_and_keeps_what_arrived(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="warm"))
    ask(chat, "Warm up")  # the first request imports the SDK; time the stop, not that
    server.enqueue(Reply(tokens=[f" t{i}" for i in range(200)], token_delay=0.02))
    turn = chat.ask("Talk for a while")
    received: list[str] = []

    async def scenario() -> float:
        task = asyncio.ensure_future(
            chat.run(turn, lambda e: received.append(e.text) if isinstance(e, TextDelta) else None)
        )
        while len(received) < 5:
            await asyncio.sleep(0.005)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        elapsed = time.monotonic() - started
        await chat.aclose()
        return elapsed

    elapsed = run_coroutine(scenario())
    assert elapsed < 0.1, f"Stop took {elapsed * 1000:.0f} ms"
    saved = chat.conversations.message(turn.answer_id)
    assert saved.state == MessageState.STOPPED and saved.content == "".join(received)
    deadline = time.monotonic() + 1
    while server.disconnected_at is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.disconnected_at is not None, "the server saw the connection close"


def test_stop_before_the_first_token_leaves_an_empty_stopped_answer_to_retry_not_continue(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="Too slow to matter", first_token_delay=5.0), Reply(text="Again."))
    turn = chat.ask("Slow start")

    async def scenario() -> None:
        task = asyncio.ensure_future(chat.run(turn))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run_coroutine(scenario())
    saved = chat.conversations.message(turn.answer_id)
    assert saved.state == MessageState.STOPPED and saved.content == ""
    assert saved.ended_early and not saved.resumable, "nothing arrived: nothing to continue"
    with pytest.raises(ValueError, match="with some text"):
        chat.continue_answer(saved.id)
    again = run(chat, chat.reply_to(turn.question.id))
    assert again.state == "complete" and again.answer.content == "Again."


def test_a_continue_stopped_before_it_streams_keeps_the_answer_it_continues(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="The first half", drop_after=2))
    cut = ask(chat, "Explain")
    turn = chat.continue_answer(cut.answer.id)  # prepared: the answer streams again...
    assert chat.conversations.message(cut.answer.id).state == MessageState.STREAMING
    settled = chat.settle_stopped(turn.answer_id)  # ...but Stop came before it began
    assert settled.state == MessageState.STOPPED and settled.content == "The first"
    assert settled.metrics == cut.answer.metrics and settled.resumable
    assert chat.settle_stopped(turn.answer_id) == settled, "settling twice changes nothing"


def test_continue_appends_to_an_interrupted_answer(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="The first half", drop_after=2), Reply(text=" half, and the rest."))
    cut = ask(chat, "Explain")
    assert cut.answer.content == "The first"
    result = run(chat, chat.continue_answer(cut.answer.id))
    assert result.answer.id == cut.answer.id
    assert result.state == "complete" and result.answer.content == "The first half, and the rest."
    sent = server.requests[-1].body["messages"]
    assert sent[-2] == {"role": "assistant", "content": "The first"}
    assert sent[-1] == {"role": "user", "content": CONTINUE_INSTRUCTION}


def test_retry_adds_a_new_answer_and_keeps_the_interrupted_one(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="cut short here", drop_after=1), Reply(text="Complete answer."))
    cut = ask(chat, "Again?")
    result = run(chat, chat.reply_to(cut.answer.parent_id or ""))
    thread = chat.conversations.thread(cut.answer.conversation_id)
    assert [m.content for m in thread] == ["Again?", "Complete answer."]
    everything = chat.conversations.messages(cut.answer.conversation_id)
    assert [m.content for m in everything if m.role == "assistant"] == ["cut", "Complete answer."]
    assert result.answer.parent_id == cut.answer.parent_id


def test_editing_the_last_question_branches_and_keeps_the_original(
    chat: ChatService, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="One."), Reply(text="Two."), Reply(text="Two, better."))
    first = ask(chat, "First question")
    second = ask(chat, "Secnd question", conversation_id=first.answer.conversation_id)
    edited = run(chat, chat.edit_question(second.answer.parent_id or "", "Second question"))
    thread = chat.conversations.thread(first.answer.conversation_id)
    expected = ["First question", "One.", "Second question", "Two, better."]
    assert [m.content for m in thread] == expected
    assert len(chat.conversations.messages(first.answer.conversation_id)) == 6
    sent = server.requests[-1].body["messages"]
    assert [m["content"] for m in sent] == ["First question", "One.", "Second question"]
    assert edited.state == "complete"


class TinyRetriever:
    """Finds two passages for anything, and remembers what it was asked."""

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.scopes: list[KnowledgeScope | None] = []

    def retrieve(
        self, query: str, *, limit: int = 5, scope: KnowledgeScope | None = None
    ) -> list[SourcePassage]:
        self.queries.append(query)
        self.scopes.append(scope)
        return [
            SourcePassage(7, "doc-1", "Annual report", "Revenue grew 12%.", 4, 4, 11, 0.9),
            SourcePassage(9, "doc-2", "Notes", "Costs fell.", None, None, 12, 0.5),
        ]


def test_knowledge_passages_are_numbered_in_the_prompt_and_saved_as_sources(
    chat: ChatService, server: FakeLLMServer
) -> None:
    retriever = TinyRetriever()
    chat.retriever = retriever
    researcher = chat.assistants.create(
        AssistantRecord(id="", name="Researcher", instructions="Cite.", knowledge_enabled=True)
    )
    plain = chat.assistants.create(AssistantRecord(id="", name="Plain"))
    server.enqueue(Reply(text="Revenue grew [1]; costs fell [2]."), Reply(text="No sources."))
    result = ask(chat, "How did we do?", assistant_id=researcher.id)
    system = server.requests[-1].body["messages"][0]
    assert system["role"] == "system" and system["content"].startswith("Cite.")
    assert "[1] Annual report, p. 4\nRevenue grew 12%." in system["content"]
    assert "[2] Notes\nCosts fell." in system["content"]
    assert [p.number for p in result.answer.passages] == [1, 2]
    assert result.answer.passages[0].document_id == "doc-1"
    assert retriever.queries == ["How did we do?"]
    ask(chat, "And now?", assistant_id=plain.id)
    assert retriever.queries == ["How did we do?"], "no knowledge: no retrieval"
    assert server.requests[-1].body["messages"][0]["role"] == "user"


def test_without_a_retriever_knowledge_assistants_answer_as_usual(
    chat: ChatService, server: FakeLLMServer
) -> None:
    researcher = chat.assistants.find("Research with my documents")
    assert researcher is not None and researcher.knowledge_enabled
    result = ask(chat, "Anything?", assistant_id=researcher.id)
    assert result.state == "complete" and result.answer.sources == []
    assert "Passages from" not in server.requests[-1].body["messages"][0]["content"]


def test_without_a_provider_the_question_is_kept_and_the_answer_says_what_to_do(
    services: Root,
) -> None:
    chat = services.chat
    result = ask(chat, "Hello?")
    assert result.state == MessageState.FAILED and result.error is not None
    assert result.error.kind == "setup" and "Settings → Chat" in str(result.error)
    thread = chat.conversations.thread(result.answer.conversation_id)
    assert thread[0].content == "Hello?" and thread[0].role == "user"


def test_cloud_key_comes_from_the_secret_store(services: Root, server: FakeLLMServer) -> None:
    services.secrets.set("anthropic_api_key", "sk-ant-test-0123456789")
    chat = services.chat
    server.enqueue(Reply(text="From Anthropic's format."))
    choice = ProviderChoice("anthropic", "claude-sonnet-4-6", server.url)
    result = ask(chat, "Hi", choice=choice)
    assert result.answer.content == "From Anthropic's format."
    assert server.requests[-1].path == "/v1/messages"
    assert server.requests[-1].headers["authorization"] == "Bearer sk-ant-test-0123456789"
    assert result.answer.metrics["cost_usd"] > 0
    missing = ask(chat, "Hi", choice=ProviderChoice("openai", "gpt-4o-mini"))
    assert missing.error is not None and "no OpenAI API key" in str(missing.error)


def test_answers_left_streaming_by_a_dead_process_are_recovered_as_interrupted(
    chat: ChatService, services: Root
) -> None:
    turn = chat.ask("Never streamed")  # prepared, then "the app died"
    chat.save_draft(turn.answer_id, "Partial text")
    services.close()  # the process dies; the next one opens the data dir
    with closing(open_root(services.paths)) as next_start:
        saved = next_start.chat.conversations.message(turn.answer_id)
    assert saved.state == MessageState.INTERRUPTED and saved.content == "Partial text"
    assert saved.error and "closed before" in saved.error and "Continue" in saved.error
    assert saved.resumable


def test_an_answer_a_dead_process_left_empty_is_recovered_with_retry_not_continue(
    chat: ChatService, services: Root
) -> None:
    turn = chat.ask("Died before the first token")
    services.close()
    with closing(open_root(services.paths)) as next_start:
        saved = next_start.chat.conversations.message(turn.answer_id)
    assert saved.state == MessageState.INTERRUPTED and saved.content == ""
    assert saved.error and "before any of this answer arrived" in saved.error
    assert "Retry" in saved.error and "Continue" not in saved.error
    assert saved.ended_early and not saved.resumable


def test_a_conversation_turns_its_assistants_documents_off_and_on(
    chat: ChatService, server: FakeLLMServer
) -> None:
    retriever = TinyRetriever()
    chat.retriever = retriever
    researcher = chat.assistants.find("Research with my documents")
    assert researcher is not None and researcher.knowledge_enabled
    server.enqueue(Reply(text="Without sources."), Reply(text="With sources [1]."))
    off = ask(chat, "First?", assistant_id=researcher.id, knowledge=KnowledgeScope(use=False))
    assert retriever.queries == [] and off.answer.passages == []
    conversation = off.answer.conversation_id
    assert chat.conversations.get(conversation).knowledge.use is False, "saved with it"
    chat.conversations.set_knowledge(conversation, KnowledgeScope(use=True, tags=("HR",)))
    on = ask(chat, "Second?", conversation_id=conversation)
    assert retriever.queries == ["Second?"] and [p.number for p in on.answer.passages] == [1, 2]
    assert retriever.scopes == [KnowledgeScope(use=True, tags=("HR",))]
