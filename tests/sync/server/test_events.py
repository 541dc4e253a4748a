"""The in-process broadcaster behind the events stream (the stream itself is tested through a
served process in test_cli.py: the ASGI test transport does not stream)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from sync.protocol import Poke
from sync.server.events import InProcessBroadcaster

pytestmark = pytest.mark.anyio


async def test_a_poke_published_from_a_worker_thread_reaches_only_that_workspace() -> None:
    broadcaster = InProcessBroadcaster()
    async with broadcaster.subscribe("w1") as mine, broadcaster.subscribe("w2") as other:
        thread = threading.Thread(
            target=broadcaster.publish, args=(Poke(workspace_id="w1", seq=7),)
        )
        thread.start()
        thread.join()
        assert await asyncio.wait_for(mine.get(), 5) == Poke(workspace_id="w1", seq=7)
        await asyncio.sleep(0.05)
        assert other.empty()
    assert broadcaster.subscriber_count("w1") == 0


async def test_a_slow_subscriber_keeps_the_newest_pokes() -> None:
    broadcaster = InProcessBroadcaster(queue_size=2)
    async with broadcaster.subscribe("w1") as queue:
        for seq in range(1, 6):
            broadcaster.publish(Poke(workspace_id="w1", seq=seq))
        await asyncio.sleep(0.05)
        assert [queue.get_nowait(), queue.get_nowait()] == [
            Poke(workspace_id="w1", seq=4),
            Poke(workspace_id="w1", seq=5),
        ]


async def test_close_ends_every_subscription() -> None:
    broadcaster = InProcessBroadcaster()
    async with broadcaster.subscribe("w1") as queue:
        broadcaster.close()
        assert await asyncio.wait_for(queue.get(), 5) is None
