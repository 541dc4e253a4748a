"""Durable background jobs: persisted work with progress, cancel, pause, retry and resume.

Ingestion, bulk actions and sync transfers run on this engine. A kind of job is a
``JobHandler`` registered by name in a ``HandlerRegistry``; ``JobService`` submits and steers
jobs (synchronous, thread-safe); ``JobRunner`` runs them on the asyncio loop, their items in
worker threads, and reports progress to subscribers. Each item's work and its done mark commit
in one transaction, so after a crash every item is done exactly once.
"""

from core.jobs.execution import RetryPolicy
from core.jobs.handlers import HandlerRegistry, ItemCancelled, ItemContext, ItemFailed, JobHandler
from core.jobs.model import (
    ItemError,
    ItemState,
    JobError,
    JobInfo,
    JobNotFound,
    JobPlanFailed,
    JobState,
    JobStateConflict,
    UnknownJobKind,
)
from core.jobs.progress import RateMeter
from core.jobs.runner import JobListener, JobRunner
from core.jobs.service import JobObserver, JobService

__all__ = [
    "HandlerRegistry",
    "ItemCancelled",
    "ItemContext",
    "ItemError",
    "ItemFailed",
    "ItemState",
    "JobError",
    "JobHandler",
    "JobInfo",
    "JobListener",
    "JobNotFound",
    "JobObserver",
    "JobPlanFailed",
    "JobRunner",
    "JobService",
    "JobState",
    "JobStateConflict",
    "RateMeter",
    "RetryPolicy",
    "UnknownJobKind",
]
