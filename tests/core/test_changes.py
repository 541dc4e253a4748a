"""Change recording (row + outbox in one transaction) and the LWW merge."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from core.changes import merge_fields
from core.db.models import Assistant, Device, OutboxEntry, Tombstone
from core.hlc import Timestamp
from core.root import Root

clocks = st.builds(
    lambda w, c, d: str(Timestamp(w, c, d)),
    st.integers(0, 50),
    st.integers(0, 3),
    st.sampled_from(["a", "b", "c"]),
)
values = st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=3), st.booleans())
states = st.dictionaries(st.sampled_from(["name", "model", "deleted"]), st.tuples(values, clocks))


@given(states, states)
def test_merge_is_commutative(a, b) -> None:  # type: ignore[no-untyped-def]
    assert merge_fields(a, b) == merge_fields(b, a)


@given(states, states, states)
def test_merge_is_associative(a, b, c) -> None:  # type: ignore[no-untyped-def]
    assert merge_fields(merge_fields(a, b), c) == merge_fields(a, merge_fields(b, c))


@given(states, states)
def test_merge_is_idempotent(a, b) -> None:  # type: ignore[no-untyped-def]
    once = merge_fields(a, b)
    assert merge_fields(once, b) == once
    assert merge_fields(a, a) == dict(a)


@given(states, states)
def test_merge_keeps_the_latest_write_of_every_field(a, b) -> None:  # type: ignore[no-untyped-def]
    merged = merge_fields(a, b)
    for field in set(a) | set(b):
        latest = max(x[field][1] for x in (a, b) if field in x)
        assert merged[field][1] == latest


def _outbox(services: Root) -> list[OutboxEntry]:
    with services.database.read() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def test_every_write_lands_in_the_outbox_with_per_field_clocks(services: Root) -> None:
    before = len(_outbox(services))
    with services.database.write() as session:
        row = services.recorder.create(
            session, Assistant, workspace_id=services.workspace_id, name="Editor", model="m1"
        )
    with services.database.write() as session:
        row = session.get(Assistant, row.id)
        assert row is not None
        services.recorder.update(session, row, model="m2", name="Editor")
    entries = _outbox(services)[before:]
    assert [e.op for e in entries] == ["upsert", "upsert"]
    assert entries[0].fields["name"] == "Editor" and entries[0].fields["model"] == "m1"
    assert entries[1].fields == {"model": "m2"}, "unchanged fields are not re-sent"
    assert entries[1].clocks["model"] > entries[0].clocks["model"]
    with services.database.read() as session:
        stored = session.get(Assistant, row.id)
        assert stored is not None
        assert stored.field_clocks["model"] == entries[1].clocks["model"]
        assert stored.field_clocks["name"] == entries[0].clocks["name"]
        device = session.scalars(select(Device)).one()
        assert device.last_hlc == entries[1].clocks["model"], "the clock persists with the change"


def test_a_failed_transaction_leaves_neither_row_nor_outbox_entry(services: Root) -> None:
    before = len(_outbox(services))
    with pytest.raises(RuntimeError), services.database.write() as session:
        services.recorder.create(session, Assistant, workspace_id=services.workspace_id, name="X")
        raise RuntimeError("crash before commit")
    with services.database.read() as session:
        assert session.scalars(select(Assistant).where(Assistant.name == "X")).first() is None
    assert len(_outbox(services)) == before


def test_trash_is_restorable_and_purge_leaves_a_tombstone(services: Root) -> None:
    with services.database.write() as session:
        row = services.recorder.create(
            session, Assistant, workspace_id=services.workspace_id, name="Tmp"
        )
    with services.database.write() as session:
        loaded = session.get(Assistant, row.id)
        assert loaded is not None
        services.recorder.trash(session, loaded)
    with services.database.write() as session:
        loaded = session.get(Assistant, row.id)
        assert loaded is not None and loaded.deleted
        services.recorder.restore(session, loaded)
    with services.database.write() as session:
        loaded = session.get(Assistant, row.id)
        assert loaded is not None and not loaded.deleted
        services.recorder.purge(session, loaded)
    with services.database.read() as session:
        assert session.get(Assistant, row.id) is None
        assert session.get(Tombstone, ("assistant", row.id)) is not None
    assert _outbox(services)[-1].op == "purge"


def test_writing_an_unknown_field_is_refused(services: Root) -> None:
    with pytest.raises(ValueError, match="no field"), services.database.write() as session:
        services.recorder.create(session, Assistant, workspace_id=services.workspace_id, nam="x")


def test_drafts_stay_out_of_the_outbox_and_the_finished_value_goes_in(services: Root) -> None:
    with services.database.write() as session:
        row = services.recorder.create(
            session, Assistant, workspace_id=services.workspace_id, name="Drafty", model="m1"
        )
        row_id = row.id
    before = len(_outbox(services))
    for draft in ("You are", "You are a careful editor."):
        with services.database.write() as session:
            assert services.recorder.write_draft(session, Assistant, row_id, instructions=draft)
    with services.database.read() as session:
        drafted = session.get(Assistant, row_id)
        assert drafted is not None and drafted.instructions == "You are a careful editor."
    assert len(_outbox(services)) == before, "drafts do not sync"
    with services.database.write() as session:
        finished = session.get(Assistant, row_id)
        assert finished is not None
        # The same value the last draft wrote: recorded all the same, or no device ever sees it.
        services.recorder.finish_draft(session, finished, instructions="You are a careful editor.")
    (entry,) = _outbox(services)[before:]
    assert entry.fields == {"instructions": "You are a careful editor."}
    with services.database.write() as session:
        assert not services.recorder.write_draft(session, Assistant, "no-such-id", name="x")
        with pytest.raises(ValueError, match="no field"):
            services.recorder.write_draft(session, Assistant, row_id, colour="red")
