"""The contract between the job engine and the code that does a kind of job's work."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session

from core.errors import UserError

MAX_KIND_LENGTH = 64


class ItemFailed(UserError):
    """Raised by a handler when an item can never succeed; the message is shown to the user.

    The item is recorded as failed with this message and the job goes on with the next item.
    Say what the person can do: "report.pdf is password-protected; remove the password and retry".
    """


class ItemCancelled(Exception):
    """Raised by ``ItemContext.check_cancelled()``: stop this item now and roll its work back.

    The item stays pending, so a retried or resumed job does it again from the start.
    """


class ItemContext:
    """What a handler gets for one item, in a worker thread.

    ``session`` is inside the write transaction that also marks the item done, so the handler's
    own database changes and the done mark commit together: exactly once, even across a crash.
    Never commit or roll it back yourself. Its first use takes SQLite's write lock until the
    item commits, so do slow work (reading a file, parsing, embedding) before touching it: other
    writers, including ``JobService.cancel``, wait while the lock is held.
    """

    __slots__ = ("_interrupt", "_on_progress", "attempt", "job_id", "key", "params", "session")

    def __init__(
        self,
        *,
        job_id: str,
        key: str,
        params: Mapping[str, Any],
        session: Session,
        attempt: int,
        interrupt: threading.Event,
        on_progress: Callable[[], None] | None = None,
    ) -> None:
        self.job_id = job_id
        self.key = key
        self.params = params
        self.session = session
        self.attempt = attempt
        self._interrupt = interrupt
        self._on_progress = on_progress

    @property
    def cancelled(self) -> bool:
        """True once the job is cancelled or the app is quitting; poll it in long items."""
        return self._interrupt.is_set()

    def progressed(self) -> None:
        """Say that a long item moved on (pages read, passages embedded): the runner tells its
        listeners, at most every few tenths of a second, through its one channel."""
        if self._on_progress is not None:
            self._on_progress()

    def check_cancelled(self) -> None:
        """Raise ``ItemCancelled`` if the item should stop now (its work is rolled back)."""
        if self._interrupt.is_set():
            raise ItemCancelled


class JobHandler(Protocol):
    """The code behind one kind of job.

    ``plan`` runs in the thread that calls ``JobService.submit`` and returns the item keys in the
    order they are processed (it may return 100,000 keys; they are stored in bulk).
    ``process`` runs in a worker thread, once per item until the item is done or failed. Raise
    ``ItemFailed`` for a permanent failure; any other exception is retried with backoff.
    """

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        """The keys of the items to process, in order."""
        ...

    def process(self, ctx: ItemContext) -> None:
        """Do one item's work (see ``ItemContext`` for the transaction it runs in)."""
        ...


class HandlerRegistry:
    """Handlers by kind name (e.g. ``"knowledge.ingest"``); the composition root fills it."""

    def __init__(self) -> None:
        self._handlers: dict[str, JobHandler] = {}
        self._lock = threading.Lock()

    def register(self, kind: str, handler: JobHandler) -> None:
        """Make ``handler`` run jobs of ``kind``; a kind can be registered only once."""
        if not kind or len(kind) > MAX_KIND_LENGTH:
            raise ValueError(f"A job kind needs 1 to {MAX_KIND_LENGTH} characters: {kind!r}")
        with self._lock:
            if kind in self._handlers:
                raise ValueError(f"A handler for jobs of kind {kind!r} is already registered")
            self._handlers[kind] = handler

    def get(self, kind: str) -> JobHandler | None:
        """The handler for ``kind``, or None if this build has none."""
        with self._lock:
            return self._handlers.get(kind)

    def kinds(self) -> list[str]:
        """Registered kind names, sorted."""
        with self._lock:
            return sorted(self._handlers)
