"""The Settings page as a person uses it: the wheel scrolls past settings, and a change that
re-embeds every document asks first and says what it costs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from core.db.models import Document
from desktop.app import DesktopApp
from desktop.settings.page import SettingsPage


def wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, -120),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def settings_page(qtbot: QtBot, desktop_app: DesktopApp) -> SettingsPage:
    desktop_app.window.resize(760, 600)
    page = desktop_app.window.go_to("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.loading.isHidden(), timeout=5000)
    return page


def add_documents(desktop_app: DesktopApp, count: int) -> None:
    services = desktop_app.services
    assert services is not None
    with services.database.write() as session:
        for number in range(count):
            services.recorder.create(
                session,
                Document,
                workspace_id=services.workspace_id,
                title=f"Report {number}",
                doc_type="txt",
                file_sha256=f"{number:064d}",
                size_bytes=10,
                state="ready",
            )


def test_the_wheel_scrolls_past_an_unfocused_combo_without_changing_it(
    qtbot: QtBot, desktop_app: DesktopApp
) -> None:
    page = settings_page(qtbot, desktop_app)
    combo = page.editor("knowledge.embedding_model")
    before = combo.currentData()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "at 760×600 the settings do not fit: the page scrolls"
    wheel_down(combo)
    wheel_down(page.editor("jobs.max_attempts"))
    assert combo.currentData() == before
    assert page.editor("jobs.max_attempts").value() == 3
    assert bar.value() > 0, "the wheel scrolled the page instead"


def test_changing_the_embedding_model_asks_first_with_the_cost_and_cancel_keeps_it(
    qtbot: QtBot, desktop_app: DesktopApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_documents(desktop_app, 3)
    page = settings_page(qtbot, desktop_app)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    settings = desktop_app.services.settings  # type: ignore[union-attr]
    combo = page.editor("knowledge.embedding_model")
    combo.setCurrentIndex(combo.findData("openai"))
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    assert "3 documents" in asked[0] and "bill" in asked[0]
    assert combo.currentData() == "on-device"
    assert settings.get("knowledge.embedding_model") == "on-device"

    combo.setCurrentIndex(combo.findData("openai"))
    qtbot.waitUntil(lambda: settings.get("knowledge.embedding_model") == "openai", timeout=5000)
    assert combo.currentData() == "openai"
