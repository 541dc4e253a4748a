"""The tool loop in chat: the fake OpenAI and Anthropic servers ask for tools, the real SDKs
stream the calls, real MCP server processes answer, and the answer shows each call inline."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.chat.records import MessageState
from core.chat.resolution import ProviderChoice, configure_provider
from core.chat.service import ChatService
from core.chat.tool_loop import CARD_MARK, ToolUse, strip_tool_cards
from core.chat.turns import Turn, TurnResult
from core.root import Root
from core.tools.log import CallState
from core.tools.runner import Approval, ApprovalRequest, ApprovedBy
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine

REPO = Path(__file__).resolve().parents[2]
TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))
GET_TIME = ("time__get_current_time", '{"timezone": "Europe/Paris"}')


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


@pytest.fixture
def chat(services: Root, server: FakeLLMServer) -> ChatService:
    configure_provider(
        services.settings, services.secrets, "openai_compatible", "fake-model",
        server.openai_url, "",
    )  # fmt: skip
    services.secrets.set("anthropic_api_key", "x")
    services.tools.hub.base_backoff_s = 0.1
    return services.chat


def add_fake(services: Root, mode: str, name: str, timeout_s: float = 10) -> None:
    services.tools.servers.add_stdio(
        name, sys.executable, ["-m", "tests.fakes.mcp_server", mode], cwd=str(REPO),
        timeout_s=timeout_s,
    )  # fmt: skip


class Asked:
    """An approver that answers as told and remembers what it was asked."""

    def __init__(self, answer: Approval = Approval.ONCE) -> None:
        self.answer = answer
        self.asked: list[str] = []

    async def __call__(self, request: ApprovalRequest) -> Approval:
        self.asked.append(request.spec.name)
        return self.answer


def run(services: Root, turn: Turn, approve: Asked | None = None, max_steps: int = 6) -> TurnResult:
    chat = services.chat
    tools = ToolUse(services.tools.runner, approve or Asked(), max_steps)

    async def go() -> TurnResult:
        try:
            return await chat.run(turn, tools=tools)
        finally:
            await chat.aclose()

    return run_coroutine(go())


@pytest.mark.parametrize("kind", ["openai_compatible", "anthropic"])
def test_the_model_calls_the_real_time_server_and_answers(
    services: Root, chat: ChatService, server: FakeLLMServer, kind: str
) -> None:
    services.tools.servers.add_stdio("time", TIME_SERVER, ["--local-timezone", "UTC"])
    server.enqueue(
        Reply(text="Let me look. ", tool_calls=[GET_TIME]), Reply(text="It is evening in Paris.")
    )
    base = server.url if kind == "anthropic" else server.openai_url
    turn = chat.ask("What time is it in Paris?", choice=ProviderChoice(kind, "fake-model", base))
    approve = Asked()
    result = run(services, turn, approve)
    assert result.state == MessageState.COMPLETE and approve.asked == []  # read-only: automatic
    answer = result.answer.content
    assert answer.startswith("Let me look. ") and answer.endswith("It is evening in Paris.")
    assert f"{CARD_MARK}**time__get_current_time**" in answer and "Europe/Paris" in answer
    first, second = server.requests[-2].body, server.requests[-1].body
    offered = [t["function"]["name"] if "function" in t else t["name"] for t in first["tools"]]
    assert "time__get_current_time" in offered and "calculator" in offered
    sent = json.dumps(second["messages"])
    assert '\\"timezone\\": \\"Europe/Paris\\"' in sent and "datetime" in sent
    logged = services.tools.log.entries(message_id=result.answer.id)
    assert [(e.tool, e.state, e.approved_by) for e in logged] == [
        ("get_current_time", CallState.DONE, ApprovedBy.READ_ONLY)
    ]
    assert "Europe/Paris" in logged[0].result
    # The cards were for the user: the next turn sends the model the text alone.
    server.enqueue(Reply(text="Bye."))
    run(services, chat.ask("Thanks", conversation_id=result.answer.conversation_id))
    history = server.requests[-1].body["messages"]
    assert CARD_MARK not in json.dumps(history, ensure_ascii=False)


def test_a_missing_tool_and_bad_arguments_go_back_to_the_model_and_the_chat_goes_on(
    services: Root, chat: ChatService, server: FakeLLMServer
) -> None:
    calls = [
        ("delete_everything", "{}"),
        ("calculator", '{"expr": 2}'),
        ("calculator", '{"expression": "2 + 2'),
        ("calculator", '{"expression": "6 * 7"}'),
    ]
    server.enqueue(Reply(text="", tool_calls=calls), Reply(text="The answer is 42."))
    result = run(services, chat.ask("Compute"))
    assert result.state == MessageState.COMPLETE
    assert result.answer.content.endswith("The answer is 42.")
    results = [m for m in server.requests[-1].body["messages"] if m["role"] == "tool"]
    texts = [m["content"] for m in results]
    assert "There is no tool named delete_everything" in texts[0]
    assert "'expression' is a required property" in texts[1]
    assert "not valid JSON" in texts[2]
    assert texts[3] == "42"
    states = [e.state for e in reversed(services.tools.log.entries(message_id=result.answer.id))]
    assert states == [CallState.REJECTED] * 3 + [CallState.DONE]


def test_a_tool_that_writes_asks_first_and_always_allow_remembers_the_server(
    services: Root, chat: ChatService, server: FakeLLMServer
) -> None:
    add_fake(services, "ok", "notes")
    write = ("notes__write_note", '{"note": "buy milk"}')
    server.enqueue(Reply(text="", tool_calls=[write]), Reply(text="I did not write it."))
    denied = Asked(Approval.DENY)
    result = run(services, chat.ask("Note this"), denied)
    assert denied.asked == ["notes__write_note"]
    assert result.state == MessageState.COMPLETE and "did not allow" in result.answer.content
    server.enqueue(Reply(text="", tool_calls=[write]), Reply(text="Written."))
    always = Asked(Approval.ALWAYS_FOR_SERVER)
    run(services, chat.ask("Note this again"), always)
    server.enqueue(Reply(text="", tool_calls=[write]), Reply(text="Written again."))
    never = Asked(Approval.DENY)
    run(services, chat.ask("And again"), never)
    assert always.asked == ["notes__write_note"] and never.asked == []
    assert services.tools.servers.find("notes").always_allow
    by = [e.approved_by for e in reversed(services.tools.log.entries(server="notes"))]
    assert by == [ApprovedBy.DENIED, ApprovedBy.ALWAYS, ApprovedBy.ALWAYS]


def test_the_step_limit_ends_a_model_that_keeps_calling_tools(
    services: Root, chat: ChatService, server: FakeLLMServer
) -> None:
    server.default = Reply(text="", tool_calls=[("current_time", "{}")])
    result = run(services, chat.ask("Loop"), max_steps=2)
    assert result.state == MessageState.COMPLETE
    assert "after 2 steps" in result.answer.content
    assert len(server.requests) == 3 and "tools" not in server.requests[-1].body
    assert len(services.tools.log.entries(tool="current_time")) == 2


def test_a_server_dying_mid_call_is_a_tool_error_and_the_answer_completes(
    services: Root, chat: ChatService, server: FakeLLMServer
) -> None:
    add_fake(services, "die_mid_call", "fragile")
    server.enqueue(
        Reply(text="", tool_calls=[("fragile__echo", '{"text": "hi"}')]),
        Reply(text="The tool crashed, sorry."),
    )
    result = run(services, chat.ask("Echo hi"))
    assert result.state == MessageState.COMPLETE
    sent = [m for m in server.requests[-1].body["messages"] if m["role"] == "tool"]
    assert "stopped while running echo" in sent[0]["content"]
    assert "giving up in the middle of a call" in sent[0]["content"]


def test_stop_cancels_a_running_tool_and_keeps_the_answer(
    services: Root, chat: ChatService, server: FakeLLMServer
) -> None:
    add_fake(services, "ok", "waits")
    run_coroutine(services.tools.hub.start("waits"))
    server.enqueue(Reply(text="Waiting. ", tool_calls=[("waits__slow", '{"seconds": 30}')]))
    turn = chat.ask("Wait")
    tools = ToolUse(services.tools.runner, Asked(), 6)

    async def stop_during_the_tool() -> float:
        task = asyncio.ensure_future(chat.run(turn, tools=tools))
        while not services.tools.hub.status("waits").tools or len(server.requests) < 1:
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await chat.aclose()
        return time.monotonic() - started

    assert run_coroutine(stop_during_the_tool()) < 2
    saved = chat.conversations.message(turn.answer_id)
    assert saved.state == MessageState.STOPPED and saved.content.startswith("Waiting. ")
    assert "waits__slow" in saved.content
    assert [e.state for e in services.tools.log.entries(server="waits")] == [CallState.CANCELLED]


def test_strip_tool_cards_keeps_the_words_around_them() -> None:
    text = f"Before.\n\n{CARD_MARK}**calculator** `{{}}`\n>\n> → 42\n>\n> *done · 1 ms*\n\nAfter."
    assert strip_tool_cards(text) == "Before.\n\nAfter."


def test_a_server_still_starting_is_not_waited_for_but_its_tool_still_runs_when_asked(
    services: Root, chat: ChatService, server: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.tools.runner as runner_module

    monkeypatch.setattr(runner_module, "OFFER_WAIT_S", 0.01)  # the server takes ~0.6 s
    add_fake(services, "ok", "late")
    server.enqueue(
        Reply(text="", tool_calls=[("late__add", '{"a": 2, "b": 2}')]), Reply(text="Four.")
    )
    result = run(services, chat.ask("Add"))
    offered = [t["function"]["name"] for t in server.requests[-2].body["tools"]]
    assert "late__add" not in offered
    results = [m for m in server.requests[-1].body["messages"] if m["role"] == "tool"]
    assert results[0]["content"] == "4" and result.state == MessageState.COMPLETE
