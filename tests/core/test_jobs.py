"""Durable background jobs: what a user notices when work runs, fails, stops and comes back."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from core.db.migrate import ensure_schema
from core.db.session import Database
from core.jobs import (
    HandlerRegistry,
    ItemContext,
    ItemError,
    ItemFailed,
    JobInfo,
    JobPlanFailed,
    JobRunner,
    JobService,
    JobState,
    JobStateConflict,
    RateMeter,
    RetryPolicy,
    UnknownJobKind,
)

WORKER = Path(__file__).with_name("jobs_worker.py")
REPO_ROOT = Path(__file__).resolve().parents[2]
KIND = "test.items"
FAST_RETRY = RetryPolicy(max_attempts=3, base_delay_s=0.02, factor=2.0, jitter=0.0)


class ItemsHandler:
    """Plans ``params["keys"]``; each item may sleep, burn CPU, fail or flake, then records.

    ``effects`` rows are written through the item's transaction, so they show what committed.
    """

    def __init__(self) -> None:
        self.processed: list[str] = []
        self.attempt_times: dict[str, list[float]] = {}
        self.sleep_s: dict[str, float] = {}
        self.cpu_s = 0.0
        self.permanent: dict[str, str] = {}
        self.flaky: dict[str, int] = {}
        self.started = threading.Event()
        self.saw_cancel = threading.Event()
        self._lock = threading.Lock()

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return [str(key) for key in params["keys"]]

    def process(self, ctx: ItemContext) -> None:
        with self._lock:
            self.attempt_times.setdefault(ctx.key, []).append(time.monotonic())
        self.started.set()
        self._wait(ctx, self.sleep_s.get(ctx.key, 0.0))
        _burn_cpu(self.cpu_s)
        if ctx.key in self.permanent:
            raise ItemFailed(self.permanent[ctx.key])
        with self._lock:
            if self.flaky.get(ctx.key, 0) > 0:
                self.flaky[ctx.key] -= 1
                raise ConnectionError(f"server went away while fetching {ctx.key}")
        ctx.session.execute(text("INSERT INTO effects (key) VALUES (:key)"), {"key": ctx.key})
        with self._lock:
            self.processed.append(ctx.key)

    def _wait(self, ctx: ItemContext, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if ctx.cancelled:
                self.saw_cancel.set()
                ctx.check_cancelled()
            time.sleep(0.002)


class FailingPlanHandler:
    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        raise FileNotFoundError("the folder /data/inbox no longer exists")

    def process(self, ctx: ItemContext) -> None:
        raise AssertionError("never called")


def _burn_cpu(seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    total = 0
    while time.perf_counter() < deadline:
        total += sum(i * i for i in range(200))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "app.db"
    ensure_schema(path)
    database = Database(path)
    with database.write() as session:
        session.execute(text("CREATE TABLE effects (key TEXT NOT NULL)"))
    yield database
    database.close()


@pytest.fixture
def handler() -> ItemsHandler:
    return ItemsHandler()


@pytest.fixture
def service(db: Database, handler: ItemsHandler) -> JobService:
    registry = HandlerRegistry()
    registry.register(KIND, handler)
    return JobService(db, registry)


@asynccontextmanager
async def running(runner: JobRunner) -> AsyncIterator[JobRunner]:
    await runner.start()
    try:
        yield runner
    finally:
        await runner.stop()


def keys(n: int) -> list[str]:
    return [f"doc-{i:03d}" for i in range(n)]


def effects(db: Database) -> list[str]:
    with db.read() as session:
        return [row[0] for row in session.execute(text("SELECT key FROM effects ORDER BY rowid"))]


async def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.005)


def test_job_processes_every_item_in_order_and_reports_done(
    service: JobService, handler: ItemsHandler, db: Database
) -> None:
    events: list[JobInfo] = []

    async def scenario() -> JobInfo:
        runner = JobRunner(service)
        runner.subscribe(events.append)
        async with running(runner):
            job_id = service.submit(KIND, "Import 20 files", {"keys": keys(20)})
            return await runner.wait(job_id, timeout=10)

    info = asyncio.run(scenario())

    assert handler.processed == keys(20)
    assert effects(db) == keys(20)
    assert (info.state, info.total, info.done, info.failed, info.error) == (
        JobState.DONE,
        20,
        20,
        0,
        None,
    )
    assert info.started_at_ms is not None and info.finished_at_ms is not None
    assert info.created_at_ms <= info.started_at_ms <= info.finished_at_ms
    states = [e.state for e in events]
    assert states[0] in (JobState.QUEUED, JobState.RUNNING) and JobState.RUNNING in states
    assert states[-1] == JobState.DONE
    assert service.get(info.id) == info


def test_planning_100000_items_is_quick(service: JobService) -> None:
    started = time.perf_counter()
    job_id = service.submit(KIND, "Re-index everything", {"keys": keys(100_000)})
    elapsed = time.perf_counter() - started

    info = service.get(job_id)
    assert (info.state, info.total, info.done) == (JobState.QUEUED, 100_000, 0)
    assert elapsed < 3.0


def test_plan_error_is_reported_and_nothing_is_stored(service: JobService) -> None:
    service.registry.register("test.broken", FailingPlanHandler())

    with pytest.raises(JobPlanFailed, match="/data/inbox no longer exists") as caught:
        service.submit("test.broken", "Import inbox", {})
    assert "Import inbox" in str(caught.value)
    with pytest.raises(UnknownJobKind, match=r"cannot run jobs of kind test\.nope"):
        service.submit("test.nope", "Mystery", {})
    assert service.list() == []


def test_cancel_stops_within_100ms_and_keeps_done_items(
    service: JobService, handler: ItemsHandler, db: Database
) -> None:
    handler.sleep_s = {key: 5.0 for key in keys(6)[2:]}

    async def scenario() -> tuple[float, JobInfo]:
        runner = JobRunner(service)
        async with running(runner):
            job_id = service.submit(KIND, "Tag 6 documents", {"keys": keys(6)})
            await wait_until(lambda: len(handler.attempt_times) == 3)
            started = time.monotonic()
            await asyncio.to_thread(service.cancel, job_id)
            info = await runner.wait(job_id, timeout=2)
            return time.monotonic() - started, info

    elapsed, info = asyncio.run(scenario())

    assert elapsed < 0.1
    assert handler.saw_cancel.is_set()
    assert (info.state, info.done, info.failed) == (JobState.CANCELLED, 2, 0)
    assert effects(db) == keys(2)
    assert service.get(info.id).state == JobState.CANCELLED
    service.cancel(info.id)  # cancelling twice is harmless


def test_permanent_item_failure_is_listed_and_batch_continues(
    service: JobService, handler: ItemsHandler
) -> None:
    message = "doc-002.pdf is password-protected; remove the password and retry"
    handler.permanent = {"doc-002": message}

    async def scenario() -> JobInfo:
        async with running(JobRunner(service, retry=FAST_RETRY)) as runner:
            job_id = service.submit(KIND, "Import 5 files", {"keys": keys(5)})
            return await runner.wait(job_id, timeout=5)

    info = asyncio.run(scenario())

    assert handler.processed == ["doc-000", "doc-001", "doc-003", "doc-004"]
    assert len(handler.attempt_times["doc-002"]) == 1
    assert (info.state, info.done, info.failed) == (JobState.FAILED, 4, 1)
    assert info.error is not None and "1 of 5 items failed" in info.error
    assert service.item_errors(info.id) == [ItemError("doc-002", message, 1)]


def test_transient_error_is_retried_with_backoff_then_succeeds(
    service: JobService, handler: ItemsHandler, db: Database
) -> None:
    handler.flaky = {"doc-001": 2}

    async def scenario() -> JobInfo:
        async with running(JobRunner(service, retry=FAST_RETRY)) as runner:
            job_id = service.submit(KIND, "Sync 3 files", {"keys": keys(3)})
            return await runner.wait(job_id, timeout=5)

    info = asyncio.run(scenario())

    times = handler.attempt_times["doc-001"]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.02
    assert times[2] - times[1] >= 0.04
    assert (info.state, info.done, info.failed) == (JobState.DONE, 3, 0)
    assert effects(db) == keys(3)
    with db.read() as session:
        attempts = session.execute(text("SELECT attempts FROM job_item WHERE key='doc-001'"))
        assert attempts.scalar_one() == 3


def test_transient_error_that_persists_is_recorded_without_traceback(
    service: JobService, handler: ItemsHandler
) -> None:
    handler.flaky = {"doc-000": 99}

    async def scenario() -> JobInfo:
        async with running(JobRunner(service, retry=FAST_RETRY)) as runner:
            job_id = service.submit(KIND, "Sync 2 files", {"keys": keys(2)})
            return await runner.wait(job_id, timeout=5)

    info = asyncio.run(scenario())

    assert (info.state, info.done, info.failed) == (JobState.FAILED, 1, 1)
    [error] = service.item_errors(info.id)
    assert error == ItemError(
        "doc-000", "ConnectionError: server went away while fetching doc-000", 3
    )


def test_retry_reruns_only_failed_items(
    service: JobService, handler: ItemsHandler, db: Database
) -> None:
    handler.permanent = {"doc-001": "broken file", "doc-003": "broken file"}

    async def scenario() -> tuple[JobInfo, JobInfo]:
        async with running(JobRunner(service, retry=FAST_RETRY)) as runner:
            job_id = service.submit(KIND, "Import 5 files", {"keys": keys(5)})
            first = await runner.wait(job_id, timeout=5)
            handler.permanent = {}
            handler.processed.clear()
            await asyncio.to_thread(service.retry, job_id)
            return first, await runner.wait(job_id, timeout=5)

    first, second = asyncio.run(scenario())

    assert (first.state, first.done, first.failed) == (JobState.FAILED, 3, 2)
    assert handler.processed == ["doc-001", "doc-003"]
    assert (second.state, second.done, second.failed, second.error) == (JobState.DONE, 5, 0, None)
    assert sorted(effects(db)) == keys(5)
    assert service.item_errors(second.id) == []
    with pytest.raises(JobStateConflict, match="only failed or cancelled jobs"):
        service.retry(second.id)


def test_pause_and_resume(service: JobService, handler: ItemsHandler, db: Database) -> None:
    handler.sleep_s = dict.fromkeys(keys(10), 0.02)

    async def scenario() -> tuple[JobInfo, int, JobInfo]:
        async with running(JobRunner(service)) as runner:
            job_id = service.submit(KIND, "Summarise 10 documents", {"keys": keys(10)})
            await wait_until(lambda: len(handler.processed) >= 3)
            await asyncio.to_thread(service.pause, job_id)
            paused = await runner.wait(job_id, timeout=2)
            await asyncio.sleep(0.15)
            still = len(handler.processed)
            await asyncio.to_thread(service.resume, job_id)
            return paused, still, await runner.wait(job_id, timeout=5)

    paused, still, final = asyncio.run(scenario())

    assert paused.state == JobState.PAUSED
    assert 3 <= paused.done < 10
    assert still == paused.done
    assert final.state == JobState.DONE
    assert handler.processed == keys(10)
    assert effects(db) == keys(10)
    with pytest.raises(JobStateConflict, match="Cannot pause"):
        service.pause(final.id)


def test_progress_reports_rate_and_eta(service: JobService, handler: ItemsHandler) -> None:
    handler.sleep_s = dict.fromkeys(keys(30), 0.02)
    events: list[JobInfo] = []
    polled: list[JobInfo] = []

    async def scenario() -> float:
        runner = JobRunner(service)
        runner.subscribe(events.append)
        async with running(runner):
            started = time.monotonic()
            job_id = service.submit(KIND, "Embed 30 chunks", {"keys": keys(30)})
            await wait_until(lambda: len(handler.processed) >= 10)
            polled.append(await asyncio.to_thread(service.get, job_id))
            await runner.wait(job_id, timeout=5)
            return time.monotonic() - started

    elapsed = asyncio.run(scenario())

    progress = [e for e in events if e.state == JobState.RUNNING and e.rate is not None]
    assert progress, "no progress event carried a rate"
    last = progress[-1]
    assert last.rate is not None and last.eta_s is not None
    assert 10 < last.rate < 100  # each item takes a little over 20 ms
    assert last.eta_s == pytest.approx(last.remaining / last.rate)
    assert len(progress) <= elapsed * 10 + 2  # throttled to about 10 per second
    assert polled[0].rate is not None and polled[0].eta_s is not None
    assert service.get(events[-1].id).rate is None  # only while running


def test_rate_counts_only_recent_items_of_this_run() -> None:
    now = [100.0]
    meter = RateMeter(window_s=10.0, clock=lambda: now[0])
    assert meter.rate() is None
    now[0] = 102.0
    meter.record(10)
    assert meter.rate() == pytest.approx(5.0)
    assert meter.eta_s(20) == pytest.approx(4.0)
    now[0] = 120.0
    assert meter.rate() == 0.0
    assert meter.eta_s(20) is None


def test_event_loop_stays_responsive_while_items_run(
    service: JobService, handler: ItemsHandler
) -> None:
    handler.cpu_s = 0.05

    async def scenario() -> float:
        worst = 0.0
        async with running(JobRunner(service)) as runner:
            job_id = service.submit(KIND, "Parse 12 PDFs", {"keys": keys(12)})
            done = asyncio.ensure_future(runner.wait(job_id, timeout=10))
            last = time.perf_counter()
            while not done.done():
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                worst = max(worst, now - last - 0.005)
                last = now
            assert done.result().state == JobState.DONE
        return worst

    worst_stall = asyncio.run(scenario())

    assert len(handler.processed) == 12
    assert worst_stall < 0.05


def test_unknown_kind_fails_with_clear_message(db: Database, service: JobService) -> None:
    job_id = service.submit(KIND, "Old job", {"keys": keys(3)})
    other_version = JobService(db, HandlerRegistry())

    async def scenario() -> JobInfo:
        async with running(JobRunner(other_version)) as runner:
            return await runner.wait(job_id, timeout=5)

    info = asyncio.run(scenario())

    assert info.state == JobState.FAILED
    assert info.error == f"This version of ConvoSphere cannot run jobs of kind {KIND}"
    assert info.done == 0


def test_jobs_run_oldest_first_one_at_a_time(service: JobService, handler: ItemsHandler) -> None:
    names = [f"job{j}" for j in range(3)]

    async def scenario() -> None:
        ids = [service.submit(KIND, n, {"keys": [f"{n}-{i}" for i in range(3)]}) for n in names]
        runner = JobRunner(service)
        forever = asyncio.ensure_future(runner.run_forever())
        for job_id in ids:
            await runner.wait(job_id, timeout=5)
        forever.cancel()
        with pytest.raises(asyncio.CancelledError):
            await forever

    asyncio.run(scenario())

    assert handler.processed == [f"{name}-{i}" for name in names for i in range(3)]
    assert [info.title for info in service.list()] == list(reversed(names))
    assert [info.state for info in service.list()] == [JobState.DONE] * 3
    assert service.list(states=[JobState.RUNNING, JobState.QUEUED]) == []


def test_two_jobs_run_side_by_side_when_allowed(service: JobService, handler: ItemsHandler) -> None:
    handler.sleep_s = {f"{n}-{i}": 0.05 for n in ("a", "b") for i in range(3)}

    async def scenario() -> None:
        ids = [service.submit(KIND, n, {"keys": [f"{n}-{i}" for i in range(3)]}) for n in "ab"]
        async with running(JobRunner(service, max_concurrent=2)) as runner:
            for job_id in ids:
                assert (await runner.wait(job_id, timeout=5)).state == JobState.DONE

    asyncio.run(scenario())

    assert handler.attempt_times["b-0"][0] < handler.attempt_times["a-2"][0]


def test_a_cancelled_queued_job_never_runs_and_a_paused_one_waits(
    service: JobService, handler: ItemsHandler
) -> None:
    cancelled = service.submit(KIND, "Cancelled early", {"keys": ["x"]})
    paused = service.submit(KIND, "Paused early", {"keys": ["y"]})
    service.cancel(cancelled)
    service.pause(paused)
    events: list[JobInfo] = []

    async def scenario() -> JobInfo:
        runner = JobRunner(service)
        runner.subscribe(events.append)
        async with running(runner):
            await asyncio.sleep(0.1)
            assert handler.processed == []
            await asyncio.to_thread(service.resume, paused)
            return await runner.wait(paused, timeout=5)

    info = asyncio.run(scenario())

    assert handler.processed == ["y"]
    assert info.state == JobState.DONE
    assert service.get(cancelled).state == JobState.CANCELLED
    assert [e.state for e in events if e.id == cancelled] == []
    assert [e.state for e in events if e.id == paused][-1] == JobState.DONE
    with pytest.raises(JobStateConflict, match="Cannot cancel"):
        service.cancel(paused)


def test_quitting_does_not_hang_and_the_job_resumes_next_start(
    service: JobService, handler: ItemsHandler, db: Database
) -> None:
    handler.sleep_s = {"doc-001": 5.0}

    async def first_session() -> tuple[float, str]:
        runner = JobRunner(service, stop_timeout_s=0.5)
        await runner.start()
        job_id = service.submit(KIND, "Import 3 files", {"keys": keys(3)})
        await wait_until(lambda: "doc-001" in handler.attempt_times)
        started = time.monotonic()
        await runner.stop()
        return time.monotonic() - started, job_id

    async def second_session(job_id: str) -> JobInfo:
        async with running(JobRunner(service)) as runner:
            return await runner.wait(job_id, timeout=5)

    stop_time, job_id = asyncio.run(first_session())
    assert stop_time < 0.5
    assert service.get(job_id).state == JobState.QUEUED
    handler.sleep_s = {}
    info = asyncio.run(second_session(job_id))

    assert (info.state, info.done) == (JobState.DONE, 3)
    assert effects(db) == keys(3)


class StubbornHandler:
    """Its first item ignores cancellation: it writes, then holds the write lock for a while."""

    def __init__(self) -> None:
        self.stuck = threading.Event()
        self.released = threading.Event()

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return keys(3)

    def process(self, ctx: ItemContext) -> None:
        ctx.session.execute(text("INSERT INTO effects (key) VALUES (:key)"), {"key": ctx.key})
        if ctx.key == "doc-000" and not self.stuck.is_set():
            self.stuck.set()
            time.sleep(0.6)
            self.released.set()


def test_quitting_with_a_handler_that_ignores_cancel_does_not_hang(db: Database) -> None:
    handler = StubbornHandler()
    registry = HandlerRegistry()
    registry.register(KIND, handler)
    service = JobService(db, registry)

    async def first_session() -> tuple[float, str]:
        runner = JobRunner(service, stop_timeout_s=0.2)
        await runner.start()
        job_id = service.submit(KIND, "Import 3 files", {})
        await asyncio.to_thread(handler.stuck.wait, 5)
        started = time.monotonic()
        await runner.stop()
        return time.monotonic() - started, job_id

    async def second_session(job_id: str) -> JobInfo:
        async with running(JobRunner(service)) as runner:
            return await runner.wait(job_id, timeout=5)

    stop_time, job_id = asyncio.run(first_session())
    assert stop_time < 0.4
    assert service.get(job_id).state == JobState.RUNNING  # left for the next start to recover
    info = asyncio.run(second_session(job_id))

    assert handler.released.is_set()
    assert (info.state, info.done) == (JobState.DONE, 3)
    assert sorted(effects(db)) == keys(3)


def _poll_done(db_path: Path) -> tuple[str, int, int] | None:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
    try:
        row = con.execute("SELECT state, done, total FROM job").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()
    return None if row is None else (str(row[0]), int(row[1]), int(row[2]))


def _worker(db_path: Path, items: int) -> list[str]:
    return [sys.executable, str(WORKER), str(db_path), str(items), "0.03"]


def _kill_hard(proc: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        proc.kill()  # TerminateProcess: as abrupt as SIGKILL, no cleanup runs
    else:
        os.kill(proc.pid, signal.SIGKILL)


def test_job_killed_with_sigkill_resumes_and_does_each_item_once(tmp_path: Path) -> None:
    db_path = tmp_path / "app.db"
    ensure_schema(db_path)
    items = 40
    proc = subprocess.Popen(_worker(db_path, items), cwd=REPO_ROOT)
    try:
        deadline = time.monotonic() + 15
        while (row := _poll_done(db_path)) is None or row[1] < 5:
            assert proc.poll() is None, "the worker ended before it could be killed"
            assert time.monotonic() < deadline, "the worker made no progress"
            time.sleep(0.01)
        _kill_hard(proc)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode != 0

    con = sqlite3.connect(db_path)
    state, done, total = con.execute("SELECT state, done, total FROM job").fetchone()
    assert state == "running" and 5 <= done < total == items
    assert con.execute("SELECT count(*) FROM effects").fetchone()[0] == done
    con.close()

    again = subprocess.run(
        _worker(db_path, items), cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"done {items}/{items}"

    con = sqlite3.connect(db_path)
    counted = dict(con.execute("SELECT key, count(*) FROM effects GROUP BY key").fetchall())
    job = con.execute("SELECT state, done, failed FROM job").fetchone()
    item_states = con.execute("SELECT DISTINCT state FROM job_item").fetchall()
    con.close()
    assert counted == {f"item-{i:03d}": 1 for i in range(items)}
    assert job == ("done", items, 0)
    assert item_states == [("done",)]
