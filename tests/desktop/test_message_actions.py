"""Copy, Edit and Regenerate under any message, not only the last; a regenerated answer is
kept as a branch, browsed with ‹ 1/2 ›."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.app import DesktopApp
from tests.desktop.test_chat_page import (
    chat_app,  # noqa: F401  (a fixture)
    chat_page,
    send,
    server,  # noqa: F401  (a fixture)
    shown_text,
    wait_idle,
)
from tests.fakes.llm_server import FakeLLMServer, Reply


def click(page: object, href: str) -> None:
    page.transcript._on_link(QUrl(href))  # type: ignore[attr-defined]  # an anchor's click


def two_turns(qtbot: QtBot, desktop: DesktopApp, fake: FakeLLMServer) -> object:
    page = chat_page(desktop)
    fake.enqueue(Reply(text="Paris is the capital."), Reply(text="Berlin is the capital."))
    send(qtbot, page, "Capital of France?")
    wait_idle(qtbot, page)
    send(qtbot, page, "Capital of Germany?")
    wait_idle(qtbot, page)
    conversation = page.session.conversation
    assert conversation is not None
    page.session.open_conversation(conversation.id)  # as when it is opened later
    qtbot.waitUntil(lambda: "Copy" in shown_text(page), timeout=5000)
    return page


def test_regenerate_an_earlier_answer_keeps_both_as_branches(
    qtbot: QtBot,
    chat_app: DesktopApp,  # noqa: F811
    server: FakeLLMServer,  # noqa: F811
) -> None:
    page = two_turns(qtbot, chat_app, server)
    first_answer = page.session.messages[1]  # type: ignore[attr-defined]
    server.enqueue(Reply(text="Paris, on the Seine."))
    click(page, f"msg:regenerate/{first_answer.id}")
    qtbot.waitUntil(lambda: "Paris, on the Seine." in shown_text(page), timeout=15_000)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: "2/2" in shown_text(page), timeout=5000)
    text = shown_text(page)
    assert "Paris is the capital." not in text and "Germany" not in text, "the new branch"
    versions = page.session.versions()  # type: ignore[attr-defined]
    newest = page.session.messages[1].id  # type: ignore[attr-defined]
    assert versions[newest] == (first_answer.id, newest)

    click(page, f"msg:branch/{first_answer.id}")
    qtbot.waitUntil(lambda: "1/2" in shown_text(page), timeout=5000)
    text = shown_text(page)
    assert "Paris is the capital." in text and "Capital of Germany?" in text
    assert "Berlin is the capital." in text, "the old branch, with what followed it"


def test_edit_an_earlier_question_and_copy_any_message(
    qtbot: QtBot,
    chat_app: DesktopApp,  # noqa: F811
    server: FakeLLMServer,  # noqa: F811
) -> None:
    page = two_turns(qtbot, chat_app, server)
    question, answer = page.session.messages[:2]  # type: ignore[attr-defined]
    click(page, f"msg:copy/{answer.id}")
    assert QGuiApplication.clipboard().text() == "Paris is the capital."

    click(page, f"msg:edit/{question.id}")
    assert page.composer.text() == "Capital of France?"  # type: ignore[attr-defined]
    page.composer.set_text("Capital of Italy?")  # type: ignore[attr-defined]
    server.enqueue(Reply(text="Rome."))
    page._send(page.composer.text())  # type: ignore[attr-defined]  # Enter
    qtbot.waitUntil(lambda: "Rome." in shown_text(page), timeout=15_000)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: "2/2" in shown_text(page), timeout=5000)
    text = shown_text(page)
    assert "Capital of Italy?" in text and "Capital of France?" not in text
    assert "Berlin" not in text
