"""One sync round for a workspace: files up, changes up, changes down, files down, index.

Order matters: a document's file is uploaded before the row that names it is pushed, so no
device ever pulls a document whose bytes the server lacks. Pulled pages are applied and the
cursor saved in one transaction (a crash between them loses nothing and applies nothing
twice). Changes the server refused (a viewer's edit) are replaced by the server's version.
Documents that arrive are indexed here (chunks and vectors are derived, never synced).
Blocking database and file work runs in a worker thread; network I/O is async.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, select

from core.changes import ChangeRecorder, now_ms
from core.db.models import Document, DocumentVersion, OutboxEntry, SyncState
from core.db.session import Database
from core.files import FileStore
from core.i18n import translate
from core.replication import ChangeApplier, RemoteChange
from sync.client.api import NotFound, SyncApi, SyncError
from sync.protocol import (
    BLOB_BATCH_BYTES,
    BLOB_BATCH_FILE_BYTES,
    BLOB_PART_BYTES,
    MAX_BLOBS_PER_BATCH,
    MAX_MUTATIONS_PER_PUSH,
    BlobStatus,
    EntityState,
    Mutation,
    PushRequest,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
PULL_PAGE = 1000  # the most the server hands out at once (MAX_PULL_LIMIT)
TRANSFERS_AT_ONCE = 8  # files up or down in parallel: each is mostly waiting on the network


@dataclass
class SyncReport:
    """What one round did, for ``sync now`` and the status bar."""

    workspace_id: str
    pushed: int = 0
    rejected: list[str] = field(default_factory=list)  # why, for a person
    notices: list[str] = field(default_factory=list)  # what else a person should know
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    files_up: int = 0
    files_down: int = 0
    arrived_documents: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class SyncEngine:
    """Replicates this device's workspaces with one server."""

    def __init__(
        self,
        database: Database,
        recorder: ChangeRecorder,
        files: FileStore,
        device_id: str,
        api: SyncApi,
        *,
        index_documents: Callable[[list[str]], object] | None = None,
    ) -> None:
        self.database = database
        self.recorder = recorder
        self.applier = ChangeApplier(recorder)
        self.files = files
        self.device_id = device_id
        self.api = api
        self.index_documents = index_documents
        self._transfers = asyncio.Semaphore(TRANSFERS_AT_ONCE)  # files moving at once, in all

    async def sync(self, workspace_id: str, *, files: bool = True) -> SyncReport:
        """One full round: files and changes up, then changes and files down (``files``
        False: the files that arrived are left for a ``sync.files`` job)."""
        report = SyncReport(workspace_id)
        await self.push(workspace_id, report)
        fetching: list[asyncio.Task[None]] = []
        try:
            # The files of documents in a page start coming while later pages are applied.
            await self.pull(workspace_id, report, fetch=fetching if files else None)
            await asyncio.gather(*fetching)
        finally:
            for task in fetching:
                task.cancel()
        if files:
            await self.download_files(workspace_id, report)  # any others missing, then index
        return report

    # --- up --------------------------------------------------------------------------------

    async def push(self, workspace_id: str, report: SyncReport) -> None:
        while True:
            batch = await _thread(self._outbox_batch, workspace_id)
            if not batch:
                return
            await self._upload_files(workspace_id, batch, report)
            body = PushRequest(device_id=self.device_id, mutations=batch)
            response = await self.api.push(workspace_id, body)
            rejected = [r for r in response.results if r.status == "rejected"]
            await _thread(self._acknowledge, workspace_id, batch, response.results)
            report.pushed += len(batch) - len(rejected)
            report.rejected += [_why(r.reason) for r in rejected]
            if len(batch) < MAX_MUTATIONS_PER_PUSH:
                return

    def _outbox_batch(self, workspace_id: str) -> list[Mutation]:
        with self.database.read() as session:
            rows = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.workspace_id == workspace_id)
                .order_by(OutboxEntry.id)
                .limit(MAX_MUTATIONS_PER_PUSH)
            )
            return [
                Mutation(
                    mutation_id=row.mutation_id,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    op="purge" if row.op == "purge" else "upsert",
                    fields=dict(row.fields or {}),
                    clocks=dict(row.clocks or {}),
                )
                for row in rows
            ]

    def _acknowledge(self, workspace_id: str, batch: list[Mutation], results: list[Any]) -> None:
        """Drop what the server has; put the server's version back where it refused ours."""
        refused = [
            _remote(r.current) for r in results if r.status == "rejected" and r.current is not None
        ]
        newer = [
            _remote(r.current) for r in results if r.status != "rejected" and r.current is not None
        ]
        with self.database.write() as session:
            session.execute(
                delete(OutboxEntry).where(
                    OutboxEntry.mutation_id.in_([m.mutation_id for m in batch])
                )
            )
            if newer:  # fields of ours that lost to newer ones on the server: take those
                self.applier.apply(session, workspace_id, newer)
            if refused:  # a change we may not make: the server's version replaces ours
                self.applier.apply(session, workspace_id, refused, force=True)

    async def _upload_files(
        self, workspace_id: str, batch: list[Mutation], report: SyncReport
    ) -> None:
        """Every file a pushed document names goes up first (resuming a part-done upload)."""
        named = {
            str(m.fields["file_sha256"])
            for m in batch
            if m.entity in ("document", "document_version") and m.fields.get("file_sha256")
        }
        shas = sorted(sha for sha in named if self.files.contains(sha))
        statuses: dict[str, BlobStatus] = {}
        for start in range(0, len(shas), MAX_BLOBS_PER_BATCH):
            chunk = shas[start : start + MAX_BLOBS_PER_BATCH]
            statuses.update(
                (b.sha256, b) for b in await self.api.blob_statuses(workspace_id, chunk)
            )
        sizes = {sha: self.files.path_for(sha).stat().st_size for sha in shas}
        todo = [sha for sha in shas if not statuses[sha].complete]
        small = [s for s in todo if statuses[s].received == 0 and sizes[s] <= BLOB_BATCH_FILE_BYTES]
        limit = self._transfers

        async def upload_group(group: list[str]) -> None:
            async with limit:
                blobs = await _thread(self._read_whole, group)
                await self.api.upload_blobs(workspace_id, blobs)
                report.files_up += len(group)

        async def upload_one(sha: str) -> None:
            async with limit:
                await self._upload(workspace_id, sha, statuses[sha])
                report.files_up += 1

        await asyncio.gather(
            *(upload_group(g) for g in _groups(small, sizes)),
            *(upload_one(sha) for sha in todo if sha not in set(small)),
        )

    def _read_whole(self, shas: list[str]) -> list[tuple[str, bytes]]:
        return [(sha, self.files.path_for(sha).read_bytes()) for sha in shas]

    async def _upload(self, workspace_id: str, sha: str, status: BlobStatus) -> None:
        """Send one file in parts, from where an earlier try stopped."""
        path = self.files.path_for(sha)
        size = path.stat().st_size
        offset = status.received
        while offset < size:
            data = await _thread(_read_part, path, offset)
            status = await self.api.put_blob_part(workspace_id, sha, offset, data)
            offset = status.received
        await self.api.complete_blob(workspace_id, sha, size)

    # --- down ------------------------------------------------------------------------------

    async def pull(
        self,
        workspace_id: str,
        report: SyncReport,
        *,
        fetch: list[asyncio.Task[None]] | None = None,
    ) -> None:
        """Apply page after page, asking for the next one while this one is being applied
        (the server's time and the device's overlap); with ``fetch``, start fetching the files
        of the documents each page brought (the tasks are added to it)."""
        cursor = await _thread(self._cursor, workspace_id)
        ahead = asyncio.ensure_future(self.api.pull(workspace_id, cursor, PULL_PAGE))
        try:
            while True:
                page = await ahead
                if page.resync:
                    log.info(
                        "The server compacted %s: pulling it again from the start", workspace_id
                    )
                    ahead = asyncio.ensure_future(self.api.pull(workspace_id, "", PULL_PAGE))
                    continue
                if page.more:
                    ahead = asyncio.ensure_future(
                        self.api.pull(workspace_id, page.cursor, PULL_PAGE)
                    )
                changes = [
                    RemoteChange(c.entity, c.entity_id, c.op, c.fields, c.clocks)
                    for c in page.changes
                ]
                applied = await _thread(self._apply_page, workspace_id, changes, page.cursor)
                if fetch is not None and applied.documents:
                    sizes = await _thread(self._files_missing_for, sorted(applied.documents))
                    fetch.append(asyncio.create_task(self.fetch_files(workspace_id, sizes, report)))
                report.pulled += len(changes)
                report.applied += applied.applied + applied.unparked
                report.conflicts += applied.conflicts
                report.arrived_documents += sorted(applied.documents)
                if not page.more:
                    return
        finally:
            if not ahead.done():  # asked ahead of a failure: dropped, asked again next time
                ahead.cancel()
            elif not ahead.cancelled():
                ahead.exception()  # seen here, so asyncio does not report it as lost

    def _cursor(self, workspace_id: str) -> str:
        with self.database.read() as session:
            state = session.get(SyncState, workspace_id)
            return state.cursor if state is not None else ""

    def _apply_page(self, workspace_id: str, changes: list[RemoteChange], cursor: str) -> Any:
        with self.database.write() as session:
            report = self.applier.apply(session, workspace_id, changes)
            state = session.get(SyncState, workspace_id)
            if state is None:
                state = SyncState(workspace_id=workspace_id, cursor="", generation=0)
                session.add(state)
            state.cursor = cursor  # in the same transaction as the rows
            state.last_pull_at_ms = now_ms()
            return report

    def _files_missing_for(self, document_ids: list[str]) -> dict[str, int]:
        with self.database.read() as session:
            rows = session.execute(
                select(Document.file_sha256, Document.size_bytes).where(
                    Document.id.in_(document_ids), Document.deleted.is_(False)
                )
            ).all()
        return {sha: int(size or 0) for sha, size in rows if sha and not self.files.contains(sha)}

    async def download_files(self, workspace_id: str, report: SyncReport) -> None:
        """Fetch the files of documents that are here without their bytes, then index them."""
        await self.fetch_files(workspace_id, await self.missing_files(workspace_id), report)
        await self.index_arrived(workspace_id)

    async def missing_files(self, workspace_id: str) -> dict[str, int]:
        """sha256 -> size of the files documents and versions here name but lack."""
        missing = await _thread(self._documents_without_files, workspace_id)
        return {sha: size for _row, sha, size in missing}

    async def fetch_files(
        self, workspace_id: str, sizes: Mapping[str, int], report: SyncReport
    ) -> None:
        """Small files many to a request, big ones alone (resuming a partial download); each
        is stored only once its bytes hash to its name."""
        small = sorted(sha for sha, size in sizes.items() if size <= BLOB_BATCH_FILE_BYTES)
        alone = sorted(set(sizes) - set(small))
        limit = self._transfers

        async def download_group(group: list[str]) -> None:
            async with limit:
                arrived: list[tuple[str, bytes]] = []
                async for sha, data in self.api.fetch_blobs(workspace_id, group):
                    if data is None:
                        alone.append(sha)  # not in a batch: fetched alone (or gone)
                    else:
                        arrived.append((sha, data))
                bad = await _thread(self.files.put_downloaded, arrived)
                for sha in bad:
                    log.warning("File %s arrived damaged; fetching it again alone", sha[:12])
                alone.extend(bad)
                report.files_down += len(arrived) - len(bad)

        await asyncio.gather(*(download_group(g) for g in _groups(small, sizes)))

        async def download(sha: str) -> None:
            async with limit:
                try:
                    await self._download(workspace_id, sha)
                except NotFound:
                    # Deleted for good meanwhile: its purge comes with the next pull.
                    log.info("The server no longer has file %s; skipped", sha[:12])
                    return
                report.files_down += 1

        await asyncio.gather(*(download(sha) for sha in sorted(set(alone))))

    async def index_arrived(self, workspace_id: str) -> None:
        """Index the documents whose files are here now (chunks and vectors are derived)."""
        pending = await _thread(documents_to_index, self.database, self.files, workspace_id)
        if pending and self.index_documents is not None:
            await _thread(self.index_documents, pending)

    def _documents_without_files(self, workspace_id: str) -> list[tuple[str, str, int]]:
        """(row id, file sha256, size) of documents and versions here without their bytes."""
        with self.database.read() as session:
            rows = session.execute(
                select(Document.id, Document.file_sha256, Document.size_bytes).where(
                    Document.workspace_id == workspace_id, Document.deleted.is_(False)
                )
            ).all()
            versions = session.execute(
                select(
                    DocumentVersion.id, DocumentVersion.file_sha256, DocumentVersion.size_bytes
                ).where(DocumentVersion.workspace_id == workspace_id)
            ).all()
        return [
            (i, s, int(n or 0))
            for i, s, n in [*rows, *versions]
            if s and not self.files.contains(s)
        ]

    async def _download(self, workspace_id: str, sha: str) -> None:
        partial = self.files.partial_path(sha)
        offset = partial.stat().st_size if partial.exists() else 0
        with partial.open("ab") as writer:
            async for piece in self.api.download_blob(workspace_id, sha, offset):
                writer.write(piece)
            writer.flush()
        await _thread(self.files.adopt_partial, sha)


def documents_to_index(database: Database, files: FileStore, workspace_id: str) -> list[str]:
    """Documents that arrived from elsewhere, not indexed here yet, whose files are here."""
    with database.read() as session:
        rows = session.execute(
            select(Document.id, Document.file_sha256).where(
                Document.workspace_id == workspace_id,
                Document.deleted.is_(False),
                Document.state == "pending",
            )
        ).all()
    return [i for i, sha in rows if files.contains(sha)]


def transfer_groups(sizes: Mapping[str, int]) -> list[list[str]]:
    """The files of ``sizes`` in the groups a download fetches together: small ones in batches,
    each big one alone."""
    small = sorted(sha for sha, size in sizes.items() if size <= BLOB_BATCH_FILE_BYTES)
    return _groups(small, sizes) + [[sha] for sha in sorted(set(sizes) - set(small))]


def _groups(shas: list[str], sizes: Mapping[str, int]) -> list[list[str]]:
    """Small files in batches of at most ``BLOB_BATCH_BYTES`` and ``MAX_BLOBS_PER_BATCH``."""
    groups: list[list[str]] = []
    group: list[str] = []
    total = 0
    for sha in shas:
        if group and (total + sizes[sha] > BLOB_BATCH_BYTES or len(group) >= MAX_BLOBS_PER_BATCH):
            groups.append(group)
            group, total = [], 0
        group.append(sha)
        total += sizes[sha]
    if group:
        groups.append(group)
    return groups


def _read_part(path: Path, offset: int) -> bytes:
    with path.open("rb") as reader:
        reader.seek(offset)
        return reader.read(BLOB_PART_BYTES)


def _remote(state: EntityState) -> RemoteChange:
    op = "purge" if state.purged else "upsert"
    return RemoteChange(state.entity, state.entity_id, op, state.fields, state.clocks)


def _why(reason: str) -> str:
    if reason == "forbidden":
        return translate("Sync", "You can only read this workspace: your change was undone.")
    if reason == "clock_ahead":
        return translate(
            "Sync", "This device's clock is ahead of the server's: set the right time."
        )
    return reason or translate("Sync", "The server refused a change.")


async def _thread(fn: Callable[..., T], *args: Any) -> T:
    return await asyncio.to_thread(fn, *args)


__all__ = ["SyncEngine", "SyncError", "SyncReport"]
