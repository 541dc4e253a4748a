"""Tool-call benchmark: the app's MCP call against the bare SDK, and a chat turn's tool step.

One run prints two figures:

1. Per-call latency of ``get_current_time`` on the real ``mcp-server-time`` over stdio, the
   server already started, through the app against a bare ``ClientSession.call_tool`` on a
   session of its own to the same server command. Calls alternate between the two sides in
   back-to-back pairs (this machine's speed drifts), and the ratio is of the medians. Two app
   paths are measured: ``McpHub.call`` (the transport as the app uses it: its MCP thread, the
   timeout, cutting the result) and ``ToolRunner.call`` (all of a chat's call: finding the
   tool, schema check, approval policy, and saving the execution log row to SQLite).
   Goal: McpHub.call <= 1.2x the bare SDK.
2. A chat turn's start (``ChatService.run``) to the tool's result shown in the answer, with
   the fake OpenAI server asking for ``get_current_time`` on the real SDK: cold (the first
   turn starts the server) and warm (median of later turns).

    .venv/bin/python bench/tools.py [--calls N] [--turns K]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))
ARGUMENTS = {"timezone": "Europe/Paris"}
RATIO_GOAL = 1.2


async def measure_calls(root: Any, calls: int) -> dict[str, list[float]]:
    """Alternate bare SDK, app hub and app runner calls; milliseconds per call."""
    from mcp import ClientSession, StdioServerParameters, stdio_client

    from core.tools.runner import Approval, ApprovalRequest

    async def never(_request: ApprovalRequest) -> Approval:
        raise AssertionError("read-only: no approval")

    hub, runner = root.tools.hub, root.tools.runner
    await hub.start("time")
    await runner.offer()
    params = StdioServerParameters(command=TIME_SERVER, args=["--local-timezone", "UTC"])
    times: dict[str, list[float]] = {"bare": [], "hub": [], "runner": []}
    with Path(os.devnull).open("w") as quiet:
        async with (
            stdio_client(params, errlog=quiet) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            await session.list_tools()
            for i in range(calls + 20):  # the first 20 of each warm up
                start = time.perf_counter()
                result = await session.call_tool("get_current_time", ARGUMENTS)
                bare = time.perf_counter() - start
                assert not result.is_error
                start = time.perf_counter()
                found = await hub.call("time", "get_current_time", ARGUMENTS, timeout_s=30)
                via_hub = time.perf_counter() - start
                assert "Europe/Paris" in found.text
                start = time.perf_counter()
                outcome = await runner.call(
                    "time__get_current_time", ARGUMENTS, approve=never, call_id=str(i)
                )
                via_runner = time.perf_counter() - start
                assert outcome.state == "done", outcome.text
                if i >= 20:
                    times["bare"].append(bare * 1000)
                    times["hub"].append(via_hub * 1000)
                    times["runner"].append(via_runner * 1000)
    return times


def measure_turns(root: Any, turns: int) -> list[float]:
    """Seconds from ChatService.run to the result card shown, per turn (the first is cold)."""
    from core.chat.resolution import configure_provider
    from core.chat.tool_loop import ToolFinished, ToolUse
    from core.tools.runner import Approval, ApprovalRequest
    from tests.fakes.llm_server import FakeLLMServer, Reply

    async def allow(_request: ApprovalRequest) -> Approval:
        return Approval.ONCE

    shown: list[float] = []
    with FakeLLMServer() as server:
        configure_provider(
            root.settings, root.secrets, "openai_compatible", "fake-model", server.openai_url, ""
        )
        chat = root.chat
        for _ in range(turns):
            server.enqueue(
                Reply(
                    text="Checking. ",
                    tool_calls=[("time__get_current_time", '{"timezone": "UTC"}')],
                ),
                Reply(text="Done."),
            )
            turn = chat.ask("What time is it?")
            tools = ToolUse(root.tools.runner, allow, 4)

            async def go(turn: Any = turn, tools: ToolUse = tools) -> float:
                at: list[float] = []

                def on_event(event: object) -> None:
                    if isinstance(event, ToolFinished) and not at:
                        at.append(time.perf_counter())

                start = time.perf_counter()
                result = await chat.run(turn, on_event, tools=tools)
                assert result.state == "complete" and at, result
                await chat.aclose()
                return at[0] - start

            shown.append(asyncio.run(go()))
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--turns", type=int, default=8)
    args = parser.parse_args()
    from core.paths import AppPaths
    from core.root import open_root

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        root = open_root(AppPaths(data, data / "config"))
        try:
            root.tools.servers.add_stdio("time", TIME_SERVER, ["--local-timezone", "UTC"])
            times = asyncio.run(measure_calls(root, args.calls))
            root.tools.hub.run_blocking(root.tools.hub._stop("time"))  # the turns start it cold
            turn_times = measure_turns(root, args.turns)
        finally:
            root.close()
    bare, hub, runner = (statistics.median(times[k]) for k in ("bare", "hub", "runner"))
    p95 = {k: statistics.quantiles(v, n=20)[-1] for k, v in times.items()}
    ratio = hub / bare
    print(
        f"1. get_current_time on mcp-server-time over stdio, {args.calls} calls each (median, p95)"
    )
    print(f"   bare ClientSession.call_tool : {bare:6.2f} ms  p95 {p95['bare']:6.2f} ms")
    print(f"   app McpHub.call              : {hub:6.2f} ms  p95 {p95['hub']:6.2f} ms")
    print(f"   app ToolRunner.call (+ log)  : {runner:6.2f} ms  p95 {p95['runner']:6.2f} ms")
    verdict = "meets" if ratio <= RATIO_GOAL else "MISSES"
    print(
        f"   ratio McpHub / bare = {ratio:.2f}x ({verdict} the goal <= {RATIO_GOAL}x); "
        f"ToolRunner / bare = {runner / bare:.2f}x"
    )
    warm = statistics.median(turn_times[1:]) if len(turn_times) > 1 else float("nan")
    print("2. chat turn start -> tool result shown (fake OpenAI server, real SDK, real server)")
    print(f"   cold (starts the server): {turn_times[0] * 1000:7.1f} ms")
    print(f"   warm (median of {len(turn_times) - 1}):      {warm * 1000:7.1f} ms")
    return 0 if ratio <= RATIO_GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
