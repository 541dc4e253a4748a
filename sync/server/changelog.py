"""Each workspace's change log: idempotent push, merge into entity state, paged pull,
compaction.

``seq`` comes from the workspace's counter row inside the push transaction: the first statement
of a push updates that row, so pushes to one workspace hold its lock in turn and seq order is
commit order (a plain auto-increment lets a reader skip a change whose transaction commits late).

A push works on the whole batch at once: after taking the lock it reads the batch's seen
mutation ids and the state rows it names (purge sentinels included) with a few ``IN`` queries,
runs the mutations one by one in memory (exactly as if each were its own statement: a later
mutation sees what an earlier one of the batch did), then writes with one executemany per table
and allocates all the batch's seqs with one update of the counter row.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    Table,
    delete,
    func,
    insert,
    literal,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from core.changes import merge_fields
from core.hlc import Timestamp
from sync.protocol import (
    MAX_CLOCK_AHEAD_MS,
    MAX_PULL_LIMIT,
    Change,
    EntityState,
    Mutation,
    MutationResult,
    PullResponse,
    PushRequest,
    PushResponse,
)
from sync.server.audit import AuditLog
from sync.server.db import Database
from sync.server.errors import Invalid, NotFound
from sync.server.models import (
    ChangeLogEntry,
    EntityStateRow,
    SeenMutation,
    Workspace,
    WorkspaceCounter,
)


@dataclass(frozen=True)
class Cursor:
    generation: int
    seq: int

    def encode(self) -> str:
        raw = json.dumps({"g": self.generation, "s": self.seq}, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor | None:
        """None for "" (from the beginning); Invalid for anything we did not hand out."""
        if not text:
            return None
        try:
            raw = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
            generation, seq = raw["g"], raw["s"]
        except (ValueError, binascii.Error, KeyError, TypeError):
            raise Invalid('Not a cursor this server handed out; pull again from "".') from None
        if not isinstance(generation, int) or not isinstance(seq, int) or seq < 0:
            raise Invalid('Not a cursor this server handed out; pull again from "".')
        return cls(generation, seq)


_COUNTER = cast(Table, WorkspaceCounter.__table__)
_LOG = cast(Table, ChangeLogEntry.__table__)
_STATES = cast(Table, EntityStateRow.__table__)
_SEEN = cast(Table, SeenMutation.__table__)

Key = tuple[str, str]  # (entity, entity_id)


def _lock_counter(connection: Connection, workspace_id: str) -> int:
    """Take the workspace's write lock (its counter row) and read its last seq."""
    last = connection.execute(
        update(_COUNTER)
        .where(_COUNTER.c.workspace_id == workspace_id)
        .values(last_seq=_COUNTER.c.last_seq)
        .returning(_COUNTER.c.last_seq)
    ).scalar_one_or_none()
    if last is None:
        raise NotFound(f"No workspace {workspace_id}.")
    return cast(int, last)


def _allocate_seqs(connection: Connection, workspace_id: str, count: int) -> int:
    """Hand out the next ``count`` seqs of the (locked) counter row; returns the last one."""
    last = connection.execute(
        update(_COUNTER)
        .where(_COUNTER.c.workspace_id == workspace_id)
        .values(last_seq=_COUNTER.c.last_seq + count)
        .returning(_COUNTER.c.last_seq)
    ).scalar_one()
    return cast(int, last)


def _select_among(
    connection: Connection,
    columns: Sequence[ColumnElement[Any]],
    where: Sequence[ColumnElement[bool]],
    key: ColumnElement[str],
    values: set[str],
) -> Select[Any]:
    """``SELECT columns WHERE where AND key IN (values)``, where ``where`` and ``key`` make up a
    primary key (each value matches at most one row), as a probe of that key per value.

    SQLite does that for ``IN``. PostgreSQL may not: with no statistics yet (a new workspace's
    first sync) or in the generic plan of a statement psycopg prepared after five runs, it scans
    every row of the workspace against each of the 500 values (tens of ms, growing with the
    workspace). On PostgreSQL the values come as one array, unnested, each joined to a LATERAL
    ``LIMIT 1`` lookup, which the planner cannot flatten into a scan: one index probe per value.
    """
    if connection.dialect.name != "postgresql":
        return select(*columns).where(*where, key.in_(sorted(values)))
    wanted = (
        func.unnest(literal(sorted(values), postgresql.ARRAY(String)))
        .table_valued("value")
        .render_derived(name="wanted")
    )
    found = select(*columns).where(*where, key == wanted.c.value).limit(1).lateral("found")
    return select(*found.c).select_from(wanted).join(found, true())


def _seen_ids(
    connection: Connection, workspace_id: str, device_id: str, mutation_ids: set[str]
) -> set[str]:
    """Which of these mutation ids this device already pushed to the workspace."""
    if not mutation_ids:
        return set()
    return set(
        connection.execute(
            _select_among(
                connection,
                [_SEEN.c.mutation_id],
                [_SEEN.c.workspace_id == workspace_id, _SEEN.c.device_id == device_id],
                _SEEN.c.mutation_id,
                mutation_ids,
            )
        ).scalars()
    )


@dataclass
class _Row:
    """One row's state during a push: as read, then as each mutation of the batch leaves it.
    Never changed in place: a mutation that changes the row replaces it."""

    entity: str
    entity_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)
    purged: bool = False
    last_seq: int = 0

    def state(self) -> EntityState:
        return EntityState(
            entity=self.entity,
            entity_id=self.entity_id,
            fields=dict(self.fields),
            clocks=dict(self.clocks),
            purged=self.purged,
        )


def _read_rows(connection: Connection, workspace_id: str, keys: Iterable[Key]) -> dict[Key, _Row]:
    """The stored state of these rows (purge sentinels included), one query per entity kind
    (each an index range of the primary key)."""
    by_entity: dict[str, set[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, set()).add(entity_id)
    rows: dict[Key, _Row] = {}
    for entity, entity_ids in by_entity.items():
        found = connection.execute(
            _select_among(
                connection,
                [
                    _STATES.c.entity_id,
                    _STATES.c.fields,
                    _STATES.c.clocks,
                    _STATES.c.purged,
                    _STATES.c.last_seq,
                ],
                [_STATES.c.workspace_id == workspace_id, _STATES.c.entity == entity],
                _STATES.c.entity_id,
                entity_ids,
            )
        )
        for entity_id, fields, clocks, purged, last_seq in found:
            rows[entity, entity_id] = _Row(entity, entity_id, fields, clocks, purged, last_seq)
    return rows


_UPSERTS: dict[str, Insert] = {}


def _upsert_states(dialect: str) -> Insert:
    """INSERT … ON CONFLICT (primary key) DO UPDATE of entity_state, for this dialect."""
    statement = _UPSERTS.get(dialect)
    if statement is not None:
        return statement
    base: postgresql.Insert | sqlite.Insert
    if dialect == "postgresql":
        base = postgresql.insert(_STATES)
    elif dialect == "sqlite":
        base = sqlite.insert(_STATES)
    else:
        raise RuntimeError(f"The sync server does not support the {dialect} database.")
    statement = base.on_conflict_do_update(
        index_elements=[_STATES.c.workspace_id, _STATES.c.entity, _STATES.c.entity_id],
        set_={
            "fields": base.excluded.fields,
            "clocks": base.excluded.clocks,
            "purged": base.excluded.purged,
            "last_seq": base.excluded.last_seq,
        },
    )
    _UPSERTS[dialect] = statement
    return statement


def _insert_many(connection: Connection, statement: Insert, rows: list[dict[str, Any]]) -> None:
    """One executemany (psycopg sends it as one pipeline of prepared statements)."""
    connection.execute(statement, rows)


@dataclass
class _Batch:
    """One push in memory: what it read, and what it will write."""

    workspace_id: str
    device_id: str
    now: int
    before: int  # the workspace's last seq when the push took the lock
    seen: set[str]  # mutation ids of this device already applied (stored or earlier in batch)
    rows: dict[Key, _Row]  # the state of each named row that exists, as the batch goes
    new_seen: list[str] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    changed: dict[Key, _Row] = field(default_factory=dict)

    def write(self, connection: Connection) -> int:
        """Write what the batch did (one executemany per table); returns the last seq."""
        last = self.before
        if self.log:
            last = _allocate_seqs(connection, self.workspace_id, len(self.log))
            if last != self.before + len(self.log):  # cannot happen while we hold the lock
                raise RuntimeError(f"Workspace {self.workspace_id}: seq moved during a push.")
            _insert_many(connection, insert(_LOG), self.log)
            _insert_many(
                connection,
                _upsert_states(connection.dialect.name),
                [
                    {
                        "workspace_id": self.workspace_id,
                        "entity": row.entity,
                        "entity_id": row.entity_id,
                        "fields": row.fields,
                        "clocks": row.clocks,
                        "purged": row.purged,
                        "last_seq": row.last_seq,
                    }
                    for row in self.changed.values()
                ],
            )
        if self.new_seen:
            _insert_many(
                connection,
                insert(_SEEN),
                [
                    {
                        "workspace_id": self.workspace_id,
                        "device_id": self.device_id,
                        "mutation_id": mutation_id,
                        "seen_at_ms": self.now,
                    }
                    for mutation_id in self.new_seen
                ],
            )
        return last


class ChangeLog:
    """Push, pull and compaction over the server database."""

    def __init__(
        self, db: Database, clock_ms: Callable[[], int], audit: AuditLog | None = None
    ) -> None:
        self.db = db
        self.clock_ms = clock_ms
        self.audit = audit  # refused mutations and purges are audited in the push transaction

    def push(
        self,
        workspace_id: str,
        request: PushRequest,
        can_write: bool,
        actor_id: str | None = None,
    ) -> tuple[PushResponse, bool]:
        """Apply a batch in one transaction; each mutation gets its own result. The flag says
        whether the log grew (and subscribers should hear of it).

        ``can_write`` False (a viewer): every new mutation is rejected as "forbidden" with the
        server's state of its row, so the device can revert it.
        """
        now = self.clock_ms()
        mutations = request.mutations
        with self.db.write() as session:
            connection = session.connection()
            before = _lock_counter(connection, workspace_id)
            batch = _Batch(
                workspace_id=workspace_id,
                device_id=request.device_id,
                now=now,
                before=before,
                seen=_seen_ids(
                    connection, workspace_id, request.device_id, {m.mutation_id for m in mutations}
                ),
                rows=_read_rows(
                    connection, workspace_id, {(m.entity, m.entity_id) for m in mutations}
                ),
            )
            results = [self._apply(batch, mutation, can_write) for mutation in mutations]
            last_seq = batch.write(connection)
            if self.audit is not None:
                self.audit.record_push(connection, workspace_id, actor_id, request, results)
        return PushResponse(results=results, seq=last_seq), last_seq != before

    def _apply(self, batch: _Batch, mutation: Mutation, can_write: bool) -> MutationResult:
        """One mutation: duplicate, rejected, or applied (merged and logged if anything won),
        against the batch's state as the mutations before it in the batch left it.

        An applied upsert of which some field lost to a newer server value, or that names a
        purged row, carries ``current``: a device whose clock lagged learns the winner at once.
        """
        mutation_id = mutation.mutation_id
        if mutation_id in batch.seen:
            return MutationResult(mutation_id=mutation_id, status="duplicate")
        key = (mutation.entity, mutation.entity_id)
        row = batch.rows.get(key)
        rejection = self._check(mutation, row, batch.now, can_write)
        if rejection is not None:
            return rejection
        batch.seen.add(mutation_id)
        batch.new_seen.append(mutation_id)
        if row is not None and row.purged:
            return MutationResult(mutation_id=mutation_id, status="applied", current=row.state())
        if mutation.op == "purge":
            merged = _Row(mutation.entity, mutation.entity_id, purged=True)
            won_fields: dict[str, Any] = {}
            won_clocks: dict[str, str] = {}
        elif not mutation.fields:
            return MutationResult(mutation_id=mutation_id, status="applied")
        else:
            current = {f: (v, row.clocks[f]) for f, v in row.fields.items()} if row else {}
            incoming = {f: (v, mutation.clocks[f]) for f, v in mutation.fields.items()}
            both = merge_fields(current, incoming)
            merged = _Row(
                mutation.entity,
                mutation.entity_id,
                fields={f: v for f, (v, _) in both.items()},
                clocks={f: c for f, (_, c) in both.items()},
            )
            won = {f: vc for f, vc in both.items() if current.get(f) != vc}
            won_fields = {f: v for f, (v, _) in won.items()}
            won_clocks = {f: c for f, (_, c) in won.items()}
        if won_fields or merged.purged:
            merged.last_seq = batch.before + len(batch.log) + 1
            batch.log.append(
                {
                    "workspace_id": batch.workspace_id,
                    "seq": merged.last_seq,
                    "entity": mutation.entity,
                    "entity_id": mutation.entity_id,
                    "op": mutation.op,
                    "fields": won_fields,
                    "clocks": won_clocks,
                    "device_id": batch.device_id,
                    "mutation_id": mutation_id,
                }
            )
            batch.rows[key] = batch.changed[key] = merged
        if set(won_fields) != set(mutation.fields):
            return MutationResult(mutation_id=mutation_id, status="applied", current=merged.state())
        return MutationResult(mutation_id=mutation_id, status="applied")

    def _check(
        self, mutation: Mutation, row: _Row | None, now: int, can_write: bool
    ) -> MutationResult | None:
        """A rejection for a forbidden, malformed or too-far-ahead mutation, else None."""

        def reject(reason: str) -> MutationResult:
            current = (
                row.state()
                if row is not None
                else EntityState(entity=mutation.entity, entity_id=mutation.entity_id)
            )
            return MutationResult(
                mutation_id=mutation.mutation_id, status="rejected", reason=reason, current=current
            )

        if not can_write:
            return reject("forbidden")
        if set(mutation.fields) != set(mutation.clocks):
            return reject("invalid: every field needs a clock, and every clock a field")
        try:
            stamps = [Timestamp.parse(clock) for clock in mutation.clocks.values()]
        except ValueError:
            return reject("invalid: a clock is not an HLC timestamp")
        if any(stamp.wall_ms - now > MAX_CLOCK_AHEAD_MS for stamp in stamps):
            return reject("clock_ahead")
        return None

    def pull(self, workspace_id: str, cursor: str, limit: int) -> PullResponse:
        if not 1 <= limit <= MAX_PULL_LIMIT:
            raise Invalid(f"limit must be between 1 and {MAX_PULL_LIMIT}.")
        position = Cursor.decode(cursor)
        with self.db.read() as session:
            generation = session.scalar(
                select(Workspace.generation).where(Workspace.id == workspace_id)
            )
            if generation is None:
                raise NotFound(f"No workspace {workspace_id}.")
            if position is not None and position.generation != generation:
                return PullResponse(changes=[], cursor="", more=False, resync=True)
            after = position.seq if position is not None else 0
            # Plain rows, not ORM objects: a page is up to 1,000 changes.
            rows = session.execute(
                select(
                    _LOG.c.seq,
                    _LOG.c.entity,
                    _LOG.c.entity_id,
                    _LOG.c.op,
                    _LOG.c.fields,
                    _LOG.c.clocks,
                    _LOG.c.device_id,
                )
                .where(_LOG.c.workspace_id == workspace_id, _LOG.c.seq > after)
                .order_by(_LOG.c.seq)
                .limit(limit + 1)
            ).all()
        page = rows[:limit]
        changes = [
            Change.model_construct(  # the log's own rows, checked when they were pushed
                seq=seq,
                entity=entity,
                entity_id=entity_id,
                op="purge" if op == "purge" else "upsert",
                fields=fields,
                clocks=clocks,
                device_id=device_id,
            )
            for seq, entity, entity_id, op, fields, clocks, device_id in page
        ]
        last = page[-1].seq if page else after
        return PullResponse(
            changes=changes, cursor=Cursor(generation, last).encode(), more=len(rows) > limit
        )

    def compact(self, workspace_id: str) -> int:
        """Replace the log by one change per entity holding its merged state, at its latest
        seq, and bump the generation (old cursors get "resync"). Returns the entries kept."""
        with self.db.write() as session:
            _lock_counter(session.connection(), workspace_id)
            states = session.scalars(
                select(EntityStateRow)
                .where(EntityStateRow.workspace_id == workspace_id)
                .order_by(EntityStateRow.last_seq)
            ).all()
            session.execute(
                delete(ChangeLogEntry).where(ChangeLogEntry.workspace_id == workspace_id)
            )
            if states:
                session.execute(
                    insert(ChangeLogEntry),
                    [
                        {
                            "workspace_id": workspace_id,
                            "seq": s.last_seq,
                            "entity": s.entity,
                            "entity_id": s.entity_id,
                            "op": "purge" if s.purged else "upsert",
                            "fields": s.fields,
                            "clocks": s.clocks,
                            "device_id": "",
                            "mutation_id": "",
                        }
                        for s in states
                    ],
                )
            session.execute(
                update(Workspace)
                .where(Workspace.id == workspace_id)
                .values(generation=Workspace.generation + 1)
            )
            return len(states)
