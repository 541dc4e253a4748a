"""This device's account on a sync server and the workspaces it replicates.

``SyncClient`` is built from the core root (``open_sync_client(root)``): the desktop app and the
CLI both start from it. Signing in stores the session's refresh token in the secret store
(never in app.db), the server address in the device settings. A workspace is replicated while
it has a ``sync_state`` row: the user's personal workspace from the first sign-in, and any
published (``share``) or joined (``join``) one.
"""

from __future__ import annotations

import asyncio
import contextlib
import platform
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import select

from core.changes import now_ms
from core.db.models import OutboxEntry, SyncState, Workspace
from core.i18n import translate
from core.jobs import JobState
from core.ownership import exclusive
from core.root import Root
from sync.client.api import NotFound, SignedOut, SyncApi, SyncError
from sync.client.engine import SyncEngine, SyncReport, documents_to_index
from sync.client.sso import SIGN_IN_TIMEOUT_S, sign_in_with_browser
from sync.client.transfers import FILES_KIND, FileTransfers, submit_downloads
from sync.protocol import AuthMethods, TokenPair, WorkspaceCreate, WorkspaceInfo

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
class DeviceLine:
    """A signed-in device of this account, as Settings lists it."""

    device_id: str
    name: str
    platform: str  # "" when the device did not say (signed in by an older version)
    last_seen_at_ms: int
    this_device: bool


def device_label() -> str:
    """What this device is called on the server: its host name and its system."""
    system = {"Darwin": "macOS"}.get(platform.system(), platform.system())
    name = platform.node() or "Unnamed computer"  # i18n: not UI (sent to the server as is)
    return f"{name} ({system})" if system else platform.node()


def split_device_label(label: str) -> tuple[str, str]:
    """(name, platform) of a label ``device_label`` made; a bare name has no platform."""
    name, bracket, rest = label.rpartition(" (")
    if bracket and rest.endswith(")") and name:
        return name, rest[:-1]
    return label, ""


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
        if root.job_handlers.get(FILES_KIND) is None:
            with contextlib.suppress(ValueError):  # another client of this root just did
                root.job_handlers.register(FILES_KIND, FileTransfers(self))

    @property
    def server_url(self) -> str:
        return str(self.root.settings.get("sync.server_url") or "")

    # --- account ---------------------------------------------------------------------------

    async def login(self, url: str, email: str, password: str) -> list[str]:
        """Sign this device in, and replicate the user's personal workspace. Returns notes for
        the person (which workspace this device now opens)."""
        api = SyncApi(url, transport=self.transport)
        try:
            tokens = await api.login(email, password, self.root.device_id, device_label())
            self.root.secrets.set(REFRESH_SECRET, tokens.refresh_token)
            self._access = tokens.access_token
            self._access_until_ms = now_ms() + tokens.expires_in * 1000
            self.root.settings.set("sync.server_url", url.rstrip("/"))
            self.root.settings.set("sync.email", tokens.email)
            return await self._adopt_personal_workspace(api)
        finally:
            await api.aclose()

    async def login_sso(
        self,
        url: str,
        open_browser: Callable[[str], object],
        timeout_s: float = SIGN_IN_TIMEOUT_S,
        cancel: threading.Event | None = None,
    ) -> list[str]:
        """Sign this device in through the server's single sign-on: ``open_browser`` gets the
        address to open in the system browser (``sync.client.sso``); setting ``cancel`` gives
        up waiting for it. Returns notes as ``login``."""
        api = SyncApi(url, transport=self.transport)
        try:
            device = (self.root.device_id, device_label())
            tokens = await sign_in_with_browser(
                api, open_browser, *device, timeout_s=timeout_s, cancel=cancel
            )
            return await self._adopt_session(api, url, tokens)
        finally:
            await api.aclose()

    async def login_ldap(self, url: str, email: str, password: str) -> list[str]:
        """Sign this device in with a company directory (LDAP) password."""
        api = SyncApi(url, transport=self.transport)
        try:
            tokens = await api.ldap_login(email, password, self.root.device_id, device_label())
            return await self._adopt_session(api, url, tokens)
        finally:
            await api.aclose()

    async def auth_methods(self, url: str) -> AuthMethods:
        """How the server at ``url`` lets people sign in (asks it; no session needed)."""
        api = SyncApi(url, transport=self.transport)
        try:
            return await api.auth_methods()
        finally:
            await api.aclose()

    async def _adopt_session(self, api: SyncApi, url: str, tokens: TokenPair) -> list[str]:
        """Keep a new session (its refresh token in the secret store) and start syncing."""
        await asyncio.to_thread(self.root.secrets.set, REFRESH_SECRET, tokens.refresh_token)
        self._access = tokens.access_token
        self._access_until_ms = now_ms() + tokens.expires_in * 1000
        self.root.settings.set("sync.server_url", url.rstrip("/"))
        self.root.settings.set("sync.email", tokens.email)
        return await self._adopt_personal_workspace(api)

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
            raise SignedOut(
                translate(
                    "Sync", "This device is not signed in to a sync server: run `sync login`."
                )
            )
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
                            translate(
                                "Sync",
                                "This device is not signed in to a sync server: run `sync login`.",
                            )
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

    async def access_token(self) -> str:
        """A valid access token of this device's session, refreshed if need be (the admin
        console's client, ``sync.client.admin``, speaks with it)."""
        api = await self._session()
        await api.aclose()
        return api.access_token

    async def _adopt_personal_workspace(self, api: SyncApi) -> list[str]:
        account = await api.me()
        local = self.root.workspace_id
        if account.personal_workspace_id in (None, local):
            if account.personal_workspace_id is None:
                name = self._workspace_name(local)
                await api.create_workspace(WorkspaceCreate(id=local, name=name, kind="personal"))
            self._replicate(local)
            return [
                translate("Sync", "This device's workspace “{name}” now syncs.").format(
                    name=self._workspace_name(local)
                )
            ]
        personal = account.personal_workspace_id
        infos = {w.id: w for w in await api.workspaces()}
        info = infos.get(personal)
        name = info.name if info else translate("Workspaces", "Personal")
        self._add_workspace(personal, name)
        self._replicate(personal)
        self.root.settings.set("workspace.current", personal)
        return [
            translate(
                "Sync",
                "This device now opens your synced workspace “{name}”. What was on this device "
                "before stays in “{local}” (`workspaces use` switches).",
            ).format(name=name, local=self._workspace_name(local))
        ]

    async def devices(self) -> list[DeviceLine]:
        """This account's signed-in devices, most recently seen first (asks the server)."""
        api = await self._session()
        try:
            account = await api.me()
        finally:
            await api.aclose()
        lines = []
        for device in account.devices:
            name, system = split_device_label(device.name)
            lines.append(
                DeviceLine(
                    device.device_id,
                    name,
                    system,
                    device.last_seen_at_ms,
                    this_device=device.device_id == self.root.device_id,
                )
            )
        return lines

    async def sign_out_device(self, device_id: str) -> None:
        """End another device's session on the server (its data stays there). Signing this
        device out this way is ``logout``."""
        if device_id == self.root.device_id:
            await self.logout()
            return
        api = await self._session()
        try:
            await api.sign_out_device(device_id)
        finally:
            await api.aclose()

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
            raise SyncError(
                translate("Sync", "You are not a member of a workspace called “{name}”.").format(
                    name=name_or_id
                )
            )
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

    async def sync_now(self, *, files_as_job: bool = False) -> list[SyncReport]:
        """One round for every synced workspace, files included (``files_as_job``: the files
        that arrived are downloaded by a durable ``sync.files`` job, as the app does)."""
        api = await self._session()
        try:
            engine = self.engine(api)
            reports = []
            for workspace_id in self.synced_workspaces():
                try:
                    report = await engine.sync(workspace_id, files=not files_as_job)
                except NotFound:
                    reports.append(await asyncio.to_thread(self._left, workspace_id))
                    continue
                if files_as_job:
                    missing = await engine.missing_files(workspace_id)
                    await asyncio.to_thread(submit_downloads, self, workspace_id, missing)
                    await engine.index_arrived(workspace_id)
                reports.append(report)
                self._mark_pushed(workspace_id)
            return reports
        finally:
            await api.aclose()

    async def session(self) -> SyncApi:
        """An API client with a fresh access token (close it with ``aclose``)."""
        return await self._session()

    def engine(self, api: SyncApi) -> SyncEngine:
        return SyncEngine(
            self.root.database,
            self.root.recorder,
            self.root.files,
            self.root.device_id,
            api,
            index_documents=self._index,
        )

    def index_arrived(self, workspace_id: str) -> None:
        """Index documents of ``workspace_id`` whose files are here now (from a worker thread)."""
        pending = documents_to_index(self.root.database, self.root.files, workspace_id)
        if pending:
            self._index(pending)

    def _left(self, workspace_id: str) -> SyncReport:
        """The server no longer lets this account into the workspace (a member removed, or the
        workspace deleted): it stops syncing here. Nothing on this device is deleted; changes
        made here since stay in the outbox, and go if the account is let in again."""
        name = self._workspace_name(workspace_id)
        with self.root.database.write() as session:
            state = session.get(SyncState, workspace_id)
            if state is not None:
                session.delete(state)
        report = SyncReport(workspace_id)
        report.notices.append(
            translate(
                "Sync",
                "You are no longer a member of “{name}” on the sync server (you were removed, or "
                "it was deleted), so it no longer syncs on this device. What it holds here stays.",
            ).format(name=name)
        )
        return report

    def _mark_pushed(self, workspace_id: str) -> None:
        with self.root.database.write() as session:
            state = session.get(SyncState, workspace_id)
            if state is not None:
                state.last_push_at_ms = now_ms()

    def _index(self, document_ids: list[str]) -> str:
        """Index documents that came from elsewhere (a durable job of this device), but not
        those an indexing job still under way already has."""
        from core.knowledge.jobs import REPROCESS_KIND

        jobs = self.root.jobs
        under_way = {
            str(i)
            for job in jobs.list(states=(JobState.QUEUED, JobState.RUNNING, JobState.PAUSED))
            if job.kind == REPROCESS_KIND
            for i in jobs.params(job.id).get("document_ids", ())
        }
        document_ids = [i for i in document_ids if i not in under_way]
        if not document_ids:
            return ""
        title = translate("Sync", "Index {documents} from sync").format(
            documents=translate("Sync", "%n document(s)", None, len(document_ids))
        )
        return self.root.jobs.submit(REPROCESS_KIND, title, {"document_ids": document_ids})


def open_sync_client(root: Root, **options: Any) -> SyncClient:
    """The sync client of an open data dir (the app and the CLI start from here)."""
    return SyncClient(root, **options)
