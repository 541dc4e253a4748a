"""Workspace roles and what each may do: the permission matrix, in one place."""

from __future__ import annotations

from enum import StrEnum

from sync.protocol import WorkspaceRole


class Permission(StrEnum):
    READ = "read"  # pull, events, download blobs
    WRITE = "write"  # push changes, upload blobs
    MANAGE = "manage"  # members and settings (the team issue's admin pages)


ROLES: dict[WorkspaceRole, frozenset[Permission]] = {
    "owner": frozenset(Permission),
    "admin": frozenset(Permission),
    "editor": frozenset({Permission.READ, Permission.WRITE}),
    "viewer": frozenset({Permission.READ}),
}


def allows(role: str, permission: Permission) -> bool:
    return permission in ROLES.get(role, frozenset())  # type: ignore[call-overload]
