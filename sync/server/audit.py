"""The audit log: append-only, hash-chained, written in the transaction of what it records.

Each entry is stored as its canonical JSON text and ``hash = sha256(previous hash || text)``
(the hex strings' bytes), so editing, removing or reordering an entry breaks every hash after
it. Appending locks the ``audit_head`` row (``SELECT … FOR UPDATE``), which serializes the chain;
a change whose audit entry cannot be written rolls back with it (no audit row, no change).
Every ``checkpoint_every`` entries the server signs (seq, hash) with its Ed25519 key, so cutting
entries off the end shows too. On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE.

Entries name people by user id, never by email: once an account is erased they are pseudonymous.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update

from sync.protocol import MutationResult, PushRequest
from sync.server.checkpoints import CheckpointSigner
from sync.server.db import Database
from sync.server.models import AuditCheckpoint, AuditEntry, AuditHead

TENANT = "default"
GENESIS_HASH = "0" * 64
CHECKPOINT_EVERY = 64

_LOG = cast(Table, AuditEntry.__table__)
_HEAD = cast(Table, AuditHead.__table__)
_CHECKPOINTS = cast(Table, AuditCheckpoint.__table__)


def canonical(entry: dict[str, Any]) -> str:
    """The one text form of an entry: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(previous: str, text: str) -> str:
    return hashlib.sha256(previous.encode() + text.encode()).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    """What happened, who did it, where; ``details`` must be JSON (no secrets, no emails)."""

    action: str
    actor_id: str | None = None
    workspace_id: str | None = None
    target: str | None = None
    ip: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


class AuditLog:
    """Appends to the chain and signs checkpoints."""

    def __init__(
        self,
        db: Database,
        clock_ms: Callable[[], int],
        signer: CheckpointSigner,
        checkpoint_every: int = CHECKPOINT_EVERY,
    ) -> None:
        self.db = db
        self.clock_ms = clock_ms
        self.signer = signer
        self.checkpoint_every = checkpoint_every

    def pseudonym(self, value: str) -> str:
        """A keyed hash of a value (an email nobody has an account for) to audit without it."""
        return hmac.new(self.signer.secret, value.encode(), hashlib.sha256).hexdigest()[:32]

    def append(self, connection: Connection, event: AuditEvent) -> int:
        """Append one entry inside the caller's transaction; returns its seq."""
        head = connection.execute(
            select(_HEAD.c.last_seq, _HEAD.c.last_hash)
            .where(_HEAD.c.tenant == TENANT)
            .with_for_update()
        ).one_or_none()
        if head is None:  # the migration made it; a missing head means a tampered database
            raise RuntimeError("The audit log has no head row: the database was tampered with.")
        seq: int = head.last_seq + 1
        previous: str = head.last_hash
        at_ms = self.clock_ms()
        entry = {
            "seq": seq,
            "at_ms": at_ms,
            "action": event.action,
            "actor_id": event.actor_id,
            "workspace_id": event.workspace_id,
            "target": event.target,
            "ip": event.ip,
            "details": event.details,
        }
        text = canonical(entry)
        digest = chain_hash(previous, text)
        connection.execute(
            insert(_LOG).values(
                seq=seq,
                at_ms=at_ms,
                action=event.action,
                actor_id=event.actor_id,
                workspace_id=event.workspace_id,
                target=event.target,
                text=text,
                hash=digest,
            )
        )
        connection.execute(
            update(_HEAD).where(_HEAD.c.tenant == TENANT).values(last_seq=seq, last_hash=digest)
        )
        if seq % self.checkpoint_every == 0:
            self._checkpoint(connection, seq, digest, at_ms)
        return seq

    def record_push(
        self,
        connection: Connection,
        workspace_id: str,
        actor_id: str | None,
        request: PushRequest,
        results: Sequence[MutationResult],
    ) -> None:
        """Audit a push's refused mutations and the purges it made (one entry each kind);
        a push of ordinary edits writes nothing here."""
        refused = [r.mutation_id for r in results if r.status == "rejected"]
        purged = [
            f"{m.entity}/{m.entity_id}"
            for m, r in zip(request.mutations, results, strict=True)
            if m.op == "purge" and r.status == "applied" and r.current is None
        ]
        reasons = sorted({r.reason or "" for r in results if r.status == "rejected"})
        if refused:
            self.append(
                connection,
                AuditEvent(
                    "sync.push_refused",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=request.device_id,
                    details={"mutations": refused[:100], "count": len(refused), "reasons": reasons},
                ),
            )
        if purged:
            self.append(
                connection,
                AuditEvent(
                    "sync.purge",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=request.device_id,
                    details={"rows": purged[:100], "count": len(purged)},
                ),
            )

    def record(self, event: AuditEvent) -> int:
        """Append in a transaction of its own (for events that change nothing else)."""
        with self.db.write() as session:
            return self.append(session.connection(), event)

    def checkpoint(self) -> int | None:
        """Sign the chain's current head now (the CLI's ``audit checkpoint``); its seq."""
        with self.db.write() as session:
            connection = session.connection()
            head = connection.execute(
                select(_HEAD.c.last_seq, _HEAD.c.last_hash)
                .where(_HEAD.c.tenant == TENANT)
                .with_for_update()
            ).one()
            if head.last_seq == 0:
                return None
            exists = connection.execute(
                select(_CHECKPOINTS.c.seq).where(_CHECKPOINTS.c.seq == head.last_seq)
            ).first()
            if exists is None:
                self._checkpoint(connection, head.last_seq, head.last_hash, self.clock_ms())
            return cast(int, head.last_seq)

    def _checkpoint(self, connection: Connection, seq: int, digest: str, at_ms: int) -> None:
        connection.execute(
            insert(_CHECKPOINTS).values(
                seq=seq,
                hash=digest,
                at_ms=at_ms,
                key_id=self.signer.key_id,
                signature=self.signer.sign(seq, digest),
            )
        )


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of walking the chain; ``bad_seq`` is the first entry that fails."""

    entries: int
    checkpoints: int
    last_seq: int
    bad_seq: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _entries(db: Database, since_ms: int | None = None) -> Iterator[AuditEntry]:
    with db.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=1000)
        if since_ms is not None:
            query = query.where(AuditEntry.at_ms >= since_ms)
        yield from session.scalars(query)


def _entry_problem(row: AuditEntry, previous: str) -> str | None:
    """Why this stored entry is not what was appended, or None."""
    try:
        parsed = json.loads(row.text)
    except ValueError:
        return "its text is not JSON"
    if not isinstance(parsed, dict) or canonical(parsed) != row.text:
        return "its text is not in canonical form"
    columns = {
        "seq": row.seq,
        "at_ms": row.at_ms,
        "action": row.action,
        "actor_id": row.actor_id,
        "workspace_id": row.workspace_id,
        "target": row.target,
    }
    for name, value in columns.items():
        if parsed.get(name) != value:
            return f"its {name} column ({value!r}) differs from its text ({parsed.get(name)!r})"
    if chain_hash(previous, row.text) != row.hash:
        return "its hash does not match its text and the previous entry's hash"
    return None


def verify(db: Database, signer: CheckpointSigner) -> VerifyReport:
    """Walk the whole chain, then check the head and every signed checkpoint against it."""
    previous, expected, count = GENESIS_HASH, 1, 0
    hashes: dict[int, str] = {}
    for row in _entries(db):
        if row.seq != expected:
            return VerifyReport(
                count, 0, expected - 1, expected, f"entry {expected} is missing (next: {row.seq})"
            )
        problem = _entry_problem(row, previous)
        if problem is not None:
            return VerifyReport(count, 0, row.seq - 1, row.seq, f"entry {row.seq}: {problem}")
        previous, expected, count = row.hash, expected + 1, count + 1
        hashes[row.seq] = row.hash
    last_seq = expected - 1
    with db.read() as session:
        head = session.get(AuditHead, TENANT)
        checkpoints = list(session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.seq)))
    if head is None or head.last_seq != last_seq or head.last_hash != previous:
        where = head.last_seq if head is not None else last_seq + 1
        return VerifyReport(
            count,
            len(checkpoints),
            last_seq,
            min(where, last_seq + 1),
            f"the chain ends at entry {last_seq} but its head says {where}: entries were removed",
        )
    for checkpoint in checkpoints:
        if not signer.verify(checkpoint.seq, checkpoint.hash, checkpoint.signature):
            return VerifyReport(
                count,
                len(checkpoints),
                last_seq,
                checkpoint.seq,
                f"the checkpoint at entry {checkpoint.seq} has no valid signature of this "
                f"server's key ({signer.key_id})",
            )
        if checkpoint.seq > last_seq:
            return VerifyReport(
                count,
                len(checkpoints),
                last_seq,
                last_seq + 1,
                f"a signed checkpoint covers entry {checkpoint.seq} but the log ends at "
                f"{last_seq}: entries {last_seq + 1}…{checkpoint.seq} were cut off",
            )
        if hashes[checkpoint.seq] != checkpoint.hash:
            return VerifyReport(
                count,
                len(checkpoints),
                last_seq,
                checkpoint.seq,
                f"entry {checkpoint.seq} differs from its signed checkpoint",
            )
    return VerifyReport(count, len(checkpoints), last_seq)


def export_rows(db: Database, since_ms: int | None = None) -> Iterator[dict[str, Any]]:
    """Entries oldest first as dicts (the stored entry plus its ``hash``)."""
    for row in _entries(db, since_ms):
        entry: dict[str, Any] = json.loads(row.text)
        entry["hash"] = row.hash
        yield entry


CSV_COLUMNS = ("seq", "at_ms", "action", "actor_id", "workspace_id", "target", "ip", "details")


def csv_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    """The entries as CSV lines (a header first); ``details`` as JSON."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow((*CSV_COLUMNS, "hash"))
    for row in rows:
        values = [row.get(c) for c in CSV_COLUMNS]
        values[-1] = json.dumps(row.get("details") or {}, sort_keys=True, ensure_ascii=False)
        writer.writerow(["" if v is None else v for v in (*values, row["hash"])])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
