"""No button, combo box or label shows cut-off text on any page, from 640×600 up, light and dark,
in English and in German (the longest):
text that does not fit is elided with the whole of it in the tooltip, or the control is as
wide as its text."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core import i18n
from core.i18n import LANGUAGE_ENV
from desktop import language
from desktop.app import DesktopApp
from desktop.chat.page import ChatPage
from desktop.shell.elide import ELIDED, ElidedLabel, combo_text_room

SIZES = [(640, 600), (700, 700), (1100, 750)]


def _label(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} “{text}”".replace("  ", " ")


def _off_screen(widget: QWidget, window: QWidget) -> bool:
    """Whether the control runs past the right edge of what holds it: the window, or the
    scroll area it sits in (which scrolls it into view: not cut)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    left = widget.mapTo(window, widget.rect().topLeft()).x()
    return left + widget.width() > window.width() + 1


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window and widget.width() > 0


def clipped_text(window: QWidget, page: QWidget) -> list[str]:
    """Every control on the page whose text is cut off."""
    problems: list[str] = []
    for combo in page.findChildren(QComboBox):
        if not _shown(combo, window):
            continue
        text = combo.currentText()
        if _off_screen(combo, window):
            problems.append(f"{_label(combo, text)} runs off the window")
        if combo.isEditable() or not combo.count():
            continue  # a line edit scrolls its text; nothing to cut
        # Its longest choice shown (as a user may pick it; no signal goes out), then put back.
        metrics = combo.fontMetrics()
        widest = max(
            range(combo.count()), key=lambda i: metrics.horizontalAdvance(combo.itemText(i))
        )
        chosen = combo.currentIndex()
        combo.blockSignals(True)
        try:
            for index in {chosen, widest}:
                combo.setCurrentIndex(index)
                combo.repaint()  # combo boxes elide as they paint
                text = combo.currentText()
                room = combo_text_room(combo)
                if metrics.horizontalAdvance(text) > room and not (
                    combo.property(ELIDED) and text in combo.toolTip()
                ):
                    problems.append(f"{_label(combo, text)} is cut to {room} px")
        finally:
            combo.setCurrentIndex(chosen)
            combo.blockSignals(False)
    for button in page.findChildren(QPushButton):
        if not _shown(button, window) or not button.text():
            continue
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if _off_screen(button, window):
            problems.append(f"{_label(button, text)} runs off the window")
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = (
            button.style()
            .subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
            .width()
        )
        need = button.fontMetrics().horizontalAdvance(text)
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if button.menu() is not None:
            need += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        if need > room + 1:
            problems.append(f"{_label(button, text)} needs {need} px, has {room}")
    for label in page.findChildren(QLabel):
        if not _shown(label, window) or label.wordWrap() or isinstance(label, ElidedLabel):
            continue
        text = label.text()
        if not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue  # rich text (links, markup) lays out on its own
        if not label.pixmap().isNull():
            continue
        if _off_screen(label, window):
            problems.append(f"{_label(label, text)} runs off the window")
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        if widest > room + 1:
            problems.append(f"{_label(label, text)} needs {widest} px, has {room}")
    return problems


@pytest.fixture
def app_in(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], DesktopApp]]:
    """The app started in a language (as a user with that setting or system language sees it)."""

    def start(code: str) -> DesktopApp:
        monkeypatch.setenv(LANGUAGE_ENV, code)
        app = request.getfixturevalue("desktop_app")
        assert isinstance(app, DesktopApp) and i18n.language() == code
        return app

    yield start
    language.start("en")  # the other tests read English


# German is the longest of the four languages: its words must fit as English ones do.
@pytest.mark.parametrize(("theme", "code"), [("light", "en"), ("dark", "en"), ("light", "de")])
def test_no_page_cuts_the_text_of_a_button_combo_box_or_label(
    qtbot: QtBot, app_in: Callable[[str], DesktopApp], theme: str, code: str
) -> None:
    desktop_app = app_in(code)
    if code != "en":  # translated indeed: the navigation reads in the language
        assert "Settings" not in [e.title for e in desktop_app.window._entries]
    desktop_app.theme.set_preference(theme)
    window = desktop_app.window
    window.show()
    problems: list[str] = []
    pages = [e.key for e in window._entries if window.page_visible(e.key)]
    # A conversation open, so the chat page shows its header (title, assistant, model).
    chat = desktop_app.services.chat  # type: ignore[union-attr]
    record = chat.conversations.create("A conversation with a title longer than the room it has")
    chat_page = window.go_to("chat")
    assert isinstance(chat_page, ChatPage)
    chat_page.open_conversation(record.id)
    qtbot.waitUntil(lambda: chat_page.header.isVisibleTo(window), timeout=5000)
    qtbot.waitUntil(lambda: chat_page.header.assistant_box.count() > 3, timeout=5000)
    assert {"chat", "knowledge", "settings"} <= set(pages)
    for width, height in SIZES:
        window.resize(width, height)
        assert window.width() == width, "the window goes down to 640 px"
        for key in pages:
            page = window.go_to(key)
            qtbot.wait(150)  # its data arrives, its layout settles
            window.grab()  # paints every control (combo boxes elide as they paint)
            found = clipped_text(window, page)
            problems += [f"{width}×{height} {theme} {key}: {p}" for p in found]
    assert not problems, "\n".join(problems)


def test_a_long_title_under_a_thumbnail_takes_two_lines_and_ends_in_an_ellipsis(
    qtbot: QtBot,
) -> None:
    """Word-wrapped after eliding to twice the width, a long title took three lines in the
    grid and the third was cut in half under the card."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.knowledge.thumbnail_grid import CELL, two_lines

    metrics = QFontMetrics(QFont())
    width = CELL.width() - 12
    title = "Annual maintenance report of the northern wind farm turbines and their gearboxes"
    lines = two_lines(metrics, title, width).split("\n")
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert " ".join(lines).removesuffix("…") in title
    assert two_lines(metrics, "harbour", width) == "harbour"
