"""Sync while the app runs: push as soon as something is recorded, pull when the server pokes,
and a round every minute in any case; back off with jitter while the server is away.

It runs on an asyncio loop of its own, in a background thread: a round does blocking work (the
secret store, SQLite) besides the network, and none of it may touch the GUI thread. It reports
its state through ``on_state`` (called in its thread: a Qt caller emits a signal from it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from core.changes import now_ms
from core.db.models import OutboxEntry
from sync.client.api import ServerUnreachable, SignedOut, SyncApi
from sync.client.client import SyncClient

log = logging.getLogger(__name__)
ROUND_EVERY_S = 60.0
MAX_BACKOFF_S = 300.0
NUDGE_DEBOUNCE_S = 0.05


@dataclass(frozen=True)
class LiveState:
    """What the status bar shows: ``kind`` is synced, syncing, offline, error or signed_out."""

    kind: str
    waiting: int = 0
    last_synced_ms: int | None = None
    message: str = ""


class LiveSync:
    """The background sync of one open data dir."""

    def __init__(
        self,
        client: SyncClient,
        on_state: Callable[[LiveState], None],
        *,
        round_every_s: float = ROUND_EVERY_S,
    ) -> None:
        self.client = client
        self.on_state = on_state
        self.round_every_s = round_every_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._last_ok: int | None = None
        self._failures = 0
        self._urgent = False  # woken by the server, not by a local commit
        self._ready = threading.Event()

    # --- from any thread ---------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="live-sync", daemon=True)
        self._thread.start()
        self._ready.wait(5)
        self.client.root.recorder.subscribe(self.nudge)

    def nudge(self) -> None:
        """Something was recorded here: sync soon (after a short wait that gathers a burst of
        commits into one round)."""
        self._wakeup()

    def _poked(self) -> None:
        """The server has something new: sync now (there is nothing here to wait for)."""
        self._urgent = True
        self._wakeup()

    def _wakeup(self) -> None:
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    def stop(self, timeout_s: float = 3.0) -> None:
        self._stopping = True
        self.nudge()
        if self._thread is not None:
            self._thread.join(timeout_s)

    # --- its own thread ---------------------------------------------------------------

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._ready.set()
        listener = asyncio.create_task(self._listen())
        try:
            while not self._stopping:
                delay = await self._round()
                if self._stopping:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), delay)
                self._wake.clear()
                if not self._urgent:
                    await asyncio.sleep(NUDGE_DEBOUNCE_S)  # a burst of commits: one round
                self._urgent = False
        finally:
            listener.cancel()
            with contextlib.suppress(BaseException):
                await listener

    async def _round(self) -> float:
        """One round; returns how long to wait before the next unless nudged."""
        if not self.client.status().signed_in:
            self._report(LiveState("signed_out"))
            return self.round_every_s
        self._report(LiveState("syncing", self._waiting(), self._last_ok))
        try:
            reports = await self.client.sync_now(files_as_job=True)
        except ServerUnreachable as error:
            self._failures += 1
            self._report(LiveState("offline", self._waiting(), self._last_ok, str(error)))
            return _backoff(self._failures)
        except SignedOut as error:
            self._report(LiveState("signed_out", self._waiting(), self._last_ok, str(error)))
            return self.round_every_s
        except Exception as error:
            self._failures += 1
            log.exception("Sync failed")
            self._report(LiveState("error", self._waiting(), self._last_ok, str(error)))
            return _backoff(self._failures)
        self._failures = 0
        self._last_ok = now_ms()
        said = [why for r in reports for why in [*r.rejected, *r.notices]]
        message = said[0] if said else ""
        self._report(LiveState("synced", self._waiting(), self._last_ok, message))
        return self.round_every_s

    async def _listen(self) -> None:
        """Pokes from the server's event stream wake the loop (reconnecting with backoff)."""
        failures = 0
        while not self._stopping:
            workspaces = self.client.synced_workspaces()
            if not workspaces or not self.client.status().signed_in:
                await asyncio.sleep(self.round_every_s)
                continue
            try:
                api: SyncApi = await self.client._session()
                try:
                    async for _poke in api.events(workspaces[0]):
                        failures = 0
                        self._poked()
                finally:
                    await api.aclose()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # offline, signed out: the rounds report it
                failures += 1
                log.debug("Event stream ended: %s", error)
                await asyncio.sleep(_backoff(failures))

    def _waiting(self) -> int:
        with self.client.root.database.read() as session:
            return int(session.scalar(select(func.count(OutboxEntry.id))) or 0)

    def _report(self, state: LiveState) -> None:
        try:
            self.on_state(state)
        except Exception:
            log.exception("A sync state listener failed")


def _backoff(failures: int) -> float:
    """1, 2, 4 … seconds up to five minutes, each ±20 % so devices do not march in step."""
    base: float = min(MAX_BACKOFF_S, 2.0 ** min(failures - 1, 9))
    return base * random.uniform(0.8, 1.2)
