"""The Chat page as a person uses it: the real app, the real SDK, a fake server on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from core.chat.turns import Turn
from core.paths import AppPaths
from core.root import open_root
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from desktop.chat.page import ChatPage
from tests.desktop.conftest import start_app
from tests.fakes.llm_server import FakeLLMServer, RecordedRequest, Reply
from tests.knowledge_fixtures.files import pdf

WAIT_MS = 15_000


def chat_requests(server: FakeLLMServer) -> list[RecordedRequest]:
    """What the app asked the model (not the model list it reads, nor reachability checks)."""
    return [r for r in server.requests if r.method == "POST"]


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def prepare_data(paths: AppPaths, server: FakeLLMServer | None) -> None:
    DeviceSettings(paths.device_settings).set("ui.first_run_done", True)
    if server is not None:
        services = open_root(paths)
        server.serve(services)
        services.close()


def asked_before_start(
    app_paths: AppPaths, server: FakeLLMServer, question: str, draft: str | None = None
) -> Turn:
    """A question saved in an earlier run of the app, its answer prepared (and, with ``draft``,
    partly saved) when that process "died"."""

    prepare_data(app_paths, server)
    services = open_root(app_paths)
    chat = services.chat
    turn = chat.ask(question)
    if draft is not None:
        chat.save_draft(turn.answer_id, draft)
    chat.close()
    services.close()
    return turn


@pytest.fixture
def chat_app(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> Iterator[DesktopApp]:
    prepare_data(app_paths, server)
    desktop = start_app(qtbot, qapp, app_paths)
    page = chat_page(desktop)
    qtbot.waitUntil(lambda: page.chat is not None and bool(page.assistants), timeout=WAIT_MS)
    yield desktop
    desktop.shutdown()


def chat_page(desktop: DesktopApp) -> ChatPage:
    page = desktop.window.go_to("chat")
    assert isinstance(page, ChatPage)
    return page


def shown_text(page: ChatPage) -> str:
    return page.transcript.toPlainText().replace("\u200b", "")


def send(qtbot: QtBot, page: ChatPage, text: str) -> None:
    page.composer.editor.setFocus()
    qtbot.keyClicks(page.composer.editor, text)
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return)


def wait_idle(qtbot: QtBot, page: ChatPage) -> None:
    qtbot.waitUntil(lambda: not page.session.busy, timeout=WAIT_MS)


def visible_actions(page: ChatPage) -> set[str]:
    buttons = (
        page.retry_button,
        page.continue_button,
        page.regenerate_button,
        page.edit_button,
        page.fix_button,
    )
    return {b.text() for b in buttons if b.isVisibleTo(page)}


def test_send_streams_the_answer_into_the_view_and_saves_it(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    server.enqueue(Reply(text="## Hello\n\nA **streamed** answer.\n\n```python\nx = 1\n```\n"))
    send(qtbot, page, "Say hello")
    assert page.composer.text() == "" and page.composer.button.text() == "Stop"
    wait_idle(qtbot, page)
    text = shown_text(page)
    assert "Say hello" in text and "A streamed answer." in text and "x = 1" in text
    assert "tokens" in text, "metrics are shown under the answer"
    assert page.composer.button.text() == "Send" and page.composer.status.isHidden()
    assert page.stack.currentWidget() is page.transcript
    assert page.title.full_text() == "Say hello"
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=WAIT_MS)
    chat = page.chat
    assert chat is not None
    (conversation,) = chat.conversations.search()
    thread = chat.conversations.thread(conversation.id)
    assert [(m.role, m.state) for m in thread] == [("user", "complete"), ("assistant", "complete")]
    assert visible_actions(page) == {"Regenerate", "Edit last message"}


def test_shift_enter_adds_a_line_and_enter_sends(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    editor = page.composer.editor
    qtbot.keyClicks(editor, "line one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "line two")
    assert editor.toPlainText() == "line one\nline two" and not page.session.busy
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert chat_requests(server)[-1].body["messages"][-1]["content"] == "line one\nline two"


def test_stop_keeps_what_arrived_and_offers_continue(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    server.enqueue(Reply(tokens=[f" tok{i}" for i in range(400)], token_delay=0.01))
    finished: list[float] = []
    page.session.answer_finished.connect(lambda _result: finished.append(time.monotonic()))
    send(qtbot, page, "Go on and on")
    qtbot.waitUntil(lambda: "tok20" in shown_text(page), timeout=WAIT_MS)
    composer = page.composer
    assert composer.status.isVisibleTo(page) and "Answering" in composer.status.text()
    assert not composer.spinner.isVisibleTo(page), "the text moves: no busy bar besides"
    clicked = time.monotonic()
    qtbot.mouseClick(page.composer.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished), timeout=WAIT_MS)
    assert finished[0] - clicked < 0.1, f"Stop took {(finished[0] - clicked) * 1000:.0f} ms"
    answer = page.session.last_answer()
    assert answer is not None and answer.state == "stopped" and "tok20" in answer.content
    assert "Stopped" in shown_text(page)
    assert shown_text(page).count("tok") >= answer.content.count("tok")
    assert visible_actions(page) == {"Continue", "Retry", "Edit last message"}


def test_stop_before_any_text_offers_retry_not_continue(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    server.enqueue(Reply(text="Late", first_token_delay=5.0), Reply(text="Here it is."))
    asked = len(chat_requests(server))
    send(qtbot, page, "Slow model")
    # The model is slow:
    qtbot.waitUntil(lambda: len(chat_requests(server)) > asked, timeout=WAIT_MS)
    assert "Waiting for" in page.composer.status.text()
    assert page.composer.spinner.isVisibleTo(page), "nothing moves yet: the busy bar does"
    qtbot.mouseClick(page.composer.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    answer = page.session.last_answer()
    assert answer is not None and answer.state == "stopped" and answer.content == ""
    assert "Stopped before any text arrived" in shown_text(page)
    assert visible_actions(page) == {"Retry", "Edit last message"}
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert "Here it is." in shown_text(page)
    assert visible_actions(page) == {"Regenerate", "Edit last message"}


def test_stop_the_moment_an_answer_starts_saves_it_as_stopped(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    """Esc right after Enter: the turn has not taken a step yet, and still ends as stopped
    (it stayed "streaming": an unfinished answer on screen, "interrupted" at the next start)."""
    page = chat_page(chat_app)
    server.enqueue(Reply(text="Never asked for"))
    asked = len(chat_requests(server))
    statuses: list[str] = []
    page.session.status_changed.connect(lambda text, _bar: statuses.append(text))
    page.session.answer_started.connect(lambda _turn, _text: page.session.stop())
    send(qtbot, page, "Never mind")
    wait_idle(qtbot, page)
    assert len(chat_requests(server)) == asked, "the model was not asked"
    assert statuses[-2:] == ["Stopping…", ""], f"no 'Waiting for' after Stop: {statuses}"
    answer = page.session.last_answer()
    assert answer is not None and answer.state == "stopped" and answer.content == ""
    assert "Stopped before any text arrived" in shown_text(page)
    chat = page.chat
    assert chat is not None
    assert chat.conversations.message(answer.id).state == "stopped"
    assert visible_actions(page) == {"Retry", "Edit last message"}


def test_the_ellipsis_rests_while_text_streams_and_moves_when_the_model_pauses(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    tokens = [f" w{i}" for i in range(300)]
    server.enqueue(Reply(tokens=tokens, token_delay=0.01, pause_after=150, pause_s=2.5))
    send(qtbot, page, "Think in the middle")
    status = page.composer.status

    def sample(until: str) -> set[str]:
        seen: set[str] = set()
        deadline = time.monotonic() + WAIT_MS / 1000
        while until not in shown_text(page) and time.monotonic() < deadline:
            seen.add(status.text())
            qtbot.wait(40)
        return seen

    qtbot.waitUntil(lambda: "w10" in shown_text(page), timeout=WAIT_MS)
    assert sample("w140") == {"Answering…"}, "text moves: the ellipsis rests"
    qtbot.waitUntil(lambda: "w149" in shown_text(page), timeout=WAIT_MS)
    paused = sample("w151")  # the model thinks for 2.5 s
    assert len(paused) > 2 and all(t.startswith("Answering") for t in paused), paused
    wait_idle(qtbot, page)


def test_closing_the_app_mid_answer_saves_every_word_that_arrived_as_stopped(
    qtbot: QtBot, app_paths: AppPaths, chat_app: DesktopApp, server: FakeLLMServer
) -> None:

    page = chat_page(chat_app)
    tokens = [f" qz{i}" for i in range(600)]
    server.enqueue(Reply(tokens=tokens, token_delay=0.01))
    send(qtbot, page, "Tell me a long story")
    qtbot.waitUntil(lambda: "qz30" in shown_text(page), timeout=WAIT_MS)
    # What the window does when closed (run_app connects the two; quit_ready quits).
    with qtbot.waitSignal(chat_app.quit_ready, timeout=WAIT_MS):
        chat_app.quit_when_idle()
    on_screen = shown_text(page)
    chat_app.shutdown()

    services = open_root(app_paths)  # as the next start reads it
    try:
        chat = services.chat
        conversation = chat.conversations.search()[0]
        answer = chat.conversations.thread(conversation.id)[-1]
    finally:
        services.close()
    assert answer.state == "stopped", "quitting is a Stop, not a crash"
    assert answer.content == "".join(tokens[: answer.content.count("qz")])
    shown = on_screen.count("qz")
    assert answer.content.count("qz") >= shown, "every word on screen was saved"
    assert shown < len(tokens), "the answer was cut short by quitting"


def test_leaving_a_streaming_answer_and_coming_back_shows_all_of_it(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    send(qtbot, page, "First conversation")
    wait_idle(qtbot, page)
    first = page.session.conversation
    assert first is not None
    page.new_chat()
    tokens = [f" zq{i}" for i in range(300)]
    server.enqueue(Reply(tokens=tokens, token_delay=0.01))
    send(qtbot, page, "Second, streaming slowly")
    qtbot.waitUntil(lambda: "zq20" in shown_text(page), timeout=WAIT_MS)
    second = page.session.conversation
    assert second is not None and second.id != first.id
    page.open_conversation(first.id)
    qtbot.waitUntil(lambda: "First conversation" in shown_text(page), timeout=WAIT_MS)
    qtbot.wait(300)  # the answer streams on meanwhile
    assert "zq" not in shown_text(page), "another conversation's answer leaked in"
    page.open_conversation(second.id)
    qtbot.waitUntil(lambda: "Second, streaming slowly" in shown_text(page), timeout=WAIT_MS)
    assert page.transcript.streaming, "came back while it was still streaming"
    wait_idle(qtbot, page)
    shown = shown_text(page)
    assert "".join(tokens).strip() in shown, "all of it, in order"
    assert shown.count("zq") == 300, "each piece shown once, none lost or doubled"
    answer = page.session.last_answer()
    assert answer is not None and answer.state == "complete"


def test_dropped_stream_is_interrupted_and_retry_answers_again(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    server.enqueue(Reply(text="Half an answer that never ends", drop_after=3))
    send(qtbot, page, "Tell me")
    wait_idle(qtbot, page)
    assert "Half an answer" in shown_text(page) and "Interrupted" in shown_text(page)
    assert "dropped before the answer was finished" in shown_text(page)
    assert visible_actions(page) == {"Continue", "Retry", "Edit last message"}
    server.enqueue(Reply(text="A whole new answer."))
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    text = shown_text(page)
    assert "A whole new answer." in text and "Half an answer" not in text
    assert "Interrupted" not in text and text.count("Tell me") == 1


def test_continue_extends_the_interrupted_answer_in_place(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    server.enqueue(Reply(text="The start of it", end_after=3), Reply(text=" and its end."))
    send(qtbot, page, "Tell me")
    wait_idle(qtbot, page)
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    text = shown_text(page)
    assert "The start of and its end." in text.replace("\n", " ") and "Interrupted" not in text
    answer = page.session.last_answer()
    assert answer is not None and answer.content == "The start of and its end."


def test_an_error_before_the_first_token_says_what_to_do(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = chat_page(chat_app)
    asked: list[bool] = []
    monkeypatch.setattr(chat_app, "show_provider_setup", asked.append)  # not a modal dialog
    server.enqueue(Reply(status=401, error_message="bad key"))
    send(qtbot, page, "Hello?")
    wait_idle(qtbot, page)
    assert "rejected the API key (401). Check the key in Settings" in shown_text(page)
    assert "tokens" not in shown_text(page), "no figures under an answer that never came"
    assert visible_actions(page) == {"Retry", "Edit last message", "Set up the provider…"}
    page.fix_button.click()
    assert asked == [False], "the provider set-up opens"


def test_sending_into_a_conversation_trashed_elsewhere_says_so_and_keeps_the_text(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    send(qtbot, page, "Start something")
    wait_idle(qtbot, page)
    conversation = page.session.conversation
    assert conversation is not None and page.chat is not None
    page.chat.conversations.trash(conversation.id)  # as the CLI in another process would
    send(qtbot, page, "One more thing")
    qtbot.waitUntil(lambda: page.composer.note.isVisible(), timeout=WAIT_MS)
    assert "no longer there" in page.composer.note.text()
    assert page.composer.text() == "One more thing", "what was typed is given back"
    assert not page.session.busy and page.session.conversation is None, "a new chat instead"
    assert "One more thing" not in shown_text(page), "the unsent question is not on screen"
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 0, timeout=WAIT_MS)


def test_edit_last_message_resends_and_regenerate_replaces_the_answer(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer
) -> None:
    page = chat_page(chat_app)
    server.enqueue(Reply(text="Answer one."), Reply(text="Answer two."), Reply(text="Answer 3."))
    send(qtbot, page, "Frist question")
    wait_idle(qtbot, page)
    page.edit_button.click()
    assert page.composer.text() == "Frist question" and page.composer.note.isVisibleTo(page)
    page.composer.editor.selectAll()
    qtbot.keyClicks(page.composer.editor, "First question")
    qtbot.keyClick(page.composer.editor, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    text = shown_text(page)
    assert "First question" in text and "Frist" not in text and "Answer two." in text
    page.regenerate_button.click()
    wait_idle(qtbot, page)
    text = shown_text(page)
    assert "Answer 3." in text and "Answer two." not in text


def test_a_grounded_answer_cites_its_source_and_a_click_opens_the_document_there(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer, tmp_path: Path
) -> None:
    from desktop.knowledge.viewer import DocumentViewer

    page = chat_page(chat_app)
    folder = tmp_path / "handbook"
    folder.mkdir()
    filler = " ".join(f"General rule {i} about desks and badges." for i in range(40))
    pages = [filler, filler + " Vacation: every employee gets 25 days a year. " + filler]
    pdf(folder / "handbook.pdf", pages, title="Staff Handbook")
    assert desktop_cli(chat_app, "import", str(folder), "--quiet") == 0  # from a terminal
    research = next(a for a in page.assistants if a.knowledge_enabled)
    page.session.new_assistant_id = research.id
    page.new_chat()
    assert page.knowledge_bar.use.isChecked(), "the research assistant uses the documents"
    server.enqueue(Reply(text="You get 25 days [1].\n\n```bash\necho hi\n```\n"))
    send(qtbot, page, "How much vacation do I get?")
    wait_idle(qtbot, page)
    assert (
        "Vacation: every employee gets 25 days"
        in chat_requests(server)[-1].body["messages"][0]["content"]
    )
    text = shown_text(page)
    assert "Sources" in text and "[1] Staff Handbook, p. 2" in text
    assert "Vacation: every employee gets 25 days" in text, "the strip shows the passage's text"
    hrefs = anchors(page)
    source = next(h for h in hrefs if h.startswith("source:1"))
    page.window().resize(1280, 800)  # room for the page beside the chat (else: a window)
    page.transcript.anchorClicked.emit(QUrl(source))

    def viewer() -> DocumentViewer | None:  # the split view: the cited page beside the chat
        shown = page.source_pane()
        return shown if isinstance(shown, DocumentViewer) and shown.canvas.marks else None

    qtbot.waitUntil(lambda: viewer() is not None, timeout=WAIT_MS)
    opened = viewer()
    assert opened is not None and opened.heading.full_text() == "Staff Handbook"
    assert "Page 2" in opened.where.text() and opened.canvas.current_page == 2
    assert opened.canvas.marks[1].highlight, "the cited passage is marked on page 2"
    opened.close_requested.emit()
    page.transcript.anchorClicked.emit(QUrl(next(h for h in hrefs if h.startswith("copy:"))))
    assert QGuiApplication.clipboard().text() == "echo hi"


def desktop_cli(desktop: DesktopApp, *args: str) -> int:
    """``convosphere ARGS`` in a process of its own, beside the running app."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--data-dir", str(desktop.paths.data_dir)],
        cwd=root, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.returncode


def anchors(page: ChatPage) -> list[str]:
    found = []
    block = page.transcript.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return found


def test_conversations_can_be_found_renamed_deleted_and_restored(
    qtbot: QtBot, chat_app: DesktopApp, server: FakeLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = chat_page(chat_app)
    for question in ("About penguins", "About volcanoes"):
        page.new_chat()
        send(qtbot, page, question)
        wait_idle(qtbot, page)
    panel = page.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.keyClicks(panel.search, "PENGUIN")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    record = panel.model.records[0]
    assert record.title == "About penguins"
    monkeypatch.setattr(
        "desktop.chat.conversations.QInputDialog.getText", lambda *a, **k: ("Birds", True)
    )
    panel._rename(record)
    qtbot.waitUntil(lambda: panel.model.records[0].title == "Birds", timeout=WAIT_MS)
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    birds = next(r for r in panel.model.records if r.title == "Birds")
    panel._trash(birds)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert panel.undo_bar.isVisibleTo(panel) and "Birds" in panel.undo_bar.label.text()
    panel.undo_bar.button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    panel.list.clicked.emit(panel.model.index(panel.model.row_of(birds.id)))
    qtbot.waitUntil(lambda: "About penguins" in shown_text(page), timeout=WAIT_MS)


def test_an_answer_cut_off_by_a_crash_shows_as_interrupted_after_the_next_start(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> None:
    turn = asked_before_start(app_paths, server, "Will this survive?", "Most of the answer")
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = chat_page(desktop)
        qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=WAIT_MS)
        page.open_conversation(turn.conversation.id)
        qtbot.waitUntil(lambda: "Most of the answer" in shown_text(page), timeout=WAIT_MS)
        assert "Interrupted" in shown_text(page) and "closed before" in shown_text(page)
        assert visible_actions(page) == {"Continue", "Retry", "Edit last message"}
    finally:
        desktop.shutdown()


def test_the_empty_state_knows_there_are_conversations_once_the_list_has_loaded(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> None:
    asked_before_start(app_paths, server, "An earlier question")  # unanswered: no matter here
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = chat_page(desktop)
        qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=WAIT_MS)
        title = page.empty.findChild(QLabel, "EmptyTitle")
        assert title is not None
        qtbot.waitUntil(lambda: title.text() == "Start a new conversation", timeout=WAIT_MS)
    finally:
        desktop.shutdown()


def test_a_local_server_is_offered_when_no_provider_is_set_up(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> None:
    from core.chat.local_servers import detect_local_servers

    prepare_data(app_paths, None)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = chat_page(desktop)
        title = page.empty.findChild(QLabel, "EmptyTitle")
        assert title is not None and title.text() == "No conversations yet"
        page.offer_local_servers(detect_local_servers([("Fake server", server.openai_url)]))
        assert page.local_button.text() == "Chat offline with Fake server (fake-large)"
        page.local_button.click()
        services = desktop.services
        assert services is not None
        qtbot.waitUntil(lambda: "change" in page.setup_button.text(), timeout=WAIT_MS)
        assert services.settings.get("chat.provider") == "openai_compatible"
        assert services.settings.get("chat.base_url") == server.openai_url
        assert services.settings.get("chat.model") == "fake-large"
    finally:
        desktop.shutdown()


def test_edit_assistants_from_the_end_of_the_assistant_list(
    qtbot: QtBot, chat_app: DesktopApp
) -> None:
    from PySide6.QtCore import QTimer

    from desktop.chat.assistants import AssistantsDialog
    from desktop.chat.header import EDIT_ASSISTANTS

    page = chat_page(chat_app)
    box = page.header.assistant_box
    shown = box.currentText()
    seen: list[str] = []
    closed: list[bool] = []

    def listed(dialog: AssistantsDialog) -> list[str]:
        return [dialog.names.item(i).text() for i in range(dialog.names.count())]

    def drive() -> None:
        if closed:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AssistantsDialog) or not listed(dialog):  # still loading
            QTimer.singleShot(20, drive)
            return
        seen.extend(listed(dialog))
        dialog.new_button.click()
        dialog.name.setText("Devil's advocate")
        dialog.instructions.setPlainText("Argue against whatever the user proposes.")
        dialog.save_button.click()

        def close_when_saved() -> None:
            if "Devil's advocate" in listed(dialog):
                dialog.reject()
            else:
                QTimer.singleShot(20, close_when_saved)

        close_when_saved()

    def give_up() -> None:  # never leave the test blocked on a modal dialog
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AssistantsDialog):
            dialog.reject()

    QTimer.singleShot(0, drive)
    QTimer.singleShot(WAIT_MS, give_up)
    index = box.findData(EDIT_ASSISTANTS)
    assert box.itemText(index) == "Edit assistants…" and index == box.count() - 1
    box.setCurrentIndex(index)
    box.activated.emit(index)  # as picking it does; returns when the dialog closes
    closed.append(True)
    assert "General assistant" in seen, "the dialog listed the assistants"
    assert box.currentText() == shown, "picking the editor is not choosing an assistant"
    qtbot.waitUntil(lambda: box.findText("Devil's advocate") >= 0, timeout=WAIT_MS)
    assert box.currentText() == shown
    chat = page.chat
    assert chat is not None
    saved = chat.assistants.find("Devil's advocate")
    assert saved is not None and saved.instructions.startswith("Argue against")


def shaded_colours(page: ChatPage) -> list[str]:
    """The colours of the shaded boxes on screen (questions, code), as #rrggbb."""
    from PySide6.QtGui import QTextFrame

    document = page.transcript.document()
    brushes = []
    frames: list[QTextFrame] = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        brushes.append(frame.frameFormat().background())
        frames.extend(frame.childFrames())
    block = document.begin()
    while block.isValid():
        brushes.append(block.blockFormat().background())
        block = block.next()
    return [b.color().name() for b in brushes if b.style() != Qt.BrushStyle.NoBrush]


def is_light(colour: str) -> bool:
    from PySide6.QtGui import QColor

    return QColor(colour).lightness() >= 128


def test_the_dark_theme_draws_a_new_conversation_in_dark_colours(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> None:
    prepare_data(app_paths, server)
    DeviceSettings(app_paths.device_settings).set("appearance.theme", "dark")
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        page = chat_page(desktop)
        qtbot.waitUntil(lambda: page.chat is not None and bool(page.assistants), timeout=WAIT_MS)
        server.enqueue(Reply(text="Here:\n\n```python\nx = 1\n```\n"))
        send(qtbot, page, "Hello in the dark")  # the first message: no thread was loaded before
        wait_idle(qtbot, page)
        assert "x = 1" in shown_text(page)
        shaded = shaded_colours(page)
        assert len(shaded) >= 2, "the question and the code are drawn in shaded boxes"
        light = [c for c in shaded if is_light(c)]
        assert not light, f"light boxes under the dark theme's light text: {light}"
        desktop.theme.set_preference("light")  # as Settings does
        qtbot.waitUntil(lambda: all(is_light(c) for c in shaded_colours(page)), timeout=WAIT_MS)
        assert "Hello in the dark" in shown_text(page) and "x = 1" in shown_text(page)
        assert len(shaded_colours(page)) == len(shaded)
    finally:
        desktop.shutdown()


def test_a_question_sent_while_the_app_is_still_opening_goes_once_it_is_open(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, server: FakeLLMServer
) -> None:
    prepare_data(app_paths, server)
    server.enqueue(Reply(text="Here already."))
    desktop = DesktopApp(qapp, app_paths, smoke=False)
    qtbot.addWidget(desktop.window)
    desktop.start()
    try:
        page = chat_page(desktop)
        assert page.chat is None, "typed in the first moment, before the chat service is open"
        send(qtbot, page, "Early bird?")
        assert page.composer.text() == "Early bird?", "the question waits in the box"
        assert "Opening your conversations" in page.composer.status.text()
        qtbot.waitUntil(lambda: "Here already." in shown_text(page), timeout=WAIT_MS)
        wait_idle(qtbot, page)
        assert page.composer.text() == ""
        assert [m.content for m in page.session.messages] == ["Early bird?", "Here already."]
    finally:
        desktop.shutdown()
