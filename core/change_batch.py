"""Recording many changes of one kind at once: the recorder's semantics, in bulk statements.

``ChangeRecorder`` writes one ORM row and one outbox entry per call, which is right for a
person's edit but too slow for a bulk action on 10,000 rows. These functions write exactly what
``ChangeRecorder.create`` / ``update`` would (an HLC stamp per changed field, ``field_clocks``,
``updated_at_ms``, one outbox entry per row, the device's last clock) with executemany
statements inside the caller's transaction. Only for the simple rows bulk actions touch: tag
links and the ``deleted`` flag of documents, tags and links.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, text, update
from sqlalchemy.orm import Session

from core.changes import ChangeRecorder, now_ms
from core.db.models import Device, OutboxEntry, TagLink, Tombstone
from core.ids import natural_id, new_id

_OUTBOX = cast(Table, OutboxEntry.__table__)
_LINKS = cast(Table, TagLink.__table__)
_TOMBSTONES = cast(Table, Tombstone.__table__)
_DELETABLE = frozenset({"document", "tag", "tag_link"})
_PURGEABLE = frozenset({"document", "document_version", "tag_link"})


def link_id(document_id: str, tag_id: str) -> str:
    """The deterministic id of a tag on a document (the same on every device)."""
    return natural_id(document_id, tag_id)


def create_links(
    session: Session,
    recorder: ChangeRecorder,
    workspace_id: str,
    pairs: Sequence[tuple[str, str]],
) -> int:
    """Insert new ``(document_id, tag_id)`` links (callers pass only pairs with no row yet)."""
    if not pairs:
        return 0
    stamp = now_ms()
    links: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    for document_id, tag_id in pairs:
        clock = str(recorder.clock.now())
        row_id = link_id(document_id, tag_id)
        fields = {
            "tag_id": tag_id,
            "document_id": document_id,
            "workspace_id": workspace_id,
            "deleted": False,
        }
        clocks = dict.fromkeys(fields, clock)
        links.append(
            {
                "id": row_id,
                **fields,
                "field_clocks": clocks,
                "extra": {},
                "created_at_ms": stamp,
                "updated_at_ms": stamp,
            }
        )
        outbox.append(
            _outbox_row(workspace_id, "tag_link", row_id, "upsert", fields, clocks, stamp)
        )
    session.execute(insert(_LINKS), links)
    session.execute(insert(_OUTBOX), outbox)
    _persist_clock(session, recorder)
    return len(pairs)


def set_deleted(
    session: Session,
    recorder: ChangeRecorder,
    workspace_id: str,
    entity: str,
    row_ids: Iterable[str],
    deleted: bool,
) -> int:
    """Set the trash flag of rows of ``entity`` (callers pass only rows whose flag changes)."""
    if entity not in _DELETABLE:
        raise ValueError(f"set_deleted does not handle {entity!r} rows")
    stamp = now_ms()
    updates: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    for row_id in row_ids:
        clock = str(recorder.clock.now())
        updates.append({"row_id": row_id, "clock": clock, "flag": deleted, "stamp": stamp})
        outbox.append(
            _outbox_row(
                workspace_id,
                entity,
                row_id,
                "upsert",
                {"deleted": deleted},
                {"deleted": clock},
                stamp,
            )
        )
    if not updates:
        return 0
    # json_set merges the one clock into the row's field_clocks without loading the rows.
    statement = text(
        f"UPDATE {entity} SET deleted = :flag, updated_at_ms = :stamp, "
        "field_clocks = json_set(coalesce(field_clocks, '{}'), '$.deleted', :clock) "
        "WHERE id = :row_id"
    )
    session.execute(statement, updates)
    session.execute(insert(_OUTBOX), outbox)
    _persist_clock(session, recorder)
    return len(updates)


def purge_rows(
    session: Session,
    recorder: ChangeRecorder,
    workspace_id: str,
    entity: str,
    row_ids: Sequence[str],
) -> int:
    """Delete rows for good, each with a tombstone and a purge in the outbox (as ``purge``)."""
    if entity not in _PURGEABLE:
        raise ValueError(f"purge_rows does not handle {entity!r} rows")
    if not row_ids:
        return 0
    stamp = now_ms()
    tombstones = [
        {"entity": entity, "entity_id": row_id, "clock": str(recorder.clock.now())}
        for row_id in row_ids
    ]
    outbox = [_outbox_row(workspace_id, entity, i, "purge", {}, {}, stamp) for i in row_ids]
    session.execute(insert(_TOMBSTONES).prefix_with("OR REPLACE"), tombstones)
    session.execute(insert(_OUTBOX), outbox)
    session.execute(
        text(f"DELETE FROM {entity} WHERE id = :row_id"), [{"row_id": i} for i in row_ids]
    )
    _persist_clock(session, recorder)
    return len(row_ids)


def _outbox_row(
    workspace_id: str,
    entity: str,
    entity_id: str,
    op: str,
    fields: dict[str, Any],
    clocks: dict[str, str],
    stamp: int,
) -> dict[str, Any]:
    return {
        "mutation_id": new_id(),
        "workspace_id": workspace_id,
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "fields": json.loads(json.dumps(fields, sort_keys=True)),
        "clocks": clocks,
        "created_at_ms": stamp,
    }


def _persist_clock(session: Session, recorder: ChangeRecorder) -> None:
    session.execute(update(Device).values(last_hlc=str(recorder.clock.last)))
