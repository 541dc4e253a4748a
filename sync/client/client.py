"""This device's account on a sync server and the workspaces it replicates.

``SyncClient`` is built from the core root (``open_sync_client(root)``): the desktop app and the
CLI both start from it. Signing in stores the session's refresh token in the secret store
(never in app.db), the server address in the device settings. A workspace is replicated while
it has a ``sync_state`` row: the user's personal workspace from the first sign-in, and any
published (``share``) or joined (``join``) one.
"""

from __future__ import annotations

import asyncio
import platform
import threading
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import select

from core.changes import now_ms
from core.db.models import OutboxEntry, SyncState, Workspace
from core.ownership import exclusive
from core.root import Root
from sync.client.api import SignedOut, SyncApi, SyncError
from sync.client.engine import SyncEngine, SyncReport
from sync.protocol import WorkspaceCreate, WorkspaceInfo

REFRESH_SECRET = "sync_refresh_token"


@dataclass(frozen=True)
class WorkspaceLine:
    """A workspace as ``workspaces list`` shows it."""

    id: str
    name: str
    synced: bool
    current: bool
    waiting: int  # changes not yet pushed
    last_synced_ms: int | None
    role: str = ""

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class SyncStatus:
    server_url: str
    email: str
    signed_in: bool
    workspaces: list[WorkspaceLine]

    def to_json(self) -> dict[str, Any]:
        return {
            "server_url": self.server_url,
            "email": self.email,
            "signed_in": self.signed_in,
            "workspaces": [w.to_json() for w in self.workspaces],
        }


class SyncClient:
    """Sign in and out, and replicate this device's synced workspaces (blocking parts run in
    threads; the network is async)."""

    def __init__(self, root: Root, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.root = root
        self.transport = transport
        self._access = ""
        self._access_until_ms = 0
        self._refresh_lock = threading.Lock()

    @property
    def server_url(self) -> str:
        return str(self.root.settings.get("sync.server_url") or "")

    # --- account ---------------------------------------------------------------------------

    async def login(self, url: str, email: str, password: str) -> list[str]:
        """Sign this device in, and replicate the user's personal workspace. Returns notes for
        the person (which workspace this device now opens)."""
        api = SyncApi(url, transport=self.transport)
        try:
            tokens = await api.login(email, password, self.root.device_id, platform.node())
            self.root.secrets.set(REFRESH_SECRET, tokens.refresh_token)
            self._access = tokens.access_token
            self._access_until_ms = now_ms() + tokens.expires_in * 1000
            self.root.settings.set("sync.server_url", url.rstrip("/"))
            self.root.settings.set("sync.email", tokens.email)
            return await self._adopt_personal_workspace(api)
        finally:
            await api.aclose()

    async def logout(self) -> None:
        """End this device's session (on the server too, when it can be reached). The data
        stays on this device."""
        if self.server_url and self.root.secrets.get(REFRESH_SECRET):
            api = await self._session()
            try:
                await api.logout()
            except SyncError:
                pass  # offline: the local sign-out still holds
            finally:
                await api.aclose()
        self.root.secrets.delete(REFRESH_SECRET)
        self.root.settings.set("sync.email", "")
        self._access, self._access_until_ms = "", 0

    async def _session(self) -> SyncApi:
        """An API client with a valid access token. The refresh token rotates at each use, so
        it is read from the secret store and spent under a lock shared by every process on
        this data dir (a token spent twice ends the session on the server)."""
        if not self.server_url:
            raise SignedOut("This device is not signed in to a sync server: run `sync login`.")
        if self._access and self._access_until_ms - now_ms() > 60_000:
            return SyncApi(self.server_url, access_token=self._access, transport=self.transport)
        api = SyncApi(self.server_url, transport=self.transport)
        try:
            await asyncio.to_thread(self._refresh_lock.acquire)
            try:
                with exclusive(self.root.paths.data_dir / "run" / "sync-session.lock"):
                    refresh = self.root.secrets.get(REFRESH_SECRET)
                    if not refresh:
                        raise SignedOut(
                            "This device is not signed in to a sync server: run `sync login`."
                        )
                    tokens = await api.refresh(refresh)
                    self.root.secrets.set(REFRESH_SECRET, tokens.refresh_token)
            finally:
                self._refresh_lock.release()
        except BaseException:
            await api.aclose()
            raise
        self._access = tokens.access_token
        self._access_until_ms = now_ms() + tokens.expires_in * 1000
        return api

    async def _adopt_personal_workspace(self, api: SyncApi) -> list[str]:
        account = await api.me()
        local = self.root.workspace_id
        if account.personal_workspace_id in (None, local):
            if account.personal_workspace_id is None:
                name = self._workspace_name(local)
                await api.create_workspace(WorkspaceCreate(id=local, name=name, kind="personal"))
            self._replicate(local)
            return [f"This device's workspace “{self._workspace_name(local)}” now syncs."]
        personal = account.personal_workspace_id
        infos = {w.id: w for w in await api.workspaces()}
        info = infos.get(personal)
        self._add_workspace(personal, info.name if info else "Personal")
        self._replicate(personal)
        self.root.settings.set("workspace.current", personal)
        return [
            f"This device now opens your synced workspace “{info.name if info else 'Personal'}”. "
            f"What was on this device before stays in “{self._workspace_name(local)}” "
            "(`workspaces use` switches)."
        ]

    # --- workspaces ------------------------------------------------------------------------

    def _workspace_name(self, workspace_id: str) -> str:
        with self.root.database.read() as session:
            row = session.get(Workspace, workspace_id)
            return row.name if row is not None else workspace_id

    def _add_workspace(self, workspace_id: str, name: str) -> None:
        """A workspace of the server, here: its row every device has alike (not sent)."""
        with self.root.database.write() as session:
            if session.get(Workspace, workspace_id) is None:
                self.root.recorder.seed(
                    session,
                    Workspace,
                    workspace_id=workspace_id,
                    id=workspace_id,
                    name=name,
                    kind="synced",
                )

    def _replicate(self, workspace_id: str) -> None:
        with self.root.database.write() as session:
            if session.get(SyncState, workspace_id) is None:
                session.add(SyncState(workspace_id=workspace_id, cursor="", generation=0))
            row = session.get(Workspace, workspace_id)
            if row is not None and row.server_url != self.server_url:
                row.server_url = self.server_url  # device-local bookkeeping of where it syncs

    def synced_workspaces(self) -> list[str]:
        with self.root.database.read() as session:
            return list(session.scalars(select(SyncState.workspace_id)))

    def status(self) -> SyncStatus:
        """Where this device stands, without asking the server (blocking, cheap)."""
        current = self.root.workspace_id
        with self.root.database.read() as session:
            states = {s.workspace_id: s for s in session.scalars(select(SyncState))}
            lines = []
            for row in session.scalars(select(Workspace).order_by(Workspace.created_at_ms)):
                waiting = len(
                    session.scalars(
                        select(OutboxEntry.id).where(OutboxEntry.workspace_id == row.id)
                    ).all()
                )
                state = states.get(row.id)
                lines.append(
                    WorkspaceLine(
                        row.id,
                        row.name,
                        synced=state is not None,
                        current=row.id == current,
                        waiting=waiting,
                        last_synced_ms=state.last_pull_at_ms if state is not None else None,
                    )
                )
        return SyncStatus(
            self.server_url,
            str(self.root.settings.get("sync.email") or ""),
            bool(self.server_url and self.root.secrets.get(REFRESH_SECRET)),
            lines,
        )

    async def share(self, workspace_id: str) -> WorkspaceInfo:
        """Publish a workspace made on this device, for the user's other devices and team."""
        api = await self._session()
        try:
            info = await api.create_workspace(
                WorkspaceCreate(id=workspace_id, name=self._workspace_name(workspace_id))
            )
        finally:
            await api.aclose()
        self._replicate(workspace_id)
        return info

    async def join(self, name_or_id: str) -> WorkspaceInfo:
        """Replicate a server workspace the user is a member of."""
        api = await self._session()
        try:
            found = [
                w
                for w in await api.workspaces()
                if w.id == name_or_id or w.name.casefold() == name_or_id.casefold()
            ]
        finally:
            await api.aclose()
        if not found:
            raise SyncError(f"You are not a member of a workspace called “{name_or_id}”.")
        info = found[0]
        self._add_workspace(info.id, info.name)
        self._replicate(info.id)
        return info

    async def remote_workspaces(self) -> list[WorkspaceInfo]:
        api = await self._session()
        try:
            return await api.workspaces()
        finally:
            await api.aclose()

    # --- replication -----------------------------------------------------------------------

    async def sync_now(self) -> list[SyncReport]:
        """One round for every synced workspace, files included."""
        api = await self._session()
        try:
            engine = SyncEngine(
                self.root.database,
                self.root.recorder,
                self.root.files,
                self.root.device_id,
                api,
                index_documents=self._index,
            )
            reports = []
            for workspace_id in self.synced_workspaces():
                report = await engine.sync(workspace_id)
                reports.append(report)
                self._mark_pushed(workspace_id)
            return reports
        finally:
            await api.aclose()

    def _mark_pushed(self, workspace_id: str) -> None:
        with self.root.database.write() as session:
            state = session.get(SyncState, workspace_id)
            if state is not None:
                state.last_push_at_ms = now_ms()

    def _index(self, document_ids: list[str]) -> str:
        """Index documents that came from elsewhere (a durable job of this device)."""
        from core.knowledge.jobs import REPROCESS_KIND

        title = (
            "Index 1 document from sync"
            if len(document_ids) == 1
            else (f"Index {len(document_ids):,} documents from sync")
        )
        return self.root.jobs.submit(REPROCESS_KIND, title, {"document_ids": document_ids})


def open_sync_client(root: Root, **options: Any) -> SyncClient:
    """The sync client of an open data dir (the app and the CLI start from here)."""
    return SyncClient(root, **options)
