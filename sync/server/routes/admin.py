"""The admin console's API: users, workspaces, the audit log and its export, usage, health.

Server admins and auditors read; only server admins change users. The desktop draws these.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import StreamingResponse

from sync.server.accounts import Principal
from sync.server.audit import AuditEvent, csv_lines, export_rows
from sync.server.deps import ClientIp, Membership, ServicesDep, require, require_server
from sync.server.errors import NotFound
from sync.server.permissions import Permission
from sync.server.schemas import (
    AuditEntryOut,
    Health,
    Page,
    ServerRoleChange,
    UsageReport,
    UserSummary,
    WorkspaceSummary,
    WorkspaceUsage,
)

router = APIRouter(tags=["admin"])
UserId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Days = Annotated[int, Query(ge=1, le=366)]


UserViewer = Annotated[Principal, Depends(require_server(Permission.VIEW_USERS))]
UserManager = Annotated[Principal, Depends(require_server(Permission.MANAGE_USERS))]
WorkspaceLister = Annotated[Principal, Depends(require_server(Permission.VIEW_WORKSPACES))]
AuditReader = Annotated[Principal, Depends(require_server(Permission.READ_AUDIT))]
AuditExporter = Annotated[Principal, Depends(require_server(Permission.EXPORT_AUDIT))]
UsageViewer = Annotated[Principal, Depends(require_server(Permission.VIEW_USAGE))]
HealthViewer = Annotated[Principal, Depends(require_server(Permission.VIEW_HEALTH))]
WorkspaceUsageViewer = Annotated[Membership, Depends(require(Permission.VIEW_WORKSPACE_USAGE))]


@router.get("/admin/users", response_model=Page[UserSummary])
def list_users(
    _caller: UserViewer,
    services: ServicesDep,
    q: Annotated[str | None, Query(max_length=320, description="part of the email")] = None,
    role: Literal["admin", "auditor", "none"] | None = None,
    disabled: bool | None = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Page[UserSummary]:
    return services.admin.users(q, role, disabled, offset, limit)


@router.post("/admin/users/{user_id}/disable", response_model=UserSummary)
def disable_user(user_id: UserId, caller: UserManager, services: ServicesDep) -> UserSummary:
    """Disable the account: every session and refresh token is revoked at once."""
    services.accounts.set_disabled(user_id, True, caller.user_id)
    return services.admin.user(user_id)


@router.post("/admin/users/{user_id}/enable", response_model=UserSummary)
def enable_user(user_id: UserId, caller: UserManager, services: ServicesDep) -> UserSummary:
    services.accounts.set_disabled(user_id, False, caller.user_id)
    return services.admin.user(user_id)


@router.put("/admin/users/{user_id}/role", response_model=UserSummary)
def set_server_role(
    user_id: UserId, body: ServerRoleChange, caller: UserManager, services: ServicesDep
) -> UserSummary:
    services.accounts.set_server_role(user_id, body.server_role, caller.user_id)
    return services.admin.user(user_id)


@router.get("/admin/workspaces", response_model=Page[WorkspaceSummary])
def list_all_workspaces(
    _caller: WorkspaceLister,
    services: ServicesDep,
    q: Annotated[str | None, Query(max_length=200, description="part of the name")] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Page[WorkspaceSummary]:
    return services.admin.workspaces(q, offset, limit)


@router.get("/admin/audit", response_model=Page[AuditEntryOut])
def audit_log(
    _caller: AuditReader,
    services: ServicesDep,
    actor: Annotated[str | None, Query(max_length=320, description="user id or email")] = None,
    action: Annotated[
        str | None, Query(max_length=64, description='exact, or a family ending in "."')
    ] = None,
    workspace_id: Annotated[str | None, Query(max_length=64)] = None,
    since_ms: Annotated[int | None, Query(ge=0)] = None,
    until_ms: Annotated[int | None, Query(ge=0, description="exclusive")] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Page[AuditEntryOut]:
    """Entries newest first."""
    return services.admin.audit_page(actor, action, workspace_id, since_ms, until_ms, offset, limit)


@router.get(
    "/admin/audit/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}},
)
def export_audit(
    caller: AuditExporter,
    services: ServicesDep,
    ip: ClientIp,
    since_ms: Annotated[int | None, Query(ge=0)] = None,
    format: Literal["jsonl", "csv"] = "jsonl",
) -> StreamingResponse:
    """The entries (oldest first) with their hashes; the export itself is audited first."""
    services.audit.record(
        AuditEvent(
            "audit.export",
            actor_id=caller.user_id,
            ip=ip,
            details={"format": format, "since_ms": since_ms},
        )
    )
    rows = export_rows(services.db, since_ms)
    if format == "csv":
        return StreamingResponse(
            csv_lines(rows),
            media_type="text/csv",
            headers={"Content-Disposition": 'attachment; filename="audit.csv"'},
        )
    return StreamingResponse(
        (json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n" for row in rows),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="audit.jsonl"'},
    )


@router.get("/admin/usage", response_model=UsageReport)
def usage(_caller: UsageViewer, services: ServicesDep, days: Days = 30) -> UsageReport:
    return services.usage.report(days)


@router.get("/workspaces/{workspace_id}/usage", response_model=WorkspaceUsage)
def workspace_usage(
    member: WorkspaceUsageViewer, services: ServicesDep, days: Days = 30
) -> WorkspaceUsage:
    report = services.usage.report(days, member.workspace_id)
    if not report.workspaces:
        raise NotFound(f"No workspace {member.workspace_id}.")
    return report.workspaces[0]


@router.get("/admin/health", response_model=Health)
def health(_caller: HealthViewer, services: ServicesDep) -> Health:
    return services.admin.health(services.live_streams.devices())
