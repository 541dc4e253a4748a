"""The one way views run background work (after Anki's ``aqt.operations``).

Blocking calls run in a worker thread, coroutines on the qasync loop; results and errors come
back on the GUI thread. Every failure goes to one place: ``Operations.failed``, which the app
shows as a message a person can act on, and logs with its traceback (never in a dialog).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.errors import describe_error

T = TypeVar("T")
log = logging.getLogger(__name__)


class Operations(QObject):
    """Runs work off the GUI thread and calls back on it."""

    failed = Signal(str, str)  # what was being done, what went wrong (for a person)

    def __init__(self, loop: asyncio.AbstractEventLoop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loop = loop
        self.executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="convosphere-op")
        self._tasks: set[asyncio.Future[Any]] = set()
        self._closed = False

    def run(
        self,
        what: str,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Future[T]:
        """Call ``fn(*args)`` in a worker thread; ``on_done(result)`` on the GUI thread.

        After ``shutdown`` (the app is quitting) nothing runs: a late signal cannot start work.
        """
        if self._closed:
            return self._refused(what)
        future = self.loop.run_in_executor(self.executor, fn, *args)
        return self._track(what, future, on_done, on_error)

    def spawn(
        self,
        what: str,
        coro: Coroutine[Any, Any, T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Future[T]:
        """Run a coroutine on the GUI's event loop (nothing runs after ``shutdown``)."""
        if self._closed:
            coro.close()
            return self._refused(what)
        return self._track(what, asyncio.ensure_future(coro, loop=self.loop), on_done, on_error)

    def _track(
        self,
        what: str,
        future: asyncio.Future[T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> asyncio.Future[T]:
        self._tasks.add(future)

        def finished(done: asyncio.Future[T]) -> None:
            self._tasks.discard(done)
            if done.cancelled():
                return
            error = done.exception()
            if error is None:
                if on_done is not None:
                    on_done(done.result())
                return
            log.error("%s failed", what, exc_info=error)
            if on_error is not None:
                on_error(error)
            else:
                self.failed.emit(what, describe_error(error))

        future.add_done_callback(finished)
        return future

    def _refused(self, what: str) -> asyncio.Future[Any]:
        log.debug("Not starting %r: the app is quitting", what)
        future: asyncio.Future[Any] = self.loop.create_future()
        future.cancel()
        return future

    def shutdown(self) -> None:
        """Cancel pending work and stop the worker threads without waiting for them."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)
