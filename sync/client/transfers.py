"""Files that arrive by sync, downloaded as a durable job of this device.

In the app a sync round applies the rows that arrived and hands the download of their files to
a job (kind ``sync.files``): the Jobs page shows it with its progress, it can be paused or
cancelled, and one cut off by a quit goes on where it stopped at the next start (each item is a
batch of small files or one big file; a big file resumes mid-way from its partial download). The
documents whose files came are then indexed by an indexing job. The CLI's ``sync now`` downloads
in the round itself and returns when everything is here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from core.i18n import size, translate
from core.jobs import ItemContext, JobState
from sync.client.engine import SyncReport, transfer_groups

if TYPE_CHECKING:
    from sync.client.client import SyncClient

FILES_KIND = "sync.files"


class FileTransfers:
    """The handler of ``sync.files`` jobs: params ``workspace_id`` and ``items``, each a list
    of ``[sha256, size]`` fetched together."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return [str(n) for n in range(len(params["items"]))]

    def process(self, ctx: ItemContext) -> None:
        # Network and files only: the item's own transaction (ctx.session) is never touched, so
        # the write lock is not held while bytes travel.
        workspace_id = str(ctx.params["workspace_id"])
        sizes = {str(sha): int(size) for sha, size in ctx.params["items"][int(ctx.key)]}
        ctx.check_cancelled()
        arrived = asyncio.run(self._fetch(workspace_id, sizes))
        ctx.progressed()
        if arrived:
            self.client.index_arrived(workspace_id)

    async def _fetch(self, workspace_id: str, sizes: dict[str, int]) -> int:
        api = await self.client.session()
        try:
            engine = self.client.engine(api)
            report = SyncReport(workspace_id)
            await engine.fetch_files(workspace_id, sizes, report)
            return report.files_down
        finally:
            await api.aclose()


def submit_downloads(client: SyncClient, workspace_id: str, missing: Mapping[str, int]) -> str:
    """A ``sync.files`` job for the files in ``missing`` (sha256 -> size) unless one for this
    workspace is still under way; returns the job's id ("" if none was needed)."""
    if not missing:
        return ""
    jobs = client.root.jobs
    for job in jobs.list(states=(JobState.QUEUED, JobState.RUNNING, JobState.PAUSED)):
        if job.kind == FILES_KIND and jobs.params(job.id).get("workspace_id") == workspace_id:
            return ""  # it covers them (what it misses, the next round hands on)
    items = [[[sha, missing[sha]] for sha in group] for group in transfer_groups(missing)]
    total = sum(missing.values())
    title = translate("Sync", "Download {files} from sync ({size})").format(
        files=translate("Sync", "%n file(s)", None, len(missing)), size=size(total)
    )
    return jobs.submit(FILES_KIND, title, {"workspace_id": workspace_id, "items": items})


__all__ = ["FILES_KIND", "FileTransfers", "submit_downloads"]
