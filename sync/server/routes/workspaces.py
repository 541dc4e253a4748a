"""The caller's workspaces; publishing one made on a device."""

from __future__ import annotations

from fastapi import APIRouter, Response

from sync.protocol import WorkspaceCreate, WorkspaceInfo
from sync.server.deps import CurrentUser, ServicesDep

router = APIRouter(prefix="/workspaces", tags=["workspaces"])


@router.get("", response_model=list[WorkspaceInfo])
def list_workspaces(principal: CurrentUser, services: ServicesDep) -> list[WorkspaceInfo]:
    return services.workspaces.list_for(principal.user_id)


@router.post("", response_model=WorkspaceInfo, status_code=201)
def publish_workspace(
    body: WorkspaceCreate, principal: CurrentUser, services: ServicesDep, response: Response
) -> WorkspaceInfo:
    """201 when created; 200 when the caller already had it (a retried publish)."""
    workspace, created = services.workspaces.publish(principal.user_id, body)
    if not created:
        response.status_code = 200
    return workspace
