"""Running one item in a worker thread: the handler's transaction, retries and backoff."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.db.session import Database
from core.i18n import translate
from core.jobs import store
from core.jobs.handlers import ItemCancelled, ItemContext, ItemFailed, JobHandler
from core.jobs.model import JobInfo

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently an item that raised a transient error is tried again.

    Attempt n (n >= 1) that fails waits ``base_delay_s * factor ** (n - 1)``, scaled by a random
    factor in ``[1 - jitter, 1 + jitter]`` so that many failing items do not retry in step.
    After ``max_attempts`` attempts the item is recorded as failed.
    """

    max_attempts: int = 3
    base_delay_s: float = 0.5
    factor: float = 2.0
    jitter: float = 0.25

    def delay_s(self, attempt: int, rng: random.Random) -> float:
        """Seconds to wait after failed attempt number ``attempt``."""
        spread = rng.uniform(1 - self.jitter, 1 + self.jitter)
        return self.base_delay_s * self.factor ** (attempt - 1) * spread


class ItemOutcome(StrEnum):
    """How running an item ended."""

    DONE = "done"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ItemResult:
    """The outcome and, after a commit, the job as that commit left it."""

    outcome: ItemOutcome
    job: JobInfo | None = None


@dataclass(frozen=True)
class ItemRun:
    """Everything a worker thread needs to run one item."""

    db: Database
    handler: JobHandler
    job_id: str
    params: Mapping[str, Any]
    item: store.PendingItem
    interrupt: threading.Event
    policy: RetryPolicy
    rng: random.Random
    on_progress: Callable[[], None] | None = None


class _AlreadyFinished(Exception):
    """The item was no longer pending when its done mark was written: roll back its work."""


def run_item(run: ItemRun) -> ItemResult:
    """Run the item until it is done, fails for good or is interrupted (blocking).

    Interrupted means cancelled or the app is quitting: the work is rolled back and the item
    stays pending. Attempts of a transient failure are stored, so a restart goes on counting.
    """
    attempts = run.item.attempts
    while not run.interrupt.is_set():
        attempts += 1
        try:
            return _attempt(run, attempts)
        except _AlreadyFinished:
            return ItemResult(ItemOutcome.SKIPPED)
        except ItemFailed as exc:
            message = str(exc) or translate("Jobs", "This item cannot be processed.")
            job = store.record_failure(run.db, run.job_id, run.item.id, attempts, message)
            return ItemResult(ItemOutcome.FAILED, job)
        except Exception as exc:
            if isinstance(exc, ItemCancelled) and run.interrupt.is_set():
                break
            message = f"{type(exc).__name__}: {exc}"
            logger.warning(
                "Job %s item %r attempt %d failed: %s",
                run.job_id,
                run.item.key,
                attempts,
                message,
                exc_info=exc,
            )
            if attempts >= run.policy.max_attempts:
                job = store.record_failure(run.db, run.job_id, run.item.id, attempts, message)
                return ItemResult(ItemOutcome.FAILED, job)
            store.record_attempt(run.db, run.item.id, attempts, message)
            run.interrupt.wait(run.policy.delay_s(attempts, run.rng))
    return ItemResult(ItemOutcome.INTERRUPTED)


def _attempt(run: ItemRun, attempt: int) -> ItemResult:
    with run.db.write() as session:
        ctx = ItemContext(
            job_id=run.job_id,
            key=run.item.key,
            params=run.params,
            session=session,
            attempt=attempt,
            interrupt=run.interrupt,
            on_progress=run.on_progress,
        )
        run.handler.process(ctx)
        job = store.mark_done(session, run.job_id, run.item.id, attempt)
        if job is None:
            raise _AlreadyFinished
    return ItemResult(ItemOutcome.DONE, job)
