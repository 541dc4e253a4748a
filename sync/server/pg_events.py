"""Live pokes across server replicas: PostgreSQL ``LISTEN``/``NOTIFY``.

Each replica delivers its own pokes to its own subscribers at once (the in-process fan-out) and
sends them to the others with ``pg_notify`` from a notifier thread (``publish`` must never block
a request). One dedicated listener connection per replica (psycopg 3, autocommit, never from the
pool: PgBouncer in transaction mode cannot hold a ``LISTEN``) hears the other replicas' pokes and
hands them to its subscribers. The listener opens at the first subscription; when its connection
drops it reconnects with backoff and then pokes every open stream with the workspace's current
seq, so a stream that missed notifications while the link was down still learns it must pull.
"""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import psycopg
from pydantic import ValidationError

from sync.protocol import Poke
from sync.server.events import Broadcaster, InProcessBroadcaster

log = logging.getLogger(__name__)
CHANNEL = "convosphere_poke"
LISTEN_POLL_S = 0.5
MAX_RECONNECT_S = 10.0
LISTEN_READY_S = 5.0


class PostgresBroadcaster(Broadcaster):
    """Pokes fanned out to every replica on the same PostgreSQL database."""

    def __init__(self, database_url: str) -> None:
        self._url = _libpq_url(database_url)
        self._replica = uuid.uuid4().hex
        self._local = InProcessBroadcaster()
        self._outbox: queue.SimpleQueue[Poke | None] = queue.SimpleQueue()
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._notifier: threading.Thread | None = None
        self._listener: threading.Thread | None = None
        self.listening = threading.Event()
        self.reconnects = 0

    # --- Broadcaster -------------------------------------------------------------------

    def publish(self, poke: Poke) -> None:
        self._local.publish(poke)
        if self._closed.is_set():
            return
        self._start("_notifier", self._notify_loop, "pg-notify")
        self._outbox.put(poke)

    @asynccontextmanager
    async def subscribe(self, workspace_id: str) -> AsyncIterator[asyncio.Queue[Poke | None]]:
        async with self._local.subscribe(workspace_id) as pokes:
            if not self._closed.is_set():
                self._start("_listener", self._listen_loop, "pg-listen")
                # The stream's first poke (the current seq) is read after this: a commit on
                # another replica between that read and the LISTEN would go unheard.
                await asyncio.to_thread(self.listening.wait, LISTEN_READY_S)
            yield pokes

    def close(self) -> None:
        self._closed.set()
        self._outbox.put(None)
        self._local.close()
        for thread in (self._notifier, self._listener):
            if thread is not None and thread is not threading.current_thread():
                thread.join(LISTEN_POLL_S * 4)

    # --- threads ----------------------------------------------------------------------

    def _start(self, attribute: str, target: Callable[[], None], name: str) -> None:
        with self._lock:
            if getattr(self, attribute) is None:
                thread = threading.Thread(target=target, name=name, daemon=True)
                setattr(self, attribute, thread)
                thread.start()

    def _notify_loop(self) -> None:
        """Sends queued pokes; a lost connection is reopened (the pokes meanwhile are dropped:
        the other replicas' streams catch up at the next poke or the clients' periodic round)."""
        connection: psycopg.Connection[tuple[object, ...]] | None = None
        try:
            while True:
                poke = self._outbox.get()
                if poke is None or self._closed.is_set():
                    return
                payload = json.dumps({"w": poke.workspace_id, "s": poke.seq, "r": self._replica})
                try:
                    if connection is None or connection.closed:
                        connection = psycopg.connect(self._url, autocommit=True)
                    connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
                except psycopg.Error as error:
                    log.warning("Could not send a poke to the other replicas: %s", error)
                    if connection is not None:
                        connection.close()
                    connection = None
        finally:
            if connection is not None:
                connection.close()

    def _listen_loop(self) -> None:
        failures = 0
        while not self._closed.is_set():
            try:
                with psycopg.connect(self._url, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    if self.reconnects:
                        self._catch_up(connection)
                    failures = 0
                    self.listening.set()
                    while not self._closed.is_set():
                        for note in connection.notifies(timeout=LISTEN_POLL_S):
                            self._deliver(note.payload)
            except psycopg.Error as error:
                self.listening.clear()
                if self._closed.is_set():
                    return
                failures += 1
                self.reconnects += 1
                delay = min(MAX_RECONNECT_S, 0.2 * 2 ** min(failures - 1, 6))
                log.warning("Lost the poke listener (%s); reconnecting in %.1f s", error, delay)
                self._closed.wait(delay)
        self.listening.clear()

    def _deliver(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            if data.get("r") == self._replica:
                return  # this replica told its own subscribers already
            self._local.publish(Poke(workspace_id=data["w"], seq=data["s"]))
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
            log.warning("Ignored a malformed poke notification: %.200r", payload)

    def _catch_up(self, connection: psycopg.Connection[tuple[object, ...]]) -> None:
        """After a reconnect: the current seq of every workspace with an open stream here."""
        workspaces = self._local.workspaces()
        if not workspaces:
            return
        rows = connection.execute(
            "SELECT workspace_id, last_seq FROM ws_counter WHERE workspace_id = ANY(%s)",
            (workspaces,),
        ).fetchall()
        for workspace_id, seq in rows:
            self._local.publish(Poke(workspace_id=str(workspace_id), seq=int(str(seq))))

    def subscriber_count(self, workspace_id: str) -> int:
        return self._local.subscriber_count(workspace_id)


def _libpq_url(database_url: str) -> str:
    """A libpq URL: SQLAlchemy's ``postgresql+psycopg://`` spelling loses its driver part."""
    scheme, _, rest = database_url.partition("://")
    return f"postgresql://{rest}" if scheme.startswith("postgres") else database_url
