"""``convosphere ask`` and ``conversations`` against the fake OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.__main__ import main
from tests.fakes.llm_server import FakeLLMServer, Reply

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Streaming **works**:\n\n- first\n- second\n\nDone, with ünïcödé and trailing spaces  "


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    # In a thread of its own: a GUI test may have left a running qasync loop on this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        status = pool.submit(main, list(args)).result()
    out = capsys.readouterr()
    return status, out.out, out.err


def conversation_ids(capsys: pytest.CaptureFixture[str], data: Path) -> list[str]:
    status, out, _err = cli(capsys, "conversations", "list", "--json", "--data-dir", str(data))
    assert status == 0
    return [c["id"] for c in json.loads(out)]


def exported(capsys: pytest.CaptureFixture[str], data: Path, conversation: str) -> dict:  # type: ignore[type-arg]
    status, out, _err = cli(
        capsys, "conversations", "export", conversation, "--format", "json", "--data-dir", str(data)
    )
    assert status == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_ask_prints_exactly_the_streamed_text_and_saves_it(
    tmp_path: Path, server: FakeLLMServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.enqueue(Reply(text=TEXT))
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "ask", "--data-dir", str(data),
         "--base-url", server.openai_url, "--model", "fake-model", "Does streaming work?"],
        cwd=ROOT, capture_output=True, timeout=60, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8") == TEXT
    assert server.requests[-1].body["model"] == "fake-model"
    (conversation,) = conversation_ids(capsys, data)
    messages = exported(capsys, data, conversation)["messages"]
    assert [(m["role"], m["text"], m["state"]) for m in messages] == [
        ("user", "Does streaming work?", "complete"),
        ("assistant", TEXT, "complete"),
    ]
    assert messages[1]["metrics"]["output_tokens"] > 0


def test_a_dropped_stream_exits_non_zero_and_the_partial_answer_is_exported_interrupted(
    tmp_path: Path, server: FakeLLMServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.enqueue(Reply(text="One two three four five six", drop_after=3))
    data = tmp_path / "data"
    status, out, err = cli(
        capsys, "ask", "--data-dir", str(data), "--base-url", server.openai_url,
        "--model", "fake-model", "Count",
    )  # fmt: skip
    assert status == 1
    assert out == "One two three"
    assert "dropped before the answer was finished" in err and "Traceback" not in err
    assert "Continue picks up" not in err, "no buttons to press in a terminal"
    (conversation,) = conversation_ids(capsys, data)
    assert (
        f"marked interrupted); Continue or Retry it in the app, or ask on with "
        f"--conversation {conversation}." in err
    )
    answer = exported(capsys, data, conversation)["messages"][-1]
    assert answer["state"] == "interrupted" and answer["text"] == "One two three"
    assert "dropped" in answer["error"]
    status, markdown, _err = cli(
        capsys, "conversations", "export", conversation, "--data-dir", str(data)
    )
    assert status == 0 and "**Interrupted: this answer is incomplete.**" in markdown


def test_ask_continues_a_conversation_as_an_assistant(
    tmp_path: Path, server: FakeLLMServer, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    url = ("--base-url", server.openai_url, "--model", "fake-model")
    assert cli(capsys, "ask", "--data-dir", str(data), *url, "First")[0] == 0
    (conversation,) = conversation_ids(capsys, data)
    status, _out, _err = cli(
        capsys, "ask", "--data-dir", str(data), *url, "--conversation", conversation,
        "--assistant", "code helper", "Second",
    )  # fmt: skip
    assert status == 0
    sent = server.requests[-1].body["messages"]
    assert sent[0]["role"] == "system" and "programmer" in sent[0]["content"]
    assert [m["content"] for m in sent[1:]][::2] == ["First", "Second"]
    assert len(exported(capsys, data, conversation)["messages"]) == 4


def test_bad_arguments_say_what_is_wrong(
    tmp_path: Path, server: FakeLLMServer, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    status, _out, err = cli(capsys, "ask", "--data-dir", data, "--assistant", "Nobody", "Hi")
    assert status == 2 and "no assistant 'Nobody'" in err and "General assistant" in err
    status, _out, err = cli(capsys, "ask", "--data-dir", data, "--conversation", "nope", "Hi")
    assert status == 2 and "no conversation nope" in err
    status, _out, err = cli(capsys, "conversations", "export", "nope", "--data-dir", data)
    assert status == 2
    status, out, _err = cli(capsys, "conversations", "list", "--data-dir", data)
    assert status == 0 and out.strip() == "No conversations."


def test_a_refused_key_is_reported_without_the_key(
    tmp_path: Path,
    server: FakeLLMServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = "sk-local-5ecret-9f8e7d6c"
    monkeypatch.setenv("CONVOSPHERE_LOCAL_API_KEY", key)
    server.enqueue(Reply(status=401, error_message=f"Invalid key {key}"))
    data = tmp_path / "data"
    status, out, err = cli(
        capsys, "ask", "--data-dir", str(data), "--base-url", server.openai_url,
        "--model", "fake-model", "Hi",
    )  # fmt: skip
    assert status == 1 and out == ""
    assert "rejected the API key (401)" in err and key not in err
    assert server.requests[-1].headers["authorization"] == f"Bearer {key}"
    for path in data.rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes(), f"the key leaked into {path}"
