"""A real process that runs one job, for the test that kills it with SIGKILL mid-job.

Usage: ``python jobs_worker.py DB_PATH ITEMS ITEM_SLEEP_S``. The first run submits a job of
``ITEMS`` items; every run (the first, and the one after the kill) runs it until it is done.
Each item inserts one row into ``effects`` through the item's own transaction, then sleeps
inside that transaction, so a kill most likely lands between the insert and the commit.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text

from core.db.session import Database
from core.jobs import HandlerRegistry, ItemContext, JobRunner, JobService

KIND = "test.effects"


class EffectsHandler:
    """Writes one ``effects`` row per item, then takes its time before committing."""

    def __init__(self, item_sleep_s: float) -> None:
        self.item_sleep_s = item_sleep_s

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return [f"item-{i:03d}" for i in range(int(params["items"]))]

    def process(self, ctx: ItemContext) -> None:
        ctx.session.execute(text("INSERT INTO effects (key) VALUES (:key)"), {"key": ctx.key})
        time.sleep(self.item_sleep_s)


async def run(db_path: Path, items: int, item_sleep_s: float) -> None:
    db = Database(db_path)
    with db.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS effects (key TEXT NOT NULL)"))
    registry = HandlerRegistry()
    registry.register(KIND, EffectsHandler(item_sleep_s))
    service = JobService(db, registry)
    existing = service.list(limit=1)
    job_id = existing[0].id if existing else service.submit(KIND, "Kill test", {"items": items})
    runner = JobRunner(service)
    await runner.start()
    try:
        info = await runner.wait(job_id, timeout=60)
    finally:
        await runner.stop()
        db.close()
    print(f"{info.state} {info.done}/{info.total}", flush=True)


if __name__ == "__main__":
    asyncio.run(run(Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])))
