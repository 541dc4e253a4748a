"""Running knowledge jobs to their end in a test, with a real ``JobRunner``."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from core.jobs import JobInfo, JobRunner, RetryPolicy
from core.root import Root


def run_job(services: Root, job_id: str, timeout: float = 60) -> JobInfo:
    """Run queued jobs until ``job_id`` settles; returns its final state."""

    async def go() -> JobInfo:
        runner = JobRunner(services.jobs, retry=RetryPolicy(max_attempts=1))
        await runner.start()
        try:
            return await runner.wait(job_id, timeout=timeout)
        finally:
            await runner.stop()

    # In a thread of its own: a GUI test earlier in the session may leave a qasync loop
    # marked as running in this one, and asyncio.run refuses to nest.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, go()).result()
