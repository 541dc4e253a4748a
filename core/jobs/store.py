"""The runner's side of the job tables: claiming jobs, reading work, recording outcomes.

Every state change here is conditional on the state the runner expects (``WHERE state =
'running'``), so a cancel or pause written by ``JobService`` in between is never overwritten.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.db.models import Job, JobItem
from core.db.session import Database
from core.i18n import number, translate
from core.jobs.model import ItemState, JobInfo, JobNotFound, JobState, job_info, now_ms

MAX_ERROR_LENGTH = 2000


@dataclass(frozen=True)
class PendingItem:
    """An item still to do, as the runner reads it."""

    id: int
    seq: int
    key: str
    attempts: int


def recover_interrupted(db: Database, exclude: Collection[str] = ()) -> list[str]:
    """Put jobs left ``running`` by a process that died back in the queue; returns their ids.

    Only for a process that knows no other is alive (``core.ownership``); ``exclude`` are the
    jobs it is running itself.
    """
    query = select(Job.id).where(Job.state == JobState.RUNNING, Job.id.not_in(list(exclude)))
    with db.write() as session:
        ids = list(session.scalars(query))
        if ids:
            session.execute(
                update(Job)
                .where(Job.id.in_(ids))
                .values(state=JobState.QUEUED, updated_at_ms=now_ms())
            )
    return ids


def claim_next(
    db: Database, exclude: Collection[str], only: Collection[str] | None = None
) -> JobInfo | None:
    """Mark the oldest queued job (not in ``exclude``; in ``only`` if given) running and return
    it, or None."""
    chosen = Job.id.in_(list(only)) if only is not None else Job.id.is_not(None)
    query = (
        select(Job)
        .where(Job.state == JobState.QUEUED, Job.id.not_in(list(exclude)), chosen)
        .order_by(Job.created_at_ms, Job.id)
        .limit(1)
    )
    with db.write() as session:
        job = session.scalars(query).first()
        if job is None:
            return None
        stamp = now_ms()
        job.state = JobState.RUNNING
        job.started_at_ms = job.started_at_ms or stamp
        job.updated_at_ms = stamp
        return job_info(job)


def pending_items(db: Database, job_id: str, after_seq: int, limit: int) -> list[PendingItem]:
    """The next ``limit`` pending items after ``after_seq``, in order."""
    query = (
        select(JobItem.id, JobItem.seq, JobItem.key, JobItem.attempts)
        .where(
            JobItem.job_id == job_id,
            JobItem.state == ItemState.PENDING,
            JobItem.seq > after_seq,
        )
        .order_by(JobItem.seq)
        .limit(limit)
    )
    with db.read() as session:
        return [PendingItem(*row) for row in session.execute(query)]


def read_job(db: Database, job_id: str) -> JobInfo:
    """The job as stored (no rate)."""
    with db.read() as session:
        return job_info(load_job(session, job_id))


def finish(db: Database, job_id: str) -> JobInfo:
    """A running job with no pending items left becomes done, or failed if any item failed."""
    with db.write() as session:
        job = load_job(session, job_id)
        if job.state != JobState.RUNNING:
            return job_info(job)
        stamp = now_ms()
        if job.failed:
            job.state = JobState.FAILED
            job.error = translate(
                "Jobs",
                "{failed} of %n item(s) failed. "
                "See the list of errors, then retry to run those items again.",
                None,
                job.total,
            ).format(failed=number(job.failed))
        else:
            job.state = JobState.DONE
        job.finished_at_ms = stamp
        job.updated_at_ms = stamp
        return job_info(job)


def fail(db: Database, job_id: str, error: str) -> JobInfo:
    """A running job fails as a whole (e.g. no handler for its kind); its items are kept."""
    with db.write() as session:
        job = load_job(session, job_id)
        if job.state == JobState.RUNNING:
            stamp = now_ms()
            job.state = JobState.FAILED
            job.error = error[:MAX_ERROR_LENGTH]
            job.finished_at_ms = stamp
            job.updated_at_ms = stamp
        return job_info(job)


def requeue(db: Database, job_id: str) -> JobInfo:
    """A running job goes back to the queue (the app is quitting); it resumes next start."""
    with db.write() as session:
        job = load_job(session, job_id)
        if job.state == JobState.RUNNING:
            job.state = JobState.QUEUED
            job.updated_at_ms = now_ms()
        return job_info(job)


def record_attempt(db: Database, item_id: int, attempts: int, error: str) -> None:
    """Remember a failed attempt that will be retried, so a restart does not forget it."""
    with db.write() as session:
        session.execute(
            update(JobItem)
            .where(JobItem.id == item_id, JobItem.state == ItemState.PENDING)
            .values(attempts=attempts, error=error[:MAX_ERROR_LENGTH], updated_at_ms=now_ms())
        )


def record_failure(db: Database, job_id: str, item_id: int, attempts: int, error: str) -> JobInfo:
    """The item failed for good: keep its message and count it on the job, in one commit."""
    stamp = now_ms()
    with db.write() as session:
        result = session.execute(
            update(JobItem)
            .where(JobItem.id == item_id, JobItem.state == ItemState.PENDING)
            .values(
                state=ItemState.FAILED,
                attempts=attempts,
                error=error[:MAX_ERROR_LENGTH],
                updated_at_ms=stamp,
            )
        )
        if _rowcount(result) == 1:
            session.execute(
                update(Job)
                .where(Job.id == job_id)
                .values(failed=Job.failed + 1, updated_at_ms=stamp)
            )
        return job_info(load_job(session, job_id))


def mark_done(session: Session, job_id: str, item_id: int, attempts: int) -> JobInfo | None:
    """Inside the item's transaction: mark it done and count it; None if it was not pending.

    None means another run already finished the item; the caller must roll back.
    """
    stamp = now_ms()
    result = session.execute(
        update(JobItem)
        .where(JobItem.id == item_id, JobItem.state == ItemState.PENDING)
        .values(state=ItemState.DONE, attempts=attempts, error=None, updated_at_ms=stamp)
    )
    if _rowcount(result) != 1:
        return None
    session.execute(
        update(Job).where(Job.id == job_id).values(done=Job.done + 1, updated_at_ms=stamp)
    )
    return job_info(load_job(session, job_id))


def _rowcount(result: object) -> int:
    count = getattr(result, "rowcount", 0)
    return int(count)


def load_job(session: Session, job_id: str) -> Job:
    """The job row; raises ``JobNotFound``."""
    job = session.get(Job, job_id)
    if job is None:
        raise JobNotFound(translate("Jobs", "There is no job with id {id}").format(id=job_id))
    return job
