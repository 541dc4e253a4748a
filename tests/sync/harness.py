"""Devices and a server for sync tests: real data dirs opened by the composition root, the
real server app through httpx's ASGI transport (a transport a test may wrap)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from core.paths import AppPaths
from core.root import Root, open_root
from sync.client.client import SyncClient
from sync.client.engine import SyncReport
from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.services import Services

PASSWORD = "correct horse battery staple"


def in_thread(coroutine: Any) -> Any:
    """asyncio.run in a thread of its own (a GUI test may have left a loop on this one)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


class Device:
    """One data dir, signed in to the world's server."""

    def __init__(self, root: Root, client: SyncClient) -> None:
        self.root = root
        self.client = client

    def sync(self) -> list[SyncReport]:
        return list(in_thread(self.client.sync_now()))

    def write(self) -> Any:
        return self.root.database.write()

    def read(self) -> Any:
        return self.root.database.read()


class World:
    """A server and the devices signed in to it."""

    def __init__(
        self,
        base: Path,
        *,
        clock_ms: Callable[[], int] | None = None,
        database_url: str | None = None,
    ) -> None:
        self.base = base
        options: dict[str, Any] = {"argon2_time_cost": 1, "argon2_memory_kib": 1024}
        if clock_ms is not None:
            options["clock_ms"] = clock_ms
        config = ServerConfig.for_data_dir(
            base / "server", database_url, migrate_on_start=True, **options
        )
        self.app = create_app(config)
        self.devices: list[Device] = []

    @property
    def server(self) -> Services:
        return services_of(self.app)

    def user(self, email: str) -> str:
        return self.server.accounts.create_user(email, PASSWORD)

    def device(
        self,
        email: str,
        *,
        wrap: Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport] | None = None,
        clock_ms: Callable[[], int] | None = None,
    ) -> Device:
        name = f"device{len(self.devices)}"
        root = open_root(AppPaths(self.base / name, self.base / name / "config"))
        if clock_ms is not None:
            root.recorder.clock._wall = clock_ms  # this device's own wall clock, set by hand
        transport: httpx.AsyncBaseTransport = httpx.ASGITransport(app=self.app)
        if wrap is not None:
            transport = wrap(transport)
        in_thread(SyncClient(root, transport=transport).login("http://sync.test", email, PASSWORD))
        # As the next command (or the app, once signed in) does: open the workspace it chose.
        root.close()
        root = open_root(AppPaths(self.base / name, self.base / name / "config"))
        if clock_ms is not None:
            root.recorder.clock._wall = clock_ms
        device = Device(root, SyncClient(root, transport=transport))
        self.devices.append(device)
        return device

    def use(self, device: Device, workspace_id: str) -> Device:
        """``workspaces use``: the device opens another workspace from now on."""
        device.root.settings.set("workspace.current", workspace_id)
        paths = device.root.paths
        device.root.close()
        root = open_root(paths)
        moved = Device(root, SyncClient(root, transport=device.client.transport))
        self.devices[self.devices.index(device)] = moved
        return moved

    def close(self) -> None:
        for device in self.devices:
            device.root.close()
        self.server.close()
