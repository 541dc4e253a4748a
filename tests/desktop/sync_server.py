"""The real team server for GUI tests of sync: uvicorn on 127.0.0.1 in a thread of the test
process (so a test can stop it, start it again on the same port, and change what the server
knows), and other devices of the same account as plain data dirs."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from core.paths import AppPaths
from core.root import Root, open_root
from sync.client.client import SyncClient
from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.services import Services
from tests.sync.harness import PASSWORD, in_thread

EMAIL = "ada@example.com"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    """The server app served by uvicorn on a fixed loopback port; ``stop``/``start`` at will."""

    def __init__(self, data_dir: Path) -> None:
        config = ServerConfig.for_data_dir(
            data_dir, migrate_on_start=True, argon2_time_cost=1, argon2_memory_kib=1024
        )
        self.app = create_app(config)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def services(self) -> Services:
        return services_of(self.app)

    def start(self) -> None:
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",  # the services outlive a stop: closed once, in ``close``
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None

    def close(self) -> None:
        self.stop()
        self.services.close()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path / "server")
    server.services.accounts.create_user(EMAIL, PASSWORD)
    server.start()
    yield server
    server.close()


def sign_in(paths: AppPaths, url: str) -> None:
    """Sign a data dir in, as Settings → Account & sync does, before the app opens it."""
    root = open_root(paths)
    try:
        in_thread(SyncClient(root).login(url, EMAIL, PASSWORD))
    finally:
        root.close()


class OtherDevice:
    """Another device of the same account: a data dir of its own, signed in."""

    def __init__(self, base: Path, url: str) -> None:
        self.paths = AppPaths(base, base / "config")
        sign_in(self.paths, url)
        self.root: Root = open_root(self.paths)
        self.client = SyncClient(self.root)

    def sync(self) -> Any:
        return in_thread(self.client.sync_now())

    def run(self, work: Callable[[SyncClient], Any]) -> Any:
        return in_thread(work(self.client))

    def close(self) -> None:
        self.root.close()


async def wait_until(predicate: Callable[[], bool], timeout: float) -> None:
    """Poll without blocking the loop (the qasync note's recipe)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)
