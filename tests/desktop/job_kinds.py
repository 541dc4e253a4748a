"""A real job kind for GUI tests: items that take a moment, some of which fail for good."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text

from core.jobs import ItemContext, ItemFailed
from core.root import Root


class SlowItems:
    """``count`` items, each sleeping ``delay`` seconds.

    Keys listed in the file ``fail_file`` (one per line) fail for good while the file exists,
    like unreadable documents a person then replaces.
    """

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return [f"item-{i:03d}" for i in range(params["count"])]

    def process(self, ctx: ItemContext) -> None:
        deadline = time.monotonic() + ctx.params.get("delay", 0.0)
        while time.monotonic() < deadline:
            if ctx.cancelled:
                return
            time.sleep(0.005)
        broken = Path(ctx.params.get("fail_file", "/nonexistent"))
        if broken.exists() and ctx.key in broken.read_text().split():
            raise ItemFailed(f"{ctx.key} cannot be read; replace the file and retry")
        if ctx.params.get("record"):
            # The item's effect commits with its done mark: exactly once across a kill.
            ctx.session.execute(text("INSERT INTO test_effects (key) VALUES (:k)"), {"k": ctx.key})


def install_jobs(services: Root) -> None:
    with services.database.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS test_effects (key TEXT NOT NULL)"))
    services.job_handlers.register("test.slow", SlowItems())
