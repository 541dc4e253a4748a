"""Running queued jobs on the asyncio loop, their items in worker threads."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ParamSpec, Protocol, TypeVar

from core.i18n import translate
from core.jobs import store
from core.jobs.execution import ItemOutcome, ItemResult, ItemRun, RetryPolicy, run_item
from core.jobs.executor import DaemonThreadExecutor
from core.jobs.handlers import JobHandler
from core.jobs.model import IN_PROGRESS, JobInfo, JobState
from core.jobs.progress import RateMeter, Throttle
from core.jobs.service import JobService, unknown_kind

logger = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")
JobListener = Callable[[JobInfo], None]
RECOVERY_CHECK_S = 5.0


class RecoveryGate(Protocol):
    """Whether this process owns the data dir's background work (``core.ownership``)."""

    @property
    def owner(self) -> bool: ...

    def may_recover(self) -> bool: ...


@dataclass(eq=False)
class _ActiveJob:
    """A job this runner is running. ``pending`` and ``dirty`` are guarded by the runner's lock.

    ``pending`` counts service changes announced but not yet written; ``dirty`` says the stored
    state must be read again before the next item.
    """

    info: JobInfo
    meter: RateMeter
    throttle: Throttle
    interrupt: threading.Event = field(default_factory=threading.Event)
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)
    item_throttle: Throttle = field(default_factory=lambda: Throttle(0.25))
    pending: int = 0
    dirty: bool = False


class JobRunner:
    """Runs queued jobs oldest first, up to ``max_concurrent`` at once, item by item.

    Each item runs in a worker thread so the event loop stays free; every piece of bookkeeping
    is done in another thread too. On ``start`` jobs left running by a process that died are
    queued again and go on from their first pending item. Listeners added with ``subscribe``
    are called on the loop thread at every state change and at most every
    ``progress_interval_s`` for progress.

    With a ``gate`` (the app and the CLI pass the data dir's ``DataDirGuard``), several
    processes can run jobs on one data dir: a runner that is not the owner runs only the jobs
    its own process submitted, and only the owner takes over jobs a dead process left running,
    once no other process is alive. Without one, the runner owns the database alone.
    """

    def __init__(
        self,
        service: JobService,
        *,
        max_concurrent: int = 1,
        retry: RetryPolicy | None = None,
        progress_interval_s: float = 0.1,
        rate_window_s: float = 10.0,
        stop_timeout_s: float = 2.0,
        poll_interval_s: float = 1.0,
        batch_size: int = 256,
        gate: RecoveryGate | None = None,
    ) -> None:
        if max_concurrent < 1:
            raise ValueError("max_concurrent must be at least 1")
        self.service = service
        self.max_concurrent = max_concurrent
        self.retry = retry or RetryPolicy()
        self.progress_interval_s = progress_interval_s
        self.rate_window_s = rate_window_s
        self.stop_timeout_s = stop_timeout_s
        self.poll_interval_s = poll_interval_s
        self.batch_size = batch_size
        self.gate = gate
        self._recovery_pending = False
        self._recovery_checked = 0.0
        self._lock = threading.Lock()
        self._active: dict[str, _ActiveJob] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._announcers: set[asyncio.Task[None]] = set()
        self._runs_ended: dict[str, int] = {}
        self._listeners: list[JobListener] = []
        self._rng = random.Random()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake = asyncio.Event()
        self._stopped = asyncio.Event()
        self._scheduler: asyncio.Task[None] | None = None
        self._stopping = False
        self._items = DaemonThreadExecutor(1, "job-item")
        self._control = DaemonThreadExecutor(1, "job-control")

    async def start(self) -> None:
        """Queue jobs a dead process left running, then start picking up queued jobs."""
        if self._scheduler is not None:
            raise RuntimeError("The job runner is already running")
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        self._wake = asyncio.Event()
        self._stopped = asyncio.Event()
        self._items = DaemonThreadExecutor(self.max_concurrent, "job-item")
        self._control = DaemonThreadExecutor(1, "job-control")
        self.service.add_observer(self)
        self._recovery_pending = True
        await self._recover_if_allowed()
        self._scheduler = self._loop.create_task(self._schedule(), name="job-scheduler")

    async def stop(self) -> None:
        """Stop picking up jobs and interrupt running items; never waits past ``stop_timeout_s``.

        Jobs whose item stops in time go back to queued; a job whose handler ignores
        cancellation stays marked running and is queued again by the next ``start``.
        """
        scheduler = self._scheduler
        if scheduler is None:
            return
        self._stopping = True
        with self._lock:
            for active in self._active.values():
                active.interrupt.set()
                active.wakeup.set()
        self._wake.set()
        tasks = [scheduler, *self._tasks.values(), *self._announcers]
        _, late = await asyncio.wait(tasks, timeout=self.stop_timeout_s)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late, timeout=0.1)
            logger.warning("%d job task(s) did not stop in time; they resume next start", len(late))
        self.service.remove_observer(self)
        self._items.shutdown(wait=False, cancel_futures=True)
        self._control.shutdown(wait=False, cancel_futures=True)
        self._scheduler = None
        self._stopped.set()

    async def run_forever(self) -> None:
        """``start``, then run until cancelled or until ``stop`` is called; stops on the way out."""
        await self.start()
        try:
            await self._stopped.wait()
        finally:
            await self.stop()

    def subscribe(self, listener: JobListener) -> None:
        """Call ``listener(info)`` on the loop thread whenever a job changes or progresses."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: JobListener) -> None:
        """Stop calling ``listener``; unknown listeners are ignored."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    async def wait(self, job_id: str, timeout: float | None = None) -> JobInfo:
        """Wait until the job is no longer queued or running (done, failed, cancelled, paused).

        A paused or cancelled job counts only once its last item has finished or been rolled
        back, so the counts returned are final. Raises ``TimeoutError`` after ``timeout`` s.
        """
        loop = asyncio.get_running_loop()
        settled: asyncio.Future[JobInfo] = loop.create_future()

        def listener(info: JobInfo) -> None:
            if info.id != job_id or info.state in IN_PROGRESS or settled.done():
                return
            if job_id not in self._tasks:
                settled.set_result(info)

        self.subscribe(listener)
        try:
            info = await self._call(self.service.get, job_id)
            if settled.done():
                return settled.result()
            if info.state not in IN_PROGRESS and job_id not in self._tasks:
                return info
            async with asyncio.timeout(timeout):
                while True:  # another process may run it: then its state is read back
                    with contextlib.suppress(TimeoutError):
                        return await asyncio.wait_for(asyncio.shield(settled), self.poll_interval_s)
                    if job_id not in self._tasks:
                        info = await self._call(self.service.get, job_id)
                        if info.state not in IN_PROGRESS:
                            return info
        finally:
            self.unsubscribe(listener)

    def job_changing(self, job_id: str, target: JobState) -> None:
        """Service observer (any thread): hold the job, and interrupt its item on cancel."""
        with self._lock:
            active = self._active.get(job_id)
            if active is None:
                return
            active.pending += 1
            if target is JobState.CANCELLED:
                active.interrupt.set()

    def job_changed(self, job_id: str) -> None:
        """Service observer (any thread): read the job again; start queued jobs."""
        with self._lock:
            active = self._active.get(job_id)
            if active is not None:
                active.pending = max(active.pending - 1, 0)
                active.dirty = True
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        # The loop may close between the check and the call (app quitting): nothing to wake then.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._on_changed, job_id)

    def _on_changed(self, job_id: str) -> None:
        self._wake.set()
        with self._lock:
            active = self._active.get(job_id)
        if active is not None:
            active.wakeup.set()
        if self._scheduler is not None and not self._stopping:
            task = asyncio.get_running_loop().create_task(self._announce(job_id))
            self._announcers.add(task)
            task.add_done_callback(self._announcers.discard)

    async def _announce(self, job_id: str) -> None:
        """Tell listeners about a change made through the service, unless it is already stale.

        Reads go through the one control thread in order, so a run of the job that ended after
        this read began has reported something newer: then this read is dropped.
        """
        runs_before = self._runs_ended.get(job_id, 0)
        try:
            info = await self._call(store.read_job, self.service.db, job_id)
        except Exception:
            logger.exception("Could not read job %s to announce its change", job_id)
            return
        if self._runs_ended.get(job_id, 0) == runs_before:
            self._emit(info)

    async def _recover_if_allowed(self) -> None:
        """Queue again the jobs a dead process left running, once this runner may."""
        loop = asyncio.get_running_loop()
        if not self._recovery_pending or loop.time() - self._recovery_checked < RECOVERY_CHECK_S:
            return
        self._recovery_checked = loop.time()
        gate = self.gate
        if gate is not None and not await self._call(gate.may_recover):
            return
        self._recovery_pending = False
        recovered = await self._call(store.recover_interrupted, self.service.db, set(self._tasks))
        if recovered:
            logger.info("Resuming %d job(s) interrupted by a crash or quit", len(recovered))

    async def _schedule(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                await self._recover_if_allowed()
                await self._claim_jobs()
            except Exception:
                logger.exception("Could not pick up queued jobs; trying again shortly")
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll_interval_s)

    async def _claim_jobs(self) -> None:
        while len(self._tasks) < self.max_concurrent and not self._stopping:
            only = None if self.gate is None or self.gate.owner else self.service.submitted_here()
            info = await self._call(store.claim_next, self.service.db, set(self._tasks), only)
            if info is None:
                return
            if self._stopping:
                await self._call(store.requeue, self.service.db, info.id)
                return
            self._start_job(info)

    def _start_job(self, info: JobInfo) -> None:
        active = _ActiveJob(info, RateMeter(self.rate_window_s), Throttle(self.progress_interval_s))
        with self._lock:
            self._active[info.id] = active
        self.service.track_rate(info.id, active.meter)
        name = f"job-{info.id}"  # i18n: not UI (a task's name)
        task = asyncio.get_running_loop().create_task(self._run_job(active), name=name)
        self._tasks[info.id] = task

    async def _run_job(self, active: _ActiveJob) -> None:
        job_id = active.info.id
        final: JobInfo | None = None
        try:
            self._emit(active.info)
            final = await self._execute(active)
        except Exception as exc:
            logger.exception("Job %s stopped by an internal error", job_id)
            final = await self._record_internal_failure(job_id, exc)
        finally:
            with self._lock:
                self._active.pop(job_id, None)
            self._tasks.pop(job_id, None)
            self._runs_ended[job_id] = self._runs_ended.get(job_id, 0) + 1
            self.service.track_rate(job_id, None)
            self._wake.set()
        if final is not None:
            self._emit(final)

    async def _record_internal_failure(self, job_id: str, exc: Exception) -> JobInfo | None:
        message = translate(
            "Jobs", "The job stopped because of an internal error ({error})."
        ).format(error=f"{type(exc).__name__}: {exc}")
        try:
            return await self._call(store.fail, self.service.db, job_id, message)
        except Exception:
            logger.exception("Could not record the failure of job %s", job_id)
            return None

    async def _execute(self, active: _ActiveJob) -> JobInfo:
        info = active.info
        db = self.service.db
        handler = self.service.registry.get(info.kind)
        if handler is None:
            message = unknown_kind(info.kind)
            return await self._call(store.fail, db, info.id, message)
        params = await self._call(self.service.params, info.id)
        after_seq = -1
        while True:
            batch = await self._call(store.pending_items, db, info.id, after_seq, self.batch_size)
            if not batch:
                return await self._call(store.finish, db, info.id)
            for item in batch:
                stopped = await self._check_state(active)
                if stopped is not None:
                    return stopped
                result = await self._run_item(active, handler, params, item)
                if result.outcome is ItemOutcome.INTERRUPTED:
                    with self._lock:
                        active.dirty = True
                    break
                after_seq = item.seq
                if result.job is not None:
                    self._progress(active, result.job)
                    if result.job.state is not JobState.RUNNING:
                        with self._lock:
                            active.dirty = True

    async def _check_state(self, active: _ActiveJob) -> JobInfo | None:
        """None to go on with the next item, or the job's info if it must stop now.

        Waits for service changes announced but not yet written, so a pause takes effect after
        the current item even when its write queues behind that item's transaction.
        """
        while True:
            if self._stopping:
                return await self._call(store.requeue, self.service.db, active.info.id)
            with self._lock:
                if active.pending == 0:
                    if not active.dirty:
                        return None
                    active.dirty = False
                    break
                active.wakeup.clear()
            await active.wakeup.wait()
        info = await self._call(store.read_job, self.service.db, active.info.id)
        if info.state is not JobState.RUNNING:
            return info
        with self._lock:
            if active.pending == 0 and not self._stopping:
                active.interrupt.clear()
        return None

    async def _run_item(
        self,
        active: _ActiveJob,
        handler: JobHandler,
        params: Mapping[str, Any],
        item: store.PendingItem,
    ) -> ItemResult:
        run = ItemRun(
            db=self.service.db,
            handler=handler,
            job_id=active.info.id,
            params=params,
            item=item,
            interrupt=active.interrupt,
            policy=self.retry,
            rng=self._rng,
            on_progress=functools.partial(self._item_progressed, active),
        )
        return await asyncio.get_running_loop().run_in_executor(self._items, run_item, run)

    def _item_progressed(self, active: _ActiveJob) -> None:
        """From the item's worker thread: announce the job again, throttled (the item's own
        progress, e.g. pages of a long file, is read by listeners that want it)."""
        loop = self._loop
        if loop is None or loop.is_closed() or not active.item_throttle.ready():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._emit, active.info)

    def _progress(self, active: _ActiveJob, job: JobInfo) -> None:
        active.meter.record()
        if active.throttle.ready():
            rate, eta = active.meter.estimate(job.remaining)
            self._emit(dataclasses.replace(job, rate=rate, eta_s=eta))

    def _emit(self, info: JobInfo) -> None:
        for listener in list(self._listeners):
            try:
                listener(info)
            except Exception:
                logger.exception("A job listener failed on job %s", info.id)

    async def _call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._control, functools.partial(fn, *args, **kwargs))
