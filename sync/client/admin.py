"""The team server's admin API as the desktop's admin console calls it (async, typed).

Speaks with this device's session (``SyncClient.access_token``): what the console may do is
what the server lets the signed-in user do (server role admin or auditor; workspace roles for
members). The shapes are the server's own (``sync.server.schemas``: plain pydantic, no server
code), so the two sides cannot drift apart. Failures are ``SyncError``s written for a person.
Each call opens and closes its own HTTP client, so a call may run on any event loop (the
desktop runs them in a worker thread with ``asyncio.run``).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from sync.client.api import ServerUnreachable, SignedOut, SyncApi, SyncError, _raise_for
from sync.client.client import SyncClient
from sync.server.schemas import (
    AuditEntryOut,
    Health,
    InviteCode,
    InviteInfo,
    MemberInfo,
    Page,
    UsageReport,
    UserSummary,
    WorkspaceSettings,
    WorkspaceSummary,
)

__all__ = [
    "AdminClient",
    "AuditEntryOut",
    "AuditFilter",
    "AuditFormat",
    "GrantableRole",
    "Health",
    "InviteCode",
    "InviteInfo",
    "MemberInfo",
    "Page",
    "ServerAccountData",
    "ServerRole",
    "UsageReport",
    "UserSummary",
    "WorkspaceSettings",
    "WorkspaceSummary",
]

M = TypeVar("M", bound=BaseModel)
ServerRole = Literal["admin", "auditor"]
GrantableRole = Literal["admin", "editor", "viewer"]
AuditFormat = Literal["jsonl", "csv"]


@dataclass(frozen=True)
class AuditFilter:
    """What the audit log view filters by; empty parts filter nothing."""

    actor: str = ""  # a user id or an email
    action: str = ""  # exact ("member.role") or a prefix ending in "." ("auth.")
    workspace_id: str = ""
    since_ms: int | None = None
    until_ms: int | None = None  # exclusive

    def params(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "actor": self.actor.strip(),
            "action": self.action.strip(),
            "workspace_id": self.workspace_id.strip(),
            "since_ms": self.since_ms,
            "until_ms": self.until_ms,
        }
        return {k: v for k, v in values.items() if v not in ("", None)}


class _AdminApi(SyncApi):
    """The plumbing of ``SyncApi`` (errors for a person, the session's token) for admin calls."""

    async def get(self, path: str, model: type[M], **params: Any) -> M:
        clean = {k: v for k, v in params.items() if v is not None}
        return await self._call("GET", path, model, params=clean)

    async def get_json(self, path: str) -> Any:
        return (await self._request("GET", path)).json()

    async def get_list(self, path: str, model: type[M]) -> list[M]:
        response = await self._request("GET", path)
        return [model.model_validate(item) for item in response.json()]

    async def send(self, method: str, path: str, model: type[M] | None, body: Any = None) -> Any:
        options: dict[str, Any] = {}
        if body is not None:  # ``SyncApi._request`` takes pydantic bodies only as ``json``
            options["content"] = json.dumps(body).encode()
            options["headers"] = {"Content-Type": "application/json"}
        response = await self._request(method, path, **options)
        return None if model is None else model.model_validate(response.json())

    async def download(self, path: str, target: Path, params: dict[str, Any]) -> int:
        """Stream a file the server sends into ``target`` (written whole or not at all)."""
        partial = target.with_name(target.name + ".part")
        size = 0
        async with self._client.stream(
            "GET", path, params=params, headers=self._headers(True)
        ) as response:
            if response.status_code >= 400:
                _raise_for(response, await response.aread())
            with partial.open("wb") as out:
                async for piece in response.aiter_bytes():
                    out.write(piece)
                    size += len(piece)
        partial.replace(target)
        return size


class AdminClient:
    """Users, workspaces and members, the audit log, usage and health of this device's server."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client

    @asynccontextmanager
    async def _api(self) -> AsyncIterator[_AdminApi]:
        token = await self.client.access_token()
        api = _AdminApi(self.client.server_url, access_token=token, transport=self.client.transport)
        try:
            yield api
        finally:
            await api.aclose()

    # --- who may use the console ------------------------------------------------------------

    async def server_role(self) -> ServerRole | None:
        """The signed-in user's server role: "admin", "auditor" or None (no console).

        Read from ``GET /me`` when the server says it there; else from the user list, which
        admins and auditors may read (and no one else: 403 means no role).
        """
        async with self._api() as api:
            me = await api.get_json("/v1/me")
            if "server_role" in me:
                return _role(me.get("server_role"))
            try:
                found = await api.get(
                    "/v1/admin/users", Page[UserSummary], q=str(me.get("email", "")), limit=200
                )
            except (ServerUnreachable, SignedOut):
                raise
            except SyncError:  # refused: neither admin nor auditor
                return None
            mine = [u for u in found.items if u.user_id == me.get("user_id")]
            return _role(mine[0].server_role) if mine else None

    # --- users ------------------------------------------------------------------------------

    async def users(
        self,
        query: str = "",
        *,
        role: Literal["admin", "auditor", "none"] | None = None,
        disabled: bool | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> Page[UserSummary]:
        async with self._api() as api:
            return await api.get(
                "/v1/admin/users",
                Page[UserSummary],
                q=query.strip() or None,
                role=role,
                disabled=None if disabled is None else str(disabled).lower(),
                offset=offset,
                limit=limit,
            )

    async def set_disabled(self, user_id: str, disabled: bool) -> UserSummary:
        """Disable (every session of the user ends at once) or enable an account."""
        action = "disable" if disabled else "enable"
        async with self._api() as api:
            path = f"/v1/admin/users/{user_id}/{action}"  # i18n: not UI
            result: UserSummary = await api.send("POST", path, UserSummary)
            return result

    async def set_server_role(self, user_id: str, role: ServerRole | None) -> UserSummary:
        async with self._api() as api:
            path = f"/v1/admin/users/{user_id}/role"  # i18n: not UI
            result: UserSummary = await api.send("PUT", path, UserSummary, {"server_role": role})
            return result

    # --- workspaces and members -------------------------------------------------------------

    async def workspaces(
        self, query: str = "", *, offset: int = 0, limit: int = 50
    ) -> Page[WorkspaceSummary]:
        async with self._api() as api:
            return await api.get(
                "/v1/admin/workspaces",
                Page[WorkspaceSummary],
                q=query.strip() or None,
                offset=offset,
                limit=limit,
            )

    async def members(self, workspace_id: str) -> list[MemberInfo]:
        async with self._api() as api:
            path = f"/v1/workspaces/{workspace_id}/members"  # i18n: not UI
            return await api.get_list(path, MemberInfo)

    async def invite(
        self, workspace_id: str, role: GrantableRole, email: str = "", hours: int = 168
    ) -> InviteCode:
        """A code for the invitee to paste in the app (shown once)."""
        body: dict[str, Any] = {"role": role, "expires_in_hours": hours}
        if email.strip():
            body["email"] = email.strip()
        async with self._api() as api:
            path = f"/v1/workspaces/{workspace_id}/invites"  # i18n: not UI
            result: InviteCode = await api.send("POST", path, InviteCode, body)
            return result

    async def invites(self, workspace_id: str) -> list[InviteInfo]:
        async with self._api() as api:
            path = f"/v1/workspaces/{workspace_id}/invites"  # i18n: not UI
            return await api.get_list(path, InviteInfo)

    async def revoke_invite(self, workspace_id: str, invite_id: str) -> None:
        async with self._api() as api:
            path = f"/v1/workspaces/{workspace_id}/invites/{invite_id}"  # i18n: not UI
            await api.send("DELETE", path, None)

    async def set_member_role(
        self, workspace_id: str, user_id: str, role: GrantableRole
    ) -> MemberInfo:
        async with self._api() as api:
            result: MemberInfo = await api.send(
                "PUT",
                f"/v1/workspaces/{workspace_id}/members/{user_id}",  # i18n: not UI
                MemberInfo,
                {"role": role},
            )
            return result

    async def workspace_settings(self, workspace_id: str) -> WorkspaceSettings:
        async with self._api() as api:
            return await api.get(f"/v1/workspaces/{workspace_id}/settings", WorkspaceSettings)

    async def set_workspace_settings(
        self, workspace_id: str, settings: WorkspaceSettings
    ) -> WorkspaceSettings:
        async with self._api() as api:
            result: WorkspaceSettings = await api.send(
                "PUT",
                f"/v1/workspaces/{workspace_id}/settings",  # i18n: not UI
                WorkspaceSettings,
                settings.model_dump(),
            )
            return result

    async def remove_member(self, workspace_id: str, user_id: str) -> None:
        async with self._api() as api:
            path = f"/v1/workspaces/{workspace_id}/members/{user_id}"  # i18n: not UI
            await api.send("DELETE", path, None)

    # --- audit, usage, health ---------------------------------------------------------------

    async def audit(
        self, where: AuditFilter, *, offset: int = 0, limit: int = 100
    ) -> Page[AuditEntryOut]:
        """Entries newest first."""
        async with self._api() as api:
            return await api.get(
                "/v1/admin/audit",
                Page[AuditEntryOut],
                **where.params(),
                offset=offset,
                limit=limit,
            )

    async def export_audit(
        self, target: Path, fmt: AuditFormat = "jsonl", since_ms: int | None = None
    ) -> int:
        """Download the audit log (oldest first) into ``target``; returns its size in bytes."""
        params: dict[str, Any] = {"format": fmt}
        if since_ms is not None:
            params["since_ms"] = since_ms
        async with self._api() as api:
            return await api.download("/v1/admin/audit/export", target, params)

    async def usage(self, days: int = 30) -> UsageReport:
        async with self._api() as api:
            return await api.get("/v1/admin/usage", UsageReport, days=days)

    async def health(self) -> Health:
        async with self._api() as api:
            return await api.get("/v1/admin/health", Health)


def _role(value: object) -> ServerRole | None:
    if value == "admin":
        return "admin"
    if value == "auditor":
        return "auditor"
    return None


class ServerAccountData:
    """What the server holds about the signed-in user (GDPR): download it, or erase the
    account (the server keeps only a pseudonymous audit entry)."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client

    async def download(self, target: Path) -> int:
        """The server's zip of the user's data, written to ``target``; returns its size."""
        token = await self.client.access_token()
        api = _AdminApi(self.client.server_url, access_token=token, transport=self.client.transport)
        try:
            return await api.download("/v1/me/export", target, {})
        finally:
            await api.aclose()

    async def erase(self, confirm_email: str) -> None:
        """Erase the account on the server, then sign this device out (its data stays)."""
        token = await self.client.access_token()
        api = _AdminApi(self.client.server_url, access_token=token, transport=self.client.transport)
        try:
            await api.send("DELETE", "/v1/me", None, {"confirm_email": confirm_email})
        finally:
            await api.aclose()
        await self.client.logout()
