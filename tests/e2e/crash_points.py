"""Run the real ``convosphere`` CLI in a process that kills itself (or the server) with
SIGKILL at a chosen moment: ``python -m tests.e2e.crash_points POINT -- ARGS...``.

The points (each wraps the real code; nothing in the product knows about them):
- ``after-apply``: inside the second pulled page's transaction, after its rows are written and
  before the cursor is saved and committed.
- ``mid-upload``: right after the server stored the first part of a file.
- ``mid-download``: after the first pieces of a file reached its partial download.
- ``server-mid-pull``: kills the server (pid in ``CRASH_SERVER_PID``) once the first page
  arrived; the process itself goes on and meets a dead server.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import AsyncIterator
from typing import Any


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def arm(point: str) -> None:
    if point == "after-apply":
        from core.replication import ChangeApplier

        apply = ChangeApplier.apply
        pages = [0]

        def apply_then_die(self: Any, session: Any, workspace_id: str, changes: Any, **kw: Any):  # type: ignore[no-untyped-def]
            report = apply(self, session, workspace_id, changes, **kw)
            pages[0] += 1
            if pages[0] == 2:
                session.flush()  # the page's rows are in the database file's transaction
                die()
            return report

        ChangeApplier.apply = apply_then_die  # type: ignore[method-assign]
    elif point == "mid-upload":
        from sync.client.api import SyncApi

        put = SyncApi.put_blob_part

        async def put_then_die(self: Any, *args: Any) -> Any:
            answer = await put(self, *args)
            die()
            return answer

        SyncApi.put_blob_part = put_then_die  # type: ignore[method-assign]
    elif point == "mid-download":
        from sync.client.api import SyncApi

        download = SyncApi.download_blob

        async def download_then_die(self: Any, *args: Any) -> AsyncIterator[bytes]:
            received = 0
            async for piece in download(self, *args):
                if received > 256 * 1024:
                    die()
                received += len(piece)
                yield piece

        SyncApi.download_blob = download_then_die  # type: ignore[method-assign]
    elif point == "server-mid-pull":
        from sync.client.api import SyncApi

        pull = SyncApi.pull

        async def pull_then_kill_server(self: Any, *args: Any) -> Any:
            page = await pull(self, *args)
            os.kill(int(os.environ["CRASH_SERVER_PID"]), signal.SIGKILL)
            return page

        SyncApi.pull = pull_then_kill_server  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown crash point {point!r}")


if __name__ == "__main__":
    point, separator, *args = sys.argv[1:]
    assert separator == "--"
    arm(point)
    from desktop.__main__ import main

    sys.exit(main(args))
