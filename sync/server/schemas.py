"""Request and response bodies of the team API (members, admin console, GDPR).

Plain pydantic (no FastAPI, no database): the desktop's admin console may import these too.
The contract is documented for scripts by the server's OpenAPI schema.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

GrantableRole = Literal["admin", "editor", "viewer"]
MemberRole = Literal["owner", "admin", "editor", "viewer"]
ServerRoleField = Literal["admin", "auditor"] | None

T = TypeVar("T")


class MemberInfo(BaseModel):
    user_id: str
    email: str | None  # None once the account is erased
    role: MemberRole
    disabled: bool


class InviteCreate(BaseModel):
    role: GrantableRole
    email: str | None = Field(default=None, min_length=3, max_length=320, pattern=r"^[^@\s]+@\S+$")
    expires_in_hours: int = Field(default=168, ge=1, le=720)


class InviteInfo(BaseModel):
    id: str
    workspace_id: str
    role: GrantableRole
    email: str | None
    created_by: str
    created_at_ms: int
    expires_at_ms: int
    redeemed_by: str | None
    redeemed_at_ms: int | None


class InviteCode(InviteInfo):
    code: str = Field(description="shown once; the server keeps only its hash")


class InviteRedeem(BaseModel):
    code: str = Field(min_length=8, max_length=100)


class RoleChange(BaseModel):
    role: GrantableRole


class OwnershipTransfer(BaseModel):
    user_id: str = Field(min_length=1, max_length=64)


class ServerRoleChange(BaseModel):
    server_role: ServerRoleField


class UserSummary(BaseModel):
    user_id: str
    email: str | None
    server_role: ServerRoleField
    disabled: bool
    created_at_ms: int
    workspaces: int
    active_devices: int
    last_seen_at_ms: int | None


class WorkspaceSummary(BaseModel):
    id: str
    name: str
    kind: Literal["personal", "team"]
    created_at_ms: int
    members: list[MemberInfo]
    storage_bytes: int


class AuditEntryOut(BaseModel):
    seq: int
    at_ms: int
    action: str
    actor_id: str | None
    actor_email: str | None
    workspace_id: str | None
    target: str | None
    ip: str | None
    details: dict[str, Any]
    hash: str


class Page(BaseModel, Generic[T]):
    total: int
    offset: int
    limit: int
    items: list[T]


class DayCount(BaseModel):
    day: str  # YYYY-MM-DD, UTC
    changes: int


class Usage(BaseModel):
    messages: int = 0
    documents: int = 0
    storage_bytes: int = 0
    active_devices: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    changes_by_day: list[DayCount] = Field(default_factory=list)


class WorkspaceUsage(Usage):
    workspace_id: str
    name: str


class UserUsage(Usage):
    user_id: str
    email: str | None


class UsageReport(BaseModel):
    days: int
    since_day: str
    workspaces: list[WorkspaceUsage]
    users: list[UserUsage]


class AuditHealth(BaseModel):
    entries: int
    last_seq: int
    last_checkpoint_seq: int | None
    checkpoint_key_id: str


class Health(BaseModel):
    version: str
    protocol: int
    database: Literal["sqlite", "postgresql"]
    database_ok: bool
    schema_revision: str | None = Field(alias="schema")
    storage_bytes: int
    blobs: int
    users: int
    workspaces: int
    connected_devices: int
    active_devices_24h: int
    audit: AuditHealth

    model_config = {"populate_by_name": True}


class EraseRequest(BaseModel):
    confirm_email: str = Field(min_length=3, max_length=320)


EraseContent = Literal["anonymise", "delete"]


class WorkspaceSettings(BaseModel):
    """A team workspace's settings. ``erase_content``: what happens to a member's content here
    when they erase their account: kept and anonymised, or deleted on every device."""

    erase_content: EraseContent = "anonymise"
