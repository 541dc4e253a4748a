"""A job's progress as the Jobs page draws it: a filled bar, units, elapsed time and ETA."""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from core.jobs import JobInfo, JobState
from desktop.jobs.model import JobListModel
from desktop.jobs.page import JobsPage, ProgressDelegate


def job(done: int, total: int, **changes: object) -> JobInfo:
    now = int(time.time() * 1000)
    fields: dict[str, object] = {
        "id": "j1",
        "kind": "knowledge.ingest",
        "title": "Import 40 files",
        "state": JobState.RUNNING,
        "total": total,
        "done": done,
        "failed": 0,
        "error": None,
        "created_at_ms": now - 95_000,
        "updated_at_ms": now,
        "started_at_ms": now - 95_000,
        "finished_at_ms": None,
        "rate": 0.5,
        "eta_s": 100.0,
    }
    fields.update(changes)
    return JobInfo(**fields)  # type: ignore[arg-type]


def bar_image(model: JobListModel, page: JobsPage) -> QImage:
    image = QImage(240, 36, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 240, 36)
    option.state = QStyle.StateFlag.State_Enabled
    painter = QPainter(image)
    ProgressDelegate(page.table).paint(painter, option, model.index(0, 2))
    painter.end()
    return image


def test_a_half_done_job_draws_a_half_filled_bar(qtbot: QtBot) -> None:
    model = JobListModel()
    page = JobsPage(model)
    qtbot.addWidget(page)
    model.reset([job(20, 40)])
    image = bar_image(model, page)
    filled, empty = image.pixelColor(30, 10), image.pixelColor(210, 10)
    assert filled != empty, "the done part of the bar is filled"
    model.reset([job(0, 40)])
    image = bar_image(model, page)
    assert image.pixelColor(30, 10) == image.pixelColor(210, 10), "nothing done: no fill"


def test_progress_says_units_elapsed_and_time_left(qtbot: QtBot) -> None:
    model = JobListModel()
    model.reset([job(20, 40)])
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = dict(zip(headers, texts, strict=True))
    assert row["Progress"] == "20 of 40 files"
    assert row["Speed"] == "0.5 files/s"
    assert row["Elapsed"] in ("1 min", "2 min")
    assert row["Time left"] == "2 min"
    model.reset([job(3, 40, eta_s=None)])
    assert model.index(0, 5).data() == "estimating…"
