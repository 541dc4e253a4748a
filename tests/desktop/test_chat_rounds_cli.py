"""``convosphere ask --assistant A --assistant B``: a round in the terminal, each answer under
its assistant's name, against the fake OpenAI-compatible server."""

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


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--data-dir", str(data)],
        cwd=ROOT, capture_output=True, timeout=60, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip


def test_two_assistants_answer_in_turn_under_their_names(
    tmp_path: Path, server: FakeLLMServer
) -> None:
    server.enqueue(Reply(text="Tighter wording."), Reply(text="Add a test."))
    data = tmp_path / "data"
    done = convosphere(
        data, "ask", "--base-url", server.openai_url, "--model", "fake-model",
        "--assistant", "Writing editor", "--assistant", "code helper", "Review my patch",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "── Writing editor ──\nTighter wording.\n\n── Code helper ──\nAdd a test.\n"
    )
    systems = [r.body["messages"][0]["content"] for r in server.requests]
    assert systems[0].startswith("You are a careful editor.")
    assert systems[1].startswith("You are an experienced programmer.")
    assert (
        "[Writing editor] said:\n\nTighter wording."
        in (server.requests[1].body["messages"][-1]["content"])
    )
    listed = convosphere(data, "conversations", "list", "--json")
    (conversation,) = [c["id"] for c in json.loads(listed.stdout)]
    exported = convosphere(data, "conversations", "export", conversation, "--format", "md")
    assert "## Writing editor (fake-model)" in exported.stdout
    assert "## Code helper (fake-model)" in exported.stdout
    # Asked on, the conversation answers in a round again, without naming the assistants.
    server.enqueue(Reply(text="Shorter."), Reply(text="Still add a test."))
    again = convosphere(
        data, "ask", "--base-url", server.openai_url, "--model", "fake-model",
        "--conversation", conversation, "And now?",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("── Writing editor ──\nShorter.")
    assert "── Code helper ──\nStill add a test." in again.stdout


def test_a_summariser_answers_last(tmp_path: Path, server: FakeLLMServer) -> None:
    server.enqueue(Reply(text="One."), Reply(text="Two."), Reply(text="Both agree."))
    done = convosphere(
        tmp_path / "data", "ask", "--base-url", server.openai_url, "--model", "fake-model",
        "--assistant", "Writing editor", "--assistant", "Code helper",
        "--summarizer", "General assistant", "Thoughts?",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("── General assistant (summary) ──\nBoth agree.\n")
    assert "sum it up" in server.requests[2].body["messages"][0]["content"]


def test_an_unknown_assistant_is_named_in_a_clear_message(
    tmp_path: Path, server: FakeLLMServer
) -> None:
    done = convosphere(
        tmp_path / "data", "ask", "--base-url", server.openai_url,
        "--assistant", "Writing editor", "--assistant", "Poet", "Hello",
    )  # fmt: skip
    assert done.returncode == 2
    assert "no assistant 'Poet'" in done.stderr and "Writing editor" in done.stderr
    assert server.requests == [], "nothing was asked"
    assert done.stdout == ""
