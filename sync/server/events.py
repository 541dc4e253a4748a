"""Live pokes: after each commit to a workspace, its subscribers hear (workspace, seq).

``Broadcaster`` is the seam: the in-process one serves a single server process; on PostgreSQL
``sync.server.pg_events.PostgresBroadcaster`` fans pokes out to every replica with
LISTEN/NOTIFY (publish sends a ``NOTIFY``; one listener connection per replica feeds its local
subscribers).
"""

from __future__ import annotations

import asyncio
import threading
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager

from sync.protocol import Poke


class Broadcaster(ABC):
    @abstractmethod
    def publish(self, poke: Poke) -> None:
        """Tell the workspace's subscribers; callable from any thread, never blocks."""

    @abstractmethod
    def subscribe(
        self, workspace_id: str
    ) -> AbstractAsyncContextManager[asyncio.Queue[Poke | None]]:
        """An async context manager giving a queue of pokes; None means the server stops."""

    @abstractmethod
    def close(self) -> None:
        """End every subscription (server shutdown)."""


class InProcessBroadcaster(Broadcaster):
    """Fan-out to the subscribers of this process; a slow subscriber only misses older pokes
    (the newest seq is all a client needs to decide to pull)."""

    def __init__(self, queue_size: int = 16) -> None:
        self._queue_size = queue_size
        self._subscribers: dict[
            str, set[tuple[asyncio.AbstractEventLoop, asyncio.Queue[Poke | None]]]
        ] = {}
        self._lock = threading.Lock()

    def publish(self, poke: Poke) -> None:
        with self._lock:
            targets = list(self._subscribers.get(poke.workspace_id, ()))
        for loop, queue in targets:
            try:
                loop.call_soon_threadsafe(_offer, queue, poke)
            except RuntimeError:  # that loop has closed
                continue

    @asynccontextmanager
    async def subscribe(self, workspace_id: str) -> AsyncIterator[asyncio.Queue[Poke | None]]:
        queue: asyncio.Queue[Poke | None] = asyncio.Queue(self._queue_size)
        entry = (asyncio.get_running_loop(), queue)
        with self._lock:
            self._subscribers.setdefault(workspace_id, set()).add(entry)
        try:
            yield queue
        finally:
            with self._lock:
                subscribers = self._subscribers.get(workspace_id, set())
                subscribers.discard(entry)
                if not subscribers:
                    self._subscribers.pop(workspace_id, None)

    def close(self) -> None:
        with self._lock:
            targets = [entry for entries in self._subscribers.values() for entry in entries]
        for loop, queue in targets:
            try:
                loop.call_soon_threadsafe(_offer, queue, None)
            except RuntimeError:
                continue

    def subscriber_count(self, workspace_id: str) -> int:
        with self._lock:
            return len(self._subscribers.get(workspace_id, ()))

    def workspaces(self) -> list[str]:
        """The workspaces with a subscriber in this process."""
        with self._lock:
            return list(self._subscribers)


def _offer(queue: asyncio.Queue[Poke | None], item: Poke | None) -> None:
    while True:
        try:
            queue.put_nowait(item)
            return
        except asyncio.QueueFull:
            queue.get_nowait()


class LiveStreams:
    """The live-update streams open in this process, by device: the admin console's
    "connected devices" (each replica counts its own)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, int] = {}

    @contextmanager
    def opened(self, device_key: str) -> Iterator[None]:
        with self._lock:
            self._open[device_key] = self._open.get(device_key, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                left = self._open[device_key] - 1
                if left:
                    self._open[device_key] = left
                else:
                    del self._open[device_key]

    def devices(self) -> int:
        with self._lock:
            return len(self._open)
