"""A team server per test (SQLite and PostgreSQL), driven through httpx's ASGI transport; an
S3-compatible blob store (moto's server on 127.0.0.1) for the tests that ask for one."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.services import Services
from tests.sync.server.api import PASSWORD, Clock
from tests.sync.server.s3 import MotoServer, s3_client


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def blob_options() -> dict[str, str]:
    """Extra ``ServerConfig`` fields that choose the blob store: the local disk, unless a test
    module overrides this fixture (``test_blobs.py`` runs on S3 as well)."""
    return {}


@pytest.fixture(scope="session")
def moto_server() -> Iterator[MotoServer]:
    server = MotoServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def s3_blob_options(moto_server: MotoServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A fresh bucket on the S3 server; the credentials the standard AWS way (environment)."""
    moto_server.use_test_credentials(monkeypatch)
    bucket = f"blobs-{uuid.uuid4().hex[:12]}"
    s3_client(moto_server.endpoint_url).create_bucket(Bucket=bucket)
    return {"blob_url": f"s3://{bucket}/team-server", "s3_endpoint_url": moto_server.endpoint_url}


@pytest.fixture
def app(
    server_database_url: str, tmp_path: Path, clock: Clock, blob_options: dict[str, str]
) -> FastAPI:
    config = ServerConfig(
        database_url=server_database_url,
        blob_dir=tmp_path / "blobs",
        clock_ms=clock,
        migrate_on_start=True,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        **blob_options,
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
