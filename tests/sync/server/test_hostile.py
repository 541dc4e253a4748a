"""Hostile requests: each gets the right 4xx, and the data is exactly as it was."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from sync.server.models import (
    AuditEntry,
    Blob,
    ChangeLogEntry,
    EntityStateRow,
    Invite,
    Member,
    User,
    Workspace,
)
from sync.server.services import Services
from tests.sync.server.api import PASSWORD, Clock, hlc, sign_in, upsert
from tests.sync.server.team import email_of, make_team

pytestmark = pytest.mark.anyio
CONTENT = (User, Member, Workspace, Invite, ChangeLogEntry, EntityStateRow, Blob)


def snapshot(services: Services) -> dict[str, list[Any]]:
    """Every row of the tables that hold users' data, as plain values."""
    with services.db.read() as session:
        return {
            model.__tablename__: sorted(
                repr(sorted((c.key, getattr(row, c.key)) for c in model.__table__.columns))
                for row in session.scalars(select(model))
            )
            for model in CONTENT
        }


async def test_hostile_requests_are_refused_and_change_nothing(
    http: httpx.AsyncClient, services: Services, clock: Clock
) -> None:
    team = make_team(services)
    editor = await sign_in(http, email_of("editor"), "laptop")
    outsider = await sign_in(http, email_of("outsider"), "stranger")
    other_ws = services.workspaces.create_team("Elsewhere", email_of("outsider"))
    ws = team.workspace_id
    mutation = upsert("m1", "conv-1", hlc(clock.ms, "laptop"), title="hijacked")
    push = {"device_id": "laptop", "mutations": [mutation]}
    before = snapshot(services)

    async def expect(status: int, response: httpx.Response) -> None:
        assert response.status_code == status, (status, response.request.url, response.text)
        assert snapshot(services) == before, f"{response.request.url} changed data"

    # No token, a forged one, a malformed header.
    await expect(401, await http.post(f"/workspaces/{ws}/push", json=push))
    forged = {"Authorization": "Bearer " + "A" * 43}
    await expect(401, await http.post(f"/workspaces/{ws}/push", json=push, headers=forged))
    await expect(401, await http.get("/me", headers={"Authorization": "Basic YWRhOnB3"}))
    # Another workspace's ids: 404, the same as a workspace that does not exist.
    other_push = {"device_id": "laptop", "mutations": [mutation]}
    await expect(404, await editor.post(f"/workspaces/{other_ws}/push", json=other_push))
    await expect(404, await editor.get(f"/workspaces/{other_ws}/members"))
    await expect(404, await editor.get(f"/workspaces/{other_ws}/blobs/{'a' * 64}/status"))
    await expect(404, await editor.get("/workspaces/no-such-ws/pull"))
    # Path tricks in blob ids and ids the server never made.
    for trick in ("..%2F..%2Fserver.db", "%2e%2e", "A" * 64, "a" * 63 + "/"):
        response = await editor.get(f"/workspaces/{ws}/blobs/{trick}/status")
        assert response.status_code in (404, 422), (trick, response.text)
        assert snapshot(services) == before
    await expect(
        404, await editor.put(f"/workspaces/{ws}/members/..%2Fadmin", json={"role": "viewer"})
    )
    await expect(
        422, await outsider.put(f"/workspaces/{other_ws}/members/a.b", json={"role": "viewer"})
    )
    # Bodies over the limit, declared or streamed without a length.
    huge = b'{"code": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    await expect(413, await editor.post("/invites/redeem", content=huge))

    async def stream() -> AsyncIterator[bytes]:
        for _ in range(40):
            yield b"x" * 65536

    await expect(413, await editor.post("/invites/redeem", content=stream()))
    # Invalid inputs, each with a specific message.
    bad_role = await outsider.post(f"/workspaces/{other_ws}/invites", json={"role": "superuser"})
    await expect(422, bad_role)
    assert "role" in str(bad_role.json()["detail"])
    bad_cursor = await editor.get(f"/workspaces/{ws}/pull", params={"cursor": "not-a-cursor"})
    await expect(422, bad_cursor)
    assert "cursor" in bad_cursor.json()["detail"]
    await expect(422, await editor.post("/invites/redeem", json={"code": "short"}))
    # An expired access token.
    clock.advance(16 * 60)
    expired = await editor.post(f"/workspaces/{ws}/push", json=push)
    await expect(401, expired)
    assert "expired" in expired.json()["detail"]


async def test_a_replayed_refresh_token_is_refused_and_ends_the_session(
    http: httpx.AsyncClient, services: Services
) -> None:
    make_team(services)
    device = await sign_in(http, email_of("editor"), "laptop")
    first = await http.post("/auth/refresh", json={"refresh_token": device.refresh_token})
    assert first.status_code == 200
    fresh = {"Authorization": f"Bearer {first.json()['access_token']}"}
    before = snapshot(services)

    replay = await http.post("/auth/refresh", json={"refresh_token": device.refresh_token})

    assert replay.status_code == 401
    assert "already used" in replay.json()["detail"]
    assert (await http.get("/me", headers=fresh)).status_code == 401, "the session is revoked"
    assert snapshot(services) == before
    with services.db.read() as session:
        assert session.scalar(
            select(AuditEntry.action).where(AuditEntry.action == "auth.refresh_replayed")
        )


async def test_sign_in_is_rate_limited_per_email_and_address(
    app: FastAPI, services: Services, clock: Clock
) -> None:
    services.accounts.create_user("ada@example.org", PASSWORD)

    def client(ip: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, client=(ip, 40000))
        return httpx.AsyncClient(transport=transport, base_url="http://server/v1")

    def body(password: str) -> dict[str, str]:
        return {"email": "ada@example.org", "password": password, "device_id": "d1"}

    async with client("203.0.113.7") as attacker, client("198.51.100.2") as office:
        statuses = [
            (await attacker.post("/auth/login", json=body(f"guess {n}"))).status_code
            for n in range(5)
        ]
        blocked = await attacker.post("/auth/login", json=body(PASSWORD))
        elsewhere = await office.post("/auth/login", json=body(PASSWORD))
        clock.advance(15 * 60 + 1)
        later = await attacker.post("/auth/login", json=body(PASSWORD))

    assert statuses == [401] * 5
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert "Too many failed sign-ins" in blocked.json()["detail"]
    assert elsewhere.status_code == 200, "another address is not locked out"
    assert later.status_code == 200, "the limit lifts when the window passes"
    with services.db.read() as session:
        audited = list(session.scalars(select(AuditEntry.action)))
    assert audited.count("auth.login_failed") == 5
    assert "auth.rate_limited" in audited
