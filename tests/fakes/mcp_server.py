"""A small real MCP server over stdio (or streamable HTTP) that misbehaves on request.

Run as ``python -m tests.fakes.mcp_server MODE``; the modes are the ways servers fail:

- ``ok``: tools ``echo`` (returns its text), ``add`` (a + b), ``slow`` (reports progress each
  0.05 s for ``seconds``), ``write_note`` (declares it is not read-only);
- ``hang_start``: never answers ``initialize``;
- ``die_mid_call``: exits with status 3 during a call of ``echo`` (after a line on stderr);
- ``garbage``: writes lines that are not JSON-RPC to stdout before every answer;
- ``huge``: ``echo`` returns 2,000,000 characters;
- ``invalid_schema``: ``broken`` declares an input schema that is not valid JSON Schema;
- ``never_answer``: ``echo`` is received and never answered.

``--http PORT`` serves ``ok`` over streamable HTTP at ``http://127.0.0.1:PORT/mcp`` instead and
prints ``READY`` once listening; ``--require-header NAME=VALUE`` refuses requests without it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import Any

import mcp_types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

ECHO = types.Tool(
    name="echo",
    description="Return the text you give it.",
    input_schema={
        "type": "object",
        "properties": {"text": {"type": "string"}},
        "required": ["text"],
    },
    annotations=types.ToolAnnotations(read_only_hint=True, open_world_hint=False),
)
ADD = types.Tool(
    name="add",
    description="Add two numbers.",
    input_schema={
        "type": "object",
        "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
        "required": ["a", "b"],
    },
    annotations=types.ToolAnnotations(read_only_hint=True, open_world_hint=False),
)
SLOW = types.Tool(
    name="slow",
    description="Wait, reporting progress.",
    input_schema={"type": "object", "properties": {"seconds": {"type": "number"}}},
    annotations=types.ToolAnnotations(read_only_hint=True, open_world_hint=False),
)
WRITE_NOTE = types.Tool(
    name="write_note",
    description="Pretend to write a note to disk.",
    input_schema={"type": "object", "properties": {"note": {"type": "string"}}},
    annotations=types.ToolAnnotations(read_only_hint=False, open_world_hint=False),
)
BROKEN = types.Tool(
    name="broken",
    description="Declares a schema that is not JSON Schema.",
    input_schema={"type": "object", "properties": {"x": {"type": "no-such-type"}}},
)


def build(mode: str) -> Server[Any]:
    async def list_tools(
        ctx: Any, params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        tools = [ECHO, ADD, SLOW, WRITE_NOTE]
        if mode == "invalid_schema":
            tools.append(BROKEN)
        return types.ListToolsResult(tools=tools)

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        arguments = dict(params.arguments or {})
        name = params.name
        if mode == "garbage":
            sys.stdout.write("this is not json-rpc\n{broken\n")
            sys.stdout.flush()
        if name == "echo":
            if mode == "die_mid_call":
                print("fake server: giving up in the middle of a call", file=sys.stderr)
                sys.stderr.flush()
                os._exit(3)
            if mode == "never_answer":
                await asyncio.sleep(3600)
            text = str(arguments.get("text", ""))
            if mode == "huge":
                text = "x" * 2_000_000
            return _text(text)
        if name == "add":
            return _text(str(arguments["a"] + arguments["b"]))
        if name == "slow":
            seconds = float(arguments.get("seconds", 1.0))
            meta = ctx.meta or {}
            token = meta.get("progress_token", meta.get("progressToken"))
            steps = max(1, int(seconds / 0.05))
            for step in range(steps):
                await asyncio.sleep(0.05)
                if token is not None:
                    await ctx.session.send_progress_notification(
                        progress_token=token, progress=step + 1, total=steps
                    )
            return _text(f"waited {seconds} s")
        if name == "write_note":
            return _text("noted")
        return types.CallToolResult(content=[_content(f"Unknown tool {name}")], is_error=True)

    return Server("fake-mcp", version="1.0", on_list_tools=list_tools, on_call_tool=call_tool)


def _content(text: str) -> types.TextContent:
    return types.TextContent(type="text", text=text)


def _text(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[_content(text)])


async def serve_stdio(mode: str) -> None:
    if mode == "hang_start":
        print("fake server: starting very slowly", file=sys.stderr, flush=True)
        await asyncio.sleep(3600)
    server = build(mode)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def serve_http(port: int, required: str | None) -> None:
    import uvicorn

    app = build("ok").streamable_http_app()
    if required:
        name, _, value = required.partition("=")
        app = _guarded(app, name.lower().encode(), value.encode())
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)

    async def run() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.02)
        print("READY", flush=True)
        await task

    asyncio.run(run())


def _guarded(app: Any, name: bytes, value: bytes) -> Any:
    async def guarded(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and dict(scope["headers"]).get(name) != value:
            await send({"type": "http.response.start", "status": 401, "headers": []})
            await send({"type": "http.response.body", "body": b"unauthorized"})
            return
        await app(scope, receive, send)

    return guarded


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", nargs="?", default="ok")
    parser.add_argument("--http", type=int, default=None)
    parser.add_argument("--require-header", default=None)
    args = parser.parse_args()
    if args.http is not None:
        serve_http(args.http, args.require_header)
    else:
        asyncio.run(serve_stdio(args.mode))


if __name__ == "__main__":
    main()
