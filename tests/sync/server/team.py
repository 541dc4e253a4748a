"""A team for the role tests: one workspace with a member of each role, and server staff."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from sync.server.services import Services
from tests.sync.server.api import PASSWORD, Device, sign_in

ROLES = ("owner", "admin", "editor", "viewer", "outsider", "server_admin", "auditor")


def email_of(role: str) -> str:
    return f"{role.replace('_', '-')}@example.com"


@dataclass
class Team:
    workspace_id: str
    spare_id: str  # a second workspace with the same members (for ownership transfer)
    user_ids: dict[str, str]

    def user(self, role: str) -> str:
        return self.user_ids[role]


def make_team(services: Services) -> Team:
    """Users for every role, workspaces "Team" and "Spare" where each has that role."""
    user_ids = {role: services.accounts.create_user(email_of(role), PASSWORD) for role in ROLES}
    services.accounts.set_server_role(user_ids["server_admin"], "admin", None)
    services.accounts.set_server_role(user_ids["auditor"], "auditor", None)
    workspace_ids = []
    for name in ("Team", "Spare"):
        workspace_ids.append(services.workspaces.create_team(name, email_of("owner")))
        for role in ("admin", "editor", "viewer"):
            services.workspaces.add_member(name, email_of(role), role)  # type: ignore[arg-type]
    return Team(workspace_ids[0], workspace_ids[1], user_ids)


async def sign_in_as(http: httpx.AsyncClient, role: str, device_id: str = "") -> Device:
    return await sign_in(http, email_of(role), device_id or f"{role}-laptop")
