"""GDPR: a user downloads all the server holds about them, and can erase their account."""

from __future__ import annotations

import io
import json
import zipfile

import httpx
import pytest
from sqlalchemy import select

from sync.server.audit import verify
from sync.server.models import ChangeLogEntry, DeviceSession, EntityStateRow, User, Workspace
from sync.server.services import Services
from tests.sync.server.api import PASSWORD, Clock, Device, hlc, publish, sha, upsert
from tests.sync.server.team import Team, email_of, make_team, sign_in_as
from tests.sync.server.test_admin_api import document
from tests.sync.server.test_blobs import upload

pytestmark = pytest.mark.anyio
FILE = b"%PDF-1.4 my private notes " * 100


async def setup(
    http: httpx.AsyncClient, services: Services, clock: Clock
) -> tuple[Team, Device, str]:
    """The editor has a personal workspace with a document and its file, and wrote in Team."""
    team = make_team(services)
    editor = await sign_in_as(http, "editor")
    personal = await publish(editor, "Mine", "personal")
    await upload(editor, personal, FILE)
    await editor.push(personal, document("p1", "doc-mine", hlc(clock.ms, "e"), sha(FILE)))
    await editor.push(
        team.workspace_id, upsert("t1", "conv-team", hlc(clock.ms, "e"), title="Plan")
    )
    owner = await sign_in_as(http, "owner")
    await owner.push(team.workspace_id, upsert("t2", "conv-owner", hlc(clock.ms, "o"), title="Q3"))
    return team, editor, personal


async def test_export_holds_the_account_its_devices_rows_and_files(
    http: httpx.AsyncClient, services: Services, clock: Clock
) -> None:
    team, editor, personal = await setup(http, services, clock)

    response = await editor.get("/me/export")

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    account = json.loads(archive.read("account.json"))
    assert account["email"] == email_of("editor")
    assert [d["device_id"] for d in json.loads(archive.read("devices.json"))] == ["editor-laptop"]
    roles = {m["name"]: m["role"] for m in json.loads(archive.read("memberships.json"))}
    assert roles == {"Mine": "owner", "Team": "editor", "Spare": "editor"}
    mine = json.loads(archive.read(f"workspaces/{personal}/entities.json"))
    assert [r["entity_id"] for r in mine] == ["doc-mine"]
    in_team = json.loads(archive.read(f"workspaces/{team.workspace_id}/entities.json"))
    assert [r["entity_id"] for r in in_team] == ["conv-team"], "only what they made"
    assert archive.read(f"files/{sha(FILE)}") == FILE
    audit = json.loads(archive.read("audit.json"))
    assert "auth.login" in {e["action"] for e in audit}
    assert "password" not in json.dumps(account)
    exported = await (await sign_in_as(http, "auditor")).get("/admin/audit?action=gdpr.export")
    assert exported.json()["items"][0]["actor_id"] == team.user("editor")


async def test_erasing_removes_personal_data_and_anonymises_team_content(
    http: httpx.AsyncClient, services: Services, clock: Clock
) -> None:
    team, editor, personal = await setup(http, services, clock)
    user_id = team.user("editor")
    blob_dir = services.config.blob_dir / personal
    assert blob_dir.exists()

    wrong = await editor.http.request(
        "DELETE", "/me", json={"confirm_email": "someone@else.com"}, headers=editor.auth
    )
    assert wrong.status_code == 422 and "confirm" in wrong.json()["detail"]
    erased = await editor.http.request(
        "DELETE", "/me", json={"confirm_email": email_of("editor")}, headers=editor.auth
    )

    assert erased.status_code == 204
    with services.db.read() as session:
        user = session.get(User, user_id)
        assert user is not None and user.erased_at_ms is not None
        assert email_of("editor") not in user.email and user.password_hash == ""
        assert session.get(Workspace, personal) is None
        assert not session.scalars(
            select(DeviceSession).where(DeviceSession.user_id == user_id)
        ).all()
        team_rows = set(
            session.scalars(
                select(EntityStateRow.entity_id).where(
                    EntityStateRow.workspace_id == team.workspace_id
                )
            )
        )
        devices = set(session.scalars(select(ChangeLogEntry.device_id)))
    assert team_rows == {"conv-team", "conv-owner"}, "the team keeps what they wrote"
    assert "editor-laptop" not in devices and any(d.startswith("erased-") for d in devices)
    assert not blob_dir.exists(), "their files are gone from disk"
    assert (await editor.get("/me")).status_code == 401
    login = await http.post(
        "/auth/login",
        json={"email": email_of("editor"), "password": PASSWORD, "device_id": "x"},
    )
    assert login.status_code == 401
    staff = await sign_in_as(http, "auditor")
    entries = (await staff.get("/admin/audit", params={"actor": user_id})).json()["items"]
    assert entries[0]["action"] == "gdpr.erase"
    assert {e["actor_email"] for e in entries} == {None}, "the audit names them by id only"
    members = (await staff.get(f"/workspaces/{team.workspace_id}/members")).json()
    assert user_id not in {m["user_id"] for m in members}
    assert verify(services.db, services.audit.signer).ok


async def test_an_owner_of_a_shared_workspace_must_hand_it_over_first(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    owner = await sign_in_as(http, "owner")
    refused = await owner.http.request(
        "DELETE", "/me", json={"confirm_email": email_of("owner")}, headers=owner.auth
    )
    assert refused.status_code == 409
    assert "transfer" in refused.json()["detail"]
    with services.db.read() as session:
        user = session.get(User, team.user("owner"))
        assert user is not None and user.erased_at_ms is None
