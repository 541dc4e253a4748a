"""Publishing workspaces made on devices, listing them, and membership checks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sync.server.services import Services
from tests.sync.server.api import publish, sign_in

pytestmark = pytest.mark.anyio


async def test_publishing_a_personal_workspace_keeps_its_id_and_sets_it_on_the_account(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("ada@example.org")
    device = await sign_in(http, "ada@example.org", "laptop")

    created = await device.post(
        "/workspaces", json={"id": "ws-made-offline", "name": "Personal", "kind": "personal"}
    )
    again = await device.post(
        "/workspaces", json={"id": "ws-made-offline", "name": "Personal", "kind": "personal"}
    )

    assert created.status_code == 201
    assert again.status_code == 200
    assert created.json() == {
        "id": "ws-made-offline",
        "name": "Personal",
        "kind": "personal",
        "role": "owner",
        "seq": 0,
    }
    assert (await device.get("/me")).json()["personal_workspace_id"] == "ws-made-offline"


async def test_a_second_personal_workspace_is_refused_naming_the_first(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("ada@example.org")
    laptop = await sign_in(http, "ada@example.org", "laptop")
    phone = await sign_in(http, "ada@example.org", "phone")
    await publish(laptop, "Personal", "personal", id="ws-laptop")

    response = await phone.post(
        "/workspaces", json={"id": "ws-phone", "name": "Personal", "kind": "personal"}
    )

    assert response.status_code == 409
    assert "ws-laptop" in response.json()["detail"]


async def test_workspace_list_shows_role_and_seq(
    http: httpx.AsyncClient, make_user: Any, services: Services
) -> None:
    make_user("ada@example.org")
    make_user("bob@example.org")
    team_id = services.workspaces.create_team("Research", "ada@example.org")
    services.workspaces.add_member("Research", "bob@example.org", "viewer")
    ada = await sign_in(http, "ada@example.org", "laptop")
    bob = await sign_in(http, "bob@example.org", "laptop")
    await ada.push(
        team_id,
        {
            "mutation_id": "1",
            "entity": "tag",
            "entity_id": "t1",
            "fields": {"name": "x"},
            "clocks": {"name": f"{services.config.clock_ms():015d}.00000.dev"},
        },
    )

    listed = (await bob.get("/workspaces")).json()

    assert listed == [
        {"id": team_id, "name": "Research", "kind": "team", "role": "viewer", "seq": 1}
    ]


async def test_someone_elses_workspace_is_not_found_and_its_id_cannot_be_taken(
    http: httpx.AsyncClient, make_user: Any
) -> None:
    make_user("ada@example.org")
    make_user("eve@example.org")
    ada = await sign_in(http, "ada@example.org", "laptop")
    eve = await sign_in(http, "eve@example.org", "laptop")
    workspace_id = await publish(ada, id="ws-ada")

    assert (await eve.get(f"/workspaces/{workspace_id}/pull")).status_code == 404
    assert (await eve.get(f"/workspaces/{workspace_id}/events")).status_code == 404
    taken = await eve.post("/workspaces", json={"id": "ws-ada", "name": "Mine"})
    assert taken.status_code == 409


@pytest.mark.parametrize("bad_id", ["../etc", "a/b", "x" * 65, "dot.dot"])
async def test_workspace_ids_that_could_name_other_folders_are_refused(
    http: httpx.AsyncClient, make_user: Any, bad_id: str
) -> None:
    make_user("ada@example.org")
    ada = await sign_in(http, "ada@example.org", "laptop")
    response = await ada.post("/workspaces", json={"id": bad_id, "name": "x"})
    assert response.status_code == 422
