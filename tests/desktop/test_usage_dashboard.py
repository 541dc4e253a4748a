"""The usage dashboard's tabs in the real app, over a data dir made through the real services:
conversations, documents by type and tag, searches, jobs; CSV export; the period chooser."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from core.i18n import date_text
from core.jobs import ItemContext, ItemFailed, JobInfo, JobRunner
from core.paths import AppPaths
from core.root import Root, open_root
from core.settings import DeviceSettings
from desktop.app import DesktopApp
from desktop.usage.page import UsagePage
from desktop.usage.panels import ExportableTable
from tests.core.library import add_documents
from tests.core.test_dashboard import chat
from tests.fakes.llm_server import run_coroutine

WAIT_MS = 15_000
TODAY = date.today()


class Broken:
    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return ["only"]

    def process(self, ctx: ItemContext) -> None:
        raise ItemFailed("The scanner is unplugged")


async def settle(root: Root, job_id: str) -> JobInfo:
    runner = JobRunner(root.jobs)
    await runner.start()
    try:
        return await runner.wait(job_id, timeout=30)
    finally:
        await runner.stop()


def make_activity(paths: AppPaths) -> None:
    with closing(open_root(paths)) as root:
        chat(root, TODAY, 4)
        chat(root, TODAY - timedelta(days=20), 2)
        notes = add_documents(root, 3, doc_type="text")  # 11 + 22 + 33 bytes
        add_documents(root, 1, doc_type="pdf", start=3)  # 44 bytes
        root.library.tags.tag_documents(notes[:2], ["Receipts"])
        for query in ("rent contract", "rent contract", "insurance"):
            root.search.memory.record(query, "knowledge")
        root.job_handlers.register("test.scan", Broken())
        job = root.jobs.submit("test.scan", "Scan the letters", {})
        assert run_coroutine(settle(root, job)).state == "failed"


def open_page(qtbot: QtBot, qapp: QApplication, paths: AppPaths) -> tuple[DesktopApp, UsagePage]:
    DeviceSettings(paths.device_settings).set("ui.first_run_done", True)
    desktop = DesktopApp(qapp, paths, smoke=False)
    qtbot.addWidget(desktop.window)
    desktop.start()
    qtbot.waitUntil(lambda: desktop.services is not None, timeout=WAIT_MS)
    page = desktop.window.go_to("usage")
    assert isinstance(page, UsagePage)
    qtbot.waitUntil(lambda: page.report is not None, timeout=WAIT_MS)
    return desktop, page


def cells(table: ExportableTable) -> list[list[str]]:
    model = table.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def dashboard(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> Iterator[tuple[DesktopApp, UsagePage]]:
    make_activity(app_paths)
    desktop, page = open_page(qtbot, qapp, app_paths)
    yield desktop, page
    desktop.shutdown()


def test_every_tab_shows_the_figures_of_the_data(
    qtbot: QtBot, dashboard: tuple[DesktopApp, UsagePage]
) -> None:
    _desktop, page = dashboard
    assert page.body.currentWidget() is page.tabs, "no answers yet, but the rest has data"
    assert page.answers.currentWidget() is page.answers_empty
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Tokens and cost", "Conversations", "Documents", "Search", "Jobs"]

    chats = page.chats
    assert chats.showing_data()
    series = dict(chats.chart.series())
    assert series["Conversations started"][-1] == 1 and series["Messages"][-1] == 4
    assert sum(series["Conversations started"]) == 2, "the one 20 days ago is in 30 days"
    assert cells(chats.days)[0] == [date_text(TODAY), "1", "4"], "days as the locale writes them"

    docs = page.documents
    assert docs.type_donut.legend() == ["text: 66 bytes (60%)", "pdf: 44 bytes (40%)"]
    assert docs.tag_donut.legend() == ["Receipts: 2 (100%)"]
    assert cells(docs.types)[0] == ["text", "3", "66 bytes", "3"]
    assert cells(docs.tags) == [["Receipts", "2", "33 bytes", "2"]]

    search = page.searches
    assert search.showing_data() and not search.notice.isVisibleTo(search)
    assert cells(search.top)[0][:2] == ["rent contract", "2"]
    assert cells(search.days)[0] == [date_text(TODAY), "2"]

    jobs = page.jobs
    assert jobs.chart.series_names() == ["failed"]
    assert cells(jobs.counts) == [["test.scan", "failed", "1"]]
    failure = cells(jobs.failures)[0]
    assert failure[1:3] == ["test.scan", "Scan the letters"]
    assert "1 of 1 item failed" in failure[3]

    page.period.setCurrentIndex(0)  # last 7 days
    qtbot.waitUntil(lambda: page.report is not None and len(page.report.days()) == 7)
    assert sum(dict(chats.chart.series())["Conversations started"]) == 1
    assert len(cells(chats.days)) == 7


def test_each_table_exports_as_utf8_csv_with_headers(
    qtbot: QtBot,
    dashboard: tuple[DesktopApp, UsagePage],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _desktop, page = dashboard
    target = tmp_path / "tags.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)")
    )
    page.documents.tags.export_button.click()
    with target.open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["Tag", "Documents", "Bytes", "Added"],
            ["Receipts", "2", "33", "2"],
        ]
    failed = tmp_path / "failed.csv"
    page.jobs.failures.export_to(failed)
    rows = list(csv.reader(failed.open(encoding="utf-8", newline="")))
    assert rows[0] == ["Started", "Kind", "Job", "Error"] and rows[1][2] == "Scan the letters"


def test_search_panel_says_when_history_is_off(
    qtbot: QtBot, dashboard: tuple[DesktopApp, UsagePage]
) -> None:
    desktop, page = dashboard
    assert desktop.services is not None
    desktop.services.settings.set("search.history", False)
    page.refresh()
    qtbot.waitUntil(lambda: page.report is not None and not page.report.search_history_on)
    assert page.searches.notice.isVisibleTo(page.searches)
    assert "Search history is off" in page.searches.notice.text()
    assert page.searches.showing_data(), "what was recorded before is still shown"


def test_a_fresh_device_says_what_each_part_will_show(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths
) -> None:
    desktop, page = open_page(qtbot, qapp, app_paths)
    try:
        assert page.body.currentWidget() is page.empty
        body = " ".join(label.text() for label in page.empty.findChildren(type(page.loading)))
        assert "documents and storage" in body and "background jobs" in body
        for panel in (page.chats, page.documents, page.searches, page.jobs):
            assert not panel.showing_data() and panel.empty.text()
        assert desktop.services is not None
        add_documents(desktop.services, 1, doc_type="pdf")
        page.refresh()
        qtbot.waitUntil(lambda: page.body.currentWidget() is page.tabs, timeout=WAIT_MS)
        assert page.documents.showing_data() and not page.searches.showing_data()
        assert "Searches you run" in page.searches.empty.text()
        desktop.services.settings.set("search.history", False)
        page.refresh()
        qtbot.waitUntil(lambda: page.report is not None and not page.report.search_history_on)
        assert not page.searches.showing_data()
        assert "Search history is off" in page.searches.empty.text()
        assert "Remember searches" in page.searches.empty.text()
    finally:
        desktop.shutdown()
