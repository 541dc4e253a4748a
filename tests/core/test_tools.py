"""Tools without a model: the calculator, schema checks, server settings and their secrets,
the built-in tools, the execution log."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from core.root import Root
from core.tools.calculator import CalculatorError, calculate
from core.tools.log import CallState
from core.tools.model import MAX_RESULT_CHARS, InvalidArguments, cut
from core.tools.runner import Approval, ApprovalRequest, ApprovedBy, CallOutcome
from core.tools.servers import ServerConfigError
from core.tools.validation import parse_arguments, schema_problem, validate_arguments
from tests.fakes.llm_server import run_coroutine


@pytest.mark.parametrize(
    ("expression", "value"),
    [("2 + 3 * 4", 14), ("(2 + 3) * sqrt(16) / 4", 5), ("2^10", 1024), ("-7 // 2", -4)],
)
def test_calculator_computes_arithmetic(expression: str, value: float) -> None:
    assert calculate(expression) == value


@pytest.mark.parametrize(
    "expression",
    ["__import__('os').system('true')", "open('x')", "2 ** 100000", "1 / 0", "x + 1", "[1, 2]"],
)
def test_calculator_refuses_anything_but_bounded_arithmetic(expression: str) -> None:
    with pytest.raises(CalculatorError):
        calculate(expression)


def test_schema_problems_are_named_and_arguments_checked() -> None:
    assert schema_problem({"type": "object", "properties": {"x": {"type": "string"}}}) == ""
    assert "invalid" in schema_problem({"type": "object", "properties": {"x": {"type": "nope"}}})
    assert "object" in schema_problem({"type": "string"})
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    assert validate_arguments("t", schema, {"n": 3}) == {"n": 3}
    with pytest.raises(InvalidArguments, match="n: 'three' is not of type 'integer'"):
        validate_arguments("t", schema, {"n": "three"})
    with pytest.raises(InvalidArguments, match="not valid JSON"):
        parse_arguments("t", '{"n": ')


def test_a_huge_text_is_cut_with_a_note() -> None:
    text, cut_it = cut("y" * (MAX_RESULT_CHARS * 3))
    assert cut_it and len(text) < MAX_RESULT_CHARS + 200 and "was cut" in text


def test_server_secrets_and_command_never_enter_the_database(services: Root) -> None:
    servers = services.tools.servers
    servers.add_stdio(
        "files", "/opt/secret-path/server", ["--root", "/home/me"], {"TOKEN": "t0k3n-abc"}
    )
    servers.add_http(
        "remote", "https://mcp.example.com/mcp", {"Authorization": "Bearer s3cr3t-xyz"}
    )
    dump = "\n".join(sqlite3.connect(services.paths.database).iterdump())
    for leaked in ("t0k3n-abc", "s3cr3t-xyz", "/opt/secret-path", "/home/me", "mcp.example.com"):
        assert leaked not in dump
    local = (services.paths.config_dir / "mcp-servers.json").read_text()
    assert "/opt/secret-path/server" in local and "t0k3n-abc" not in local
    files = servers.find("files")
    assert files.env_names == ("TOKEN",) and servers.connection(files).env == {"TOKEN": "t0k3n-abc"}
    remote = servers.find("remote")
    assert servers.connection(remote).headers == {"Authorization": "Bearer s3cr3t-xyz"}
    servers.remove("files")
    assert [c.name for c in servers.all()] == ["remote"]
    assert services.secrets.get(f"mcp-server.{files.id}.env.TOKEN") is None


def test_mcp_servers_json_imports_and_says_what_it_skipped(services: Root) -> None:
    servers = services.tools.servers
    servers.add_stdio("time", "uvx", ["mcp-server-time"])
    text = json.dumps(
        {
            "mcpServers": {
                "time": {"command": "uvx", "args": ["mcp-server-time"]},
                "github": {"command": "npx", "args": ["-y", "gh"], "env": {"GH_TOKEN": "ghp_1"}},
                "docs": {"url": "https://docs.example/mcp", "headers": {"X-Key": "k-123"}},
                "empty": {},
                "bad name!": {"command": "x"},
            }
        }
    )
    result = servers.import_json(text)
    assert result.added == ["github", "docs"]
    assert [name for name, _ in result.skipped] == ["time", "empty", "bad name!"]
    assert servers.find("docs").transport == "http"
    with pytest.raises(ServerConfigError, match="not valid JSON"):
        servers.import_json("{nope")
    with pytest.raises(ServerConfigError, match="already a server"):
        servers.add_stdio("GitHub", "x")


async def _deny(request: ApprovalRequest) -> Approval:
    raise AssertionError(f"{request.spec.name} is read-only and must not ask")


def _call(services: Root, name: str, arguments: str) -> CallOutcome:
    return run_coroutine(services.tools.runner.call(name, arguments, approve=_deny))


def test_built_in_tools_answer_and_every_call_is_logged(services: Root) -> None:
    services.library.tags.create("thesis")
    assert _call(services, "calculator", '{"expression": "6 * 7"}').text == "42"
    assert "thesis (0 documents)" in _call(services, "list_tags", "{}").text
    assert "T" in _call(services, "current_time", '{"timezone": "UTC"}').text
    assert "No passage" in _call(services, "search_documents", '{"query": "anything"}').text
    unknown = _call(services, "format_disk", "{}")
    assert unknown.is_error and "There is no tool named format_disk" in unknown.text
    invalid = _call(services, "calculator", '{"expr": 1}')
    assert invalid.is_error and "'expression' is a required property" in invalid.text
    failed = _call(services, "calculator", '{"expression": "1/0"}')
    assert failed.is_error and failed.state == CallState.FAILED
    log = services.tools.log
    assert len(log.entries()) == 7
    assert [e.state for e in log.entries(tool="calculator")] == [
        CallState.FAILED, CallState.REJECTED, CallState.DONE,
    ]  # fmt: skip
    assert log.entries(tool="list_tags")[0].approved_by == ApprovedBy.READ_ONLY
    stats = {s.tool: s for s in log.stats()}
    assert stats["calculator"].calls == 3 and stats["calculator"].error_rate == pytest.approx(2 / 3)


def test_asking_before_every_call_when_the_user_chose_so(services: Root) -> None:
    services.settings.set("tools.approval", "ask")
    asked: list[str] = []

    async def deny(request: ApprovalRequest) -> Approval:
        asked.append(request.spec.name)
        return Approval.DENY

    outcome: Any = run_coroutine(
        services.tools.runner.call("calculator", '{"expression": "1+1"}', approve=deny)
    )
    assert asked == ["calculator"] and outcome.state == CallState.DENIED and outcome.is_error
    assert "did not allow" in outcome.text


def test_a_slow_built_in_tool_times_out(services: Root, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses
    import time

    from core.tools.builtins import BuiltinTool

    runner = services.tools.runner
    spec = runner.find("calculator")
    assert spec is not None
    slow = BuiltinTool(dataclasses.replace(spec, timeout_s=0.2), lambda _a: time.sleep(1) or "")
    monkeypatch.setitem(runner._known, "calculator", slow.spec)
    monkeypatch.setitem(runner._builtins, "calculator", slow)
    outcome = run_coroutine(runner.call("calculator", '{"expression": "1"}', approve=_deny))
    assert outcome.is_error and "did not finish within 0.2 s" in outcome.text
