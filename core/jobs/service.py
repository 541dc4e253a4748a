"""Submitting, listing and steering durable jobs: the synchronous, thread-safe API on app.db."""

from __future__ import annotations

import builtins
import json
import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, Protocol, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from core.db.models import Job, JobItem
from core.db.session import Database
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ids import new_id
from core.jobs.handlers import HandlerRegistry, JobHandler
from core.jobs.model import (
    ItemError,
    ItemState,
    JobError,
    JobInfo,
    JobPlanFailed,
    JobState,
    JobStateConflict,
    UnknownJobKind,
    job_info,
    now_ms,
)
from core.jobs.progress import RateMeter
from core.jobs.store import load_job

_BULK_CHUNK = 10_000
_ITEM_TABLE = cast(Table, JobItem.__table__)


class JobObserver(Protocol):
    """Told about every change made through a ``JobService``; called in the caller's thread.

    ``job_changing`` comes before the change is written (so a running item can be interrupted
    before the write waits for its lock) and ``job_changed`` after it, whether or not it
    succeeded. Observers must return quickly and never call back into the service.
    """

    def job_changing(self, job_id: str, target: JobState) -> None:
        """The job is about to move to ``target``."""
        ...

    def job_changed(self, job_id: str) -> None:
        """The job may have changed; read it again."""
        ...


class JobService:
    """Durable background jobs in app.db: submit, list, cancel, pause, resume, retry.

    Every method is synchronous and may block on SQLite's write lock: call it from a worker
    thread, not the GUI thread. A ``JobRunner`` does the work; this class only records what
    should happen, so it is safe to use from several threads and with no runner at all.
    """

    def __init__(self, db: Database, registry: HandlerRegistry) -> None:
        self.db = db
        self.registry = registry
        self._observers: builtins.list[JobObserver] = []
        self._meters: dict[str, RateMeter] = {}
        self._lock = threading.Lock()
        self._here: set[str] = set()

    def adopt(self, job_id: str) -> None:
        """Count ``job_id`` as this process's own work: its runner runs it even when another
        process owns the data dir (submitted jobs are adopted by themselves)."""
        with self._lock:
            self._here.add(job_id)

    def submitted_here(self) -> set[str]:
        """The jobs this process submitted or adopted."""
        with self._lock:
            return set(self._here)

    def submit(self, kind: str, title: str, params: Mapping[str, Any] | None = None) -> str:
        """Plan a job's items with its handler, store the job as queued and return its id.

        Raises ``UnknownJobKind`` if no handler is registered for ``kind``, ``JobPlanFailed``
        if the handler's ``plan`` raises or returns something other than strings (then nothing
        is stored), and ``JobError`` if ``params`` cannot be stored as JSON.
        """
        handler = self.registry.get(kind)
        if handler is None:
            raise UnknownJobKind(unknown_kind(kind))
        stored_params = _json_params(params or {})
        keys = _plan(handler, title, stored_params)
        job_id = new_id()
        stamp = now_ms()
        with self.db.write() as session:
            session.add(
                Job(
                    id=job_id,
                    kind=kind,
                    title=title,
                    state=JobState.QUEUED,
                    params=stored_params,
                    total=len(keys),
                    done=0,
                    failed=0,
                    created_at_ms=stamp,
                    updated_at_ms=stamp,
                )
            )
            session.flush()
            _insert_items(session, job_id, keys, stamp)
        self.adopt(job_id)
        self._notify_changed(job_id)
        return job_id

    def get(self, job_id: str) -> JobInfo:
        """The job's current state; raises ``JobNotFound``."""
        with self.db.read() as session:
            return self._info(load_job(session, job_id))

    def list(
        self, limit: int = 100, states: Collection[JobState] | None = None
    ) -> builtins.list[JobInfo]:
        """Jobs newest first, optionally only those in ``states``."""
        query = select(Job).order_by(Job.created_at_ms.desc(), Job.id.desc()).limit(limit)
        if states is not None:
            query = query.where(Job.state.in_([str(s) for s in states]))
        with self.db.read() as session:
            return [self._info(row) for row in session.scalars(query)]

    def changed_since(self, stamp_ms: int, limit: int = 200) -> builtins.list[JobInfo]:
        """Jobs written at or after ``stamp_ms`` (by any process), oldest change first."""
        query = (
            select(Job)
            .where(Job.updated_at_ms >= stamp_ms)
            .order_by(Job.updated_at_ms, Job.id)
            .limit(limit)
        )
        with self.db.read() as session:
            return [self._info(row) for row in session.scalars(query)]

    def params(self, job_id: str) -> dict[str, Any]:
        """The parameters the job was submitted with."""
        with self.db.read() as session:
            return dict(load_job(session, job_id).params)

    def item_errors(self, job_id: str, limit: int = 100) -> builtins.list[ItemError]:
        """The job's failed items in processing order, with their messages."""
        query = (
            select(JobItem.key, JobItem.error, JobItem.attempts)
            .where(JobItem.job_id == job_id, JobItem.state == ItemState.FAILED)
            .order_by(JobItem.seq)
            .limit(limit)
        )
        with self.db.read() as session:
            return [
                ItemError(key, error or "", attempts)
                for key, error, attempts in session.execute(query)
            ]

    def cancel(self, job_id: str) -> None:
        """Stop the job for good; items already done stay done. Cancelling twice is harmless.

        A running item sees ``ItemContext.cancelled`` at once; the job stops between items.
        Raises ``JobStateConflict`` if the job already finished.
        """
        allowed = {JobState.QUEUED, JobState.RUNNING, JobState.PAUSED}
        why_not = translate("Jobs", "it has already finished")
        self._transition(job_id, JobState.CANCELLED, allowed, set(), why_not)

    def pause(self, job_id: str) -> None:
        """Stop the job after its current item until ``resume``; pausing twice is harmless."""
        allowed = {JobState.QUEUED, JobState.RUNNING}
        why_not = translate("Jobs", "it is not in progress")
        self._transition(job_id, JobState.PAUSED, allowed, set(), why_not)

    def resume(self, job_id: str) -> None:
        """Queue a paused job again; it goes on from its first pending item."""
        in_progress = {JobState.QUEUED, JobState.RUNNING}
        why_not = translate("Jobs", "it is not paused (retry runs a failed or cancelled job again)")
        self._transition(job_id, JobState.QUEUED, {JobState.PAUSED}, in_progress, why_not)

    def retry(self, job_id: str) -> None:
        """Queue a failed or cancelled job again to run its failed and unfinished items.

        Failed items go back to pending with their attempts reset; done items are kept.
        """
        self._notify(lambda o: o.job_changing(job_id, JobState.QUEUED))
        try:
            with self.db.write() as session:
                job = load_job(session, job_id)
                if job.state not in (JobState.FAILED, JobState.CANCELLED):
                    why_not = translate("Jobs", "only failed or cancelled jobs can be retried")
                    raise _conflict(job, "retry", why_not)
                stamp = now_ms()
                session.execute(
                    update(JobItem)
                    .where(JobItem.job_id == job_id, JobItem.state != ItemState.DONE)
                    .values(state=ItemState.PENDING, attempts=0, error=None, updated_at_ms=stamp)
                )
                job.state = JobState.QUEUED
                job.failed = 0
                job.error = None
                job.finished_at_ms = None
                job.updated_at_ms = stamp
        finally:
            self._notify_changed(job_id)

    def add_observer(self, observer: JobObserver) -> None:
        """Have ``observer`` told about every change made through this service."""
        with self._lock:
            self._observers.append(observer)

    def remove_observer(self, observer: JobObserver) -> None:
        """Stop telling ``observer``; unknown observers are ignored."""
        with self._lock:
            if observer in self._observers:
                self._observers.remove(observer)

    def track_rate(self, job_id: str, meter: RateMeter | None) -> None:
        """For the runner: the meter whose rate ``get`` and ``list`` report (None to forget)."""
        with self._lock:
            if meter is None:
                self._meters.pop(job_id, None)
            else:
                self._meters[job_id] = meter

    def _transition(
        self,
        job_id: str,
        target: JobState,
        allowed: set[JobState],
        unchanged: set[JobState],
        why_not: str,
    ) -> None:
        """Move the job from a state in ``allowed`` to ``target``.

        In ``target`` or a state in ``unchanged`` the job is left as it is; in any other state
        ``JobStateConflict`` is raised. Observers hear before and after, even on failure.
        """
        self._notify(lambda o: o.job_changing(job_id, target))
        try:
            with self.db.write() as session:
                job = load_job(session, job_id)
                if job.state == target or job.state in unchanged:
                    return
                if job.state not in allowed:
                    raise _conflict(job, _VERBS[target], why_not)
                stamp = now_ms()
                job.state = target
                job.updated_at_ms = stamp
                if target == JobState.CANCELLED:
                    job.finished_at_ms = stamp
        finally:
            self._notify_changed(job_id)

    def _info(self, row: Job) -> JobInfo:
        with self._lock:
            meter = self._meters.get(row.id)
        if meter is None or row.state != JobState.RUNNING:
            return job_info(row)
        remaining = max(row.total - row.done - row.failed, 0)
        return job_info(row, *meter.estimate(remaining))

    def _notify_changed(self, job_id: str) -> None:
        self._notify(lambda o: o.job_changed(job_id))

    def _notify(self, call: Callable[[JobObserver], None]) -> None:
        with self._lock:
            observers = builtins.list(self._observers)
        for observer in observers:
            call(observer)


_VERBS = {JobState.CANCELLED: "cancel", JobState.PAUSED: "pause", JobState.QUEUED: "resume"}
_CONFLICTS = {
    "cancel": QT_TRANSLATE_NOOP(
        "Jobs", "Cannot cancel the job “{title}”: {reason} (it is {state})."
    ),
    "pause": QT_TRANSLATE_NOOP("Jobs", "Cannot pause the job “{title}”: {reason} (it is {state})."),
    "resume": QT_TRANSLATE_NOOP(
        "Jobs", "Cannot resume the job “{title}”: {reason} (it is {state})."
    ),
    "retry": QT_TRANSLATE_NOOP("Jobs", "Cannot retry the job “{title}”: {reason} (it is {state})."),
}


def unknown_kind(kind: str) -> str:
    """Why a job of ``kind`` cannot run here."""
    return translate("Jobs", "This version of ConvoSphere cannot run jobs of kind {kind}").format(
        kind=kind
    )


def _conflict(job: Job, verb: str, why_not: str) -> JobStateConflict:
    return JobStateConflict(
        translate("Jobs", _CONFLICTS[verb]).format(
            title=job.title, reason=why_not, state=JobState(job.state).label
        )
    )


def _json_params(params: Mapping[str, Any]) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = json.loads(json.dumps(dict(params)))
    except (TypeError, ValueError) as exc:
        raise JobError(
            translate("Jobs", "Job parameters must be plain JSON data: {reason}").format(reason=exc)
        ) from exc
    return loaded


def _plan(handler: JobHandler, title: str, params: Mapping[str, Any]) -> builtins.list[str]:
    try:
        keys = builtins.list(handler.plan(params))
    except Exception as exc:
        raise JobPlanFailed(
            translate("Jobs", "Could not prepare the job “{title}”: {reason}").format(
                title=title, reason=exc
            )
        ) from exc
    bad = next((k for k in keys if not isinstance(k, str)), None)
    if bad is not None:
        raise JobPlanFailed(
            translate(
                "Jobs",
                "Could not prepare the job “{title}”: its handler planned an item key that is not "
                "text ({type})",
            ).format(title=title, type=type(bad).__name__)
        )
    return keys


def _insert_items(session: Session, job_id: str, keys: Iterable[str], stamp: int) -> None:
    """Bulk insert (executemany) so that planning 100,000 items takes well under a second."""
    rows: builtins.list[dict[str, Any]] = []
    for seq, key in enumerate(keys):
        rows.append(
            {
                "job_id": job_id,
                "seq": seq,
                "key": key,
                "state": ItemState.PENDING.value,
                "attempts": 0,
                "updated_at_ms": stamp,
            }
        )
        if len(rows) >= _BULK_CHUNK:
            session.execute(insert(_ITEM_TABLE), rows)
            rows = []
    if rows:
        session.execute(insert(_ITEM_TABLE), rows)
