"""The Jobs page and the status bar while real jobs run on the app's runner."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.jobs import JobService, JobState
from core.paths import AppPaths
from core.root import open_root
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from desktop.jobs.page import JobsPage
from tests.desktop.conftest import start_app
from tests.desktop.job_kinds import install_jobs


@pytest.fixture
def app_with_jobs(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DesktopApp]:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths, extensions=[install_jobs])
    qtbot.waitUntil(lambda: desktop.runner is not None, timeout=5000)
    yield desktop
    desktop.shutdown()


def jobs_of(desktop: DesktopApp) -> JobService:
    assert desktop.services is not None
    return desktop.services.jobs


def select_job(page: JobsPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.table.selectRow(0)


def test_empty_jobs_page_explains_what_will_appear(app_with_jobs: DesktopApp) -> None:
    page = app_with_jobs.window.go_to("jobs")
    assert isinstance(page, JobsPage)
    assert page.stack.currentWidget() is page.empty


def test_a_running_job_shows_progress_in_the_page_and_the_status_bar(
    qtbot: QtBot, app_with_jobs: DesktopApp
) -> None:
    page = app_with_jobs.window.go_to("jobs")
    assert isinstance(page, JobsPage)
    jobs_of(app_with_jobs).submit("test.slow", "Importing 40 notes", {"count": 40, "delay": 0.05})
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    status = app_with_jobs.window.status
    qtbot.waitUntil(lambda: "Importing 40 notes" in status.job_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: 0 < status.job_progress.value() < 40, timeout=5000)
    assert page.stack.currentWidget() is not page.empty
    assert page.model.job(0).title == "Importing 40 notes"
    qtbot.waitUntil(lambda: page.model.job(0).state == JobState.DONE, timeout=15_000)
    assert page.model.index(0, 2).data() == "40 of 40 items"
    qtbot.waitUntil(lambda: not status.job_label.isVisible(), timeout=5000)


def test_cancel_button_stops_the_job_and_keeps_what_was_done(
    qtbot: QtBot, app_with_jobs: DesktopApp
) -> None:
    page = app_with_jobs.window.go_to("jobs")
    assert isinstance(page, JobsPage)
    jobs_of(app_with_jobs).submit("test.slow", "Long job", {"count": 200, "delay": 0.05})
    select_job(page, qtbot)
    qtbot.waitUntil(lambda: page.model.job(0).done >= 3, timeout=10_000)
    qtbot.waitUntil(lambda: page.buttons["cancel"].isEnabled(), timeout=5000)
    page.buttons["cancel"].click()
    qtbot.waitUntil(lambda: page.model.job(0).state == JobState.CANCELLED, timeout=5000)
    job = page.model.job(0)
    assert 3 <= job.done < 200
    assert page.buttons["retry"].isEnabled() and not page.buttons["cancel"].isEnabled()


def test_failed_items_are_listed_and_retry_reruns_them(
    qtbot: QtBot, app_with_jobs: DesktopApp, tmp_path: Path
) -> None:
    page = app_with_jobs.window.go_to("jobs")
    assert isinstance(page, JobsPage)
    broken = tmp_path / "broken.txt"
    broken.write_text("item-002\nitem-004\n")
    params = {"count": 6, "delay": 0.0, "fail_file": str(broken)}
    job_id = jobs_of(app_with_jobs).submit("test.slow", "Mixed batch", params)
    select_job(page, qtbot)
    qtbot.waitUntil(lambda: page.model.job(0).state == JobState.FAILED, timeout=10_000)
    page.table.clearSelection()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.errors_model.rowCount() == 2, timeout=5000)
    problems = {page.errors_model.item(r, 0).text() for r in range(2)}
    assert problems == {"item-002", "item-004"}
    assert "replace the file and retry" in page.errors_model.item(0, 1).text()
    assert page.model.index(0, 6).data() == "2 failed"
    broken.unlink()  # the person fixed the two files
    page.buttons["retry"].click()
    qtbot.waitUntil(lambda: page.model.job(0).state == JobState.DONE, timeout=10_000)
    job = jobs_of(app_with_jobs).get(job_id)
    assert (job.done, job.failed) == (6, 0)


def test_app_killed_mid_job_resumes_it_on_the_next_start_and_does_each_item_once(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    services = open_root(app_paths, extensions=[install_jobs])
    job_id = services.jobs.submit(
        "test.slow", "Sixty items", {"count": 60, "delay": 0.04, "record": True}
    )
    services.close()
    root = Path(__file__).resolve().parents[2]
    app = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("app_with_test_jobs.py")),
            str(app_paths.data_dir),
        ],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        deadline = time.monotonic() + 30
        while done_items(app_paths, job_id) < 10:
            assert app.poll() is None, "the app ended before it was killed"
            assert time.monotonic() < deadline, "the job never started in the app"
            time.sleep(0.05)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
    assert 10 <= done_items(app_paths, job_id) < 60, "killed mid-job"
    desktop = start_app(qtbot, qapp, app_paths, extensions=[install_jobs])
    try:
        qtbot.waitUntil(lambda: job_state(app_paths, job_id) == "done", timeout=20_000)
        con = sqlite3.connect(app_paths.database)
        keys = [row[0] for row in con.execute("SELECT key FROM test_effects")]
        con.close()
        assert sorted(keys) == [f"item-{i:03d}" for i in range(60)], "each item exactly once"
        assert done_items(app_paths, job_id) == 60
    finally:
        desktop.shutdown()


def done_items(paths: AppPaths, job_id: str) -> int:
    con = sqlite3.connect(paths.database, timeout=10)
    try:
        row = con.execute("SELECT done FROM job WHERE id = ?", (job_id,)).fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def job_state(paths: AppPaths, job_id: str) -> str:
    con = sqlite3.connect(paths.database, timeout=10)
    try:
        return str(con.execute("SELECT state FROM job WHERE id = ?", (job_id,)).fetchone()[0])
    finally:
        con.close()
