"""Roles: every route checks a permission, and each role may do exactly what the matrix says."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy import select

from sync.server import ServerConfig, create_app
from sync.server.app import PUBLIC_ROUTES
from sync.server.models import AuditEntry, Member, User, Workspace
from sync.server.permissions import (
    ROLES,
    SERVER_PERMISSIONS,
    SERVER_ROLE_PERMISSIONS,
    WORKSPACE_PERMISSIONS,
    Permission,
    may_grant,
)
from sync.server.services import Services
from tests.sync.server.api import Device, hlc, upsert
from tests.sync.server.team import ROLES as TEAM_ROLES
from tests.sync.server.team import Team, make_team, sign_in_as


def permissions_of(dependant: Any) -> set[Permission]:
    """Every ``required_permission`` among a route's dependencies, however deep."""
    found: set[Permission] = set()
    for dependency in dependant.dependencies:
        permission = getattr(dependency.call, "required_permission", None)
        if permission is not None:
            found.add(permission)
        found |= permissions_of(dependency)
    return found


def api_routes(app: FastAPI) -> list[Any]:
    """The app's API routes with their full paths (FastAPI includes routers lazily)."""
    found: list[Any] = []
    for route in app.routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "effective_route_contexts"):
            found += route.effective_route_contexts()
    return [r for r in found if r.path.startswith("/v1/")]


def test_every_route_requires_a_permission_unless_it_is_marked_public(tmp_path: Path) -> None:
    app = create_app(ServerConfig.for_data_dir(tmp_path, migrate_on_start=True))
    unchecked, misplaced = [], []
    routes = api_routes(app)
    for route in routes:
        permissions = permissions_of(route.dependant)
        if route.path in PUBLIC_ROUTES:
            assert not permissions, f"{route.path} is public and yet checks {permissions}"
            continue
        if not permissions:
            unchecked.append(f"{sorted(route.methods)} {route.path}")
        if route.path.startswith("/v1/admin/") and not permissions & SERVER_PERMISSIONS:
            misplaced.append(f"{route.path} needs a server permission")
        if "{workspace_id}" in route.path and not permissions & WORKSPACE_PERMISSIONS:
            misplaced.append(f"{route.path} needs a workspace permission")
    assert unchecked == []
    assert misplaced == []
    assert len(routes) > 30  # the enumeration really saw the app's routes
    assert {"/v1/auth/login", "/v1/auth/refresh", "/v1/healthz/live"} <= PUBLIC_ROUTES


def test_workspace_roles_nest_and_server_roles_split_reading_from_managing() -> None:
    assert ROLES["viewer"] < ROLES["editor"] < ROLES["admin"] < ROLES["owner"]
    assert Permission.WRITE not in ROLES["viewer"]
    assert Permission.MANAGE_MEMBERS not in ROLES["editor"]
    assert Permission.TRANSFER_OWNERSHIP not in ROLES["admin"]
    assert Permission.MANAGE_USERS in SERVER_ROLE_PERMISSIONS["admin"]
    assert Permission.MANAGE_USERS not in SERVER_ROLE_PERMISSIONS["auditor"]
    assert Permission.READ_AUDIT in SERVER_ROLE_PERMISSIONS["auditor"]
    assert may_grant("admin", "admin") and not may_grant("admin", "owner")
    assert not may_grant("editor", "viewer")


pytestmark = pytest.mark.anyio

Action = Callable[[Device, Team], Awaitable[httpx.Response]]
# Workspace-scoped actions answer a non-member without a server role 404 (ids are not
# probed); everything else refused is 403.
WORKSPACE_SCOPED = {
    "pull",
    "push",
    "members",
    "invite",
    "usage",
    "change_role",
    "transfer",
    "delete",
}


async def _push(device: Device, team: Team) -> httpx.Response:
    mutation = upsert(f"m-{device.device_id}", "conv-1", hlc(1_000, device.device_id), title="x")
    return await device.post(
        f"/workspaces/{team.workspace_id}/push",
        json={"device_id": device.device_id, "mutations": [mutation]},
    )


ACTIONS: dict[str, tuple[Action, set[str]]] = {
    "pull": (
        lambda d, t: d.get(f"/workspaces/{t.workspace_id}/pull"),
        {"owner", "admin", "editor", "viewer"},
    ),
    "push": (_push, {"owner", "admin", "editor", "viewer"}),  # a viewer's comes back refused
    "members": (
        lambda d, t: d.get(f"/workspaces/{t.workspace_id}/members"),
        {"owner", "admin", "editor", "viewer", "server_admin", "auditor"},
    ),
    "invite": (
        lambda d, t: d.post(f"/workspaces/{t.workspace_id}/invites", json={"role": "viewer"}),
        {"owner", "admin", "server_admin"},
    ),
    "usage": (
        lambda d, t: d.get(f"/workspaces/{t.workspace_id}/usage"),
        {"owner", "admin", "server_admin", "auditor"},
    ),
    "change_role": (
        lambda d, t: d.http.put(
            f"/workspaces/{t.workspace_id}/members/{t.user('editor')}",
            json={"role": "viewer"},
            headers=d.auth,
        ),
        {"owner", "admin", "server_admin"},
    ),
    "transfer": (
        lambda d, t: d.post(
            f"/workspaces/{t.spare_id}/transfer", json={"user_id": t.user("admin")}
        ),
        {"owner"},
    ),
    "admin_users": (lambda d, t: d.get("/admin/users"), {"server_admin", "auditor"}),
    "admin_workspaces": (lambda d, t: d.get("/admin/workspaces"), {"server_admin", "auditor"}),
    "admin_audit": (lambda d, t: d.get("/admin/audit"), {"server_admin", "auditor"}),
    "admin_usage": (lambda d, t: d.get("/admin/usage?days=7"), {"server_admin", "auditor"}),
    "admin_health": (lambda d, t: d.get("/admin/health"), {"server_admin", "auditor"}),
    "disable_user": (
        lambda d, t: d.post(f"/admin/users/{t.user('outsider')}/disable"),
        {"server_admin"},
    ),
    "delete": (
        lambda d, t: d.http.delete(f"/workspaces/{t.workspace_id}", headers=d.auth),
        {"owner", "server_admin"},
    ),
}


@pytest.mark.parametrize("role", TEAM_ROLES)
async def test_each_role_may_do_what_the_matrix_says_and_nothing_more(
    role: str, http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    device = await sign_in_as(http, role)
    outcomes: dict[str, int] = {}
    for name, (action, allowed) in ACTIONS.items():  # "delete" last: it ends the workspace
        response = await action(device, team)
        outcomes[name] = response.status_code
        if role in allowed:
            assert response.status_code < 300, (name, response.status_code, response.text)
        elif name in WORKSPACE_SCOPED and role == "outsider":
            assert response.status_code == 404, (name, response.text)
        else:
            assert response.status_code == 403, (name, response.status_code, response.text)
            assert response.json()["detail"]
        if name == "push" and role in allowed:
            result = response.json()["results"][0]
            expected = "rejected" if role == "viewer" else "applied"
            assert result["status"] == expected
            if role == "viewer":
                assert result["reason"] == "forbidden"

    with services.db.read() as session:
        editor_role = session.get(Member, (team.workspace_id, team.user("editor")))
        spare_owner = session.get(Member, (team.spare_id, team.user("admin")))
        outsider = session.get(User, team.user("outsider"))
        workspace = session.get(Workspace, team.workspace_id)
        actions = set(session.scalars(select(AuditEntry.action)))
    may = {name for name, (_, allowed) in ACTIONS.items() if role in allowed}
    # What was refused changed nothing; what was allowed did.
    assert (workspace is None) == ("delete" in may)
    if workspace is not None:
        assert editor_role is not None
        assert editor_role.role == ("viewer" if "change_role" in may else "editor")
    assert spare_owner is not None and spare_owner.role == (
        "owner" if "transfer" in may else "admin"
    )
    assert outsider is not None and outsider.disabled == ("disable_user" in may)
    assert ("sync.push_refused" in actions) == (role == "viewer")
    assert ("member.invite" in actions) == ("invite" in may)
