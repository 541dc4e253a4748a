"""Roles and what each may do: the permission enum and the role→permission matrix, in one place.

Workspace roles nest: owner ⊇ admin ⊇ editor ⊇ viewer. Server roles (on the user) are
``admin`` (runs the server: users, audit, health) and ``auditor`` (reads audit, usage and
health, changes nothing). A server admin may manage the members of any workspace but does not
read its content unless also a member.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from sync.protocol import WorkspaceRole

ServerRole = Literal["admin", "auditor"]
SERVER_ROLES: tuple[ServerRole, ...] = ("admin", "auditor")


class Permission(StrEnum):
    # In a workspace
    READ = "read"  # pull, events, download blobs
    WRITE = "write"  # push changes, upload blobs
    VIEW_MEMBERS = "view_members"
    MANAGE_MEMBERS = "manage_members"  # invites, roles, removal
    VIEW_WORKSPACE_USAGE = "view_workspace_usage"
    TRANSFER_OWNERSHIP = "transfer_ownership"
    DELETE_WORKSPACE = "delete_workspace"
    # Any signed-in, enabled user, about themself
    ACCOUNT = "account"
    # On the server
    VIEW_USERS = "view_users"
    VIEW_WORKSPACES = "view_workspaces"
    VIEW_USAGE = "view_usage"
    VIEW_HEALTH = "view_health"
    READ_AUDIT = "read_audit"
    EXPORT_AUDIT = "export_audit"
    MANAGE_USERS = "manage_users"


WORKSPACE_PERMISSIONS = frozenset(
    {
        Permission.READ,
        Permission.WRITE,
        Permission.VIEW_MEMBERS,
        Permission.MANAGE_MEMBERS,
        Permission.VIEW_WORKSPACE_USAGE,
        Permission.TRANSFER_OWNERSHIP,
        Permission.DELETE_WORKSPACE,
    }
)
SERVER_PERMISSIONS = frozenset(
    {
        Permission.VIEW_USERS,
        Permission.VIEW_WORKSPACES,
        Permission.VIEW_USAGE,
        Permission.VIEW_HEALTH,
        Permission.READ_AUDIT,
        Permission.EXPORT_AUDIT,
        Permission.MANAGE_USERS,
    }
)

_VIEWER = frozenset({Permission.READ, Permission.VIEW_MEMBERS})
_EDITOR = _VIEWER | {Permission.WRITE}
_ADMIN = _EDITOR | {Permission.MANAGE_MEMBERS, Permission.VIEW_WORKSPACE_USAGE}
_OWNER = _ADMIN | {Permission.TRANSFER_OWNERSHIP, Permission.DELETE_WORKSPACE}

ROLES: dict[WorkspaceRole, frozenset[Permission]] = {
    "owner": _OWNER,
    "admin": _ADMIN,
    "editor": _EDITOR,
    "viewer": _VIEWER,
}
# Highest first: a member may grant only roles at or below their own, never "owner".
ROLE_RANK: dict[str, int] = {"owner": 4, "admin": 3, "editor": 2, "viewer": 1}

_AUDITOR = frozenset(SERVER_PERMISSIONS - {Permission.MANAGE_USERS})
SERVER_ROLE_PERMISSIONS: dict[ServerRole, frozenset[Permission]] = {
    "admin": SERVER_PERMISSIONS,
    "auditor": _AUDITOR,
}
# What a server role may do in a workspace it is not a member of (never its content).
SERVER_ROLE_IN_WORKSPACES: dict[ServerRole, frozenset[Permission]] = {
    "admin": frozenset(
        {
            Permission.VIEW_MEMBERS,
            Permission.MANAGE_MEMBERS,
            Permission.VIEW_WORKSPACE_USAGE,
            Permission.DELETE_WORKSPACE,
        }
    ),
    "auditor": frozenset({Permission.VIEW_MEMBERS, Permission.VIEW_WORKSPACE_USAGE}),
}


def allows(role: str | None, permission: Permission) -> bool:
    """Whether a workspace role has the permission."""
    if role is None:
        return False
    return permission in ROLES.get(role, frozenset())  # type: ignore[call-overload]


def server_allows(server_role: str | None, permission: Permission, *, in_workspace: bool) -> bool:
    """Whether a server role has the permission (on the server, or in any workspace)."""
    if server_role is None:
        return False
    table = SERVER_ROLE_IN_WORKSPACES if in_workspace else SERVER_ROLE_PERMISSIONS
    return permission in table.get(server_role, frozenset())  # type: ignore[call-overload]


def may_grant(granter_role: str | None, role: str) -> bool:
    """A member may give others a role up to their own; ``owner`` only moves by transfer."""
    if role == "owner" or role not in ROLE_RANK:
        return False
    if granter_role is None:  # a server admin acting in a workspace
        return True
    return ROLE_RANK.get(granter_role, 0) >= ROLE_RANK[role] and allows(
        granter_role, Permission.MANAGE_MEMBERS
    )
