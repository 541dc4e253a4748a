"""Typed dependencies of the routes: the services, the caller, and their workspace role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from sync.server.accounts import Principal
from sync.server.errors import Forbidden, NotAuthenticated, NotFound
from sync.server.models import Workspace
from sync.server.permissions import (
    SERVER_PERMISSIONS,
    WORKSPACE_PERMISSIONS,
    Permission,
    allows,
    server_allows,
)
from sync.server.services import Services


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_session(services: ServicesDep) -> Iterator[Session]:
    """A read session for the route's queries (writes go through the services)."""
    with services.db.read() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]

_bearer = HTTPBearer(auto_error=False)


def get_current_user(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """Any signed-in, enabled user (the ``account`` permission)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise NotAuthenticated("Sign in first: this needs a bearer access token.")
    return services.accounts.authenticate(credentials.credentials)


get_current_user.required_permission = Permission.ACCOUNT  # type: ignore[attr-defined]
CurrentUser = Annotated[Principal, Depends(get_current_user)]


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client is not None else None


ClientIp = Annotated[str | None, Depends(client_ip)]


@dataclass(frozen=True)
class Membership:
    """The caller's role in the workspace named by the route's ``workspace_id`` (None: a
    server admin or auditor acting there without being a member)."""

    workspace_id: str
    role: str | None
    principal: Principal

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission) or (
            self.role is None
            and server_allows(self.principal.server_role, permission, in_workspace=True)
        )


def require(permission: Permission) -> Callable[[str, Principal, Services], Membership]:
    """A dependency: the caller must be a member of the workspace with this permission (or
    hold a server role that has it in every workspace)."""
    assert permission in WORKSPACE_PERMISSIONS, permission

    def check(workspace_id: str, principal: CurrentUser, services: ServicesDep) -> Membership:
        with services.db.read() as session:
            role = services.workspaces.role_of(session, workspace_id, principal.user_id)
            exists = role is not None or session.get(Workspace, workspace_id) is not None
        membership = Membership(workspace_id, role, principal)
        # Not a member: the same answer whether or not it exists, so ids cannot be probed;
        # a server admin or auditor (who may list every workspace) hears why instead.
        if role is None and (not exists or principal.server_role is None):
            raise NotFound(f"No workspace {workspace_id} that you belong to.")
        if not membership.may(permission):
            raise Forbidden(f"Your role {role} may not {permission.value} in this workspace.")
        return membership

    check.required_permission = permission  # type: ignore[attr-defined]
    return check


def require_server(permission: Permission) -> Callable[[Principal], Principal]:
    """A dependency: the caller's server role (admin, auditor) must have this permission."""
    assert permission in SERVER_PERMISSIONS, permission

    def check(principal: CurrentUser) -> Principal:
        if not server_allows(principal.server_role, permission, in_workspace=False):
            raise Forbidden(f"This needs a server role that may {permission.value}.")
        return principal

    check.required_permission = permission  # type: ignore[attr-defined]
    return check


WorkspaceReader = Annotated[Membership, Depends(require(Permission.READ))]
WorkspaceWriter = Annotated[Membership, Depends(require(Permission.WRITE))]
