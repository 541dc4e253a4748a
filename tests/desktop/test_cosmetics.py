"""Small things a new user notices: spin-box arrows, a retry status that reads as a typo."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from desktop.chat.composer import Composer
from resources import style_sheet


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
