"""The usage dashboard's figures over a real data dir: conversations and messages per day,
documents and storage by type and tag, search activity, job history, and the CSV export."""

from __future__ import annotations

import csv
import time
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.dashboard import DashboardReader, job_kind_label, kinds_and_states, write_csv
from core.db.models import Conversation, Message
from core.jobs import ItemContext, ItemFailed, JobInfo, JobRunner
from core.root import Root
from tests.core.library import add_documents
from tests.fakes.llm_server import run_coroutine

TODAY = date.today()


def ms_on(day: date, hour: int = 12) -> int:
    return int(datetime(day.year, day.month, day.day, hour).timestamp() * 1000)


def chat(services: Root, day: date, messages: int) -> str:
    """A conversation started on ``day`` with ``messages`` turns, made through the recorder."""
    with services.database.write() as session:
        record = services.recorder
        conversation = record.create(
            session, Conversation, workspace_id=services.workspace_id, title=f"On {day}"
        )
        conversation.created_at_ms = ms_on(day)
        for i in range(messages):
            message = record.create(
                session,
                Message,
                workspace_id=services.workspace_id,
                conversation_id=conversation.id,
                role="user" if i % 2 == 0 else "assistant",
                content=f"turn {i}",
            )
            message.created_at_ms = ms_on(day) + i
        return conversation.id


class HalfBroken:
    """A job kind whose item ``bad`` fails for good."""

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return list(params["keys"])

    def process(self, ctx: ItemContext) -> None:
        if ctx.key == "bad":
            raise ItemFailed("The file moved away")


async def _settle(services: Root, job_id: str) -> JobInfo:
    runner = JobRunner(services.jobs)
    await runner.start()
    try:
        return await runner.wait(job_id, timeout=30)
    finally:
        await runner.stop()


def reader(services: Root) -> DashboardReader:
    return DashboardReader.of(services)


def test_conversations_and_messages_are_counted_per_local_day(services: Root) -> None:
    yesterday = TODAY - timedelta(days=1)
    chat(services, yesterday, 3)
    chat(services, TODAY, 4)
    chat(services, TODAY, 2)
    chat(services, TODAY - timedelta(days=40), 5)  # outside 30 days
    report = reader(services).report(days=7)
    assert report.days()[-2:] == [yesterday, TODAY]
    assert report.conversations_per_day == [0] * 5 + [1, 2]
    assert report.messages_per_day == [0] * 5 + [3, 6]
    headers, rows = report.chats_table()
    assert headers == ["Day", "Conversations started", "Messages"]
    assert rows[0] == [TODAY.isoformat(), 2, 6] and len(rows) == 7, "newest day first"
    assert reader(services).report(days=90).conversations_per_day.count(1) == 2
    assert report.has_chats and not report.empty


def test_documents_and_bytes_by_type_and_tag(services: Root) -> None:
    long_ago = ms_on(TODAY - timedelta(days=100))
    pdfs = add_documents(services, 2, doc_type="pdf", created_at_ms=long_ago)  # 11 + 22 bytes
    notes = add_documents(services, 3, doc_type="text", start=2)  # 33 + 44 + 55 bytes
    services.library.tags.tag_documents([pdfs[0], notes[0]], ["Invoices"])
    services.library.tags.tag_documents(notes, ["Notes"])
    services.library.tags.create("Unused")
    report = reader(services).report(days=30)
    by_type = {s.name: (s.documents, s.size_bytes, s.added) for s in report.by_type}
    assert by_type == {"pdf": (2, 33, 0), "text": (3, 132, 3)}
    assert [s.name for s in report.by_type] == ["text", "pdf"], "most storage first"
    by_tag = {s.name: (s.documents, s.size_bytes, s.added) for s in report.by_tag}
    assert by_tag == {"Notes": (3, 132, 3), "Invoices": (2, 44, 1), "Unused": (0, 0, 0)}


def test_search_activity_respects_history_being_off(services: Root) -> None:
    memory = services.search.memory
    for query in ("invoice 2024", "Invoice  2024", "tax", "invoice 2024", "lease"):
        memory.record(query, "knowledge")
    report = reader(services).report(days=7)
    assert report.search_history_on
    top = report.top_queries[0]
    assert (top.query, top.runs) == ("invoice 2024", 3), "most run first"
    assert {q.query for q in report.top_queries} == {"invoice 2024", "tax", "lease"}
    assert report.searches_per_day[-1] == 3 and sum(report.searches_per_day) == 3
    services.settings.set("search.history", False)
    memory.record("secret plans", "knowledge")
    off = reader(services).report(days=7)
    assert not off.search_history_on
    assert "secret plans" not in {q.query for q in off.top_queries}
    assert len(off.top_queries) == 3, "what was recorded before stays until cleared"


def test_jobs_per_kind_and_state_and_failures_listed(services: Root) -> None:
    services.job_handlers.register("test.copy", HalfBroken())
    ok = services.jobs.submit("test.copy", "Copy good files", {"keys": ["a", "b"]})
    bad = services.jobs.submit("test.copy", "Copy the inbox", {"keys": ["a", "bad"]})
    waiting = services.jobs.submit("test.copy", "Copy later", {"keys": ["c"]})
    services.jobs.cancel(waiting)
    # In a thread of its own: a Qt test before this one may leave an event loop running here.
    assert run_coroutine(_settle(services, ok)).state == "done"
    assert run_coroutine(_settle(services, bad)).state == "failed"
    report = reader(services).report(days=1)
    counts = {(j.kind, j.state): j.jobs for j in report.jobs}
    assert counts == {
        ("test.copy", "done"): 1,
        ("test.copy", "failed"): 1,
        ("test.copy", "cancelled"): 1,
    }
    assert [f.title for f in report.failures] == ["Copy the inbox"]
    assert "1 of 2 items failed" in report.failures[0].error
    kinds, states = kinds_and_states(report.jobs)
    assert kinds == ["test.copy"] and states["failed"] == [1]
    assert job_kind_label("knowledge.ingest") == "Import", "known kinds read as people say them"
    assert job_kind_label("test.copy") == "test.copy"
    tomorrow = TODAY + timedelta(days=1)
    later = DashboardReader(
        services.database,
        services.workspace_id,
        services.device_id,
        services.library.analytics,
        services.search.memory,
        today=lambda: tomorrow,
    )
    assert not later.report(days=1).jobs, "today's jobs are not in tomorrow's one day"


def test_a_fresh_data_dir_is_empty_and_bad_periods_are_refused(services: Root) -> None:
    report = reader(services).report(days=30)
    assert report.empty and report.conversations_per_day == [0] * 30
    assert report.by_tag == [] and report.failures == []
    with pytest.raises(ValueError, match="at least one day"):
        reader(services).report(days=0)
    with pytest.raises(ValueError, match="Unknown usage scope"):
        reader(services).report(scope="team")  # type: ignore[arg-type]


def test_csv_export_is_utf8_with_headers(services: Root, tmp_path: Path) -> None:
    services.search.memory.record("Übersicht café", "palette")
    report = reader(services).report(days=7)
    target = tmp_path / "searches.csv"
    assert write_csv(target, report.searches_table()) == 1
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Query", "Runs", "Last run"]
    assert rows[1][:2] == ["Übersicht café", "1"]
    assert rows[1][2].startswith(time.strftime("%Y-%m-%d"))
