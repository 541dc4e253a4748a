"""Sign-in, token lifetimes, refresh rotation and replay, and that every route checks the caller."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select

from sync.server.app import API_PREFIX, PUBLIC_ROUTES
from sync.server.deps import get_current_user
from sync.server.models import AccessToken, RefreshToken, User
from sync.server.routes import auth, blobs, changes, events, health, me, workspaces
from sync.server.services import Services
from tests.sync.server.api import PASSWORD, Clock, sign_in

pytestmark = pytest.mark.anyio


async def test_login_gives_tokens_and_me_lists_the_device(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("Ada@Example.org")
    laptop = await sign_in(http, "ada@example.org", "laptop")
    await sign_in(http, "ADA@example.org", "phone")

    response = await laptop.get("/me")

    assert response.status_code == 200
    account = response.json()
    assert account["email"] == "ada@example.org"
    assert account["personal_workspace_id"] is None
    assert sorted(d["device_id"] for d in account["devices"]) == ["laptop", "phone"]


@pytest.mark.parametrize("email", ["ada@example.org", "nobody@example.org"])
async def test_a_wrong_password_or_unknown_email_is_refused_alike(
    http: httpx.AsyncClient, make_user: Any, email: str
) -> None:
    make_user("ada@example.org")
    response = await http.post(
        "/auth/login", json={"email": email, "password": "wrong", "device_id": "d1"}
    )
    assert response.status_code == 401
    assert response.json()["detail"] == "Wrong email or password."


async def test_requests_without_a_valid_token_are_refused(http: httpx.AsyncClient) -> None:
    assert (await http.get("/me")).status_code == 401
    bad = await http.get("/me", headers={"Authorization": "Bearer nonsense"})
    assert bad.status_code == 401
    assert bad.headers["WWW-Authenticate"] == "Bearer"


async def test_access_token_expires_after_15_minutes_and_refresh_renews_it(
    http: httpx.AsyncClient, make_user: Any, clock: Clock
) -> None:
    make_user("ada@example.org")
    device = await sign_in(http, "ada@example.org", "laptop")
    clock.advance(14 * 60)
    assert (await device.get("/me")).status_code == 200
    clock.advance(61)
    expired = await device.get("/me")
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]

    renewed = await http.post("/auth/refresh", json={"refresh_token": device.refresh_token})

    assert renewed.status_code == 200
    assert renewed.json()["expires_in"] == 15 * 60
    device.access_token = renewed.json()["access_token"]
    assert (await device.get("/me")).status_code == 200


async def test_refresh_rotates_and_a_replayed_refresh_token_revokes_the_session(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("ada@example.org")
    device = await sign_in(http, "ada@example.org", "laptop")
    other = await sign_in(http, "ada@example.org", "phone")
    first = device.refresh_token

    rotated = (await http.post("/auth/refresh", json={"refresh_token": first})).json()
    assert rotated["refresh_token"] != first
    device.access_token = rotated["access_token"]
    assert (await device.get("/me")).status_code == 200

    replay = await http.post("/auth/refresh", json={"refresh_token": first})

    assert replay.status_code == 401
    assert "already used" in replay.json()["detail"]
    # The whole family is dead: the newest access and refresh tokens too.
    assert (await device.get("/me")).status_code == 401
    newest = await http.post("/auth/refresh", json={"refresh_token": rotated["refresh_token"]})
    assert newest.status_code == 401
    # Another device's session is untouched.
    assert (await other.get("/me")).status_code == 200


async def test_logout_ends_only_this_devices_session(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("ada@example.org")
    laptop = await sign_in(http, "ada@example.org", "laptop")
    phone = await sign_in(http, "ada@example.org", "phone")

    assert (await laptop.post("/auth/logout")).status_code == 204

    assert (await laptop.get("/me")).status_code == 401
    refreshed = await http.post("/auth/refresh", json={"refresh_token": laptop.refresh_token})
    assert refreshed.status_code == 401
    devices = (await phone.get("/me")).json()["devices"]
    assert [d["device_id"] for d in devices] == ["phone"]


async def test_a_disabled_account_cannot_sign_in_or_use_its_tokens(
    http: httpx.AsyncClient, make_user: Any, services: Services
) -> None:
    user_id = make_user("ada@example.org")
    device = await sign_in(http, "ada@example.org", "laptop")
    with services.db.write() as session:
        user = session.get(User, user_id)
        assert user is not None
        user.disabled = True

    assert (await device.get("/me")).status_code == 403
    login = await http.post(
        "/auth/login",
        json={"email": "ada@example.org", "password": PASSWORD, "device_id": "laptop"},
    )
    assert login.status_code == 403


async def test_passwords_and_tokens_are_stored_only_as_hashes(
    http: httpx.AsyncClient, make_user: Any, services: Services
) -> None:
    make_user("ada@example.org")
    device = await sign_in(http, "ada@example.org", "laptop")
    with services.db.read() as session:
        password_hash = session.scalar(select(User.password_hash))
        stored = set(session.scalars(select(AccessToken.token_hash))) | set(
            session.scalars(select(RefreshToken.token_hash))
        )
    assert password_hash is not None and password_hash.startswith("$argon2id$")
    assert PASSWORD not in password_hash
    assert device.access_token not in stored
    assert device.refresh_token not in stored
    assert len(stored) == 2


def test_every_route_but_login_refresh_and_health_checks_the_caller() -> None:
    def depends_on_caller(dependant: Any) -> bool:
        return any(
            d.call is get_current_user or depends_on_caller(d) for d in dependant.dependencies
        )

    unchecked = []
    for module in (auth, me, workspaces, changes, events, blobs, health):
        for route in module.router.routes:
            assert isinstance(route, APIRoute)
            path = API_PREFIX + route.path
            if path not in PUBLIC_ROUTES and not depends_on_caller(route.dependant):
                unchecked.append(path)
    assert unchecked == []
