"""Helpers for driving the team server's API in tests: a signed-in device, mutations, clocks."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

import httpx

PASSWORD = "correct horse battery staple"


class Clock:
    """The server's clock, moved by hand."""

    def __init__(self) -> None:
        self.ms = time.time_ns() // 1_000_000

    def __call__(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


def hlc(wall_ms: int, device: str, counter: int = 0) -> str:
    return f"{wall_ms:015d}.{counter:05d}.{device}"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Device:
    """One signed-in device of a user: its client and tokens."""

    http: httpx.AsyncClient
    device_id: str
    access_token: str
    refresh_token: str
    user_id: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.http.get(
            url, headers={**self.auth, **kwargs.pop("headers", {})}, **kwargs
        )

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.http.post(
            url, headers={**self.auth, **kwargs.pop("headers", {})}, **kwargs
        )

    async def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.http.put(
            url, headers={**self.auth, **kwargs.pop("headers", {})}, **kwargs
        )

    async def push(self, workspace_id: str, *mutations: dict[str, Any]) -> dict[str, Any]:
        response = await self.post(
            f"/workspaces/{workspace_id}/push",
            json={"device_id": self.device_id, "mutations": list(mutations)},
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def pull(self, workspace_id: str, cursor: str = "", limit: int = 1000) -> dict[str, Any]:
        response = await self.get(
            f"/workspaces/{workspace_id}/pull", params={"cursor": cursor, "limit": limit}
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def pull_all(self, workspace_id: str, cursor: str = "") -> list[dict[str, Any]]:
        changes: list[dict[str, Any]] = []
        while True:
            page = await self.pull(workspace_id, cursor)
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                return changes


async def sign_in(
    http: httpx.AsyncClient, email: str, device_id: str, password: str = PASSWORD
) -> Device:
    response = await http.post(
        "/auth/login",
        json={
            "email": email,
            "password": password,
            "device_id": device_id,
            "device_name": device_id,
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    return Device(http, device_id, body["access_token"], body["refresh_token"], body["user_id"])


async def publish(device: Device, name: str = "Team", kind: str = "team", **extra: Any) -> str:
    response = await device.post("/workspaces", json={"name": name, "kind": kind, **extra})
    assert response.status_code in (200, 201), response.text
    workspace_id: str = response.json()["id"]
    return workspace_id


def upsert(mutation_id: str, entity_id: str, clock: str, **fields: Any) -> dict[str, Any]:
    return {
        "mutation_id": mutation_id,
        "entity": "conversation",
        "entity_id": entity_id,
        "fields": fields,
        "clocks": dict.fromkeys(fields, clock),
    }
