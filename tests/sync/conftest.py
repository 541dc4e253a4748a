"""Sync test fixtures: a throwaway PostgreSQL cluster (``tests/sync/postgres.py``), and a
server database URL per backend (SQLite and PostgreSQL).

Only missing PostgreSQL binaries skip the PostgreSQL runs; any other failure fails them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.postgres import POSTGRES_MISSING, PostgresCluster, postgres_bin_dir


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        pytest.skip(POSTGRES_MISSING)
    cluster = PostgresCluster(bin_dir)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database for a sync server, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()


@pytest.fixture(autouse=True)
def _no_event_loop_left_running() -> Iterator[None]:
    """The GUI tests run first in one process and leave the app's qasync loop marked as running
    on this thread (it runs inside Qt's own loop): async server tests need a thread with none."""
    import asyncio.events

    left = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    yield
    asyncio.events._set_running_loop(left)
