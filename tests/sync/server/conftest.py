"""A team server per test (SQLite and PostgreSQL), driven through httpx's ASGI transport."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.services import Services
from tests.sync.server.api import PASSWORD, Clock


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(server_database_url: str, tmp_path: Path, clock: Clock) -> FastAPI:
    config = ServerConfig(
        database_url=server_database_url,
        blob_dir=tmp_path / "blobs",
        clock_ms=clock,
        migrate_on_start=True,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
    )
    return create_app(config)


@pytest.fixture
def services(app: FastAPI) -> Services:
    return services_of(app)


@pytest.fixture
async def http(app: FastAPI, services: Services) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://server/v1") as client:
        yield client
    services.close()


@pytest.fixture
def make_user(services: Services) -> Any:
    def make(email: str) -> str:
        return services.accounts.create_user(email, PASSWORD)

    return make
