"""The wire types of sync, version 1: what the desktop client and the team server both speak.

Changes travel as per-field values with their HLC clocks (``core.hlc``); both sides merge them
with ``core.changes.merge_fields`` (per-field last-writer-wins), so the order in which they
arrive does not matter. A push is idempotent per ``(device_id, mutation_id)``. A pull pages
through a workspace's change log by an opaque cursor; a cursor from before a compaction is
answered with ``resync``: the client starts again from the beginning (applying is idempotent).

HTTP endpoints (all JSON, all under ``/v1``, all but login/refresh/health with a bearer token):

    POST /auth/login                      LoginRequest -> TokenPair
    POST /auth/refresh                    RefreshRequest -> TokenPair (rotates; a replayed
                                          refresh token revokes the whole session)
    POST /auth/logout                     -> 204 (ends this device's session)
    GET  /auth/methods                    -> AuthMethods (password, SSO, LDAP: what to offer)
    GET  /auth/sso/authorize              the browser: OAuth authorization (PKCE S256, loopback
                                          redirect) -> the company IdP -> /auth/sso/callback ->
                                          the desktop's loopback with a one-use code
    POST /auth/sso/token                  SsoTokenRequest -> TokenPair
    POST /auth/ldap                       LoginRequest -> TokenPair (directory password)
    GET  /me                              -> Account
    DELETE /me/devices/{device_id}        -> 204 (signs that device of yours out)
    GET  /workspaces                      -> list[WorkspaceInfo]
    POST /workspaces                      WorkspaceCreate -> WorkspaceInfo (publish a local one)
    POST /workspaces/{id}/push            PushRequest -> PushResponse
    GET  /workspaces/{id}/pull?cursor=&limit=   -> PullResponse
    GET  /workspaces/{id}/events          server-sent events, one ``Poke`` per commit
    GET  /workspaces/{id}/blobs/{sha256}/status -> BlobStatus (how much of an upload arrived)
    PUT  /workspaces/{id}/blobs/{sha256}?offset=N  raw bytes of one part; header
                                          ``X-Part-Sha256``; -> BlobStatus
    POST /workspaces/{id}/blobs/{sha256}/complete?size=N  -> BlobStatus (whole hash checked)
    GET  /workspaces/{id}/blobs/{sha256}  the bytes; honours ``Range``
    POST /workspaces/{id}/blobs/batch/status  BlobBatch -> BlobStatuses (many at once)
    POST /workspaces/{id}/blobs/batch/fetch   BlobBatch -> framed bytes of small blobs
    POST /workspaces/{id}/blobs/batch/upload  framed bytes of small blobs -> BlobStatuses
    GET  /healthz/live, /healthz/ready
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field

PROTOCOL_VERSION = 1
MAX_MUTATIONS_PER_PUSH = 500
MAX_PULL_LIMIT = 1000
MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000  # a push stamped further ahead of the server is refused
BLOB_PART_BYTES = 4 * 1024 * 1024

Op = Literal["upsert", "purge"]


class Mutation(BaseModel):
    """One recorded change of one row: the changed fields with their clocks, or a purge."""

    mutation_id: str = Field(min_length=1, max_length=64)
    entity: str = Field(min_length=1, max_length=64)
    entity_id: str = Field(min_length=1, max_length=64)
    op: Op = "upsert"
    fields: dict[str, Any] = Field(default_factory=dict)
    clocks: dict[str, str] = Field(default_factory=dict)


class PushRequest(BaseModel):
    protocol: int = PROTOCOL_VERSION
    device_id: str = Field(min_length=1, max_length=64)
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS_PER_PUSH)


class EntityState(BaseModel):
    """The server's merged view of one row (sent back when a change of it was refused)."""

    entity: str
    entity_id: str
    fields: dict[str, Any] = Field(default_factory=dict)
    clocks: dict[str, str] = Field(default_factory=dict)
    purged: bool = False


class MutationResult(BaseModel):
    mutation_id: str
    status: Literal["applied", "duplicate", "rejected"]
    reason: str = ""
    current: EntityState | None = None  # with "rejected": what the row is on the server


class PushResponse(BaseModel):
    results: list[MutationResult]
    seq: int  # the workspace's newest seq after this push


class Change(BaseModel):
    """An entry of a workspace's change log, as pulled."""

    seq: int
    entity: str
    entity_id: str
    op: Op = "upsert"
    fields: dict[str, Any] = Field(default_factory=dict)
    clocks: dict[str, str] = Field(default_factory=dict)
    device_id: str = ""


class PullResponse(BaseModel):
    changes: list[Change]
    cursor: str  # opaque: pass it to the next pull
    more: bool  # another page is waiting
    resync: bool = False  # the cursor predates a compaction: pull again from cursor ""


class Poke(BaseModel):
    """Sent on the events stream after each commit to the workspace."""

    workspace_id: str
    seq: int


class LoginRequest(BaseModel):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(min_length=1, max_length=64)
    device_name: str = Field(default="", max_length=200)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=512)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int  # seconds the access token lives
    user_id: str
    email: str


class DeviceInfo(BaseModel):
    device_id: str
    name: str
    last_seen_at_ms: int


class Account(BaseModel):
    user_id: str
    email: str
    personal_workspace_id: str | None
    devices: list[DeviceInfo] = Field(default_factory=list)


WorkspaceRole = Literal["owner", "admin", "editor", "viewer"]


class WorkspaceInfo(BaseModel):
    id: str
    name: str
    kind: Literal["personal", "team"]
    role: WorkspaceRole
    seq: int = 0


class WorkspaceCreate(BaseModel):
    """Publish a workspace made on a device (its id is kept) or make a new one."""

    id: str | None = Field(default=None, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    kind: Literal["personal", "team"] = "team"


class BlobStatus(BaseModel):
    sha256: str
    received: int  # bytes stored so far (an upload resumes here)
    complete: bool
    size: int | None = None


# Small files travel many to a request (a first sync of thousands of documents would otherwise
# spend its time on per-file round trips); bigger ones go alone, resumable, in parts.
BLOB_BATCH_FILE_BYTES = 1024 * 1024
BLOB_BATCH_BYTES = 16 * 1024 * 1024
MAX_BLOBS_PER_BATCH = 256
# The most a batch upload's body holds: its blobs and a header line each.
BLOB_BATCH_UPLOAD_BYTES = BLOB_BATCH_BYTES + MAX_BLOBS_PER_BATCH * 128


class BlobBatch(BaseModel):
    sha256s: list[str] = Field(max_length=MAX_BLOBS_PER_BATCH)


class BlobStatuses(BaseModel):
    blobs: list[BlobStatus]


def blob_frame(sha256: str, size: int | None) -> bytes:
    """The header of one blob in a batch body: a JSON line, then ``size`` raw bytes (a blob
    the server does not have, or that is too big for a batch, comes with ``size`` null and
    no bytes)."""
    return json.dumps({"sha256": sha256, "size": size}).encode() + b"\n"


def parse_blob_frames(body: bytes) -> list[tuple[str, bytes]]:
    """The blobs of a whole batch body, as (claimed sha256, bytes); ValueError if malformed."""
    blobs: list[tuple[str, bytes]] = []
    at = 0
    while at < len(body):
        end = body.find(b"\n", at, at + 200)
        if end < 0:
            raise ValueError("a blob header is missing its end of line")
        header = json.loads(body[at:end])
        size = header.get("size") if isinstance(header, dict) else None
        sha256 = header.get("sha256") if isinstance(header, dict) else None
        if not isinstance(sha256, str) or not isinstance(size, int) or size < 0:
            raise ValueError("a blob header needs a sha256 and a size")
        data = body[end + 1 : end + 1 + size]
        if len(data) != size:
            raise ValueError(f"blob {sha256[:12]} is cut short")
        blobs.append((sha256, data))
        at = end + 1 + size
    return blobs


class ErrorBody(BaseModel):
    """Every 4xx/5xx body: ``detail`` is written for a person."""

    detail: str


class AuthMethods(BaseModel):
    """How this server lets people sign in (``GET /auth/methods``, public): the app shows a
    "Sign in with …" button when ``sso`` is set."""

    password: bool = True
    sso: bool = False
    sso_label: str = ""  # e.g. "Acme account": "Sign in with Acme account"
    ldap: bool = False
    ldap_domains: list[str] = Field(default_factory=list)  # plain sign-ins of these go to LDAP


class SsoTokenRequest(BaseModel):
    """The desktop redeems the server's one-use code with its PKCE verifier (RFC 7636)."""

    code: str = Field(min_length=1, max_length=200)
    code_verifier: str = Field(min_length=43, max_length=128)
    redirect_uri: str = Field(min_length=1, max_length=200)
    device_id: str = Field(min_length=1, max_length=64)
    device_name: str = Field(default="", max_length=200)
