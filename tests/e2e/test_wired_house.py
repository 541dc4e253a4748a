"""The product as a user runs it: the real CLI in processes of its own and the real app, each
opening the data dir through the composition root. No part is wired by hand here."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.root import open_root
from desktop.chat.page import ChatPage
from desktop.jobs.page import JobsPage
from desktop.knowledge.page import KnowledgePage
from tests.desktop.conftest import start_app
from tests.desktop.test_chat_page import prepare_data
from tests.fakes.llm_server import FakeLLMServer, Reply
from tests.knowledge_fixtures.files import pdf

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 30_000
FILLER = " ".join(f"Routine note {i} on cabling, labels and paperwork." for i in range(45))
FACT_PAGES = [  # each page longer than a passage, so page 2's fact is cited as page 2
    "Maintenance handbook for the Q7 flux capacitor. " + FILLER,
    FILLER + " Calibration. The Q7 flux capacitor must be recalibrated every 47 days, with the "
    "housing cold and the main breaker locked open. " + FILLER,
    "Warranty. Parts are covered for two years from the date of delivery. " + FILLER,
]


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``convosphere ARGS`` in a process of its own, as from a terminal."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--data-dir", str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=180, env=env, check=False,
    )  # fmt: skip


def test_ask_with_the_knowledge_assistant_sends_the_passage_and_cites_document_and_page(
    tmp_path: Path, server: FakeLLMServer
) -> None:
    data = tmp_path / "data"
    folder = tmp_path / "manuals"
    folder.mkdir()
    pdf(folder / "q7.pdf", FACT_PAGES, title="Q7 Service Handbook")
    imported = convosphere(data, "import", str(folder), "--quiet")
    assert imported.returncode == 0, imported.stderr

    server.enqueue(Reply(text="Every 47 days [1]."))
    asked = convosphere(
        data, "ask", "--assistant", "Research with my documents", "--base-url",
        server.openai_url, "--model", "fake-model",
        "How often must the Q7 flux capacitor be recalibrated?",
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    prompt = server.requests[-1].body["messages"][0]["content"]
    assert "recalibrated every 47 days" in prompt, "the passage with the answer reached the model"
    assert "[1] Q7 Service Handbook, p. 2" in prompt
    assert asked.stdout.startswith("Every 47 days [1].")
    assert "Sources:\n[1] Q7 Service Handbook, p. 2\n" in asked.stdout

    listed = convosphere(data, "conversations", "list", "--json")
    conversation = listed.stdout.split('"id": "')[1].split('"')[0]
    exported = convosphere(data, "conversations", "export", conversation)
    assert exported.returncode == 0, exported.stderr
    assert "Q7 Service Handbook, p. 2" in exported.stdout


def test_an_empty_library_costs_the_turn_no_search(tmp_path: Path, server: FakeLLMServer) -> None:
    data = tmp_path / "data"
    server.enqueue(Reply(text="I have no documents to go on."))
    asked = convosphere(
        data, "ask", "--assistant", "Research with my documents", "--base-url",
        server.openai_url, "--model", "fake-model", "Anything in my files?",
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert "Sources:" not in asked.stdout
    assert "Answer from these sources" not in server.requests[-1].body["messages"][0]["content"]


def test_ask_no_documents_leaves_the_documents_out(tmp_path: Path, server: FakeLLMServer) -> None:
    data = tmp_path / "data"
    folder = tmp_path / "manuals"
    folder.mkdir()
    pdf(folder / "q7.pdf", FACT_PAGES, title="Q7 Service Handbook")
    assert convosphere(data, "import", str(folder), "--quiet").returncode == 0
    server.enqueue(Reply(text="No idea."))
    asked = convosphere(
        data, "ask", "--assistant", "Research with my documents", "--no-documents",
        "--base-url", server.openai_url, "--model", "fake-model", "Q7 calibration interval?",
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert "47 days" not in str(server.requests[-1].body["messages"])


def test_an_import_from_a_terminal_beside_a_streaming_answer_shows_up_and_interrupts_nothing(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer, tmp_path: Path
) -> None:
    prepare_data(app_paths, server)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        chat = desktop.window.go_to("chat")
        assert isinstance(chat, ChatPage)
        qtbot.waitUntil(lambda: chat.chat is not None and bool(chat.assistants), timeout=WAIT_MS)
        assert desktop.services is not None and desktop.services.owner, "the app owns its data"
        words = [f"word{i} " for i in range(60)]
        server.enqueue(Reply(tokens=words, token_delay=0.1))  # about six seconds of answer
        chat.composer.editor.setFocus()
        qtbot.keyClicks(chat.composer.editor, "Tell me a long story")
        qtbot.keyClick(chat.composer.editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "word3" in chat.transcript.toPlainText(), timeout=WAIT_MS)

        folder = tmp_path / "manuals"
        folder.mkdir()
        pdf(folder / "q7.pdf", FACT_PAGES, title="Q7 Service Handbook")
        imported = convosphere(app_paths.data_dir, "import", str(folder), "--quiet")
        assert imported.returncode == 0, imported.stderr
        assert chat.session.busy, "the answer was still streaming when the import ended"

        qtbot.waitUntil(lambda: not chat.session.busy, timeout=WAIT_MS)
        assert chat.session.last_answer() is not None
        answer = chat.session.last_answer()
        assert answer is not None and answer.state == "complete"
        assert answer.content == "".join(words)

        # Knowledge and Jobs show the import by themselves: no click, no restart.
        knowledge = desktop.window.go_to("knowledge")
        assert isinstance(knowledge, KnowledgePage)
        qtbot.waitUntil(
            lambda: knowledge.stack.currentWidget() is knowledge.documents, timeout=5000
        )
        jobs = desktop.window.go_to("jobs")
        assert isinstance(jobs, JobsPage)
        qtbot.waitUntil(
            lambda: any(
                job.title.startswith("Import") and job.state == "done"
                for job in map(desktop.jobs_model.job, range(desktop.jobs_model.rowCount()))
            ),
            timeout=5000,
        )
    finally:
        desktop.shutdown()


def test_a_terminal_command_beside_the_app_recovers_nothing_of_the_apps(
    tmp_path: Path, server: FakeLLMServer
) -> None:
    """The app's answer in flight is not the terminal's to mark interrupted."""
    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "config")
    app = open_root(paths)  # stands for the running app: it owns the data dir
    try:
        assert app.owner
        turn = app.chat.ask("A question being answered right now")
        listed = convosphere(paths.data_dir, "conversations", "list")
        assert listed.returncode == 0, listed.stderr
        assert app.chat.conversations.message(turn.answer_id).state == "streaming"
    finally:
        app.close()
    # Once the app is gone, the next process to open the data dir recovers the answer.
    assert convosphere(paths.data_dir, "conversations", "list").returncode == 0
    reopened = open_root(paths)
    try:
        assert reopened.chat.conversations.message(turn.answer_id).state == "interrupted"
    finally:
        reopened.close()
