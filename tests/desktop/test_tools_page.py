"""The Tools page and tool approval in chat, as a person uses them: the real app, real MCP
server processes, the fake model server on 127.0.0.1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.root import open_root
from desktop.app import DesktopApp
from desktop.tools.page import BUILTIN_LABEL, ToolsPage
from tests.desktop.conftest import start_app
from tests.desktop.test_chat_page import chat_page, prepare_data, send, shown_text, wait_idle
from tests.fakes.llm_server import FakeLLMServer, Reply

REPO = Path(__file__).resolve().parents[2]
WAIT_MS = 20_000


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def add_fake_server(paths: AppPaths, name: str = "fake") -> None:
    services = open_root(paths)
    services.tools.servers.add_stdio(
        name, sys.executable, ["-m", "tests.fakes.mcp_server", "ok"], cwd=str(REPO)
    )
    services.close()


@pytest.fixture
def app_with_server(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> Iterator[DesktopApp]:
    prepare_data(app_paths, server)
    add_fake_server(app_paths)
    desktop = start_app(qtbot, qapp, app_paths)
    yield desktop
    desktop.shutdown()


def tools_page(desktop: DesktopApp) -> ToolsPage:
    page = desktop.window.go_to("tools")
    assert isinstance(page, ToolsPage)
    return page


def test_servers_show_their_status_and_tools_and_a_tool_can_be_tried_from_its_form(
    qtbot: QtBot, app_with_server: DesktopApp
) -> None:
    page = tools_page(app_with_server)
    qtbot.waitUntil(lambda: page.servers.rowCount() == 2, timeout=WAIT_MS)
    assert [row.name for row in page.servers.rows] == [BUILTIN_LABEL, "fake"]
    assert page.tool_list.count() == 5  # the built-in tools, shown first
    page.server_list.setCurrentIndex(page.servers.index(1))
    qtbot.waitUntil(lambda: page.tool_list.count() == 4, timeout=WAIT_MS)
    assert page.servers.rows[1].state == "ready"
    names = [page.tool_list.item(i).text().split()[0] for i in range(page.tool_list.count())]
    page.tool_list.setCurrentRow(names.index("add"))
    assert '"required"' in page.schema_view.toPlainText()
    a, b = page.form.editor("a"), page.form.editor("b")
    assert isinstance(a, QLineEdit) and isinstance(b, QLineEdit)
    a.setText("20")
    b.setText("oops")
    page.run_button.click()
    assert "b must be a number" in page.result_view.toPlainText()
    b.setText("22")
    page.run_button.click()
    qtbot.waitUntil(lambda: "Result" in page.result_view.toPlainText(), timeout=WAIT_MS)
    assert page.result_view.toPlainText().rstrip().endswith("42")
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1, timeout=WAIT_MS)
    entry = page.log_model.entries[0]
    assert (entry.server, entry.tool, entry.state, entry.approved_by) == (
        "fake", "add", "done", "run by hand",
    )  # fmt: skip
    assert [(s.tool, s.calls, s.errors) for s in page.stats_model.stats] == [("add", 1, 0)]


def test_an_answer_waits_for_approval_in_the_chat_and_shows_the_call_inline(
    qtbot: QtBot, app_with_server: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(app_with_server)
    qtbot.waitUntil(
        lambda: page.chat is not None and page.session.tools is not None, timeout=WAIT_MS
    )
    server.enqueue(
        Reply(text="I will note it. ", tool_calls=[("fake__write_note", '{"note": "milk"}')]),
        Reply(text="Noted."),
    )
    send(qtbot, page, "Remember milk")
    bar = page.tool_approval
    qtbot.waitUntil(lambda: bar.isVisibleTo(page), timeout=WAIT_MS)
    assert "write_note" in bar.question.text() and "milk" in bar.arguments.text()
    assert "writes locally" in bar.question.text()
    bar.allow_button.click()
    wait_idle(qtbot, page)
    assert not bar.isVisibleTo(page)
    text = shown_text(page)
    assert "fake__write_note" in text and "noted" in text and "approved: you" in text
    assert text.rstrip().endswith("Noted.") or "Noted." in text


def test_stop_while_approval_waits_ends_the_answer_as_stopped(
    qtbot: QtBot, app_with_server: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(app_with_server)
    qtbot.waitUntil(
        lambda: page.chat is not None and page.session.tools is not None, timeout=WAIT_MS
    )
    server.enqueue(Reply(text="Let me. ", tool_calls=[("fake__write_note", '{"note": "x"}')]))
    send(qtbot, page, "Write")
    qtbot.waitUntil(lambda: page.tool_approval.isVisibleTo(page), timeout=WAIT_MS)
    page.session.stop()
    wait_idle(qtbot, page)
    assert not page.tool_approval.isVisibleTo(page)
    chat = page.chat
    assert chat is not None
    (conversation,) = chat.conversations.search()
    answer = chat.conversations.thread(conversation.id)[-1]
    assert answer.state == "stopped" and answer.content.startswith("Let me. ")
