"""Small things a new user notices: spin-box arrows, a retry status that reads as a typo."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QSpinBox, QTextEdit
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from desktop.chat.composer import Composer
from resources import style_sheet
from tests.desktop.conftest import start_app

ROOT = Path(__file__).resolve().parents[2]


def test_spin_boxes_draw_arrows_in_both_themes(qtbot: QtBot) -> None:
    for theme in ("light", "dark"):
        sheet = style_sheet(theme)
        for arrow in ("up-arrow", "down-arrow"):
            rule = re.search(rf"QAbstractSpinBox::{arrow} \{{[^}}]*image: url", sheet)
            assert rule, f"{theme}: the spin box's {arrow} has an image"
        spin = QSpinBox()
        qtbot.addWidget(spin)
        spin.setStyleSheet(sheet)
        spin.setRange(1, 4)
        spin.setValue(2)
        spin.resize(120, 30)
        image = QImage(spin.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        spin.render(image)
        right = {image.pixelColor(x, y).name() for x in range(104, 116) for y in range(4, 26)}
        assert len(right) > 2, f"{theme}: something is drawn in the arrow column"


def test_a_retry_status_never_ends_in_two_dots(qtbot: QtBot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.last_activity = None
    composer.show_status("The model server is busy. Trying again in 4 s (attempt 2)…")
    shown = set()
    for _ in range(8):
        composer._tick()
        shown.add(composer.status.text())
    assert not any(text.endswith("..") for text in shown), shown
    composer.show_status("Waiting for Ollama…")
    composer._tick()
    assert composer.status.text() == "Waiting for Ollama."


def _list_items(transcript: QTextEdit) -> dict[str, str]:
    """Each paragraph of the transcript drawn as a list item: its text -> its marker."""
    items: dict[str, str] = {}
    block = transcript.document().begin()
    while block.isValid():
        text_list = block.textList()
        if text_list is not None:
            items[block.text().replace("\u200b", "").strip()] = text_list.itemText(block)
        block = block.next()
    return items


def test_an_answer_stopped_right_after_a_list_number_keeps_its_paragraph_a_paragraph(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    """Stopped just after the model wrote "1. ": the paragraph before it showed as list item
    "1." (Qt's Markdown reader hands an empty last item's list to the paragraph before), live
    and after a restart. It must read as what arrived: the paragraph, then "1.", then Stopped."""
    from tests.desktop.test_chat_page import chat_page, prepare_data, send, shown_text
    from tests.fakes.llm_server import FakeLLMServer, Reply

    intro = "To reset the router, do this:"
    with FakeLLMServer() as server:
        prepare_data(app_paths, server)
        server.enqueue(Reply(tokens=[f"{intro}\n\n", "1. ", "Unplug it."], token_delay=1.5))
        desktop = start_app(qtbot, qapp, app_paths)
        try:
            page = chat_page(desktop)
            qtbot.waitUntil(lambda: page.chat is not None and bool(page.assistants), timeout=15_000)
            send(qtbot, page, "How do I reset my router?")
            qtbot.waitUntil(lambda: intro in shown_text(page), timeout=15_000)
            qtbot.wait(1800)  # "1. " has arrived, "Unplug it." has not
            qtbot.mouseClick(page.composer.button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
            qtbot.waitUntil(lambda: not page.session.busy, timeout=15_000)
            answer = page.session.last_answer()
            assert answer is not None and answer.state == "stopped"
            assert answer.content == f"{intro}\n\n1. ", "stopped between the two tokens"
            assert intro not in _list_items(page.transcript), "live: the paragraph is no item"
            assert "Stopped" in shown_text(page) and "1." in shown_text(page)
            conversation = answer.conversation_id
        finally:
            desktop.shutdown()
        again = start_app(qtbot, qapp, app_paths)  # reloaded from app.db
        try:
            page = chat_page(again)
            page.open_conversation(conversation)
            qtbot.waitUntil(lambda: intro in shown_text(page), timeout=15_000)
            assert intro not in _list_items(page.transcript), "reloaded: no item either"
            assert not _list_items(page.transcript)
            text = shown_text(page)
            assert text.index(intro) < text.index("1.") < text.index("Stopped")
        finally:
            again.shutdown()


def test_the_empty_jobs_page_shows_a_list_not_a_loading_spinner() -> None:
    """The empty Jobs page drew a ring of rays (a "loading" spinner), so a new user waited for
    something to load; it shows a list of jobs, the same picture as the sidebar's Jobs."""
    from desktop.jobs.page import JobsPage
    from resources import icon_path

    source = Path(JobsPage.__module__.replace(".", "/") + ".py")
    assert re.search(r'EmptyState\(\s*"jobs"', (ROOT / source).read_text(encoding="utf-8"))
    drawing = icon_path("jobs").read_text(encoding="utf-8")
    assert drawing.count("<rect") >= 3, "rows of a list"
    rays = re.findall(r"M[\d.]+ [\d.]+[vhl]", drawing)
    assert len(rays) < 6, "no ring of short strokes around a centre (a spinner)"
