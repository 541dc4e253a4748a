"""What the app sends to and reads from one MCP session: the transport (a child process over
stdio, or streamable HTTP), the tools it lists with their risk, a result as text, and failures
in words a person can act on."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.i18n import translate
from core.tools.model import Risk, ToolSpec, function_name
from core.tools.validation import schema_problem

if TYPE_CHECKING:
    from mcp import ClientSession

    from core.tools.servers import Connection, ServerConfig

STDERR_TAIL_LINES = 12


@contextlib.asynccontextmanager
async def open_transport(connection: Connection, errlog: Any) -> Any:
    config = connection.config
    if config.transport == "http":
        import httpx2
        from mcp.client.streamable_http import streamable_http_client

        async with (
            httpx2.AsyncClient(headers=connection.headers, timeout=30.0) as client,
            streamable_http_client(config.url, http_client=client) as streams,
        ):
            yield streams[0], streams[1]
        return
    import os

    from mcp import StdioServerParameters, stdio_client

    env = {**base_env(os.environ), **connection.env}
    params = StdioServerParameters(
        command=config.command, args=list(config.args), env=env, cwd=config.cwd or None
    )
    async with stdio_client(params, errlog=errlog) as (read, write):
        yield read, write


def base_env(environ: Any) -> dict[str, str]:
    """What a server process inherits: the SDK's safe defaults plus PATH-like variables."""
    from mcp.client.stdio import get_default_environment

    env = get_default_environment()
    for key in ("PATH", "HOME", "LANG", "TZ", "PYTHONPATH", "VIRTUAL_ENV"):
        if key in environ:
            env[key] = environ[key]
    return env


async def listed_tools(session: ClientSession, config: ServerConfig) -> list[ToolSpec]:
    listed = await session.list_tools()
    specs: list[ToolSpec] = []
    for tool in listed.tools:
        schema = tool.input_schema if isinstance(tool.input_schema, dict) else {}
        problem = schema_problem(tool.input_schema)
        specs.append(
            ToolSpec(
                name=function_name(config.name, tool.name),
                server=config.name,
                tool=tool.name,
                title=tool.title or "",
                description=tool.description or "",
                input_schema=schema,
                risk=risk_of(tool.annotations, config.transport),
                timeout_s=config.timeout_s,
                problem=translate("McpServers", "{tool} cannot be used: {reason}.").format(
                    tool=tool.name, reason=problem
                )
                if problem
                else "",
            )
        )
    return specs


async def listed_extras(session: ClientSession, info: Any) -> tuple[tuple[str, ...], ...]:
    capabilities = info.capabilities
    resources: tuple[str, ...] = ()
    prompts: tuple[str, ...] = ()
    if capabilities.resources is not None:
        with contextlib.suppress(Exception):
            found = await session.list_resources()
            resources = tuple(r.name or str(r.uri) for r in found.resources)
    if capabilities.prompts is not None:
        with contextlib.suppress(Exception):
            listed = await session.list_prompts()
            prompts = tuple(p.name for p in listed.prompts)
    return resources, prompts


def risk_of(annotations: Any, transport: str) -> Risk:
    """From the tool's hints: read-only only when it says so and does not reach out."""
    read_only = getattr(annotations, "read_only_hint", None)
    open_world = getattr(annotations, "open_world_hint", None)
    if read_only and open_world is not True and transport != "http":
        return Risk.READ_ONLY
    if open_world is True or transport == "http":
        return Risk.NETWORK
    return Risk.WRITES


def result_text(result: Any) -> str:
    parts: list[str] = []
    for block in result.content or ():
        kind = getattr(block, "type", "")
        if kind == "text":
            parts.append(block.text)
        elif kind == "resource":
            resource = block.resource
            # The result is for the model to read: these notes stay English.
            parts.append(
                getattr(resource, "text", None) or f"[resource {resource.uri}]"  # i18n: not UI
            )
        elif kind == "resource_link":
            parts.append(f"[resource {block.uri}]")  # i18n: not UI
        else:
            parts.append(f"[{kind or 'content'} omitted]")  # i18n: not UI
    if not parts and result.structured_content is not None:
        import json

        parts.append(json.dumps(result.structured_content, ensure_ascii=False))
    return "\n".join(parts)


def describe_start_failure(error: BaseException) -> str:
    leaf = innermost(error)
    if isinstance(leaf, FileNotFoundError):
        return translate("McpServers", "Its command was not found ({command}).").format(
            command=leaf.filename or leaf
        )
    if isinstance(leaf, PermissionError):
        return translate("McpServers", "Its command may not be run ({reason}).").format(reason=leaf)
    return translate("McpServers", "It failed to start: {reason}").format(reason=error_words(leaf))


def innermost(error: BaseException) -> BaseException:
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error


def error_words(error: BaseException) -> str:
    leaf = innermost(error)
    text = str(leaf).strip() or type(leaf).__name__
    return text if text.endswith(".") else f"{text}."


def read_tail(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(lines[-STDERR_TAIL_LINES:])


def tail_note(tail: str) -> str:
    if not tail.strip():
        return ""
    last = [line for line in tail.splitlines() if line.strip()][-3:]
    output = " | ".join(line.strip() for line in last)
    return " " + translate("McpServers", "Its last error output: {output}").format(output=output)


def safe_file_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
