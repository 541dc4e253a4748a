"""``convosphere tools``: list, add, import, call and remove MCP servers and their tools.

A server is started only when its tools are listed or called, and stopped when the command
ends. ``tools call`` is the user's own call: it runs without an approval prompt.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.i18n import number, translate
from desktop.commands.words import fail
from desktop.commands.words import state as state_word

if TYPE_CHECKING:
    from core.root import Root
    from core.tools.mcp_client import ServerStatus


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    tools = commands.add_parser(
        "tools",
        parents=[common],
        help=translate("CliTools", "MCP servers and the tools the model may use"),
    )
    actions = tools.add_subparsers(dest="tools_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help=translate("CliTools", "servers (started to list them) and their tools"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    listing.set_defaults(handler=run, action=list_tools)
    add = actions.add_parser(
        "add",
        parents=[common],
        help=translate("CliTools", "add a server: NAME -- COMMAND [ARGS...], or NAME --url URL"),
        description=translate(
            "CliTools",
            "Add an MCP server started on this computer (convosphere tools add time -- "
            "uvx mcp-server-time) or reached over HTTP (convosphere tools add docs --url URL).",
        ),
    )
    add.add_argument("name")
    add.add_argument(
        "command_line", nargs="*", metavar="COMMAND", help=translate("CliTools", "after --")
    )
    add.add_argument("--url", help=translate("CliTools", "the address of a streamable HTTP server"))
    add.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=translate("CliTools", "kept in the secret store"),
    )
    add.add_argument(
        "--header",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=translate("CliTools", "an HTTP header (kept in the secret store)"),
    )
    add.set_defaults(handler=run, action=add_server)
    importing = actions.add_parser(
        "import",
        parents=[common],
        help=translate("CliTools", "add the servers of an mcpServers JSON file"),
    )
    importing.add_argument(
        "file", help=translate("CliTools", "a JSON file with an mcpServers object (- for stdin)")
    )
    importing.set_defaults(handler=run, action=import_servers)
    call = actions.add_parser(
        "call", parents=[common], help=translate("CliTools", "call a tool yourself")
    )
    call.add_argument(
        "server", help=translate("CliTools", "a server name, or convosphere for a built-in tool")
    )
    call.add_argument("tool")
    call.add_argument(
        "--args",
        default="{}",
        metavar="JSON",
        help=translate("CliTools", "the arguments, a JSON object"),
    )
    call.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    call.set_defaults(handler=run, action=call_tool)
    remove = actions.add_parser(
        "remove", parents=[common], help=translate("CliTools", "remove a server")
    )
    remove.add_argument("name")
    remove.set_defaults(handler=run, action=remove_server)


def run(args: argparse.Namespace, services: Root) -> int:
    from core.errors import UserError

    try:
        return int(args.action(args, services))
    except UserError as error:
        return fail(str(error))


def list_tools(args: argparse.Namespace, services: Root) -> int:
    tools = services.tools
    configs = tools.servers.all()

    async def gather() -> list[ServerStatus]:
        found = []
        for config in configs:
            if config.enabled and config.configured_here:
                try:
                    found.append(await tools.hub.start(config.name))
                    continue
                except Exception:  # the status says why; listing goes on
                    pass
            found.append(tools.hub.status(config.name))
        return found

    statuses = asyncio.run(gather())
    builtins = tools.runner.builtins()
    if args.json:
        payload = {
            "builtin": [s.to_json() for s in builtins],
            "servers": [
                {**config.to_json(), **status.to_json(), "name": config.name}
                for config, status in zip(configs, statuses, strict=True)
            ],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(translate("CliTools", "Built-in tools (read-only):"))
    for spec in builtins:
        print(f"  {spec.tool:<22} {spec.title}")
    if not configs:
        print()
        print(
            translate(
                "CliTools",
                "No MCP servers yet. Add one with: convosphere tools add NAME -- COMMAND [ARGS...]",
            )
        )
        return 0
    for config, status in zip(configs, statuses, strict=True):
        state = state_word(status.state if config.enabled else "off")
        print(f"\n{config.name}  [{state}]  {config.target}")
        if status.detail and status.state != "ready":
            print(f"  {status.detail}")
        if status.stderr_tail and status.state == "failed":
            for line in status.stderr_tail.splitlines()[-5:]:
                print(f"  | {line}")
        for spec in status.tools:
            problem = f"  ({spec.problem})" if spec.problem else ""
            risk = state_word(spec.risk)
            print(f"  {spec.tool:<22} {risk:<20} {spec.shown_description[:60]}{problem}")
    return 0


def add_server(args: argparse.Namespace, services: Root) -> int:
    servers = services.tools.servers
    env = _pairs(args.env, "--env")
    headers = _pairs(args.header, "--header")
    if args.url and args.command_line:
        return fail(translate("CliTools", "Give either a command (after --) or --url, not both."))
    if args.url:
        config = servers.add_http(args.name, args.url, headers)
    elif args.command_line:
        command, *rest = args.command_line
        if ("/" in command or "\\" in command) and Path(command).exists():
            command = str(Path(command).resolve())  # the app may start it from elsewhere
        config = servers.add_stdio(args.name, command, rest, env)
    else:
        return fail(
            translate(
                "CliTools", "Give the command after --, e.g. tools add time -- uvx mcp-server-time"
            )
        )
    kept = len(config.env_names) + len(config.header_names)
    if kept:
        message = translate(
            "CliTools",
            "Added the MCP server “{name}” ({target}); %n secret value(s) went to the secret "
            "store.",
            None,
            kept,
        )
    else:
        message = translate("CliTools", "Added the MCP server “{name}” ({target}).")
    print(message.format(name=config.name, target=config.target))
    return 0


def import_servers(args: argparse.Namespace, services: Root) -> int:
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    result = services.tools.servers.import_json(text)
    for name in result.added:
        print(translate("CliTools", "Added “{name}”.").format(name=name))
    for name, why in result.skipped:
        skipped = translate("CliTools", "Skipped “{name}”: {reason}.")
        print(skipped.format(name=name, reason=why), file=sys.stderr)
    if not result.added and result.skipped:
        return 1
    return 0


def call_tool(args: argparse.Namespace, services: Root) -> int:
    from core.tools.runner import ApprovedBy
    from core.tools.validation import parse_arguments, validate_arguments

    runner = services.tools.runner

    async def call() -> Any:
        spec = await runner.spec_of(args.server, args.tool)
        arguments = parse_arguments(args.tool, args.args)
        if spec.problem:
            return fail(spec.problem)
        validate_arguments(spec.tool, spec.input_schema, arguments)

        def progress(done: float, total: float | None, message: str | None) -> None:
            of = f"/{number(total)}" if total else ""
            print(f"… {number(done)}{of} {message or ''}".rstrip(), file=sys.stderr, flush=True)

        return await runner.execute(
            spec, arguments, approved_by=ApprovedBy.MANUAL, on_progress=progress
        )

    outcome = asyncio.run(call())
    if isinstance(outcome, int):
        return outcome
    if args.json:
        payload = {
            "server": outcome.server,
            "tool": outcome.tool,
            "arguments": outcome.arguments,
            "result": outcome.text,
            "is_error": outcome.is_error,
            "state": outcome.state,
            "duration_ms": outcome.duration_ms,
            "truncated": outcome.truncated,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(outcome.text)
    if outcome.is_error:
        return fail(translate("CliTools", "{tool} ended with an error.").format(tool=outcome.tool))
    return 0


def remove_server(args: argparse.Namespace, services: Root) -> int:
    config = services.tools.servers.remove(args.name)
    message = translate("CliTools", "Removed the MCP server “{name}” and its secrets.")
    print(message.format(name=config.name))
    return 0


def _pairs(values: list[str], flag: str) -> dict[str, str]:
    from core.tools.servers import ServerConfigError

    pairs: dict[str, str] = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip():
            message = translate("CliTools", "{flag} takes KEY=VALUE, not “{value}”.")
            raise ServerConfigError(message.format(flag=flag, value=value))
        pairs[key.strip()] = rest
    return pairs
