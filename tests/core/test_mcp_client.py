"""MCP servers as real processes (and one over HTTP): the real mcp-server-time, and small
servers that fail in each way servers fail. Every failure gets a clear message; the next call
still works."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.root import Root
from core.tools.log import CallState
from core.tools.mcp_client import McpHub, ServerState
from core.tools.model import Risk, ServerUnavailable, ToolTimedOut
from core.tools.runner import Approval, ApprovalRequest
from tests.fakes.llm_server import run_coroutine

REPO = Path(__file__).resolve().parents[2]
TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))


def add_fake(services: Root, mode: str, *, name: str | None = None, timeout_s: float = 10) -> str:
    name = name or mode.replace("_", "-")
    services.tools.servers.add_stdio(
        name,
        sys.executable,
        ["-m", "tests.fakes.mcp_server", mode],
        cwd=str(REPO),
        timeout_s=timeout_s,
    )
    return name


@pytest.fixture
def hub(services: Root) -> McpHub:
    services.tools.hub.start_timeout_s = 5.0
    services.tools.hub.base_backoff_s = 0.1
    return services.tools.hub


async def allow(_request: ApprovalRequest) -> Approval:
    return Approval.ONCE


def test_the_real_time_server_lists_its_tools_and_answers(services: Root, hub: McpHub) -> None:
    services.tools.servers.add_stdio("time", TIME_SERVER, ["--local-timezone", "UTC"])
    tools = run_coroutine(hub.tools("time"))
    assert {t.tool for t in tools} == {"get_current_time", "convert_time"}
    assert all(t.risk is Risk.READ_ONLY and t.usable for t in tools)
    assert hub.status("time").state is ServerState.READY
    result = run_coroutine(
        hub.call("time", "get_current_time", {"timezone": "Asia/Tokyo"}, timeout_s=10)
    )
    assert '"timezone": "Asia/Tokyo"' in result.text and not result.is_error


def test_progress_is_reported_while_a_tool_runs(services: Root, hub: McpHub) -> None:
    add_fake(services, "ok")
    seen: list[tuple[float, float | None]] = []
    result = run_coroutine(
        hub.call(
            "ok", "slow", {"seconds": 0.3}, timeout_s=10,
            on_progress=lambda done, total, _m: seen.append((done, total)),
        )
    )  # fmt: skip
    assert result.text == "waited 0.3 s"
    assert len(seen) >= 3 and seen[-1][0] == seen[-1][1]


def test_a_server_that_never_finishes_starting_fails_with_its_stderr(
    services: Root, hub: McpHub
) -> None:
    hub.start_timeout_s = 1.5
    add_fake(services, "hang_start")
    started = time.monotonic()
    with pytest.raises(ServerUnavailable, match=r"did not finish starting within 1\.5 s") as caught:
        run_coroutine(hub.start("hang-start"))
    assert time.monotonic() - started < 6
    assert "starting very slowly" in str(caught.value)
    status = hub.status("hang-start")
    assert status.state is ServerState.FAILED and "starting very slowly" in status.stderr_tail


def test_a_command_that_does_not_exist_says_so(services: Root, hub: McpHub) -> None:
    services.tools.servers.add_stdio("ghost", "/no/such/mcp-server")
    with pytest.raises(ServerUnavailable, match="could not be started"):
        run_coroutine(hub.start("ghost"))
    assert hub.status("ghost").state is ServerState.FAILED


def test_a_server_that_dies_mid_call_is_reported_and_restarted_with_backoff(
    services: Root, hub: McpHub
) -> None:
    add_fake(services, "die_mid_call")
    with pytest.raises(ServerUnavailable, match="stopped while running echo") as caught:
        run_coroutine(hub.call("die-mid-call", "echo", {"text": "hi"}, timeout_s=10))
    assert "giving up in the middle of a call" in str(caught.value)
    status = hub.status("die-mid-call")
    assert status.state is ServerState.FAILED and status.failures == 1
    assert status.retry_at is not None
    # The next call starts it again (after the backoff) and tools that do not crash work.
    result = run_coroutine(hub.call("die-mid-call", "add", {"a": 2, "b": 3}, timeout_s=10))
    assert result.text == "5" and hub.status("die-mid-call").state is ServerState.READY


def test_garbage_on_stdout_does_not_break_the_calls(services: Root, hub: McpHub) -> None:
    add_fake(services, "garbage")
    for _ in range(2):
        result = run_coroutine(hub.call("garbage", "add", {"a": 1, "b": 1}, timeout_s=10))
        assert result.text == "2"


def test_a_huge_result_is_cut_with_a_note(services: Root, hub: McpHub) -> None:
    add_fake(services, "huge")
    result = run_coroutine(hub.call("huge", "echo", {"text": "x"}, timeout_s=20))
    assert result.truncated and "2,000,000 characters" in result.text
    assert len(result.text) < 25_000


def test_a_tool_with_an_invalid_schema_is_listed_but_not_usable(
    services: Root, hub: McpHub
) -> None:
    add_fake(services, "invalid_schema", name="schemas")
    tools = {t.tool: t for t in run_coroutine(hub.tools("schemas"))}
    assert tools["echo"].usable and not tools["broken"].usable
    assert "input schema is invalid" in tools["broken"].problem
    offered = {s.name for s in run_coroutine(services.tools.runner.offer())}
    assert "schemas__echo" in offered and "schemas__broken" not in offered
    outcome = run_coroutine(services.tools.runner.call("schemas__broken", "{}", approve=allow))
    assert outcome.is_error and outcome.state == CallState.REJECTED
    assert "input schema is invalid" in outcome.text


def test_a_call_never_answered_times_out_and_the_server_still_works(
    services: Root, hub: McpHub
) -> None:
    add_fake(services, "never_answer", timeout_s=0.5)
    started = time.monotonic()
    with pytest.raises(ToolTimedOut, match=r"did not answer within 0\.5 s"):
        run_coroutine(hub.call("never-answer", "echo", {"text": "hi"}, timeout_s=0.5))
    assert time.monotonic() - started < 3
    result = run_coroutine(hub.call("never-answer", "add", {"a": 1, "b": 2}, timeout_s=5))
    assert result.text == "3"
    run_coroutine(services.tools.runner.offer())  # what a chat turn does first
    outcome = run_coroutine(
        services.tools.runner.call("never-answer__echo", '{"text": "x"}', approve=allow)
    )
    assert outcome.state == CallState.FAILED and "did not answer" in outcome.text


def test_cancelling_a_call_cancels_it_on_the_server(services: Root, hub: McpHub) -> None:
    add_fake(services, "ok")

    async def cancel_soon() -> float:
        task = asyncio.ensure_future(hub.call("ok", "slow", {"seconds": 30}, timeout_s=60))
        await asyncio.sleep(1.5)  # started (0.6 s) and running
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return time.monotonic() - started

    assert run_coroutine(cancel_soon()) < 1
    result = run_coroutine(hub.call("ok", "add", {"a": 1, "b": 1}, timeout_s=5))
    assert result.text == "2"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def http_server() -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.mcp_server", "--http", str(port),
         "--require-header", "x-api-key=k-987654"],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "READY"
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        process.wait(10)


def test_a_streamable_http_server_with_a_secret_header(
    services: Root, hub: McpHub, http_server: str
) -> None:
    services.tools.servers.add_http("remote", http_server, {"x-api-key": "k-987654"})
    tools: Any = run_coroutine(hub.tools("remote"))
    assert {t.tool for t in tools} >= {"echo", "add"}
    assert all(t.risk is Risk.NETWORK for t in tools)
    result = run_coroutine(hub.call("remote", "add", {"a": 20, "b": 22}, timeout_s=10))
    assert result.text == "42"
    services.tools.servers.add_http("no-key", http_server)
    with pytest.raises(ServerUnavailable):
        run_coroutine(hub.start("no-key"))
