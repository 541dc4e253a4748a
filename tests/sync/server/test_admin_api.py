"""The admin console's data: users, workspaces, the audit log and its export, usage, health."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from sync.server.db import head_revision
from sync.server.services import Services
from tests.sync.server.api import Clock, Device, hlc, sha
from tests.sync.server.team import Team, email_of, make_team, sign_in_as
from tests.sync.server.test_blobs import upload

pytestmark = pytest.mark.anyio


def message(mutation_id: str, entity_id: str, clock: str, **metrics: Any) -> dict[str, Any]:
    fields = {"conversation_id": "c1", "role": "assistant", "content": "hi", "metrics": metrics}
    return {
        "mutation_id": mutation_id,
        "entity": "message",
        "entity_id": entity_id,
        "fields": fields,
        "clocks": dict.fromkeys(fields, clock),
    }


def document(mutation_id: str, entity_id: str, clock: str, file_sha: str) -> dict[str, Any]:
    fields = {"title": "Report", "file_sha256": file_sha, "size_bytes": 5000}
    return {
        "mutation_id": mutation_id,
        "entity": "document",
        "entity_id": entity_id,
        "fields": fields,
        "clocks": dict.fromkeys(fields, clock),
    }


async def fill(team: Team, editor: Device, owner: Device, clock: Clock) -> None:
    """Two messages by the editor, one by the owner, a document with its file by the owner."""
    ws, now = team.workspace_id, clock.ms
    await editor.push(
        ws,
        message("m1", "msg-1", hlc(now, "e"), input_tokens=100, output_tokens=40, cost_usd=0.5),
        message("m2", "msg-2", hlc(now, "e"), input_tokens=10, output_tokens=4, cost_usd=0.25),
    )
    data = b"%PDF-1.4 report " * 320
    await upload(owner, ws, data)
    await owner.push(
        ws,
        message("m3", "msg-3", hlc(now, "o"), input_tokens=1, output_tokens=1),
        document("m4", "doc-1", hlc(now, "o"), sha(data)),
    )


async def test_usage_counts_what_each_workspace_and_user_holds_by_day(
    http: httpx.AsyncClient, services: Services, clock: Clock
) -> None:
    team = make_team(services)
    editor, owner = await sign_in_as(http, "editor"), await sign_in_as(http, "owner")
    await fill(team, editor, owner, clock)
    staff = await sign_in_as(http, "auditor")

    report = (await staff.get("/admin/usage", params={"days": 7})).json()

    ws = next(w for w in report["workspaces"] if w["workspace_id"] == team.workspace_id)
    assert (ws["messages"], ws["documents"], ws["storage_bytes"]) == (3, 1, 16 * 320)
    assert (ws["input_tokens"], ws["output_tokens"]) == (111, 45)
    assert ws["cost_usd"] == pytest.approx(0.75)
    assert ws["active_devices"] == 2
    days = ws["changes_by_day"]
    today = datetime.fromtimestamp(clock.ms / 1000, UTC).strftime("%Y-%m-%d")
    assert len(days) == 7 and days[-1] == {"day": today, "changes": 4}
    assert sum(d["changes"] for d in days[:-1]) == 0
    users = {u["email"]: u for u in report["users"]}
    assert (users[email_of("editor")]["messages"], users[email_of("editor")]["documents"]) == (2, 0)
    assert users[email_of("editor")]["input_tokens"] == 110
    assert users[email_of("owner")]["documents"] == 1
    assert users[email_of("owner")]["storage_bytes"] == 16 * 320
    assert users[email_of("viewer")]["changes_by_day"][-1]["changes"] == 0
    own = await owner.get(f"/workspaces/{team.workspace_id}/usage", params={"days": 1})
    assert own.status_code == 200 and own.json()["messages"] == 3


async def test_users_can_be_searched_by_email_role_and_state(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    services.accounts.set_disabled(team.user("viewer"), True, None)
    staff = await sign_in_as(http, "server_admin")

    async def emails(**params: Any) -> list[str]:
        page = (await staff.get("/admin/users", params=params)).json()
        return [u["email"] for u in page["items"]]

    assert await emails(q="OWN") == [email_of("owner")]
    assert await emails(role="auditor") == [email_of("auditor")]
    assert await emails(disabled=True) == [email_of("viewer")]
    assert len(await emails(role="none")) == 5
    assert await emails(q="%") == [], "LIKE wildcards in the search are taken literally"
    page = (await staff.get("/admin/users", params={"limit": 2, "offset": 2})).json()
    assert page["total"] == 7 and len(page["items"]) == 2
    owner = next(
        u
        for u in (await staff.get("/admin/users")).json()["items"]
        if u["user_id"] == team.user("owner")
    )
    assert owner["workspaces"] == 2 and owner["server_role"] is None


async def test_workspaces_list_their_members_and_storage(
    http: httpx.AsyncClient, services: Services
) -> None:
    team = make_team(services)
    owner = await sign_in_as(http, "owner")
    await upload(owner, team.workspace_id, b"x" * 1234)
    staff = await sign_in_as(http, "auditor")
    page = (await staff.get("/admin/workspaces", params={"q": "tea"})).json()
    assert page["total"] == 1
    [workspace] = page["items"]
    assert workspace["name"] == "Team" and workspace["storage_bytes"] == 1234
    assert {m["email"]: m["role"] for m in workspace["members"]} == {
        email_of("owner"): "owner",
        email_of("admin"): "admin",
        email_of("editor"): "editor",
        email_of("viewer"): "viewer",
    }


async def test_the_audit_log_filters_by_actor_action_and_time_and_pages(
    http: httpx.AsyncClient, services: Services, clock: Clock
) -> None:
    team = make_team(services)
    start = clock.ms
    clock.advance(60)
    await sign_in_as(http, "editor")
    bad = await http.post(
        "/auth/login",
        json={"email": email_of("editor"), "password": "wrong", "device_id": "x"},
    )
    assert bad.status_code == 401
    staff = await sign_in_as(http, "auditor")

    by_actor = (await staff.get("/admin/audit", params={"actor": email_of("editor")})).json()
    assert [e["action"] for e in by_actor["items"]] == ["auth.login_failed", "auth.login"]
    assert by_actor["items"][0]["actor_email"] == email_of("editor")
    assert by_actor["items"][0]["details"]["reason"] == "wrong password"
    family = (await staff.get("/admin/audit", params={"action": "auth."})).json()
    assert {e["action"] for e in family["items"]} == {"auth.login", "auth.login_failed"}
    before = (await staff.get("/admin/audit", params={"until_ms": start + 1})).json()
    assert {e["action"] for e in before["items"]} == {
        "user.create",
        "user.role",
        "workspace.create",
        "member.join",
    }
    in_ws = (await staff.get("/admin/audit", params={"workspace_id": team.spare_id})).json()
    assert in_ws["total"] == 4  # created, then three members joined
    page = (await staff.get("/admin/audit", params={"limit": 3, "offset": 0})).json()
    assert len(page["items"]) == 3 and page["total"] > 3
    assert page["items"][0]["seq"] > page["items"][1]["seq"], "newest first"


async def test_the_audit_export_is_audited_and_carries_the_hashes(
    http: httpx.AsyncClient, services: Services
) -> None:
    make_team(services)
    staff = await sign_in_as(http, "auditor")
    jsonl = await staff.get("/admin/audit/export")
    as_csv = await staff.get("/admin/audit/export", params={"format": "csv"})
    lines = [json.loads(line) for line in jsonl.text.splitlines()]
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert [e["seq"] for e in lines] == list(range(1, len(lines) + 1))
    assert all(len(e["hash"]) == 64 for e in lines)
    assert lines[-1]["action"] == "audit.export"
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert rows[-1]["action"] == "audit.export" and rows[-1]["hash"]
    assert json.loads(rows[-1]["details"])["format"] == "csv"


async def test_health_reports_the_server_and_the_audit_chain(
    http: httpx.AsyncClient, services: Services
) -> None:
    make_team(services)
    staff = await sign_in_as(http, "server_admin")
    body = (await staff.get("/admin/health")).json()
    assert body["database"] == ("sqlite" if services.db.is_sqlite else "postgresql")
    assert body["database_ok"] is True
    assert body["schema"] == head_revision()
    assert body["users"] == 7 and body["workspaces"] == 2
    assert body["active_devices_24h"] == 1
    assert body["connected_devices"] == 0
    assert body["audit"]["last_seq"] == body["audit"]["entries"] > 0
    assert body["audit"]["checkpoint_key_id"] == services.audit.signer.key_id


async def test_the_openapi_schema_documents_the_team_routes(http: httpx.AsyncClient) -> None:
    schema = (await http.get("http://server/openapi.json")).json()
    paths = schema["paths"]
    for path, method in [
        ("/v1/admin/users", "get"),
        ("/v1/admin/audit", "get"),
        ("/v1/admin/health", "get"),
        ("/v1/workspaces/{workspace_id}/invites", "post"),
        ("/v1/invites/redeem", "post"),
        ("/v1/me/export", "get"),
        ("/v1/me", "delete"),
    ]:
        assert method in paths[path], path
    health = schema["components"]["schemas"]["Health"]["properties"]
    assert "schema" in health and "connected_devices" in health
    audit_params = {p["name"] for p in paths["/v1/admin/audit"]["get"]["parameters"]}
    assert {"actor", "action", "since_ms", "until_ms", "offset", "limit"} <= audit_params


async def test_an_unsigned_caller_sees_no_admin_data(http: httpx.AsyncClient) -> None:
    assert (await http.get("/admin/users")).status_code == 401
