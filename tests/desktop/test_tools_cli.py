"""``convosphere tools`` and ``ask --tools`` in processes of their own, against the real
mcp-server-time from PyPI and the fake OpenAI and Anthropic servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.llm_server import FakeLLMServer, Reply

ROOT = Path(__file__).resolve().parents[2]
TIME_SERVER = str(Path(sys.executable).with_name("mcp-server-time"))
ENV = {
    **os.environ,
    "PYTHONIOENCODING": "utf-8",
    "CONVOSPHERE_ANTHROPIC_API_KEY": "test-key",
    "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
}


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args[:2], "--data-dir", str(data), *args[2:]],
        cwd=ROOT, capture_output=True, text=True, timeout=90, env=ENV,
    )  # fmt: skip


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    added = convosphere(data, "tools", "add", "time", "--", TIME_SERVER, "--local-timezone", "UTC")
    assert added.returncode == 0, added.stderr
    assert "Added the MCP server “time”" in added.stdout
    return data


def test_add_list_and_call_the_real_time_server(data: Path) -> None:
    listed = convosphere(data, "tools", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (time_server,) = json.loads(listed.stdout)["servers"]
    assert time_server["state"] == "ready"
    assert {t["tool"] for t in time_server["tools"]} == {"get_current_time", "convert_time"}
    text = convosphere(data, "tools", "list")
    assert "time  [ready]" in text.stdout and "get_current_time" in text.stdout
    called = convosphere(
        data, "tools", "call", "time", "get_current_time", "--args", '{"timezone": "Asia/Tokyo"}',
        "--json",
    )  # fmt: skip
    assert called.returncode == 0, called.stderr
    payload = json.loads(called.stdout)
    assert payload["state"] == "done" and '"timezone": "Asia/Tokyo"' in payload["result"]
    bad = convosphere(data, "tools", "call", "time", "get_current_time", "--args", '{"tz": 1}')
    assert bad.returncode == 1 and "'timezone' is a required property" in bad.stderr
    missing = convosphere(data, "tools", "call", "time", "get_weather", "--args", "{}")
    assert missing.returncode == 1 and "has no tool named get_weather" in missing.stderr


def test_import_and_remove(data: Path, tmp_path: Path) -> None:
    file = tmp_path / "claude_desktop_config.json"
    file.write_text(
        json.dumps(
            {
                "mcpServers": {
                    "time": {"command": "uvx", "args": ["mcp-server-time"]},
                    "fetch": {"command": "uvx", "args": ["mcp-server-fetch"],
                              "env": {"FETCH_TOKEN": "tok-42424242"}},
                }
            }
        )
    )  # fmt: skip
    imported = convosphere(data, "tools", "import", str(file))
    assert imported.returncode == 0 and "Added “fetch”" in imported.stdout
    assert "Skipped “time”: a server with this name exists" in imported.stderr
    assert b"tok-42424242" not in (data / "app.db").read_bytes()
    removed = convosphere(data, "tools", "remove", "fetch")
    assert removed.returncode == 0
    listed = json.loads(convosphere(data, "tools", "list", "--json").stdout)
    assert [s["name"] for s in listed["servers"]] == ["time"]


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_ask_with_tools_calls_get_current_time_when_the_model_asks(
    data: Path, server: FakeLLMServer, provider: str
) -> None:
    server.enqueue(
        Reply(text="Checking. ", tool_calls=[("time__get_current_time", '{"timezone": "UTC"}')]),
        Reply(text="It is now."),
    )
    base = server.openai_url if provider == "openai" else server.url
    kind = "openai_compatible" if provider == "openai" else "anthropic"
    done = convosphere(
        data, "ask", "--tools", "--provider", kind, "--base-url", base, "--model", "fake-model",
        "What time is it?",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Checking. ") and "It is now." in done.stdout
    assert "time__get_current_time" in done.stdout and '"timezone": "UTC"' in done.stdout
    assert "approved: automatic (read-only)" in done.stdout
    assert "tools" in server.requests[0].body and "tools" in server.requests[1].body


def test_ask_in_a_terminal_runs_only_read_only_tools_unless_approve_all(
    tmp_path: Path, server: FakeLLMServer
) -> None:
    data = tmp_path / "data"
    convosphere(
        data, "tools", "add", "notes", "--", sys.executable, "-m", "tests.fakes.mcp_server", "ok"
    )
    write = ("notes__write_note", '{"note": "milk"}')
    base = ["ask", "--tools", "--base-url", server.openai_url, "--model", "fake-model", "Note"]
    server.enqueue(Reply(text="", tool_calls=[write]), Reply(text="Could not."))
    refused = convosphere(data, *base)
    assert refused.returncode == 0 and "not running write_note" in refused.stderr
    assert "did not allow" in refused.stdout
    server.enqueue(Reply(text="", tool_calls=[write]), Reply(text="Done."))
    allowed = convosphere(data, *base[:1], "--approve-all", *base[1:])
    assert allowed.returncode == 0, allowed.stderr
    assert "→ noted" in allowed.stdout and "approved: you" in allowed.stdout
