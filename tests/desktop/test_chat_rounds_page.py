"""Several assistants on the Chat page, as a person uses them: the real app, the real SDK and
the fake server on 127.0.0.1; a round, an @mention, Stop and Retry, the round dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.chat.records import AssistantRecord
from core.paths import AppPaths
from core.root import open_root
from desktop.app import DesktopApp
from desktop.chat.roster import RosterDialog
from tests.desktop.conftest import start_app
from tests.desktop.test_chat_page import (
    WAIT_MS,
    chat_page,
    chat_requests,
    prepare_data,
    send,
    shown_text,
    visible_actions,
    wait_idle,
)
from tests.fakes.llm_server import FakeLLMServer, Reply

PANEL = (
    ("Optimist", "You see the bright side."),
    ("Skeptic", "You doubt every claim."),
    ("Engineer", "You care how it is built."),
)


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


@pytest.fixture
def panel_app(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> Iterator[tuple[DesktopApp, str]]:
    """The app, over a data dir with a conversation whose round is the three of ``PANEL``."""
    prepare_data(app_paths, server)
    services = open_root(app_paths)
    chat = services.chat
    ids = [
        chat.assistants.create(AssistantRecord(id="", name=n, instructions=i)).id for n, i in PANEL
    ]
    conversation = chat.conversations.create(title="Rewrite or not")
    chat.set_assistants(conversation.id, ids)
    chat.close()
    services.close()
    desktop = start_app(qtbot, qapp, app_paths)
    page = chat_page(desktop)
    qtbot.waitUntil(lambda: page.chat is not None and bool(page.assistants), timeout=WAIT_MS)
    page.open_conversation(conversation.id)
    qtbot.waitUntil(lambda: page.roster_strip.isVisibleTo(page), timeout=WAIT_MS)
    yield desktop, conversation.id
    desktop.shutdown()


def systems(server: FakeLLMServer) -> list[str]:
    return [str(r.body["messages"][0]["content"]) for r in chat_requests(server)]


def test_a_round_answers_in_order_under_each_assistants_name(
    qtbot: QtBot, panel_app: tuple[DesktopApp, str], server: FakeLLMServer
) -> None:
    desktop, _conversation = panel_app
    page = chat_page(desktop)
    strip = page.roster_strip.text()
    assert strip.index("Optimist") < strip.index("Skeptic") < strip.index("Engineer")
    assert "@Name asks one assistant alone" in page.composer.editor.placeholderText()
    server.enqueue(Reply(text="It will go well."), Reply(text="I doubt it."), Reply(text="Rust."))
    send(qtbot, page, "Should we rewrite it?")
    qtbot.waitUntil(lambda: len(chat_requests(server)) == 3, timeout=WAIT_MS)
    wait_idle(qtbot, page)
    text = shown_text(page)
    order = [text.index(s) for s in ("Optimist", "It will go well.", "Skeptic", "I doubt it.")]
    assert order == sorted(order), text
    assert text.index("Engineer · fake-model") < text.index("Rust.")
    assert [s.split("\n")[0] for s in systems(server)] == [i for _n, i in PANEL]
    assert (
        "[Optimist] said:\n\nIt will go well."
        in (chat_requests(server)[1].body["messages"][-1]["content"])
    )
    assert visible_actions(page) >= {"Regenerate"}


def test_an_edited_question_is_answered_by_the_round_again(
    qtbot: QtBot, panel_app: tuple[DesktopApp, str], server: FakeLLMServer
) -> None:
    desktop, _conversation = panel_app
    page = chat_page(desktop)
    server.enqueue(Reply(text="One."), Reply(text="Two."), Reply(text="Three."))
    send(qtbot, page, "First try?")
    qtbot.waitUntil(lambda: len(chat_requests(server)) == 3, timeout=WAIT_MS)
    wait_idle(qtbot, page)
    server.enqueue(Reply(text="Uno."), Reply(text="Dos."), Reply(text="Tres."))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.composer.editor.selectAll()
    send(qtbot, page, "Second try?")
    qtbot.waitUntil(lambda: len(chat_requests(server)) == 6, timeout=WAIT_MS)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: "Tres." in shown_text(page), timeout=WAIT_MS)
    text = shown_text(page)
    assert "Second try?" in text and "One." not in text
    assert text.index("Optimist ·") < text.index("Uno.") < text.index("Skeptic ·")
    assert text.index("Skeptic ·") < text.index("Dos.") < text.index("Engineer ·")
    assert [s.split("\n")[0] for s in systems(server)[3:]] == [i for _n, i in PANEL]


def test_a_mention_makes_only_that_assistant_answer(
    qtbot: QtBot, panel_app: tuple[DesktopApp, str], server: FakeLLMServer
) -> None:
    desktop, _conversation = panel_app
    page = chat_page(desktop)
    server.enqueue(Reply(text="With care."))
    send(qtbot, page, "@engineer how would you build it?")
    qtbot.waitUntil(lambda: "With care." in shown_text(page), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    qtbot.wait(300)  # time enough for a second assistant to start, were it to
    assert len(chat_requests(server)) == 1
    assert systems(server)[0].startswith("You care how it is built.")
    assert "Engineer · fake-model" in shown_text(page)
    assert "Optimist ·" not in shown_text(page) and "Skeptic ·" not in shown_text(page)


def test_stop_ends_the_round_and_retry_asks_the_same_assistant_again(
    qtbot: QtBot, panel_app: tuple[DesktopApp, str], server: FakeLLMServer
) -> None:
    desktop, _conversation = panel_app
    page = chat_page(desktop)
    server.enqueue(
        Reply(text="Bright."),
        Reply(tokens=[f" doubt{i}" for i in range(400)], token_delay=0.01),
    )
    server.default = Reply(text="Never asked.")  # what a third assistant would get
    send(qtbot, page, "Go?")
    qtbot.waitUntil(lambda: "doubt10" in shown_text(page), timeout=WAIT_MS)
    qtbot.mouseClick(page.composer.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    qtbot.wait(300)
    assert len(chat_requests(server)) == 2, "the third assistant never started"
    assert "Never asked." not in shown_text(page) and "Engineer" not in shown_text(page)
    last = page.session.last_answer()
    assert last is not None and last.state == "stopped"
    assert "Retry" in visible_actions(page)
    server.enqueue(Reply(text="On reflection, fine."))
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "On reflection, fine." in shown_text(page), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    qtbot.wait(300)
    assert len(chat_requests(server)) == 3, "Retry re-ran that one answer, not the round"
    assert systems(server)[-1].startswith("You doubt every claim.")
    text = shown_text(page)
    assert text.index("Skeptic ·") < text.index("On reflection, fine.")


def test_the_round_dialog_keeps_the_order_and_refuses_a_summariser_in_the_round(
    qtbot: QtBot,
) -> None:
    assistants = [AssistantRecord(id=str(i), name=name) for i, (name, _) in enumerate(PANEL)]
    dialog = RosterDialog(assistants, ["2", "0"], None)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(row).text() for row in range(dialog.list.count())]  # type: ignore[union-attr]
    assert names == ["Engineer", "Optimist", "Skeptic"], "chosen first, in their order"
    assert dialog.chosen() == (["2", "0"], None)
    dialog.summarizer_box.setCurrentIndex(dialog.summarizer_box.findData("2"))
    dialog._check()
    assert dialog.error.isVisibleTo(dialog)
    assert "Engineer cannot both answer in the round and summarise it" in dialog.error.text()
    assert dialog.result() != RosterDialog.DialogCode.Accepted
    dialog.summarizer_box.setCurrentIndex(dialog.summarizer_box.findData("1"))
    dialog._check()
    assert dialog.result() == RosterDialog.DialogCode.Accepted
    assert dialog.chosen() == (["2", "0"], "1")
