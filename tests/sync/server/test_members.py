"""Members: invite codes, roles, removal, ownership transfer, disabling a user."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from sync.server.models import AuditEntry, Invite, Member
from sync.server.services import Services
from tests.sync.server.api import Clock, Device, sign_in
from tests.sync.server.team import Team, email_of, make_team, sign_in_as

pytestmark = pytest.mark.anyio


async def invite(device: Device, team: Team, **body: object) -> dict[str, object]:
    response = await device.post(f"/workspaces/{team.workspace_id}/invites", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, object] = response.json()
    return created


def actions(services: Services) -> list[str]:
    with services.db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


async def test_an_invite_code_makes_its_redeemer_a_member_once(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    admin = await sign_in_as(http, "admin")
    created = await invite(admin, team, role="editor")
    code = str(created["code"])
    newcomer_id = services.accounts.create_user("newcomer@example.com", "pass phrase 1")
    newcomer = await sign_in(http, "newcomer@example.com", "new-laptop", "pass phrase 1")

    joined = await newcomer.post("/invites/redeem", json={"code": code})
    again = await newcomer.post("/invites/redeem", json={"code": code})

    assert joined.status_code == 200, joined.text
    assert joined.json()["id"] == team.workspace_id and joined.json()["role"] == "editor"
    assert again.status_code == 404
    pulled = await newcomer.get(f"/workspaces/{team.workspace_id}/pull")
    assert pulled.status_code == 200
    with services.db.read() as session:
        stored = session.scalar(select(Invite))
        assert stored is not None and stored.redeemed_by == newcomer_id
        assert code not in (stored.code_hash, stored.id)  # only its hash is kept
    listed = (await admin.get(f"/workspaces/{team.workspace_id}/invites")).json()
    assert [i["redeemed_by"] for i in listed] == [newcomer_id]
    assert "code" not in listed[0]
    assert actions(services)[-4:] == ["member.invite", "user.create", "auth.login", "member.join"]


async def test_an_invite_for_one_email_refuses_anyone_else(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    owner = await sign_in_as(http, "owner")
    code = (await invite(owner, team, role="viewer", email="Carol@Example.com"))["code"]
    outsider = await sign_in_as(http, "outsider")
    services.accounts.create_user("carol@example.com", "pass phrase 1")
    carol = await sign_in(http, "carol@example.com", "carol-pc", "pass phrase 1")

    refused = await outsider.post("/invites/redeem", json={"code": code})
    accepted = await carol.post("/invites/redeem", json={"code": code})

    assert refused.status_code == 403
    assert "another email" in refused.json()["detail"]
    assert accepted.status_code == 200 and accepted.json()["role"] == "viewer"


async def test_an_expired_or_revoked_invite_cannot_be_redeemed(
    http: httpx.AsyncClient, services: Services, clock: Clock
) -> None:
    team = make_team(services)
    owner = await sign_in_as(http, "owner")
    expiring = (await invite(owner, team, role="viewer", expires_in_hours=1))["code"]
    revoked = await invite(owner, team, role="viewer")
    gone = await owner.http.delete(
        f"/workspaces/{team.workspace_id}/invites/{revoked['id']}", headers=owner.auth
    )
    assert gone.status_code == 204
    clock.advance(3601)
    outsider = await sign_in_as(http, "outsider")
    for code in (expiring, revoked["code"]):
        response = await outsider.post("/invites/redeem", json={"code": code})
        assert response.status_code == 404
        assert "expired" in response.json()["detail"]
    with services.db.read() as session:
        assert session.get(Member, (team.workspace_id, team.user("outsider"))) is None


async def test_an_admin_cannot_invite_an_owner_nor_touch_the_owner(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    admin = await sign_in_as(http, "admin")
    as_owner = await admin.post(f"/workspaces/{team.workspace_id}/invites", json={"role": "owner"})
    demote = await admin.http.put(
        f"/workspaces/{team.workspace_id}/members/{team.user('owner')}",
        json={"role": "viewer"},
        headers=admin.auth,
    )
    remove = await admin.http.delete(
        f"/workspaces/{team.workspace_id}/members/{team.user('owner')}", headers=admin.auth
    )
    assert as_owner.status_code == 422
    assert demote.status_code == 409 and "transfer" in demote.json()["detail"]
    assert remove.status_code == 409
    with services.db.read() as session:
        owner = session.get(Member, (team.workspace_id, team.user("owner")))
        assert owner is not None and owner.role == "owner"


async def test_a_removed_member_loses_the_workspace_at_once_and_a_member_may_leave(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    owner, editor = await sign_in_as(http, "owner"), await sign_in_as(http, "editor")
    viewer = await sign_in_as(http, "viewer")
    assert (await editor.get(f"/workspaces/{team.workspace_id}/pull")).status_code == 200

    removed = await owner.http.delete(
        f"/workspaces/{team.workspace_id}/members/{team.user('editor')}", headers=owner.auth
    )
    left = await viewer.http.delete(
        f"/workspaces/{team.workspace_id}/members/{team.user('viewer')}", headers=viewer.auth
    )

    assert removed.status_code == 204 and left.status_code == 204
    assert (await editor.get(f"/workspaces/{team.workspace_id}/pull")).status_code == 404
    assert (await viewer.get(f"/workspaces/{team.workspace_id}/pull")).status_code == 404
    members = (await owner.get(f"/workspaces/{team.workspace_id}/members")).json()
    assert {m["email"] for m in members} == {email_of("owner"), email_of("admin")}
    assert actions(services)[-2:] == ["member.remove", "member.remove"]


async def test_transferring_ownership_makes_the_old_owner_an_admin(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    owner = await sign_in_as(http, "owner")
    moved = await owner.post(
        f"/workspaces/{team.workspace_id}/transfer", json={"user_id": team.user("editor")}
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["role"] == "owner"
    roles = {
        m["email"]: m["role"]
        for m in (await owner.get(f"/workspaces/{team.workspace_id}/members")).json()
    }
    assert roles[email_of("editor")] == "owner"
    assert roles[email_of("owner")] == "admin"
    again = await owner.post(
        f"/workspaces/{team.workspace_id}/transfer", json={"user_id": team.user("viewer")}
    )
    assert again.status_code == 403


async def test_disabling_a_user_ends_every_session_and_refresh_token_at_once(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    laptop = await sign_in(http, email_of("editor"), "laptop")
    phone = await sign_in(http, email_of("editor"), "phone")
    staff = await sign_in_as(http, "server_admin")

    disabled = await staff.post(f"/admin/users/{team.user('editor')}/disable")

    assert disabled.status_code == 200 and disabled.json()["disabled"] is True
    assert disabled.json()["active_devices"] == 0
    for device in (laptop, phone):
        assert (await device.get("/me")).status_code == 401
        refreshed = await http.post("/auth/refresh", json={"refresh_token": device.refresh_token})
        assert refreshed.status_code == 401
    login = await http.post(
        "/auth/login",
        json={
            "email": email_of("editor"),
            "password": "correct horse battery staple",
            "device_id": "laptop",
        },
    )
    assert login.status_code == 403 and "disabled" in login.json()["detail"]
    enabled = await staff.post(f"/admin/users/{team.user('editor')}/enable")
    assert enabled.json()["disabled"] is False
    assert "user.disable" in actions(services) and "user.enable" in actions(services)


async def test_a_server_admin_cannot_lock_themself_out(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    staff = await sign_in_as(http, "server_admin")
    own = team.user("server_admin")
    disable = await staff.post(f"/admin/users/{own}/disable")
    demote = await staff.http.put(
        f"/admin/users/{own}/role", json={"server_role": None}, headers=staff.auth
    )
    promote = await staff.http.put(
        f"/admin/users/{team.user('viewer')}/role",
        json={"server_role": "auditor"},
        headers=staff.auth,
    )
    assert disable.status_code == 409 and demote.status_code == 409
    assert promote.status_code == 200 and promote.json()["server_role"] == "auditor"
    viewer = await sign_in_as(http, "viewer")
    assert (await viewer.get("/admin/audit")).status_code == 200
