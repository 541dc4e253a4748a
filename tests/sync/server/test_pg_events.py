"""The PostgreSQL fan-out of pokes between replicas (LISTEN/NOTIFY), on a real cluster."""

from __future__ import annotations

import asyncio
import time

import psycopg
import pytest

from sync.protocol import Poke
from sync.server.db import Database, migrate
from sync.server.pg_events import CHANNEL, PostgresBroadcaster
from tests.sync.postgres import PostgresCluster

pytestmark = pytest.mark.anyio


@pytest.fixture
def database_url(postgres_cluster: PostgresCluster) -> str:
    url = postgres_cluster.new_database()
    db = Database(url)
    migrate(db)
    db.dispose()
    return url


async def test_a_poke_published_on_one_replica_reaches_the_others_subscribers(
    database_url: str,
) -> None:
    a, b = PostgresBroadcaster(database_url), PostgresBroadcaster(database_url)
    try:
        async with b.subscribe("w1") as on_b, b.subscribe("w2") as other, a.subscribe("w1") as on_a:
            a.publish(Poke(workspace_id="w1", seq=3))
            assert await asyncio.wait_for(on_b.get(), 2) == Poke(workspace_id="w1", seq=3)
            assert await asyncio.wait_for(on_a.get(), 2) == Poke(workspace_id="w1", seq=3)
            await asyncio.sleep(0.2)
            assert other.empty()
            assert on_a.empty(), "a replica's own poke came back to it through NOTIFY"
    finally:
        a.close()
        b.close()


async def test_the_listener_reconnects_and_tells_its_streams_the_current_seq(
    database_url: str,
) -> None:
    with psycopg.connect(database_url, autocommit=True) as admin:
        admin.execute(
            "INSERT INTO workspaces (id, name, kind, generation, created_at_ms) "
            "VALUES ('w1', 'W', 'team', 1, 0)"
        )
        admin.execute("INSERT INTO ws_counter (workspace_id, last_seq) VALUES ('w1', 41)")
    a, b = PostgresBroadcaster(database_url), PostgresBroadcaster(database_url)
    try:
        async with b.subscribe("w1") as on_b:
            with psycopg.connect(database_url, autocommit=True) as admin:
                killed = admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE %s",
                    (f"LISTEN {CHANNEL}%",),
                ).fetchall()
            assert killed == [(True,)]
            # The catch-up poke: whatever was committed while the link was down.
            assert await asyncio.wait_for(on_b.get(), 10) == Poke(workspace_id="w1", seq=41)
            assert b.reconnects == 1
            a.publish(Poke(workspace_id="w1", seq=42))
            assert await asyncio.wait_for(on_b.get(), 2) == Poke(workspace_id="w1", seq=42)
    finally:
        a.close()
        b.close()


async def test_close_ends_the_streams_and_the_threads_promptly(database_url: str) -> None:
    broadcaster = PostgresBroadcaster(database_url)
    async with broadcaster.subscribe("w1") as queue:
        broadcaster.publish(Poke(workspace_id="w1", seq=1))
        assert await asyncio.wait_for(queue.get(), 2) == Poke(workspace_id="w1", seq=1)
        started = time.monotonic()
        broadcaster.close()
        assert await asyncio.wait_for(queue.get(), 2) is None
    assert time.monotonic() - started < 2.5
    assert not broadcaster.listening.is_set()
