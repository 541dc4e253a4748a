"""Signing one of your devices out (``DELETE /me/devices/{id}``): it ends at once; nobody
signs out another account's device."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from sync.server.models import AuditEntry
from sync.server.services import Services
from tests.sync.server.api import sign_in

pytestmark = pytest.mark.anyio


async def test_signing_out_another_device_ends_its_session_at_once(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("ada@example.org")
    laptop = await sign_in(http, "ada@example.org", "laptop")
    phone = await sign_in(http, "ada@example.org", "phone")

    response = await http.delete("/me/devices/phone", headers=laptop.auth)

    assert response.status_code == 204
    assert (await phone.get("/me")).status_code == 401, "its access token is dead now"
    refreshed = await http.post("/auth/refresh", json={"refresh_token": phone.refresh_token})
    assert refreshed.status_code == 401, "and it cannot refresh"
    devices = (await laptop.get("/me")).json()["devices"]
    assert [d["device_id"] for d in devices] == ["laptop"]


async def test_another_accounts_or_an_unknown_device_is_not_found(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("ada@example.org")
    make_user("bea@example.org")
    ada = await sign_in(http, "ada@example.org", "ada-laptop")
    bea = await sign_in(http, "bea@example.org", "bea-laptop")

    for device_id in ("bea-laptop", "nowhere"):
        response = await http.delete(f"/me/devices/{device_id}", headers=ada.auth)
        assert response.status_code == 404
        assert "No signed-in device" in response.json()["detail"]
    assert (await bea.get("/me")).status_code == 200, "Bea stays signed in"
    assert (await http.delete("/me/devices/ada-laptop")).status_code == 401


async def test_signing_a_device_out_is_audited(
    http: httpx.AsyncClient, make_user: Any, services: Services
) -> None:
    make_user("ada@example.org")
    laptop = await sign_in(http, "ada@example.org", "laptop")
    await sign_in(http, "ada@example.org", "phone")
    assert (await http.delete("/me/devices/phone", headers=laptop.auth)).status_code == 204
    with services.db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "auth.logout")
        ).all()
    assert [e.actor_id for e in entries] == [laptop.user_id]
    assert '"device_id":"phone"' in entries[0].text.replace(" ", "")
