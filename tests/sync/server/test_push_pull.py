"""Push (idempotent, merged per field, purge sentinel, refusals) and pull (order, paging,
resync after compaction)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from sync.protocol import MAX_CLOCK_AHEAD_MS, MAX_PULL_LIMIT, Mutation, PushRequest
from sync.server.services import Services
from tests.sync.server.api import Clock, Device, hlc, publish, sign_in, upsert

pytestmark = pytest.mark.anyio


@pytest.fixture
async def ada(http: httpx.AsyncClient, make_user: Any) -> Device:
    make_user("ada@example.org")
    return await sign_in(http, "ada@example.org", "laptop")


async def test_a_repeated_push_is_acked_as_duplicate_and_logged_once(
    ada: Device, clock: Clock
) -> None:
    ws = await publish(ada)
    mutation = upsert("m1", "c1", hlc(clock.ms, "laptop"), title="Hello")

    first = await ada.push(ws, mutation)
    second = await ada.push(ws, mutation)

    assert first["results"] == [
        {"mutation_id": "m1", "status": "applied", "reason": "", "current": None}
    ]
    assert second["results"][0]["status"] == "duplicate"
    assert first["seq"] == second["seq"] == 1
    assert len(await ada.pull_all(ws)) == 1


async def test_the_same_mutation_id_from_another_device_is_a_new_change(
    http: httpx.AsyncClient, ada: Device, clock: Clock
) -> None:
    ws = await publish(ada)
    phone = await sign_in(http, "ada@example.org", "phone")
    await ada.push(ws, upsert("1", "c1", hlc(clock.ms, "laptop"), title="a"))
    result = await phone.push(ws, upsert("1", "c2", hlc(clock.ms, "phone"), title="b"))
    assert result["results"][0]["status"] == "applied"
    assert result["seq"] == 2


async def test_changes_are_pulled_in_seq_order_with_their_device(
    http: httpx.AsyncClient, ada: Device, clock: Clock
) -> None:
    ws = await publish(ada)
    phone = await sign_in(http, "ada@example.org", "phone")
    await ada.push(
        ws,
        upsert("m1", "c1", hlc(clock.ms, "laptop"), title="one"),
        upsert("m2", "c2", hlc(clock.ms, "laptop"), title="two"),
    )
    await phone.push(ws, upsert("p1", "c3", hlc(clock.ms, "phone"), title="three"))

    changes = await phone.pull_all(ws)

    assert [c["seq"] for c in changes] == [1, 2, 3]
    assert [c["entity_id"] for c in changes] == ["c1", "c2", "c3"]
    assert [c["device_id"] for c in changes] == ["laptop", "laptop", "phone"]


async def test_fields_merge_last_writer_wins_across_devices(
    http: httpx.AsyncClient, ada: Device, clock: Clock
) -> None:
    ws = await publish(ada)
    phone = await sign_in(http, "ada@example.org", "phone")
    early, late = clock.ms - 10_000, clock.ms - 5_000
    await ada.push(
        ws,
        {
            "mutation_id": "m1",
            "entity": "conversation",
            "entity_id": "c1",
            "fields": {"title": "laptop title", "pinned": True},
            "clocks": {"title": hlc(late, "laptop"), "pinned": hlc(early, "laptop")},
        },
    )
    # The phone edited both offline: its title is older (loses), its pinned newer (wins).
    pushed = await phone.push(
        ws,
        {
            "mutation_id": "p1",
            "entity": "conversation",
            "entity_id": "c1",
            "fields": {"title": "phone title", "pinned": False},
            "clocks": {"title": hlc(early, "phone"), "pinned": hlc(late, "phone")},
        },
    )
    stale = await phone.push(ws, upsert("p2", "c1", hlc(early - 1, "phone"), title="older"))

    assert pushed["results"][0]["status"] == "applied"
    # A lost field is still applied (merged), and the answer says what won instead.
    assert pushed["results"][0]["current"]["fields"] == {"title": "laptop title", "pinned": False}
    assert stale["results"][0]["status"] == "applied"
    assert stale["results"][0]["current"]["clocks"]["title"] == hlc(late, "laptop")
    assert stale["seq"] == 2  # nothing won: nothing logged
    changes = await ada.pull_all(ws)
    assert [(c["fields"], c["device_id"]) for c in changes] == [
        ({"title": "laptop title", "pinned": True}, "laptop"),
        ({"pinned": False}, "phone"),  # only the field that won, with its clock
    ]
    assert changes[1]["clocks"] == {"pinned": hlc(late, "phone")}


async def test_a_purged_row_stays_purged_whatever_arrives_later(ada: Device, clock: Clock) -> None:
    ws = await publish(ada)
    await ada.push(ws, upsert("m1", "c1", hlc(clock.ms, "laptop"), title="doomed"))
    purge = {"mutation_id": "m2", "entity": "conversation", "entity_id": "c1", "op": "purge"}
    await ada.push(ws, purge)

    late = await ada.push(ws, upsert("m3", "c1", hlc(clock.ms + 1000, "phone"), title="back?"))
    again = await ada.push(ws, {**purge, "mutation_id": "m4"})

    assert late["results"][0]["status"] == "applied"
    assert late["results"][0]["current"]["purged"] is True
    assert again["results"][0]["status"] == "applied"
    changes = await ada.pull_all(ws)
    assert [(c["seq"], c["op"]) for c in changes] == [(1, "upsert"), (2, "purge")]


async def test_a_viewers_push_is_refused_with_the_servers_row(
    http: httpx.AsyncClient, ada: Device, make_user: Any, services: Services, clock: Clock
) -> None:
    make_user("bob@example.org")
    ws = services.workspaces.create_team("Research", "ada@example.org")
    services.workspaces.add_member("Research", "bob@example.org", "viewer")
    bob = await sign_in(http, "bob@example.org", "desk")
    await ada.push(ws, upsert("m1", "c1", hlc(clock.ms, "laptop"), title="by ada"))

    refused = await bob.push(
        ws,
        upsert("b1", "c1", hlc(clock.ms + 1, "desk"), title="by bob"),
        upsert("b2", "c9", hlc(clock.ms + 1, "desk"), title="new"),
    )

    first, second = refused["results"]
    assert (first["status"], first["reason"]) == ("rejected", "forbidden")
    assert first["current"]["fields"] == {"title": "by ada"}
    assert first["current"]["clocks"] == {"title": hlc(clock.ms, "laptop")}
    assert second["current"] == {
        "entity": "conversation",
        "entity_id": "c9",
        "fields": {},
        "clocks": {},
        "purged": False,
    }
    assert refused["seq"] == 1
    # A viewer still reads.
    assert len(await bob.pull_all(ws)) == 1


async def test_a_clock_too_far_ahead_of_the_server_is_refused(ada: Device, clock: Clock) -> None:
    ws = await publish(ada)
    await ada.push(ws, upsert("m1", "c1", hlc(clock.ms, "laptop"), title="now"))
    ahead = clock.ms + MAX_CLOCK_AHEAD_MS + 1000

    refused = await ada.push(ws, upsert("m2", "c1", hlc(ahead, "laptop"), title="future"))
    nearly = await ada.push(ws, upsert("m3", "c2", hlc(clock.ms + 60_000, "laptop"), title="ok"))

    result = refused["results"][0]
    assert (result["status"], result["reason"]) == ("rejected", "clock_ahead")
    assert result["current"]["fields"] == {"title": "now"}
    assert nearly["results"][0]["status"] == "applied"
    # Refused mutations are not remembered: once the clocks agree, the retry applies.
    clock.advance(MAX_CLOCK_AHEAD_MS / 1000 + 2)
    retried = await ada.push(ws, upsert("m2", "c1", hlc(ahead, "laptop"), title="future"))
    assert retried["results"][0]["status"] == "applied"


async def test_a_malformed_clock_is_refused(ada: Device) -> None:
    ws = await publish(ada)
    bad = await ada.push(ws, upsert("m1", "c1", "yesterday", title="x"))
    missing = await ada.push(
        ws,
        {
            "mutation_id": "m2",
            "entity": "conversation",
            "entity_id": "c1",
            "fields": {"title": "x"},
            "clocks": {},
        },
    )
    assert bad["results"][0]["status"] == "rejected"
    assert missing["results"][0]["status"] == "rejected"


async def test_pull_pages_by_cursor_until_no_more(ada: Device, clock: Clock) -> None:
    ws = await publish(ada)
    await ada.push(
        ws, *[upsert(f"m{i}", f"c{i}", hlc(clock.ms, "laptop"), title=str(i)) for i in range(5)]
    )

    pages = []
    cursor = ""
    while True:
        page = await ada.pull(ws, cursor, limit=2)
        pages.append(([c["seq"] for c in page["changes"]], page["more"]))
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pages == [([1, 2], True), ([3, 4], True), ([5], False)]

    await ada.push(ws, upsert("m9", "c9", hlc(clock.ms, "laptop"), title="later"))
    assert [c["seq"] for c in (await ada.pull(ws, cursor))["changes"]] == [6]
    assert (await ada.pull(ws, (await ada.pull(ws, cursor))["cursor"]))["changes"] == []


async def test_pull_refuses_a_cursor_it_did_not_make_and_a_limit_too_large(
    ada: Device,
) -> None:
    ws = await publish(ada)
    assert (await ada.get(f"/workspaces/{ws}/pull", params={"cursor": "!!"})).status_code == 422
    too_many = await ada.get(f"/workspaces/{ws}/pull", params={"limit": 1001})
    assert too_many.status_code == 422


async def test_compaction_keeps_each_rows_merged_state_and_old_cursors_resync(
    ada: Device, services: Services, clock: Clock
) -> None:
    ws = await publish(ada)
    t = clock.ms
    await ada.push(ws, upsert("m1", "c1", hlc(t, "laptop"), title="first", pinned=False))
    await ada.push(ws, upsert("m2", "c1", hlc(t + 1, "laptop"), title="second"))
    await ada.push(ws, upsert("m3", "c2", hlc(t, "laptop"), title="other"))
    await ada.push(ws, {"mutation_id": "m4", "entity": "tag", "entity_id": "t1", "op": "purge"})
    old_cursor = (await ada.pull(ws))["cursor"]

    assert services.changes.compact(ws) == 3

    stale = await ada.pull(ws, old_cursor)
    assert stale == {"changes": [], "cursor": "", "more": False, "resync": True}
    fresh = await ada.pull(ws, "")
    assert [(c["seq"], c["entity_id"], c["op"], c["fields"]) for c in fresh["changes"]] == [
        (2, "c1", "upsert", {"title": "second", "pinned": False}),
        (3, "c2", "upsert", {"title": "other"}),
        (4, "t1", "purge", {}),
    ]
    assert fresh["changes"][0]["clocks"] == {
        "title": hlc(t + 1, "laptop"),
        "pinned": hlc(t, "laptop"),
    }
    # The new cursor goes on where the log goes on.
    await ada.push(ws, upsert("m5", "c3", hlc(t, "laptop"), title="after"))
    after = await ada.pull(ws, fresh["cursor"])
    assert [c["seq"] for c in after["changes"]] == [5]
    assert after["resync"] is False


async def test_concurrent_pushes_get_distinct_gapless_seqs_and_lose_nothing(
    http: httpx.AsyncClient, ada: Device, clock: Clock
) -> None:
    ws = await publish(ada)
    devices = [ada] + [await sign_in(http, "ada@example.org", f"d{i}") for i in range(5)]

    async def edits(device: Device) -> None:
        for i in range(6):
            stamp = hlc(clock.ms + i, device.device_id)
            await device.push(
                ws,
                upsert(f"{i}", "shared", stamp, **{f"f_{device.device_id}": i}),
                upsert(f"{i}b", f"own-{device.device_id}-{i}", stamp, title="x"),
            )

    await asyncio.gather(*(edits(d) for d in devices))

    changes = await ada.pull_all(ws)
    assert [c["seq"] for c in changes] == list(range(1, len(changes) + 1))
    assert len(changes) == 6 * 6 * 2
    shared: dict[str, Any] = {}
    for change in changes:
        if change["entity_id"] == "shared":
            shared.update(change["fields"])
    assert shared == {f"f_{d.device_id}": 5 for d in devices}


async def test_one_batch_may_name_a_row_twice_and_repeat_a_mutation(
    ada: Device, clock: Clock
) -> None:
    ws = await publish(ada)
    t = clock.ms
    first = upsert("m1", "c1", hlc(t, "laptop"), title="one")
    pushed = await ada.push(
        ws,
        first,
        upsert("m2", "c1", hlc(t + 1, "laptop"), title="two", pinned=True),
        first,
        upsert("m3", "c1", hlc(t - 1, "laptop"), title="older"),
        upsert("m3", "c1", hlc(t - 1, "laptop"), title="older"),
    )

    assert [r["status"] for r in pushed["results"]] == [
        "applied",
        "applied",
        "duplicate",
        "applied",
        "duplicate",
    ]
    changes = await ada.pull_all(ws)
    assert [c["fields"] for c in changes] == [{"title": "one"}, {"title": "two", "pinned": True}]


def _batch_of_500(t: int) -> list[Mutation]:
    """500 mutations of one device: rows named many times with clocks going back and forth,
    repeats (of an earlier one, of an already stored one, of a refused one), a purge in the
    batch and writes after it, writes to a row purged before, a field that loses to the
    server's newer value, an empty upsert, malformed and too-far-ahead clocks."""

    def up(mutation_id: str, entity_id: str, stamp: str, **fields: Any) -> Mutation:
        return Mutation(
            mutation_id=mutation_id,
            entity="conversation",
            entity_id=entity_id,
            fields=fields,
            clocks=dict.fromkeys(fields, stamp),
        )

    batch: list[Mutation] = []
    for i in range(500):
        if i % 50 == 7:
            batch.append(batch[i - 3])  # a repeat within the batch
        elif i == 11:
            batch.append(up("s3", "kept", hlc(t, "laptop"), title="again"))  # stored before
        elif i % 97 == 5:
            batch.append(up(f"m{i}", "gone", hlc(t + i, "laptop"), title="back?"))
        elif i % 61 == 3:
            batch.append(
                Mutation(
                    mutation_id=f"m{i}",
                    entity="conversation",
                    entity_id="kept",
                    fields={"title": "stale", "pinned": True},
                    clocks={"title": hlc(t - 1000, "laptop"), "pinned": hlc(t + i, "laptop")},
                )
            )
        elif i == 200:
            batch.append(Mutation(mutation_id="p200", entity="tag", entity_id="c7", op="purge"))
        elif i == 300:
            batch.append(up("bad", "c9", "yesterday", title="x"))
        elif i == 301:
            batch.append(up("ahead", "c9", hlc(t + MAX_CLOCK_AHEAD_MS + 1000, "laptop"), n=1))
        elif i in (302, 303):
            batch.append(batch[300])
        elif i == 400:
            batch.append(Mutation(mutation_id="empty", entity="conversation", entity_id="c3"))
        else:
            # 40 rows of two kinds, each named ~12 times, clocks jumping back and forth.
            stamp = hlc(t - 500 + (i * 7919) % 1000, "laptop")
            kind = "tag" if i % 2 else "conversation"
            batch.append(
                Mutation(
                    mutation_id=f"m{i}",
                    entity=kind,
                    entity_id=f"c{i % 20}",
                    fields={"title": f"v{i}", f"f{i % 3}": i},
                    clocks={"title": stamp, f"f{i % 3}": stamp},
                )
            )
    return batch


async def test_a_batch_of_500_gives_the_same_results_as_its_mutations_pushed_one_by_one(
    services: Services, make_user: Any, clock: Clock
) -> None:
    make_user("ada@example.org")
    t = clock.ms
    seed = [
        Mutation(
            mutation_id="s1",
            entity="conversation",
            entity_id="gone",
            fields={"title": "doomed"},
            clocks={"title": hlc(t, "laptop")},
        ),
        Mutation(mutation_id="s2", entity="conversation", entity_id="gone", op="purge"),
        Mutation(
            mutation_id="s3",
            entity="conversation",
            entity_id="kept",
            fields={"title": "server", "pinned": False},
            clocks={"title": hlc(t + 50, "desk"), "pinned": hlc(t - 50, "desk")},
        ),
    ]
    batch = _batch_of_500(t)
    assert len(batch) == 500
    changes = services.changes
    at_once, one_by_one = (
        services.workspaces.create_team(name, "ada@example.org") for name in ("Once", "Singly")
    )
    for ws in (at_once, one_by_one):
        changes.push(ws, PushRequest(device_id="laptop", mutations=seed), True)

    pushed, grew = changes.push(at_once, PushRequest(device_id="laptop", mutations=batch), True)
    singles = [
        changes.push(one_by_one, PushRequest(device_id="laptop", mutations=[m]), True)[0]
        for m in batch
    ]

    expected = [r.model_dump() for single in singles for r in single.results]
    assert [r.model_dump() for r in pushed.results] == expected
    assert pushed.seq == singles[-1].seq
    assert grew
    logged = [
        [c.model_dump() for c in changes.pull(ws, "", MAX_PULL_LIMIT).changes]
        for ws in (at_once, one_by_one)
    ]
    assert logged[0] == logged[1]
    # The batch did exercise each path.
    statuses = {(r["status"], r["reason"]) for r in expected}
    assert {("duplicate", ""), ("applied", ""), ("rejected", "clock_ahead")} <= statuses
    assert any(r["reason"].startswith("invalid") for r in expected)
    assert any(r["current"] and r["current"]["purged"] for r in expected)
    assert any(
        r["current"] and r["current"]["entity_id"] == "kept" and r["status"] == "applied"
        for r in expected
    )

    # A viewer's batch: every new mutation refused with the row as it is, repeats as repeats.
    viewer = [
        changes.push(ws, PushRequest(device_id="laptop", mutations=batch), False)[0]
        for ws in (at_once, one_by_one)
    ]
    assert viewer[0] == viewer[1]
    viewed = [
        changes.push(one_by_one, PushRequest(device_id="phone", mutations=[m]), False)[0]
        for m in batch
    ]
    refused = changes.push(at_once, PushRequest(device_id="phone", mutations=batch), False)[0]
    assert refused.results == [r for single in viewed for r in single.results]
    assert {r.status for r in refused.results} == {"rejected"}
