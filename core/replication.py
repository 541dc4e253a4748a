"""Applying changes made on other devices: merged per field by HLC, never echoed, never lost.

A remote change carries the fields of one row with the clock of each. ``ChangeApplier`` merges
them into app.db with the same rule the server uses (``core.changes.merge_fields``: the later
clock wins each field), without stamping anything anew and without writing to the outbox, so a
change never travels back. It honours purge sentinels (a purged id stays purged), applies rows
before the rows that point at them and parks a change whose parent has not arrived yet, keeps
fields a newer version of the app added (``extra``), keeps long text that loses a conflict as a
``ConflictVersion``, leaves device-local fields alone, and merges two tags that came to share a
name. The caller saves its sync cursor in the same transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, event, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from core.changes import DEVICE_LOCAL, ChangeRecorder, now_ms
from core.db.models import (
    SYNCED_MODELS,
    ConflictVersion,
    Document,
    ParkedChange,
    Synced,
    Tag,
    TagLink,
    TagMerge,
    Tombstone,
)
from core.ids import natural_id, new_id

log = logging.getLogger(__name__)

# Parents before children: a page applied in this order never breaks a foreign key.
ENTITY_ORDER = (
    "workspace",
    "assistant",
    "setting",
    "mcp_server",
    "search_history",
    "conversation",
    "message",
    "tool_call",
    "document",
    "document_version",
    "tag",
    "tag_link",
)
# The foreign keys of each entity that must exist before its row can be written.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "conversation": (("assistant_id", "assistant"),),
    "message": (("conversation_id", "conversation"),),
    "tool_call": (("message_id", "message"),),
    "document_version": (("document_id", "document"),),
    "tag_link": (("tag_id", "tag"), ("document_id", "document")),
}
# Long text a person wrote: a losing value is kept as a conflict version, never dropped.
LONG_TEXT: dict[str, frozenset[str]] = {
    "assistant": frozenset({"instructions"}),
    "document": frozenset({"file_sha256"}),  # the file a replaced one had (core.conflicts)
}
_BOOKKEEPING = frozenset({"id", "field_clocks", "extra", "updated_at_ms"})
# New rows of these are written in bulk (``_emit``); tags and links keep ORM rows, which the
# merging of tags that came to share a name queries as it goes.
_BULK = frozenset(ENTITY_ORDER) - {"tag", "tag_link"}
_RANK = {entity: rank for rank, entity in enumerate(ENTITY_ORDER)}


@dataclass(frozen=True)
class RemoteChange:
    """One change of one row, as another device (through the server) recorded it."""

    entity: str
    entity_id: str
    op: str = "upsert"
    fields: Mapping[str, Any] = field(default_factory=dict)
    clocks: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "entity_id": self.entity_id,
            "op": self.op,
            "fields": dict(self.fields),
            "clocks": dict(self.clocks),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RemoteChange:
        return cls(
            str(data["entity"]),
            str(data["entity_id"]),
            str(data.get("op", "upsert")),
            dict(data.get("fields") or {}),
            dict(data.get("clocks") or {}),
        )


@dataclass
class ApplyReport:
    """What applying a batch did."""

    applied: int = 0
    ignored: int = 0  # purged ids, or nothing newer
    parked: int = 0
    unparked: int = 0
    conflicts: int = 0
    documents: set[str] = field(default_factory=set)  # documents that arrived or changed
    newest_clock: str = ""


class ChangeApplier:
    """Applies remote changes to one data dir's rows (inside the caller's write session)."""

    def __init__(self, recorder: ChangeRecorder) -> None:
        self.recorder = recorder

    def apply(
        self,
        session: Session,
        workspace_id: str,
        changes: Iterable[RemoteChange],
        *,
        force: bool = False,
    ) -> ApplyReport:
        """Merge ``changes`` (``force``: take them as they are, e.g. the server's version of a
        change it refused); then apply parked changes whose parent is now here."""
        report = ApplyReport()
        ordered = sorted(changes, key=_order)
        _prefetch(session, ordered)
        for change in ordered:
            self._apply_one(session, workspace_id, change, report, force=force)
        _emit(session)
        self._unpark(session, workspace_id, report)
        if report.newest_clock:
            self.recorder.clock.observe(report.newest_clock)
        return report

    # --- one change ------------------------------------------------------------------------

    def _apply_one(
        self,
        session: Session,
        workspace_id: str,
        change: RemoteChange,
        report: ApplyReport,
        *,
        force: bool,
    ) -> bool:
        model = SYNCED_MODELS.get(change.entity)
        for clock in change.clocks.values():
            report.newest_clock = max(report.newest_clock, clock)
        if model is None:  # an entity a newer version of the app made: keep it for that one
            self._park(session, workspace_id, change, f"unknown:{change.entity}")  # i18n: not UI
            report.parked += 1
            return False
        if _purged(session, change.entity, change.entity_id):
            report.ignored += 1
            return False
        if change.op == "purge":
            self._purge(session, model, change)
            report.applied += 1
            return True
        row = _lookup(session, model, change.entity, change.entity_id)
        fields = dict(change.fields)
        if row is None:
            missing = self._missing_parent(session, change.entity, fields)
            if missing == "purged":
                report.ignored += 1  # a child of a row deleted for good: it goes with it
                return False
            if missing:
                self._park(session, workspace_id, change, missing)
                report.parked += 1
                return False
        if change.entity == "tag_link" and _follow_tag_merge(
            session, self.recorder, change, fields
        ):
            report.applied += 1
            return True
        clash = (
            self._tag_clash(session, change, fields, cast(Tag | None, row))
            if change.entity == "tag"
            else None
        )
        if clash is not None and clash.id != tag_winner_of(clash, change.entity_id):
            # The local tag loses: free its name, take the arriving one, then merge into it.
            clash.name_key = f"{clash.name_key}\x1f{clash.id}"
            session.flush()
        arriving_loses = clash is not None and clash.id == tag_winner_of(clash, change.entity_id)
        if arriving_loses:
            fields = {**fields, "name_key": f"{fields['name_key']}\x1f{change.entity_id}"}
        if row is None:
            self._insert(session, model, change, fields, workspace_id)
        elif not self._merge(session, row, change, fields, report, force=force):
            report.ignored += 1
            return False
        if clash is not None:
            arrived = session.get(Tag, change.entity_id)
            assert arrived is not None
            loser, winner = (arrived, clash) if arriving_loses else (clash, arrived)
            merge_tag_into(session, self.recorder, loser, winner.id)
        if change.entity == "document":
            report.documents.add(change.entity_id)
        report.applied += 1
        return True

    def _insert(
        self,
        session: Session,
        model: type[Synced],
        change: RemoteChange,
        fields: dict[str, Any],
        workspace_id: str,
    ) -> None:
        columns = _columns(model)
        local = DEVICE_LOCAL.get(change.entity, frozenset())
        values = {k: v for k, v in fields.items() if k in columns and k not in local}
        extra = {k: v for k, v in fields.items() if k not in columns}
        stamp = now_ms()
        values["id"] = change.entity_id
        if "workspace_id" in columns and not values.get("workspace_id"):
            values["workspace_id"] = workspace_id
        values["created_at_ms"] = int(values.get("created_at_ms") or stamp)
        values["updated_at_ms"] = stamp
        values["extra"] = extra
        values["field_clocks"] = {k: c for k, c in change.clocks.items() if k not in local}
        values.setdefault("deleted", False)
        if model is Document:
            values["state"], values["error"] = "pending", None  # this device indexes it itself
        key = (change.entity, change.entity_id)
        if change.entity in _BULK:
            # Written with the page's other new rows of its table in one INSERT (``_emit``),
            # not as an ORM object each: a first sync brings tens of thousands.
            _queued(session)[key] = (model, values)
            _absent(session).discard(key)
            _watch_flushes(session)
            return
        row = model()
        for name, value in values.items():
            setattr(row, name, value)
        session.add(row)
        _rows(session)[key] = row
        session.flush()  # the name-clash query of the next tag must see this one

    def _merge(
        self,
        session: Session,
        row: Synced,
        change: RemoteChange,
        fields: dict[str, Any],
        report: ApplyReport,
        *,
        force: bool,
    ) -> bool:
        columns = _columns(type(row))
        local = DEVICE_LOCAL.get(change.entity, frozenset())
        clocks = dict(row.field_clocks or {})
        extra = dict(row.extra or {})
        changed = False
        for name, value in fields.items():
            if name in local or name in _BOOKKEEPING:
                continue
            remote_clock = change.clocks.get(name, "")
            mine = clocks.get(name, "")
            current = getattr(row, name) if name in columns else extra.get(name)
            if not force and (remote_clock, _key(value)) <= (mine, _key(current)):
                continue
            if name in LONG_TEXT.get(change.entity, ()) and current and current != value:
                session.add(
                    ConflictVersion(
                        id=new_id(),
                        entity=change.entity,
                        entity_id=row.id,
                        field=name,
                        value=current,
                        clock=mine,
                        created_at_ms=now_ms(),
                    )
                )
                report.conflicts += 1
            if name in columns:
                setattr(row, name, value)
            else:
                extra[name] = value
            clocks[name] = remote_clock
            changed = True
        if changed:
            row.field_clocks = clocks
            row.extra = extra
            row.updated_at_ms = now_ms()
            session.flush()
        return changed

    def _purge(self, session: Session, model: type[Synced], change: RemoteChange) -> None:
        """Delete a row another device deleted for good, with what points at it, and keep the
        sentinel."""
        clock = max(change.clocks.values(), default="")
        _emit(session)  # rows of this page that point at it are in the database first
        for child, column in _CHILDREN.get(change.entity, ()):
            child_table = _table(SYNCED_MODELS[child])
            ids = [
                str(i)
                for i in session.scalars(
                    select(child_table.c.id).where(child_table.c[column] == change.entity_id)
                )
            ]
            for child_id in ids:
                self._purge(session, SYNCED_MODELS[child], RemoteChange(child, child_id, "purge"))
        row = _lookup(session, model, change.entity, change.entity_id)
        if row is not None:
            session.delete(row)
            _rows(session).pop((change.entity, change.entity_id), None)
        session.merge(Tombstone(entity=change.entity, entity_id=change.entity_id, clock=clock))
        _sentinels(session).add((change.entity, change.entity_id))
        session.execute(
            delete(ParkedChange).where(
                ParkedChange.waits_for == f"{change.entity}:{change.entity_id}"
            )
        )
        session.flush()

    # --- order and parents -------------------------------------------------------------------

    def _missing_parent(self, session: Session, entity: str, fields: Mapping[str, Any]) -> str:
        """ "" if every parent the row points at is here, "purged" if one is gone for good,
        else ``entity:id`` of the first one that has not arrived."""
        for column, parent in PARENTS.get(entity, ()):
            parent_id = fields.get(column)
            if not parent_id:
                continue
            if _exists(session, SYNCED_MODELS[parent], parent, str(parent_id)):
                continue
            if _purged(session, parent, str(parent_id)):
                return "purged"
            return f"{parent}:{parent_id}"
        return ""

    def _park(self, session: Session, workspace_id: str, change: RemoteChange, waits: str) -> None:
        session.add(
            ParkedChange(
                workspace_id=workspace_id,
                entity=change.entity,
                entity_id=change.entity_id,
                waits_for=waits,
                change=change.to_json(),
                parked_at_ms=now_ms(),
            )
        )
        session.flush()

    def _unpark(self, session: Session, workspace_id: str, report: ApplyReport) -> None:
        """Apply parked changes whose parent is here now (repeatedly: a parent may itself
        have been parked)."""
        while True:
            parked = list(
                session.scalars(
                    select(ParkedChange)
                    .where(
                        ParkedChange.workspace_id == workspace_id,
                        ~ParkedChange.waits_for.startswith("unknown:"),
                    )
                    .order_by(ParkedChange.id)
                )
            )
            ready = [p for p in parked if self._parent_here(session, p.waits_for)]
            if not ready:
                return
            for entry in ready:
                session.delete(entry)
                session.flush()
                change = RemoteChange.from_json(entry.change)
                if self._apply_one(session, workspace_id, change, report, force=False):
                    report.unparked += 1

    @staticmethod
    def _parent_here(session: Session, waits_for: str) -> bool:
        entity, _, entity_id = waits_for.partition(":")
        model = SYNCED_MODELS.get(entity)
        if model is None:
            return False
        return _exists(session, model, entity, entity_id) or _purged(session, entity, entity_id)

    # --- tags that came to share a name --------------------------------------------------------

    @staticmethod
    def _tag_clash(
        session: Session, change: RemoteChange, fields: Mapping[str, Any], row: Tag | None
    ) -> Tag | None:
        """The other live tag that has the arriving tag's name, if any."""
        name_key = fields.get("name_key", row.name_key if row is not None else None)
        workspace_id = fields.get("workspace_id", row.workspace_id if row is not None else None)
        if not name_key or workspace_id is None:
            return None
        return session.scalars(
            select(Tag).where(
                Tag.workspace_id == workspace_id,
                Tag.name_key == name_key,
                Tag.id != change.entity_id,
            )
        ).first()


def tag_winner_of(local: Tag, arriving_id: str) -> str:
    return tag_winner(local.workspace_id, local.name_key.split("\x1f")[0], (local.id, arriving_id))


def tag_winner(workspace_id: str, name_key: str, ids: Sequence[str]) -> str:
    """Which of several tags with one name survives: the one whose id the name itself gives (it
    was made under that name), else the smallest id. Every device picks the same."""
    canonical = natural_id(workspace_id, name_key)
    return canonical if canonical in ids else min(ids)


def merge_tag_into(session: Session, recorder: ChangeRecorder, loser: Tag, winner_id: str) -> None:
    """Move ``loser``'s links to ``winner_id`` and purge ``loser`` (recorded: the server and the
    other devices learn it); links of ``loser`` that arrive later follow it (``TagMerge``)."""
    _emit(session)
    session.merge(TagMerge(loser_id=loser.id, winner_id=winner_id))
    links = list(session.scalars(select(TagLink).where(TagLink.tag_id == loser.id)))
    for link in links:
        new_link = natural_id(link.document_id, winner_id)
        if session.get(TagLink, new_link) is None and not link.deleted:
            recorder.create(
                session,
                TagLink,
                workspace_id=link.workspace_id,
                id=new_link,
                tag_id=winner_id,
                document_id=link.document_id,
            )
        recorder.purge(session, link)
        _sentinels(session).add(("tag_link", link.id))
    session.flush()
    recorder.purge(session, loser)
    _sentinels(session).add(("tag", loser.id))
    session.flush()


def _follow_tag_merge(
    session: Session, recorder: ChangeRecorder, change: RemoteChange, fields: Mapping[str, Any]
) -> bool:
    """A link to a tag that was merged into another: put the survivor on the document instead
    (its link id is the same on every device). True if the link was handled so."""
    _emit(session)  # the document it names may have arrived in this page
    tag_id = fields.get("tag_id")
    if not tag_id:
        existing = session.get(TagLink, change.entity_id)
        tag_id = existing.tag_id if existing is not None else None
    merged = session.get(TagMerge, tag_id) if tag_id else None
    if merged is None:
        return False
    document_id = fields.get("document_id")
    winner_link = natural_id(str(document_id), merged.winner_id) if document_id else ""
    live = not fields.get("deleted", False)
    if (
        live
        and document_id
        and session.get(Document, document_id) is not None
        and session.get(TagLink, winner_link) is None
        and session.get(Tag, merged.winner_id) is not None
    ):
        recorder.create(
            session,
            TagLink,
            workspace_id=str(fields.get("workspace_id") or ""),
            id=winner_link,
            tag_id=merged.winner_id,
            document_id=document_id,
        )
        session.flush()  # later lookups of this page find it in the identity map
    return True


# Rows that point at a row, by the column that does (for purges that arrive from elsewhere).
_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "conversation": (("message", "conversation_id"),),
    "message": (("tool_call", "message_id"),),
    "document": (("tag_link", "document_id"), ("document_version", "document_id")),
    "tag": (("tag_link", "tag_id"),),
}


def _prefetch(session: Session, changes: Sequence[RemoteChange]) -> None:
    """Load the rows and sentinels a page names in a few queries (the per-change lookups then
    find them in the session), rather than one query per change."""
    by_entity: dict[str, set[str]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, set()).add(change.entity_id)
    for entity, ids in by_entity.items():
        model = SYNCED_MODELS.get(entity)
        listed = sorted(ids)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            if model is not None:
                rows = session.scalars(select(model).where(model.id.in_(chunk))).all()
                _rows(session).update(((entity, row.id), row) for row in rows)
                _absent(session).update((entity, i) for i in set(chunk) - {r.id for r in rows})
            purged = session.scalars(
                select(Tombstone.entity_id).where(
                    Tombstone.entity == entity, Tombstone.entity_id.in_(chunk)
                )
            ).all()
            _known(session).update((entity, i) for i in chunk)
            _sentinels(session).update((entity, i) for i in purged)


def _order(change: RemoteChange) -> tuple[int, int]:
    return (_RANK.get(change.entity, 99), 1 if change.op == "purge" else 0)


def _purged(session: Session, entity: str, entity_id: str) -> bool:
    key = (entity, entity_id)
    if key in _sentinels(session):
        return True
    if key in _known(session):
        return False
    return session.get(Tombstone, key) is not None


def _lookup(session: Session, model: type[Synced], entity: str, entity_id: str) -> Synced | None:
    """``session.get`` without a query for rows this transaction knows: added by this page
    (not flushed yet), loaded by ``_prefetch``, or found absent by it."""
    key = (entity, entity_id)
    row = _rows(session).get(key)
    if row is not None:
        return row
    if key in _queued(session):
        _emit(session)  # arrived earlier in this page: written now, then loaded below
    if key in _absent(session):
        known = session.identity_map.get(
            sa_inspect(model).identity_key_from_primary_key([entity_id])
        )
        return cast(Synced | None, known)  # made since by other code (flushed), or still absent
    row = session.get(model, entity_id)
    if row is not None:
        _rows(session)[key] = row
    return row


def _exists(session: Session, model: type[Synced], entity: str, entity_id: str) -> bool:
    return (entity, entity_id) in _queued(session) or (
        _lookup(session, model, entity, entity_id) is not None
    )


def _queued(session: Session) -> dict[tuple[str, str], tuple[type[Synced], dict[str, Any]]]:
    """New rows of this transaction not written yet (``_emit`` writes them)."""
    queued: dict[tuple[str, str], tuple[type[Synced], dict[str, Any]]] = session.info.setdefault(
        "sync_queued", {}
    )
    return queued


def _emit(session: Session) -> None:
    """Write the queued new rows: one INSERT per table and set of columns, parents first."""
    queued = _queued(session)
    if not queued:
        return
    groups: dict[tuple[int, str, tuple[str, ...]], list[dict[str, Any]]] = {}
    models: dict[str, type[Synced]] = {}
    for (entity, _id), (model, values) in queued.items():
        models[entity] = model
        groups.setdefault((ENTITY_ORDER.index(entity), entity, tuple(sorted(values))), []).append(
            values
        )
    queued.clear()
    connection = session.connection()
    for key, rows in sorted(groups.items(), key=lambda g: g[0][:2]):
        table = _table(models[key[1]])
        sql, names, processors, defaults = _plain_insert(connection.dialect, table, key[2])
        filled = [
            value if process is None else process(value)
            for value, process in zip(
                [d.arg(None) if d.is_callable else d.arg for d in defaults],
                processors[len(names) :],
                strict=True,
            )
        ]  # the same for every row: processed once
        given = list(zip(names, processors, strict=False))
        connection.exec_driver_sql(
            sql,
            [
                tuple([row[n] if proc is None else proc(row[n]) for n, proc in given] + filled)
                for row in rows
            ],
        )


_PLAIN_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, list[str], list[Any], list[Any]]] = {}


def _plain_insert(
    dialect: Dialect, table: Table, names: tuple[str, ...]
) -> tuple[str, list[str], list[Any], list[Any]]:
    """An INSERT of ``names`` (and the columns with a Python-side default) as plain SQL, with
    each column's bind processor (JSON to text, booleans to integers): what SQLAlchemy does for
    every row of an ``executemany``, without its per-row bookkeeping (most of a first sync's
    time in applying rows was there)."""
    cache_key = (table.name, names)
    made = _PLAIN_INSERTS.get(cache_key)
    if made is None:
        defaulted = [c for c in table.columns if c.key not in names and c.default is not None]
        columns = [table.c[name] for name in names] + defaulted
        quote = dialect.identifier_preparer.quote
        assert dialect.paramstyle == "qmark", "a data dir's database is SQLite"  # i18n: not UI
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        processors = [c.type._cached_bind_processor(dialect) for c in columns]
        made = _PLAIN_INSERTS[cache_key] = (
            sql, list(names), processors, [c.default for c in defaulted]
        )  # fmt: skip
    return made


def _watch_flushes(session: Session) -> None:
    """Before the session flushes ORM rows (which may point at queued ones), write the queue."""
    if not session.info.get("sync_watched"):
        session.info["sync_watched"] = True
        event.listen(session, "before_flush", lambda s, _ctx, _objs: _emit(s))


def _rows(session: Session) -> dict[tuple[str, str], Synced]:
    """Rows this transaction looked up or added, held here: the session's identity map holds
    rows weakly, so without this every lookup of an unchanged parent would query again (and
    flush), and the page's new rows, not flushed yet, would not be found."""
    rows: dict[tuple[str, str], Synced] = session.info.setdefault("sync_rows", {})
    return rows


def _absent(session: Session) -> set[tuple[str, str]]:
    """Ids ``_prefetch`` found missing from the database in this transaction."""
    absent: set[tuple[str, str]] = session.info.setdefault("sync_absent", set())
    return absent


def _known(session: Session) -> set[tuple[str, str]]:
    """Ids whose sentinel was looked up for this transaction (``_prefetch``)."""
    known: set[tuple[str, str]] = session.info.setdefault("sync_known", set())
    return known


def _sentinels(session: Session) -> set[tuple[str, str]]:
    """Ids known to be purged in this transaction."""
    purged: set[tuple[str, str]] = session.info.setdefault("sync_purged", set())
    return purged


_COLUMNS: dict[type[Synced], frozenset[str]] = {}


def _columns(model: type[Synced]) -> frozenset[str]:
    columns = _COLUMNS.get(model)
    if columns is None:
        columns = _COLUMNS[model] = frozenset(c.key for c in _table(model).columns)
    return columns


def _table(model: type[Synced]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


__all__ = [
    "ApplyReport",
    "ChangeApplier",
    "RemoteChange",
    "merge_tag_into",
    "tag_winner",
]
