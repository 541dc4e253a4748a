"""Change recording and merging: the one path every write to a syncable row takes.

``ChangeRecorder`` stamps each written field with an HLC timestamp and appends the change to
``sync_outbox`` inside the caller's transaction, so a row and its outbox entry commit together or
not at all. Its ``*_many`` methods write the same for many rows with executemany statements, for
bulk actions. ``merge_fields`` is the per-field last-writer-wins merge that the app and the server
both use.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, delete, event, insert, select, text, update
from sqlalchemy.orm import Session

from core.db.models import Device, OutboxEntry, Synced, Tombstone
from core.hlc import GENESIS, HybridLogicalClock
from core.ids import new_id

T = TypeVar("T", bound=Synced)
log = logging.getLogger(__name__)
_OUTBOX = cast(Table, OutboxEntry.__table__)
_TOMBSTONES = cast(Table, Tombstone.__table__)

# Columns that are bookkeeping, not user data: never stamped, never sent as fields. (A row's
# ``created_at_ms`` is sent once, with its creation: messages are ordered by it everywhere.)
_BOOKKEEPING = frozenset({"id", "field_clocks", "extra", "updated_at_ms"})
# This device's own state of a row (a document's index state): written, never sent.
DEVICE_LOCAL: dict[str, frozenset[str]] = {"document": frozenset({"state", "error"})}

FieldState = Mapping[str, tuple[Any, str]]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def merge_fields(left: FieldState, right: FieldState) -> dict[str, tuple[Any, str]]:
    """Per-field last-writer-wins: for each field keep the (value, clock) with the later clock.

    Commutative, associative and idempotent: equal clocks (only possible for the very same
    write replayed) fall back to comparing the canonical JSON of the values, so every replica
    picks the same winner whatever order changes arrive in.
    """
    merged = dict(left)
    for field, (value, clock) in right.items():
        mine = merged.get(field)
        if mine is None or (clock, _canonical(value)) > (mine[1], _canonical(mine[0])):
            merged[field] = (value, clock)
    return merged


class ChangeRecorder:
    """Writes syncable rows and records each change in the outbox, in the same transaction."""

    def __init__(self, clock: HybridLogicalClock) -> None:
        self.clock = clock
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` (in the committing thread) after each transaction that recorded
        changes commits: sync pushes them at once instead of at its next round."""
        self._listeners.append(listener)

    def _recorded(self, session: Session) -> None:
        if session.info.get("recorded") or not self._listeners:
            return
        session.info["recorded"] = True
        event.listen(session, "after_commit", self._notify, once=True)

    def _notify(self, _session: Session) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a listener must never undo a commit that happened
                log.exception("A change listener failed")

    def create(self, session: Session, model: type[T], /, *, workspace_id: str, **fields: Any) -> T:
        """Insert a row (``id`` may be given for natural keys) and record all its fields."""
        row_id = fields.pop("id", None) or new_id()
        stamp = now_ms()
        row = model()
        row.id, row.created_at_ms, row.updated_at_ms, row.field_clocks = row_id, stamp, stamp, {}
        if hasattr(model, "workspace_id"):
            fields["workspace_id"] = workspace_id
        fields.setdefault("deleted", False)
        fields["created_at_ms"] = stamp
        session.add(row)
        self._write(session, row, workspace_id, fields, stamp)
        return row

    def seed(self, session: Session, model: type[T], /, *, workspace_id: str, **fields: Any) -> T:
        """Insert a row every device makes alike (same natural id, same values): stamped with
        the genesis clock and not sent, so that any real edit, on any device, wins over it."""
        stamp = now_ms()
        row = model()
        row.id, row.created_at_ms, row.updated_at_ms = fields.pop("id"), 0, stamp
        if hasattr(model, "workspace_id"):
            fields["workspace_id"] = workspace_id
        fields.setdefault("deleted", False)
        _check_fields(model, fields)
        for name, value in fields.items():
            setattr(row, name, value)
        row.field_clocks = {name: GENESIS for name in fields if name not in _BOOKKEEPING}
        session.add(row)
        return row

    def update(self, session: Session, row: Synced, **fields: Any) -> dict[str, Any]:
        """Change fields of a row; only fields whose value really changes are recorded."""
        changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if changed:
            self._write(session, row, _workspace_of(row), changed, now_ms())
        return changed

    def write_draft(
        self, session: Session, model: type[Synced], row_id: str, **fields: Any
    ) -> bool:
        """Save fields of a row still being written (a streaming answer) without syncing them;
        False if there is no such row.

        Drafts change many times a second; the outbox should carry only the finished value, so
        the caller ends every draft with ``finish_draft`` (which records the final fields). A draft
        is one UPDATE statement, with no object loaded: it is written while an answer streams,
        and its thread holds the GIL that streaming needs.
        """
        _check_fields(model, fields)
        statement = (
            update(model)
            .where(model.id == row_id)
            .values(**fields, updated_at_ms=now_ms())
            .execution_options(synchronize_session=False)
        )
        return bool(session.execute(statement).rowcount)  # type: ignore[attr-defined]

    def finish_draft(self, session: Session, row: Synced, **fields: Any) -> None:
        """Record the finished ``fields`` of a row that drafts were written to: every one of
        them, also where the last draft already put the same value in the row (``update``
        would skip those, and the outbox has never seen them)."""
        self._write(session, row, _workspace_of(row), fields, now_ms())

    def trash(self, session: Session, row: Synced) -> None:
        """Move a row to the trash (restorable; the flag syncs like any other field)."""
        self.update(session, row, deleted=True)

    def restore(self, session: Session, row: Synced) -> None:
        self.update(session, row, deleted=False)

    def purge(self, session: Session, row: Synced) -> None:
        """Delete a row for good and leave a tombstone so no late edit can bring it back."""
        self._observe_persisted(session)
        clock = str(self.clock.now())
        entity = _table(type(row)).name
        session.merge(Tombstone(entity=entity, entity_id=row.id, clock=clock))
        session.add(
            OutboxEntry(**_outbox_values(_workspace_of(row), entity, row.id, "purge", {}, {}))
        )
        self._recorded(session)
        session.delete(row)
        self._persist_clock(session)

    # Many rows at once: what ``create`` / ``trash`` / ``purge`` write, in executemany statements
    # with no ORM object per row, because a bulk action on 10,000 rows cannot afford one.

    def create_many(
        self,
        session: Session,
        model: type[Synced],
        rows: Sequence[Mapping[str, Any]],
        /,
        *,
        workspace_id: str,
    ) -> int:
        """Insert new rows (each a mapping with its ``id`` and the same fields) and record all
        their fields, as ``create`` would; callers pass only ids with no row yet."""
        if not rows:
            return 0
        table, stamp = _table(model), now_ms()
        self._observe_persisted(session)
        values: list[dict[str, Any]] = []
        outbox: list[dict[str, Any]] = []
        for given in rows:
            fields = {name: value for name, value in given.items() if name != "id"}
            if "workspace_id" in table.c:
                fields["workspace_id"] = workspace_id
            fields.setdefault("deleted", False)
            fields["created_at_ms"] = stamp
            _check_fields(model, fields)
            clock = str(self.clock.now())
            clocks = {name: clock for name in fields if name not in _BOOKKEEPING}
            row_id = str(given["id"])
            bookkeeping = {"field_clocks": clocks, "extra": {}, "updated_at_ms": stamp}
            values.append({**fields, **bookkeeping, "id": row_id})
            data = {name: fields[name] for name in clocks}
            outbox.append(
                _outbox_values(workspace_id, table.name, row_id, "upsert", data, clocks, stamp)
            )
        session.execute(insert(table), values)
        session.execute(insert(_OUTBOX), outbox)
        self._recorded(session)
        self._persist_clock(session)
        return len(values)

    def set_deleted_many(
        self,
        session: Session,
        model: type[Synced],
        row_ids: Iterable[str],
        deleted: bool,
        /,
        *,
        workspace_id: str,
    ) -> int:
        """Set the trash flag of rows, as ``trash`` / ``restore`` would; callers pass only rows
        whose flag changes. Returns how many rows were written."""
        table, stamp = _table(model), now_ms()
        self._observe_persisted(session)
        updates: list[dict[str, Any]] = []
        outbox: list[dict[str, Any]] = []
        for row_id in row_ids:
            clock = str(self.clock.now())
            updates.append({"row_id": row_id, "clock": clock, "flag": deleted, "stamp": stamp})
            data, clocks = {"deleted": deleted}, {"deleted": clock}
            outbox.append(
                _outbox_values(workspace_id, table.name, row_id, "upsert", data, clocks, stamp)
            )
        if not updates:
            return 0
        # json_set merges the one clock into the row's field_clocks without loading the rows;
        # the table name comes from a model class, never from input.
        statement = text(
            f"UPDATE {table.name} SET deleted = :flag, updated_at_ms = :stamp, "
            "field_clocks = json_set(coalesce(field_clocks, '{}'), '$.deleted', :clock) "
            "WHERE id = :row_id"
        )
        session.execute(statement, updates)
        session.execute(insert(_OUTBOX), outbox)
        self._recorded(session)
        self._persist_clock(session)
        return len(updates)

    def purge_many(
        self,
        session: Session,
        model: type[Synced],
        row_ids: Sequence[str],
        /,
        *,
        workspace_id: str,
    ) -> int:
        """Delete rows for good, each with a tombstone and a purge in the outbox, as ``purge``
        would; rows that refer to them (tag links, versions) must go first."""
        if not row_ids:
            return 0
        table, stamp = _table(model), now_ms()
        self._observe_persisted(session)
        tombstones = [
            {"entity": table.name, "entity_id": row_id, "clock": str(self.clock.now())}
            for row_id in row_ids
        ]
        outbox = [
            _outbox_values(workspace_id, table.name, row_id, "purge", {}, {}, stamp)
            for row_id in row_ids
        ]
        session.execute(insert(_TOMBSTONES).prefix_with("OR REPLACE"), tombstones)
        session.execute(insert(_OUTBOX), outbox)
        self._recorded(session)
        session.execute(
            delete(table).where(table.c.id == bindparam("row_id")),
            [{"row_id": row_id} for row_id in row_ids],
        )
        self._persist_clock(session)
        return len(row_ids)

    def _write(
        self, session: Session, row: Synced, workspace_id: str, fields: dict[str, Any], stamp: int
    ) -> None:
        _check_fields(type(row), fields)
        self._observe_persisted(session)
        clock = str(self.clock.now())
        entity = _table(type(row)).name
        local = DEVICE_LOCAL.get(entity, frozenset())
        clocks = {name: clock for name in fields if name not in _BOOKKEEPING | local}
        for name, value in fields.items():
            setattr(row, name, value)
        row.field_clocks = {**(row.field_clocks or {}), **clocks}
        row.updated_at_ms = stamp
        data = {name: fields[name] for name in clocks}
        if not data:  # only device-local fields changed: nothing to send
            self._persist_clock(session)
            return
        values = _outbox_values(workspace_id, entity, row.id, "upsert", data, clocks, stamp)
        session.add(OutboxEntry(**values))
        self._recorded(session)
        self._persist_clock(session)

    def _observe_persisted(self, session: Session) -> None:
        """Once per write transaction (which holds app.db's write lock): never issue a reading
        at or before one another process on this data dir issued and saved."""
        if session.info.get("hlc_observed"):
            return
        session.info["hlc_observed"] = True
        with session.no_autoflush:  # a row being created is not complete yet
            persisted = session.scalar(select(Device.last_hlc))
        if persisted:
            self.clock.observe(persisted)

    def _persist_clock(self, session: Session) -> None:
        # Saved with the change so a restart with a clock that went back never reissues it.
        session.execute(update(Device).values(last_hlc=str(self.clock.last)))


def _table(model: type[Synced]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def _check_fields(model: type[Synced], fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - {c.key for c in _table(model).columns}
    if unknown:
        raise ValueError(f"{model.__name__} has no field(s) {sorted(unknown)}")


def _workspace_of(row: Synced) -> str:
    return str(getattr(row, "workspace_id", None) or row.id)


def _outbox_values(
    workspace_id: str,
    entity: str,
    entity_id: str,
    op: str,
    fields: dict[str, Any],
    clocks: dict[str, str],
    stamp: int | None = None,
) -> dict[str, Any]:
    """The columns of one ``sync_outbox`` entry."""
    return {
        "mutation_id": new_id(),
        "workspace_id": workspace_id,
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "fields": json.loads(_canonical(fields)),
        "clocks": clocks,
        "created_at_ms": now_ms() if stamp is None else stamp,
    }
