"""What a job is to the rest of the app: its states, the plain data views of it, its errors."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum

from core.db.models import Job
from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, translate


class JobState(StrEnum):
    """Where a job stands. ``queued`` and ``running`` are in progress; the rest wait for a person.

    ``paused`` resumes with ``resume()``; ``failed`` and ``cancelled`` run their unfinished items
    again with ``retry()``; ``done`` is final.
    """

    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    FAILED = "failed"
    CANCELLED = "cancelled"
    DONE = "done"

    @property
    def label(self) -> str:
        """The state in the user's language (the value is what is stored)."""
        return translate("JobStates", _STATE_LABELS[self.value])


_STATE_LABELS = {
    "queued": QT_TRANSLATE_NOOP("JobStates", "queued"),
    "running": QT_TRANSLATE_NOOP("JobStates", "running"),
    "paused": QT_TRANSLATE_NOOP("JobStates", "paused"),
    "failed": QT_TRANSLATE_NOOP("JobStates", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("JobStates", "cancelled"),
    "done": QT_TRANSLATE_NOOP("JobStates", "done"),
}


class ItemState(StrEnum):
    """Where one item of a job stands; a done item is never processed again."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


IN_PROGRESS = frozenset({JobState.QUEUED, JobState.RUNNING})
FINISHED = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED})


@dataclass(frozen=True)
class JobInfo:
    """A job as views see it: plain data, safe to keep and pass between threads.

    ``rate`` (items per second over the last seconds of this run) and ``eta_s`` (seconds left at
    that rate) are known only while the job runs in this process; otherwise they are None.
    """

    id: str
    kind: str
    title: str
    state: JobState
    total: int
    done: int
    failed: int
    error: str | None
    created_at_ms: int
    updated_at_ms: int
    started_at_ms: int | None
    finished_at_ms: int | None
    rate: float | None = None
    eta_s: float | None = None

    @property
    def remaining(self) -> int:
        """Items neither done nor failed yet."""
        return max(self.total - self.done - self.failed, 0)


@dataclass(frozen=True)
class ItemError:
    """An item that failed for good, with the message a person can act on."""

    key: str
    error: str
    attempts: int


class JobError(UserError):
    """A job request that cannot be carried out; the message says why, for a person to read."""


class JobNotFound(JobError):
    """No job has this id (it may have been deleted)."""


class UnknownJobKind(JobError):
    """No handler is registered for this kind of job."""


class JobPlanFailed(JobError):
    """The handler could not list the job's items, so nothing was stored."""


class JobStateConflict(JobError):
    """The job is in a state where this action does not apply (e.g. pausing a finished job)."""


def now_ms() -> int:
    """Wall-clock time in integer milliseconds since the Unix epoch, as the database stores it."""
    return time.time_ns() // 1_000_000


def job_info(row: Job, rate: float | None = None, eta_s: float | None = None) -> JobInfo:
    """The plain data view of a ``job`` row."""
    return JobInfo(
        id=row.id,
        kind=row.kind,
        title=row.title,
        state=JobState(row.state),
        total=row.total,
        done=row.done,
        failed=row.failed,
        error=row.error,
        created_at_ms=row.created_at_ms,
        updated_at_ms=row.updated_at_ms,
        started_at_ms=row.started_at_ms,
        finished_at_ms=row.finished_at_ms,
        rate=rate,
        eta_s=eta_s,
    )
