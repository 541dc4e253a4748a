"""Saving a streaming answer as it arrives, so a crash loses at most the last moment of it.

``DraftWriter`` commits the text so far at most once per interval, in a worker thread, and
makes sure text that arrived is committed within one interval even when the stream pauses.
Drafts do not sync (``ChangeRecorder.write_draft``); ``record_final`` records the finished
fields once, so the outbox carries only the final text.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from core.changes import ChangeRecorder
from core.db.models import Synced

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 0.25


class DraftWriter:
    """Commits ``text()`` through ``save`` at a bounded interval while a stream runs."""

    def __init__(
        self,
        save: Callable[[str], None],
        text: Callable[[], str],
        in_worker: Callable[[Callable[[str], None], str], asyncio.Future[None]],
        interval_s: float = DEFAULT_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._save = save
        self._in_worker = in_worker
        self._text = text
        self._interval = interval_s
        self._clock = clock
        self._last_at = clock()
        self._saved_length = -1
        self._writing: asyncio.Future[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self.saves = 0

    def offer(self) -> None:
        """New text arrived: save now if the interval has passed, else soon after it."""
        if self._timer is not None:
            return  # a save is already due: it will take this text too (called per token)
        if self._writing is not None and not self._writing.done():
            self._schedule(self._interval)
            return
        wait = self._interval - (self._clock() - self._last_at)
        if wait <= 0:
            self._write()
        else:
            self._schedule(wait)

    async def drain(self) -> None:
        """Stop saving drafts and wait for one being written (the final save comes next)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._writing is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._writing)

    def _schedule(self, delay: float) -> None:
        if self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(max(delay, 0.0), self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self.offer()

    def _write(self) -> None:
        text = self._text()
        self._last_at = self._clock()
        if len(text) == self._saved_length:
            return
        self._saved_length = len(text)
        self.saves += 1
        self._writing = self._in_worker(self._save, text)
        self._writing.add_done_callback(_log_failure)


def _log_failure(future: asyncio.Future[None]) -> None:
    if not future.cancelled() and future.exception() is not None:
        # A missed draft only widens what a crash could lose; the final save reports errors.
        log.warning("Could not save the answer's draft: %s", future.exception())


_UNRECORDED = object()


def record_final(recorder: ChangeRecorder, session: Session, row: Synced, **fields: Any) -> None:
    """Record the finished ``fields`` of a row that drafts have been written to.

    ``ChangeRecorder.update`` records only fields that differ from the row, and drafts already
    put the text there, so the fields are first marked as not yet recorded; nothing is flushed
    in between, so the marker never reaches the database.
    """
    for name in fields:
        setattr(row, name, _UNRECORDED)
    recorder.update(session, row, **fields)
