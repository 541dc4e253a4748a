"""Several assistants in one conversation: rounds, @mentions, a summariser, Stop and Retry,
against the real OpenAI SDK and the fake server, over a real data dir."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from core.chat.events import TextDelta
from core.chat.export import export_json, export_markdown
from core.chat.records import AssistantRecord, MessageState
from core.chat.rounds import RoundInvalid, Speaker, find_mention, round_order, run_round
from core.chat.service import ChatService
from core.chat.turns import RetryPolicy, Turn, TurnEvent
from core.root import Root, open_root
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine


def make(chat: ChatService, name: str, instructions: str) -> AssistantRecord:
    return chat.assistants.create(AssistantRecord(id="", name=name, instructions=instructions))


@pytest.fixture
def panel(chat: ChatService) -> list[AssistantRecord]:
    return [
        make(chat, "Optimist", "You see the bright side."),
        make(chat, "Skeptic", "You doubt every claim."),
        make(chat, "Engineer", "You care how it is built."),
    ]


def round_of(
    chat: ChatService, first: Turn, events: list[TurnEvent] | None = None
) -> list[tuple[str, str, str]]:
    speakers = round_order(first.conversation, {a.id: a for a in chat.assistants.all()})

    async def go() -> list[tuple[str, str, str]]:
        try:
            answers = await run_round(
                chat, first, speakers, on_event=None if events is None else events.append
            )
        finally:
            await chat.aclose()
        return [
            (a.speaker.assistant.name, a.result.answer.content, a.result.state) for a in answers
        ]

    return run_coroutine(go())


def system_of(request: Any) -> str:
    first = request.body["messages"][0]
    assert first["role"] == "system"
    return str(first["content"])


def start_round(chat: ChatService, panel: list[AssistantRecord], text: str, **options: Any) -> Turn:
    ids = [a.id for a in panel]
    return chat.ask(text, assistants=ids, answer_as=ids[0], **options)


def test_three_assistants_answer_in_order_each_with_its_own_prompt_and_label(
    chat: ChatService, server: FakeLLMServer, panel: list[AssistantRecord]
) -> None:
    server.enqueue(
        Reply(text="It will go well."), Reply(text="I doubt it."), Reply(text="Use Rust.")
    )
    first = start_round(chat, panel, "Should we rewrite it?")
    answers = round_of(chat, first)
    assert answers == [
        ("Optimist", "It will go well.", "complete"),
        ("Skeptic", "I doubt it.", "complete"),
        ("Engineer", "Use Rust.", "complete"),
    ]
    systems = [system_of(r) for r in server.requests]
    assert systems[0].startswith("You see the bright side.")
    assert systems[1].startswith("You doubt every claim.")
    assert systems[2].startswith("You care how it is built.")
    assert "You are Skeptic, one of several assistants" in systems[1]
    # Each sees the question and the earlier answers of the round, labelled by who gave them.
    last = server.requests[2].body["messages"][-1]
    assert last["role"] == "user"
    assert last["content"] == (
        "Should we rewrite it?\n\n[Optimist] said:\n\nIt will go well."
        "\n\n[Skeptic] said:\n\nI doubt it."
    )
    thread = chat.conversations.thread(first.conversation.id)
    names = chat.assistants.names()
    assert [(m.role, names.get(m.assistant_id or "")) for m in thread] == [
        ("user", None),
        ("assistant", "Optimist"),
        ("assistant", "Skeptic"),
        ("assistant", "Engineer"),
    ]


def test_the_round_is_saved_with_the_conversation_and_survives_a_reopen(
    chat: ChatService, server: FakeLLMServer, panel: list[AssistantRecord], services: Root
) -> None:
    summarizer = make(chat, "Chair", "You chair the meeting.")
    first = chat.ask(
        "Hello all", assistants=[a.id for a in panel], summarizer_id=summarizer.id,
        answer_as=panel[0].id,
    )  # fmt: skip
    round_of(chat, first)
    reopened = open_root(services.paths)
    try:
        conversation = reopened.chat.conversations.get(first.conversation.id)
        assert conversation.assistant_ids == tuple(a.id for a in panel)
        assert conversation.summarizer_id == summarizer.id
    finally:
        reopened.close()


def test_the_summariser_answers_last_and_sees_every_answer_of_the_round(
    chat: ChatService, server: FakeLLMServer, panel: list[AssistantRecord]
) -> None:
    chair = make(chat, "Chair", "You chair the meeting.")
    server.enqueue(
        Reply(text="Yes!"), Reply(text="No."), Reply(text="Maybe."), Reply(text="Split vote.")
    )
    first = chat.ask(
        "Ship on Friday?", assistants=[a.id for a in panel], summarizer_id=chair.id,
        answer_as=panel[0].id,
    )  # fmt: skip
    answers = round_of(chat, first)
    assert [name for name, _text, _state in answers] == [
        "Optimist",
        "Skeptic",
        "Engineer",
        "Chair",
    ]
    assert answers[-1][1] == "Split vote."
    summary_request = server.requests[3]
    system = system_of(summary_request)
    assert system.startswith("You chair the meeting.")
    assert "sum it up" in system and "Optimist, Skeptic, Engineer" in system
    seen = summary_request.body["messages"][-1]["content"]
    for name, text in (("Optimist", "Yes!"), ("Skeptic", "No."), ("Engineer", "Maybe.")):
        assert f"[{name}] said:\n\n{text}" in seen


def test_stop_mid_round_ends_it_and_no_later_assistant_starts(
    chat: ChatService, server: FakeLLMServer, panel: list[AssistantRecord]
) -> None:
    server.enqueue(
        Reply(text="Bright."),
        Reply(tokens=[f" doubt{i}" for i in range(300)], token_delay=0.02),
        Reply(text="Never asked."),
    )
    first = start_round(chat, panel, "Go?")
    speakers = round_order(first.conversation, {a.id: a for a in chat.assistants.all()})
    received: list[str] = []
    started: list[str] = []

    async def scenario() -> None:
        def on_start(speaker: Speaker) -> None:
            started.append(speaker.assistant.name)
            received.clear()

        def on_event(event: TurnEvent) -> None:
            if isinstance(event, TextDelta):
                received.append(event.text)

        task = asyncio.ensure_future(
            run_round(chat, first, speakers, on_start=on_start, on_event=on_event)
        )
        while not (started == ["Optimist", "Skeptic"] and len(received) >= 3):
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0.3)  # time enough for a third answer to start, were it to
        await chat.aclose()

    run_coroutine(scenario())
    assert started == ["Optimist", "Skeptic"]
    assert len(server.requests) == 2, "the third assistant was never asked"
    thread = chat.conversations.thread(first.conversation.id)
    assert [m.state for m in thread[1:]] == [MessageState.COMPLETE, MessageState.STOPPED]
    assert thread[-1].content.startswith(" doubt0 doubt1")


def test_retry_reanswers_with_the_same_assistant(
    chat: ChatService, server: FakeLLMServer, panel: list[AssistantRecord]
) -> None:
    server.enqueue(Reply(text="A."), Reply(text="B.", status=500, error_message="boom"))
    chat.retry = RetryPolicy(attempts=1, base_delay_s=0.01)
    first = start_round(chat, panel, "Question?")
    answers = round_of(chat, first)
    assert [(n, s) for n, _t, s in answers] == [("Optimist", "complete"), ("Skeptic", "error")]
    failed = chat.conversations.thread(first.conversation.id)[-1]
    server.enqueue(Reply(text="B, second try."))
    turn = chat.reply_to(failed.parent_id or "", assistant_id=failed.assistant_id)

    async def go() -> str:
        try:
            return (await chat.run(turn)).answer.content
        finally:
            await chat.aclose()

    assert run_coroutine(go()) == "B, second try."
    assert system_of(server.requests[-1]).startswith("You doubt every claim.")
    retried = chat.conversations.thread(first.conversation.id)[-1]
    assert retried.assistant_id == panel[1].id and retried.content == "B, second try."


def test_a_mention_picks_the_longest_matching_name() -> None:
    code = AssistantRecord(id="1", name="Code")
    helper = AssistantRecord(id="2", name="Code helper")
    editor = AssistantRecord(id="3", name="Writing editor")
    assistants = [code, helper, editor]
    assert find_mention("@code helper why does this fail?", assistants) == helper
    assert find_mention("Please, @Code: look", assistants) == code
    assert find_mention("hi @writing editor", assistants) == editor
    assert find_mention("mail me at me@code.org", assistants) is None
    assert find_mention("@Coder", assistants) is None


def test_a_mentioned_assistant_alone_answers(
    chat: ChatService, server: FakeLLMServer, panel: list[AssistantRecord]
) -> None:
    conversation = chat.conversations.create(title="Panel")
    chat.set_assistants(conversation.id, [a.id for a in panel])
    text = "@Engineer how would you build it?"
    mentioned = find_mention(text, panel)
    assert mentioned is not None
    server.enqueue(Reply(text="With care."))
    turn = chat.ask(text, conversation_id=conversation.id, answer_as=mentioned.id)

    async def go() -> None:
        try:
            await chat.run(turn)
        finally:
            await chat.aclose()

    run_coroutine(go())
    assert len(server.requests) == 1
    assert system_of(server.requests[0]).startswith("You care how it is built.")
    thread = chat.conversations.thread(conversation.id)
    assert [m.assistant_id for m in thread] == [None, panel[2].id]


def test_exports_say_which_assistant_wrote_each_answer(
    chat: ChatService, server: FakeLLMServer, panel: list[AssistantRecord]
) -> None:
    chair = make(chat, "Chair", "Sum up.")
    server.enqueue(
        Reply(text="Up."), Reply(text="Down."), Reply(text="Sideways."), Reply(text="Mixed.")
    )
    first = chat.ask(
        "Where next?", assistants=[a.id for a in panel], summarizer_id=chair.id,
        answer_as=panel[0].id,
    )  # fmt: skip
    round_of(chat, first)
    conversation = chat.conversations.get(first.conversation.id)
    thread = chat.conversations.thread(conversation.id)
    names = chat.assistants.names()
    markdown = export_markdown(conversation, thread, names=names)
    assert "Assistants: Optimist, Skeptic, Engineer; summarised by Chair" in markdown
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == [
        "## You",
        "## Optimist (fake-model)",
        "## Skeptic (fake-model)",
        "## Engineer (fake-model)",
        "## Chair, summary (fake-model)",
    ]
    data = json.loads(export_json(conversation, thread, names=names))
    assert [(m["assistant"], m["text"], m["summary"]) for m in data["messages"]] == [
        (None, "Where next?", False),
        ("Optimist", "Up.", False),
        ("Skeptic", "Down.", False),
        ("Engineer", "Sideways.", False),
        ("Chair", "Mixed.", True),
    ]
    assert data["assistants"] == ["Optimist", "Skeptic", "Engineer"]
    assert data["summarizer"] == "Chair"


def test_bad_rounds_are_refused_with_a_clear_message(
    chat: ChatService, panel: list[AssistantRecord]
) -> None:
    conversation = chat.conversations.create(title="Panel")
    with pytest.raises(RoundInvalid, match="There is no assistant “nobody”"):
        chat.set_assistants(conversation.id, [panel[0].id, "nobody"])
    with pytest.raises(RoundInvalid, match="Skeptic cannot both answer in the round and summarise"):
        chat.set_assistants(conversation.id, [a.id for a in panel], panel[1].id)
    assert chat.conversations.get(conversation.id).assistant_ids == ()


def test_the_conversations_assistants_are_recorded_for_sync(
    chat: ChatService, panel: list[AssistantRecord], services: Root
) -> None:
    from sqlalchemy import select

    from core.db.models import OutboxEntry

    conversation = chat.conversations.create(title="Panel")
    chat.set_assistants(conversation.id, [panel[1].id, panel[0].id])
    with services.database.read() as session:
        recorded = [
            dict(e.fields)
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
            if e.entity_id == conversation.id and "assistant_ids" in e.fields
        ]
    assert recorded[-1]["assistant_ids"] == [panel[1].id, panel[0].id]


def test_the_page_flow_asks_each_assistant_in_turn_and_a_failure_ends_the_round() -> None:
    from dataclasses import replace

    from core.chat.turn_flow import Ask, Prepare, ReplyTo, SetBusy, TurnFlow
    from core.chat.turns import TurnResult
    from tests.core.test_chat_turn_flow import message, turn_of

    flow = TurnFlow()
    effects = flow.send("Go?", speakers=["a", "b", "c"])
    (ask,) = [e.step for e in effects if isinstance(e, Prepare)]
    assert isinstance(ask, Ask) and ask.answer_as == "a"
    question = message("q", "user", "Go?")
    flow.prepared(turn_of(question, "r1"), on_event=lambda _e: None, sink=None)
    first = replace(message("r1", "assistant", "Yes.", parent="q"), assistant_id="a")
    effects = flow.finished(TurnResult(first, None))
    assert [e.step for e in effects if isinstance(e, Prepare)] == [ReplyTo("r1", "b")]
    assert flow.busy and not any(isinstance(e, SetBusy) for e in effects)
    flow.prepared(turn_of(first, "r2"), on_event=lambda _e: None, sink=None)
    failed = replace(
        message("r2", "assistant", "", parent="r1", state=MessageState.FAILED), assistant_id="b"
    )
    effects = flow.finished(TurnResult(failed, None))
    assert not any(isinstance(e, Prepare) for e in effects), "c never starts"
    assert SetBusy(False) in effects and not flow.busy
    # Retry: that one answer again, by the same assistant, and no more of the round.
    (retry,) = [e.step for e in flow.retry() if isinstance(e, Prepare)]
    assert retry == ReplyTo("r1", "b") and flow.round == []
