"""A user's data: export all the server holds about them, or erase their account (GDPR).

Export: a zip of JSON files and the files (blobs) of their documents. Erase: the account's
personal data goes (email, password, sessions, devices, invites for them, their personal
workspace and any team workspace they alone belong to, with its blobs); what they made in
team workspaces stays for the team, anonymised: the devices that made it are renamed to a
pseudonym, except in a team workspace whose settings say ``erase_content = "delete"``: there the
rows they made are purged, as the server's own purges, so they go from every device too. The
audit log keeps its entries, which name the user only by id, and gains a
``gdpr.erase`` entry.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from core.ids import new_id
from sync.protocol import MAX_MUTATIONS_PER_PUSH, Mutation, PushRequest
from sync.server.admin import audit_out
from sync.server.audit import AuditEvent, AuditLog
from sync.server.blobstore import BlobStore
from sync.server.changelog import ChangeLog
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import Conflict, Invalid, NotFound
from sync.server.models import (
    AuditEntry,
    Blob,
    ChangeLogEntry,
    DeviceSession,
    EntityStateRow,
    Invite,
    Member,
    SeenMutation,
    SsoCode,
    SsoGrant,
    SsoIdentity,
    User,
    Workspace,
)

SPOOL_BYTES = 32 * 1024 * 1024


def _json(value: Any) -> bytes:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).encode()


class PersonalData:
    """Export and erasure of one user's data."""

    def __init__(
        self,
        db: Database,
        config: ServerConfig,
        audit: AuditLog,
        store: BlobStore,
        changes: ChangeLog | None = None,
    ) -> None:
        self.db = db
        self.config = config
        self.audit = audit
        self.store = store
        self.changes = changes

    def export(self, user_id: str, ip: str | None = None) -> IO[bytes]:
        """The zip, in a temporary file positioned at its start (the caller closes it)."""
        out: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        blobs: set[tuple[str, str]] = set()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive, self.db.read() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("No such account.")
            archive.writestr("account.json", _json(_account(user)))
            archive.writestr("devices.json", _json(_devices(session, user_id)))
            memberships = _memberships(session, user_id)
            archive.writestr("memberships.json", _json(memberships))
            archive.writestr("invites.json", _json(_invites(session, user)))
            archive.writestr("audit.json", _json(_audit(session, user_id)))
            devices = {d["device_id"] for d in _devices(session, user_id)}
            for membership in memberships:
                ws = membership["workspace_id"]
                whole = ws == user.personal_workspace_id
                rows = _rows(session, ws, None if whole else devices)
                archive.writestr(f"workspaces/{ws}/entities.json", _json(rows))
                for row in rows:
                    sha = row["fields"].get("file_sha256")
                    if row["entity"] in ("document", "document_version") and isinstance(sha, str):
                        blobs.add((ws, sha))
            complete = _complete_blobs(session, blobs)
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
            for ws, sha, size in sorted(complete):
                with archive.open(f"files/{sha}", "w", force_zip64=True) as target:
                    for chunk in self.store.read(ws, sha, 0, size):
                        target.write(chunk)
        self.audit.record(AuditEvent("gdpr.export", actor_id=user_id, target=user_id, ip=ip))
        out.seek(0)
        return out

    def erase(self, user_id: str, confirm_email: str, ip: str | None = None) -> dict[str, int]:
        """Erase the account (see the module's docstring); 409 if it owns a shared workspace.
        Returns the workspaces whose log grew (content deleted there) with their last seq."""
        removed: list[str] = []
        doomed: dict[str, list[tuple[str, str]]] = {}
        with self.db.write() as session:
            user = session.get(User, user_id)
            if user is None or user.erased_at_ms is not None:
                raise NotFound("No such account.")
            if confirm_email.strip().casefold() != user.email:
                raise Invalid("Type your account's email address to confirm the erasure.")
            removed = _own_workspaces(session, user)
            pseudonym = "erased-" + self.audit.pseudonym(user_id)[:16]
            devices = select(DeviceSession.device_id).where(DeviceSession.user_id == user_id)
            # Team workspaces that delete an erased member's content: what their devices made.
            for workspace_id in session.scalars(
                select(Member.workspace_id)
                .join(Workspace, Workspace.id == Member.workspace_id)
                .where(
                    Member.user_id == user_id,
                    Workspace.kind == "team",
                    Workspace.erase_content == "delete",
                )
            ):
                if workspace_id not in removed:
                    doomed[workspace_id] = _made_by(
                        session, workspace_id, list(session.scalars(devices))
                    )
            for table in (ChangeLogEntry, SeenMutation):
                session.execute(
                    update(table)
                    .where(table.device_id.in_(devices))
                    .values(device_id=pseudonym)
                    .execution_options(synchronize_session=False)
                )
            session.execute(delete(DeviceSession).where(DeviceSession.user_id == user_id))
            session.execute(delete(Member).where(Member.user_id == user_id))
            # The IdP/directory link (subject, groups) is personal data too; a later company
            # sign-in of the same person then starts a new account.
            for sso_table in (SsoIdentity, SsoGrant, SsoCode):
                session.execute(delete(sso_table).where(sso_table.user_id == user_id))
            session.execute(delete(Invite).where(Invite.email == user.email))
            for workspace_id in removed:
                session.execute(delete(Workspace).where(Workspace.id == workspace_id))
            user.email = f"{user_id}@erased.invalid"
            user.password_hash = ""
            user.disabled = True
            user.server_role = None
            user.personal_workspace_id = None
            user.erased_at_ms = self.config.clock_ms()
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "gdpr.erase",
                    actor_id=user_id,
                    target=user_id,
                    ip=ip,
                    details={
                        "workspaces_deleted": len(removed),
                        "content": "deleted" if doomed else "anonymised",
                        "content_deleted_in": sorted(doomed),
                    },
                ),
            )
        for workspace_id in removed:
            self.store.remove_workspace(workspace_id)
        return self._purge_content(doomed)

    def _purge_content(self, doomed: dict[str, list[tuple[str, str]]]) -> dict[str, int]:
        """Purge, on every device, the rows an erased member made in workspaces that delete an
        erased member's content (pushed as the server's own purges, so devices apply them)."""
        grew: dict[str, int] = {}
        if self.changes is None:
            return grew
        for workspace_id, rows in doomed.items():
            for start in range(0, len(rows), MAX_MUTATIONS_PER_PUSH):
                mutations = [
                    Mutation(mutation_id=new_id(), entity=entity, entity_id=entity_id, op="purge")
                    for entity, entity_id in rows[start : start + MAX_MUTATIONS_PER_PUSH]
                ]
                answer, more = self.changes.push(
                    workspace_id, PushRequest(device_id="server", mutations=mutations), True
                )
                if more:
                    grew[workspace_id] = answer.seq
        return grew


def _made_by(session: Session, workspace_id: str, devices: list[str]) -> list[tuple[str, str]]:
    """(entity, id) of the live rows of a workspace first written by one of ``devices``."""
    if not devices:
        return []
    first = (
        select(
            ChangeLogEntry.entity,
            ChangeLogEntry.entity_id,
            func.min(ChangeLogEntry.seq).label("seq"),
        )
        .where(ChangeLogEntry.workspace_id == workspace_id)
        .group_by(ChangeLogEntry.entity, ChangeLogEntry.entity_id)
        .subquery()
    )
    made = session.execute(
        select(first.c.entity, first.c.entity_id)
        .join(
            ChangeLogEntry,
            (ChangeLogEntry.workspace_id == workspace_id) & (ChangeLogEntry.seq == first.c.seq),
        )
        .where(ChangeLogEntry.device_id.in_(devices), ChangeLogEntry.op != "purge")
        .order_by(first.c.seq)
    ).all()
    return [(str(entity), str(entity_id)) for entity, entity_id in made]


def _own_workspaces(session: Session, user: User) -> list[str]:
    """The workspaces that go with the account: personal, and team ones nobody else is in.
    A team workspace it owns with other members must be transferred first (409)."""
    gone = [user.personal_workspace_id] if user.personal_workspace_id else []
    owned = session.scalars(
        select(Member.workspace_id).where(Member.user_id == user.id, Member.role == "owner")
    ).all()
    for workspace_id in owned:
        if workspace_id in gone:
            continue
        others = session.scalar(
            select(func.count())
            .select_from(Member)
            .where(Member.workspace_id == workspace_id, Member.user_id != user.id)
        )
        if others:
            name = session.scalar(select(Workspace.name).where(Workspace.id == workspace_id))
            raise Conflict(
                f"You own the team workspace {name!r}, which has other members: transfer its "
                "ownership (or delete it) before erasing your account."
            )
        gone.append(workspace_id)
    return gone


def _account(user: User) -> dict[str, Any]:
    return {
        "user_id": user.id,
        "email": user.email,
        "server_role": user.server_role,
        "disabled": user.disabled,
        "created_at_ms": user.created_at_ms,
        "personal_workspace_id": user.personal_workspace_id,
    }


def _devices(session: Session, user_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(DeviceSession)
        .where(DeviceSession.user_id == user_id)
        .order_by(DeviceSession.created_at_ms)
    )
    return [
        {
            "device_id": r.device_id,
            "name": r.device_name,
            "signed_in_at_ms": r.created_at_ms,
            "last_seen_at_ms": r.last_seen_at_ms,
            "signed_out": r.revoked,
        }
        for r in rows
    ]


def _memberships(session: Session, user_id: str) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Workspace.id, Workspace.name, Workspace.kind, Member.role)
        .join(Member, Member.workspace_id == Workspace.id)
        .where(Member.user_id == user_id)
        .order_by(Workspace.name)
    )
    return [
        {"workspace_id": ws, "name": name, "kind": kind, "role": role}
        for ws, name, kind, role in rows
    ]


def _invites(session: Session, user: User) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Invite).where(
            or_(
                Invite.created_by == user.id,
                Invite.redeemed_by == user.id,
                Invite.email == user.email,
            )
        )
    )
    return [
        {
            "id": r.id,
            "workspace_id": r.workspace_id,
            "role": r.role,
            "email": r.email,
            "created_by_you": r.created_by == user.id,
            "redeemed_by_you": r.redeemed_by == user.id,
            "created_at_ms": r.created_at_ms,
        }
        for r in rows
    ]


def _audit(session: Session, user_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(AuditEntry)
        .where(or_(AuditEntry.actor_id == user_id, AuditEntry.target == user_id))
        .order_by(AuditEntry.seq)
    )
    return [audit_out(row, None).model_dump(exclude={"actor_email"}) for row in rows]


def _rows(session: Session, workspace_id: str, devices: set[str] | None) -> list[dict[str, Any]]:
    """The workspace's rows (all of them, or those these devices created)."""
    query = select(
        EntityStateRow.entity,
        EntityStateRow.entity_id,
        EntityStateRow.fields,
        EntityStateRow.purged,
    ).where(EntityStateRow.workspace_id == workspace_id)
    if devices is not None:
        created = (
            select(ChangeLogEntry.entity, ChangeLogEntry.entity_id)
            .where(
                ChangeLogEntry.workspace_id == workspace_id,
                ChangeLogEntry.device_id.in_(devices),
            )
            .distinct()
        )
        keys = {(e, i) for e, i in session.execute(created)}
        found = session.execute(query)
        return [
            {"entity": e, "entity_id": i, "fields": f, "purged": p}
            for e, i, f, p in found
            if (e, i) in keys
        ]
    return [
        {"entity": e, "entity_id": i, "fields": f, "purged": p}
        for e, i, f, p in session.execute(query.order_by(EntityStateRow.entity))
    ]


def _complete_blobs(
    session: Session, wanted: set[tuple[str, str]]
) -> Iterator[tuple[str, str, int]]:
    workspace_ids = {ws for ws, _ in wanted}
    if not workspace_ids:
        return iter(())
    rows = session.execute(
        select(Blob.workspace_id, Blob.sha256, Blob.size).where(
            Blob.workspace_id.in_(workspace_ids), Blob.complete.is_(True)
        )
    ).all()
    return iter([(ws, sha, size or 0) for ws, sha, size in rows if (ws, sha) in wanted])
