"""A real process running a bulk tag job, for the test that kills it with SIGKILL mid-job.

Usage: ``python bulk_worker.py DATA_DIR DOCUMENTS``. The first run makes the documents and
submits "tag all with 'killed'" in ranges of 5; every run (the first and the one after the
kill) runs the job until it is done. Each range sleeps inside its transaction after writing,
so the kill most likely lands between the writes and the commit.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from core.jobs import JobRunner
from core.library.bulk import KIND_TAG, TagDocumentsHandler
from core.paths import AppPaths
from core.root import open_root
from tests.core.library import add_documents


class SlowTagHandler(TagDocumentsHandler):
    range_size = 5

    def apply(self, session: Session, params: Mapping[str, Any], ids: Sequence[str]) -> None:
        super().apply(session, params, ids)
        time.sleep(0.05)


async def main(data_dir: Path, documents: int) -> None:
    services = open_root(AppPaths(data_dir, data_dir / "config"))
    handler = services.job_handlers.get(KIND_TAG)
    assert isinstance(handler, TagDocumentsHandler)
    handler.__class__ = SlowTagHandler
    existing = services.jobs.list(limit=1)
    if existing:
        job_id = existing[0].id
    else:
        ids = add_documents(services, documents)
        job_id = services.library.bulk.tag(ids, "killed")
    runner = JobRunner(services.jobs)
    await runner.start()
    try:
        info = await runner.wait(job_id, timeout=60)
    finally:
        await runner.stop()
        services.close()
    print(f"{info.state} {info.done}/{info.total}", flush=True)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2])))
