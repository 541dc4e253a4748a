"""Change recording and merging: the one path every write to a syncable row takes.

``ChangeRecorder`` stamps each written field with an HLC timestamp and appends the change to
``sync_outbox`` inside the caller's transaction, so a row and its outbox entry commit together or
not at all. ``merge_fields`` is the per-field last-writer-wins merge that the app and the server
both use.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from core.db.models import Device, OutboxEntry, Synced, Tombstone
from core.hlc import HybridLogicalClock
from core.ids import new_id

T = TypeVar("T", bound=Synced)

# Columns that are bookkeeping, not user data: never stamped, never sent as fields.
_BOOKKEEPING = frozenset({"id", "field_clocks", "extra", "created_at_ms", "updated_at_ms"})

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

    def create(self, session: Session, model: type[T], /, *, workspace_id: str, **fields: Any) -> T:
        """Insert a row (``id`` may be given for natural keys) and record all its fields."""
        row_id = fields.pop("id", None) or new_id()
        stamp = now_ms()
        row = model()
        row.id, row.created_at_ms, row.updated_at_ms, row.field_clocks = row_id, stamp, stamp, {}
        if hasattr(model, "workspace_id"):
            fields["workspace_id"] = workspace_id
        fields.setdefault("deleted", False)
        session.add(row)
        self._write(session, row, workspace_id, fields, stamp)
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
        unknown = set(fields) - {c.key for c in model.__table__.columns}  # type: ignore[attr-defined]
        if unknown:
            raise ValueError(f"{model.__name__} has no field(s) {sorted(unknown)}")
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
        clock = str(self.clock.now())
        entity = row.__tablename__  # type: ignore[attr-defined]
        session.merge(Tombstone(entity=entity, entity_id=row.id, clock=clock))
        session.add(_outbox(row, _workspace_of(row), "purge", {}, {}, now_ms()))
        session.delete(row)
        self._persist_clock(session)

    def _write(
        self, session: Session, row: Synced, workspace_id: str, fields: dict[str, Any], stamp: int
    ) -> None:
        unknown = set(fields) - _columns(row)
        if unknown:
            raise ValueError(f"{type(row).__name__} has no field(s) {sorted(unknown)}")
        clock = str(self.clock.now())
        clocks = {name: clock for name in fields if name not in _BOOKKEEPING}
        for name, value in fields.items():
            setattr(row, name, value)
        row.field_clocks = {**(row.field_clocks or {}), **clocks}
        row.updated_at_ms = stamp
        data = {name: fields[name] for name in clocks}
        session.add(_outbox(row, workspace_id, "upsert", data, clocks, stamp))
        self._persist_clock(session)

    def _persist_clock(self, session: Session) -> None:
        # Saved with the change so a restart with a clock that went back never reissues it.
        session.execute(update(Device).values(last_hlc=str(self.clock.last)))


def _columns(row: Synced) -> set[str]:
    return {c.key for c in row.__table__.columns}  # type: ignore[attr-defined]


def _workspace_of(row: Synced) -> str:
    return str(getattr(row, "workspace_id", None) or row.id)


def _outbox(
    row: Synced,
    workspace_id: str,
    op: str,
    fields: dict[str, Any],
    clocks: dict[str, str],
    stamp: int,
) -> OutboxEntry:
    return OutboxEntry(
        mutation_id=new_id(),
        workspace_id=workspace_id,
        entity=row.__tablename__,  # type: ignore[attr-defined]
        entity_id=row.id,
        op=op,
        fields=json.loads(_canonical(fields)),
        clocks=clocks,
        created_at_ms=stamp,
    )
