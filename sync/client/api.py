"""The sync server's HTTP API as the desktop client calls it (async, over httpx).

Every failure becomes a ``SyncError`` whose message is written for a person: the server is
unreachable, the session ended, a request was refused. ``transport`` lets tests run the server
app in-process (``httpx.ASGITransport``) or inject faults.
"""

from __future__ import annotations

import functools
import hashlib
import json
import ssl
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from core.errors import UserError
from core.i18n import translate
from sync.protocol import (
    Account,
    AuthMethods,
    BlobBatch,
    BlobStatus,
    BlobStatuses,
    LoginRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    SsoTokenRequest,
    TokenPair,
    WorkspaceCreate,
    WorkspaceInfo,
    blob_frame,
)

M = TypeVar("M", bound=BaseModel)
TIMEOUT = httpx.Timeout(30.0, connect=5.0)


@functools.cache
def _tls() -> ssl.SSLContext:
    """The certificates a server is checked against, loaded once: a client is made for each
    round, and loading them took 20 ms of every round (a fifth of an edit's way to another
    device)."""
    return httpx.create_ssl_context()


class SyncError(UserError):
    """Sync could not be done now; the message says why and what to do."""


class ServerUnreachable(SyncError):
    """No answer from the server (offline, wrong address, server down): try again later."""


class NotFound(SyncError):
    """The server has no such thing (any more)."""


class SignedOut(SyncError):
    """The session ended (signed out elsewhere, disabled, or the token was replayed)."""


class SyncApi:
    """One server, one device session."""

    def __init__(
        self,
        base_url: str,
        *,
        access_token: str = "",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.access_token = access_token
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=TIMEOUT,
            transport=transport,
            follow_redirects=False,
            verify=_tls(),
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    # --- accounts --------------------------------------------------------------------------

    async def login(self, email: str, password: str, device_id: str, device_name: str) -> TokenPair:
        body = LoginRequest(
            email=email, password=password, device_id=device_id, device_name=device_name
        )
        tokens = await self._call("POST", "/v1/auth/login", TokenPair, json=body, auth=False)
        self.access_token = tokens.access_token
        return tokens

    async def refresh(self, refresh_token: str) -> TokenPair:
        body = RefreshRequest(refresh_token=refresh_token)
        tokens = await self._call("POST", "/v1/auth/refresh", TokenPair, json=body, auth=False)
        self.access_token = tokens.access_token
        return tokens

    async def logout(self) -> None:
        await self._request("POST", "/v1/auth/logout")

    async def auth_methods(self) -> AuthMethods:
        """How the server lets people sign in (password, single sign-on, LDAP)."""
        return await self._call("GET", "/v1/auth/methods", AuthMethods, auth=False)

    async def sso_token(self, body: SsoTokenRequest) -> TokenPair:
        """Redeem the single sign-on code with this sign-in's PKCE verifier."""
        tokens = await self._call("POST", "/v1/auth/sso/token", TokenPair, json=body, auth=False)
        self.access_token = tokens.access_token
        return tokens

    async def ldap_login(
        self, email: str, password: str, device_id: str, device_name: str
    ) -> TokenPair:
        body = LoginRequest(
            email=email, password=password, device_id=device_id, device_name=device_name
        )
        tokens = await self._call("POST", "/v1/auth/ldap", TokenPair, json=body, auth=False)
        self.access_token = tokens.access_token
        return tokens

    async def me(self) -> Account:
        return await self._call("GET", "/v1/me", Account)

    async def sign_out_device(self, device_id: str) -> None:
        await self._request("DELETE", f"/v1/me/devices/{device_id}")  # i18n: not UI

    async def workspaces(self) -> list[WorkspaceInfo]:
        response = await self._request("GET", "/v1/workspaces")
        return [WorkspaceInfo.model_validate(item) for item in response.json()]

    async def create_workspace(self, body: WorkspaceCreate) -> WorkspaceInfo:
        return await self._call("POST", "/v1/workspaces", WorkspaceInfo, json=body)

    # --- changes ---------------------------------------------------------------------------

    async def push(self, workspace_id: str, body: PushRequest) -> PushResponse:
        path = f"/v1/workspaces/{workspace_id}/push"  # i18n: not UI
        return await self._call("POST", path, PushResponse, json=body)

    async def pull(self, workspace_id: str, cursor: str, limit: int) -> PullResponse:
        params = {"cursor": cursor, "limit": limit}
        path = f"/v1/workspaces/{workspace_id}/pull"  # i18n: not UI
        return await self._call("GET", path, PullResponse, params=params)

    async def events(self, workspace_id: str) -> AsyncIterator[str]:
        """The ``data:`` lines of the workspace's event stream, as they come."""
        headers = self._headers(True)
        async with self._client.stream(
            "GET", f"/v1/workspaces/{workspace_id}/events", headers=headers, timeout=None
        ) as response:
            _raise_for(response, await _peek(response))
            async for line in response.aiter_lines():
                if line.startswith("data:"):
                    yield line[5:].strip()

    # --- files -----------------------------------------------------------------------------

    async def blob_status(self, workspace_id: str, sha256: str) -> BlobStatus:
        path = f"/v1/workspaces/{workspace_id}/blobs/{sha256}/status"  # i18n: not UI
        return await self._call("GET", path, BlobStatus)

    async def put_blob_part(
        self, workspace_id: str, sha256: str, offset: int, data: bytes
    ) -> BlobStatus:
        headers = {"X-Part-Sha256": hashlib.sha256(data).hexdigest()}
        return await self._call(
            "PUT",
            f"/v1/workspaces/{workspace_id}/blobs/{sha256}",  # i18n: not UI
            BlobStatus,
            params={"offset": offset},
            content=data,
            headers=headers,
        )

    async def complete_blob(self, workspace_id: str, sha256: str, size: int) -> BlobStatus:
        return await self._call(
            "POST",
            f"/v1/workspaces/{workspace_id}/blobs/{sha256}/complete",  # i18n: not UI
            BlobStatus,
            params={"size": size},
        )

    async def download_blob(
        self, workspace_id: str, sha256: str, offset: int
    ) -> AsyncIterator[bytes]:
        """The file's bytes from ``offset`` on (``Range``), in pieces."""
        headers = self._headers(True)
        if offset:
            headers["Range"] = f"bytes={offset}-"  # i18n: not UI
        async with self._client.stream(
            "GET", f"/v1/workspaces/{workspace_id}/blobs/{sha256}", headers=headers
        ) as response:
            _raise_for(response, await _peek(response))
            if offset and response.status_code != 206:
                raise SyncError(
                    translate("Sync", "The server did not resume the download where it stopped.")
                )
            async for piece in response.aiter_bytes():
                yield piece

    async def blob_statuses(self, workspace_id: str, sha256s: list[str]) -> list[BlobStatus]:
        body = BlobBatch(sha256s=sha256s)
        path = f"/v1/workspaces/{workspace_id}/blobs/batch/status"  # i18n: not UI
        return (await self._call("POST", path, BlobStatuses, json=body)).blobs

    async def upload_blobs(self, workspace_id: str, blobs: list[tuple[str, bytes]]) -> None:
        """Send small whole files in one request (the server checks each one's hash)."""
        body = b"".join(blob_frame(sha, len(data)) + data for sha, data in blobs)
        headers = {"Content-Type": "application/octet-stream"}
        path = f"/v1/workspaces/{workspace_id}/blobs/batch/upload"  # i18n: not UI
        await self._call("POST", path, BlobStatuses, content=body, headers=headers)

    async def fetch_blobs(
        self, workspace_id: str, sha256s: list[str]
    ) -> AsyncIterator[tuple[str, bytes | None]]:
        """Small files in one response, each as it arrives; ``None`` for one the server sends
        no bytes of (not there, or to be fetched alone)."""
        body = BlobBatch(sha256s=sha256s).model_dump(mode="json")
        try:
            async with self._client.stream(
                "POST",
                f"/v1/workspaces/{workspace_id}/blobs/batch/fetch",
                json=body,
                headers=self._headers(True),
            ) as response:
                _raise_for(response, await _peek(response))
                buffer = bytearray()
                want: tuple[str, int] | None = None
                async for piece in response.aiter_bytes():
                    buffer += piece
                    while True:
                        if want is None:
                            end = buffer.find(b"\n")
                            if end < 0:
                                break
                            header = json.loads(bytes(buffer[:end]))
                            del buffer[: end + 1]
                            if header.get("size") is None:
                                yield str(header["sha256"]), None
                                continue
                            want = (str(header["sha256"]), int(header["size"]))
                        sha, size = want
                        if len(buffer) < size:
                            break
                        yield sha, bytes(buffer[:size])
                        del buffer[:size]
                        want = None
                if want is not None or buffer:
                    raise ServerUnreachable(
                        translate("Sync", "The sync server's answer stopped part-way.")
                    )
        except httpx.TransportError as exc:
            raise ServerUnreachable(
                translate(
                    "Sync",
                    "The sync server at {url} stopped answering ({error}). What arrived is kept; "
                    "the rest comes next time.",
                ).format(url=self.base_url, error=type(exc).__name__)
            ) from exc

    # --- plumbing --------------------------------------------------------------------------

    def _headers(self, auth: bool) -> dict[str, str]:
        if auth and self.access_token:
            return {"Authorization": f"Bearer {self.access_token}"}  # i18n: not UI
        return {}

    async def _request(
        self, method: str, path: str, *, auth: bool = True, **options: Any
    ) -> httpx.Response:
        body = options.pop("json", None)
        if body is not None:
            options["json"] = body.model_dump(mode="json") if isinstance(body, BaseModel) else body
        headers = {**self._headers(auth), **options.pop("headers", {})}
        try:
            response = await self._client.request(method, path, headers=headers, **options)
        except httpx.TransportError as exc:
            raise ServerUnreachable(
                translate(
                    "Sync",
                    "The sync server at {url} cannot be reached ({error}). Your changes are kept "
                    "and go when it can.",
                ).format(url=self.base_url, error=type(exc).__name__)
            ) from exc
        _raise_for(response, response.content)
        return response

    async def _call(self, method: str, path: str, model: type[M], **options: Any) -> M:
        response = await self._request(method, path, **options)
        return model.model_validate_json(response.content)


async def _peek(response: httpx.Response) -> bytes:
    if response.status_code < 400:
        return b""
    return await response.aread()


def _raise_for(response: httpx.Response, body: bytes) -> None:
    status = response.status_code
    if status < 400:
        return
    detail = _detail(body) or response.reason_phrase
    if status == 401:
        raise SignedOut(
            translate(
                "Sync", "The sync server ended this device's session: {detail} Sign in again."
            ).format(detail=detail)
        )
    if status == 403:
        raise SyncError(
            translate("Sync", "The sync server refused: {detail}").format(detail=detail)
        )
    if status == 404:
        raise NotFound(
            translate("Sync", "The sync server has no such thing: {detail}").format(detail=detail)
        )
    if status >= 500:
        raise ServerUnreachable(
            translate("Sync", "The sync server had a problem ({status}): {detail}").format(
                status=status, detail=detail
            )
        )
    raise SyncError(
        translate("Sync", "The sync server refused the request ({status}): {detail}").format(
            status=status, detail=detail
        )
    )


def _detail(body: bytes) -> str:
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        return body[:200].decode("utf-8", "replace")
    detail = data.get("detail") if isinstance(data, dict) else None
    if isinstance(detail, str):
        return detail if detail.endswith(".") else detail + "."
    return str(detail or "")
