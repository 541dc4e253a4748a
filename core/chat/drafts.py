"""Saving a streaming answer as it arrives, so a crash loses at most the last moment of it.

``DraftWriter`` commits the text so far once per interval while the answer streams, in a worker
thread, whenever it has grown; so text that arrived is committed within about one interval,
even when the stream pauses. It runs on a timer rather than per token: the tokens' hot path
pays nothing for it. Drafts do not sync (``ChangeRecorder.write_draft``);
``ChangeRecorder.finish_draft`` records the finished fields once, so the outbox carries only the
final text.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 0.25


class DraftWriter:
    """Commits ``text()`` through ``save`` every interval while it grows, from ``start()`` to
    ``drain()``."""

    def __init__(
        self,
        save: Callable[[str], None],
        text: Callable[[], str],
        in_worker: Callable[[Callable[[str], None], str], asyncio.Future[None]],
        interval_s: float = DEFAULT_INTERVAL_S,
    ) -> None:
        self._save = save
        self._in_worker = in_worker
        self._text = text
        self._interval = interval_s
        self._saved_length = 0
        self._writing: asyncio.Future[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self.saves = 0

    def start(self) -> None:
        """Begin saving, on the running loop (the text as it is now counts as saved)."""
        self._saved_length = len(self._text())
        self._schedule()

    def stop(self) -> None:
        """Stop saving drafts (a draft being written still completes)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    async def drain(self) -> None:
        """Stop saving drafts and wait for one being written (the final save comes next)."""
        self.stop()
        if self._writing is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._writing)

    def _schedule(self) -> None:
        self._timer = asyncio.get_running_loop().call_later(self._interval, self._tick)

    def _tick(self) -> None:
        if self._writing is None or self._writing.done():  # else: try again next time
            try:
                self._write()
            except RuntimeError:
                # The service was closed under a stream (the app is quitting): the last draft
                # stays, and the next start shows the answer as interrupted.
                self._timer = None
                return
        self._schedule()

    def _write(self) -> None:
        text = self._text()
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
