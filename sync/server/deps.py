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
from sync.server.permissions import Permission, allows
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
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise NotAuthenticated("Sign in first: this needs a bearer access token.")
    return services.accounts.authenticate(credentials.credentials)


CurrentUser = Annotated[Principal, Depends(get_current_user)]


@dataclass(frozen=True)
class Membership:
    """The caller's role in the workspace named by the route's ``workspace_id``."""

    workspace_id: str
    role: str
    principal: Principal

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)


def require(permission: Permission) -> Callable[[str, Principal, Services], Membership]:
    """A dependency: the caller must be a member of the workspace with this permission."""

    def check(workspace_id: str, principal: CurrentUser, services: ServicesDep) -> Membership:
        with services.db.read() as session:
            role = services.workspaces.role_of(session, workspace_id, principal.user_id)
        if role is None:  # the same answer whether or not it exists: ids are not probed
            raise NotFound(f"No workspace {workspace_id} that you belong to.")
        if not allows(role, permission):
            raise Forbidden(f"Your role {role} may not {permission.value} in this workspace.")
        return Membership(workspace_id, role, principal)

    check.required_permission = permission  # type: ignore[attr-defined]
    return check


WorkspaceReader = Annotated[Membership, Depends(require(Permission.READ))]
WorkspaceWriter = Annotated[Membership, Depends(require(Permission.WRITE))]
