"""kill -9 in the middle of an answer: all but the last moment of it survives, as interrupted."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.chat.drafts import DEFAULT_INTERVAL_S
from tests.fakes.llm_server import FakeLLMServer, Reply

ROOT = Path(__file__).resolve().parents[2]
TOKENS = [f" w{i:03d}" for i in range(600)]
SLACK_S = 0.35  # a committed draft may still be in its worker thread when the kill lands


def convosphere(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def saved_answer(database: Path) -> tuple[str, str]:
    con = sqlite3.connect(database)
    try:
        row = con.execute("SELECT content, state FROM message WHERE role = 'assistant'").fetchone()
        return (str(row[0]), str(row[1])) if row else ("", "")
    finally:
        con.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_stream_keeps_a_prefix_and_shows_interrupted_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with FakeLLMServer() as server:
        server.enqueue(Reply(tokens=TOKENS, token_delay=0.01))
        ask = subprocess.Popen(
            convosphere("ask", "--data-dir", str(data), "--base-url", server.openai_url,
                        "--model", "fake-model", "Count slowly"),
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 30
            while len(server.sent) < 150 and time.monotonic() < deadline:
                assert ask.poll() is None, ask.communicate()
                time.sleep(0.01)
            killed_at = time.monotonic()
            os.kill(ask.pid, signal.SIGKILL)
            ask.wait(10)
        finally:
            if ask.poll() is None:
                ask.kill()
            ask.communicate()
        sent = list(server.sent)
    assert ask.returncode == -signal.SIGKILL
    text, state = saved_answer(data / "app.db")
    everything = "".join(token for _, token in sent)
    surely_saved = "".join(t for at, t in sent if at <= killed_at - DEFAULT_INTERVAL_S - SLACK_S)
    assert state == "streaming", "nothing finished it: it died"
    assert everything.startswith(text), "what is saved is exactly what was sent, in order"
    assert len(text) >= len(surely_saved) > 0, (len(text), len(surely_saved), len(everything))

    con = sqlite3.connect(data / "app.db")
    conversation = con.execute("SELECT id FROM conversation").fetchone()[0]
    con.close()
    shown = subprocess.run(
        convosphere("conversations", "export", conversation, "--format", "json",
                    "--data-dir", str(data)),
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    answer = json.loads(shown.stdout)["messages"][-1]
    assert answer["state"] == "interrupted" and answer["text"] == text
    assert saved_answer(data / "app.db") == (text, "interrupted")
