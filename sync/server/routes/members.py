"""Members of a workspace: list, invite, redeem, change role, remove, transfer; delete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import WorkspaceInfo
from sync.server.deps import CurrentUser, Membership, ServicesDep, require
from sync.server.errors import Forbidden
from sync.server.permissions import Permission
from sync.server.schemas import (
    InviteCode,
    InviteCreate,
    InviteInfo,
    InviteRedeem,
    MemberInfo,
    OwnershipTransfer,
    RoleChange,
    WorkspaceSettings,
)

router = APIRouter(tags=["members"])
UserId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]

MemberViewer = Annotated[Membership, Depends(require(Permission.VIEW_MEMBERS))]
MemberManager = Annotated[Membership, Depends(require(Permission.MANAGE_MEMBERS))]
Owner = Annotated[Membership, Depends(require(Permission.TRANSFER_OWNERSHIP))]
Deleter = Annotated[Membership, Depends(require(Permission.DELETE_WORKSPACE))]


@router.get("/workspaces/{workspace_id}/members", response_model=list[MemberInfo])
def list_members(member: MemberViewer, services: ServicesDep) -> list[MemberInfo]:
    return services.members.of(member.workspace_id)


@router.post("/workspaces/{workspace_id}/invites", response_model=InviteCode, status_code=201)
def create_invite(body: InviteCreate, member: MemberManager, services: ServicesDep) -> InviteCode:
    """A code to hand to the invitee (shown once); with ``email``, only that account may use it."""
    return services.members.invite(
        member.workspace_id,
        member.principal.user_id,
        member.role,
        body.role,
        body.email,
        body.expires_in_hours,
    )


@router.get("/workspaces/{workspace_id}/invites", response_model=list[InviteInfo])
def list_invites(member: MemberManager, services: ServicesDep) -> list[InviteInfo]:
    return services.members.invites(member.workspace_id)


@router.delete("/workspaces/{workspace_id}/invites/{invite_id}", status_code=204)
def revoke_invite(invite_id: UserId, member: MemberManager, services: ServicesDep) -> Response:
    services.members.revoke_invite(member.workspace_id, invite_id, member.principal.user_id)
    return Response(status_code=204)


@router.post("/invites/redeem", response_model=WorkspaceInfo)
def redeem_invite(
    body: InviteRedeem, principal: CurrentUser, services: ServicesDep
) -> WorkspaceInfo:
    return services.members.redeem(body.code, principal.user_id)


@router.put("/workspaces/{workspace_id}/members/{user_id}", response_model=MemberInfo)
def change_role(
    user_id: UserId, body: RoleChange, member: MemberManager, services: ServicesDep
) -> MemberInfo:
    return services.members.set_role(
        member.workspace_id, user_id, body.role, member.principal.user_id, member.role
    )


@router.delete("/workspaces/{workspace_id}/members/{user_id}", status_code=204)
def remove_member(user_id: UserId, member: MemberViewer, services: ServicesDep) -> Response:
    """Managers remove others; any member may remove themself (leave)."""
    if user_id != member.principal.user_id and not member.may(Permission.MANAGE_MEMBERS):
        raise Forbidden(f"Your role {member.role} may not remove members.")
    services.members.remove(member.workspace_id, user_id, member.principal.user_id, member.role)
    return Response(status_code=204)


@router.get("/workspaces/{workspace_id}/settings", response_model=WorkspaceSettings)
def workspace_settings(member: MemberViewer, services: ServicesDep) -> WorkspaceSettings:
    return services.members.settings(member.workspace_id)


@router.put("/workspaces/{workspace_id}/settings", response_model=WorkspaceSettings)
def change_workspace_settings(
    body: WorkspaceSettings, member: MemberManager, services: ServicesDep
) -> WorkspaceSettings:
    """Owners and admins choose, e.g., what happens to an erased member's content here."""
    return services.members.set_settings(member.workspace_id, body, member.principal.user_id)


@router.post("/workspaces/{workspace_id}/transfer", response_model=MemberInfo)
def transfer_ownership(body: OwnershipTransfer, member: Owner, services: ServicesDep) -> MemberInfo:
    return services.members.transfer(member.workspace_id, body.user_id, member.principal.user_id)


@router.delete("/workspaces/{workspace_id}", status_code=204)
async def delete_workspace(member: Deleter, services: ServicesDep) -> Response:
    await run_in_threadpool(
        services.members.delete_workspace,
        member.workspace_id,
        member.principal.user_id,
        services.blobs.store,
    )
    return Response(status_code=204)
