"""What the admin console reads: users, workspaces with members, the audit log, health."""

from __future__ import annotations

import json
from typing import Any, Literal, cast

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from sync.protocol import PROTOCOL_VERSION
from sync.server.accounts import normalize_email
from sync.server.audit import TENANT, AuditLog
from sync.server.config import ServerConfig
from sync.server.db import Database, current_revision
from sync.server.members import members_of
from sync.server.models import (
    AuditCheckpoint,
    AuditEntry,
    AuditHead,
    Blob,
    DeviceSession,
    Member,
    User,
    Workspace,
)
from sync.server.schemas import (
    AuditEntryOut,
    AuditHealth,
    Health,
    Page,
    ServerRoleField,
    UserSummary,
    WorkspaceSummary,
)

ACTIVE_DAYS = 30
DAY_MS = 24 * 3600 * 1000
SERVER_VERSION = "0.1.0"


def _like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its own wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def active_devices_since(since_ms: int) -> Select[int]:
    return select(func.count(func.distinct(DeviceSession.device_id))).where(
        DeviceSession.revoked.is_(False), DeviceSession.last_seen_at_ms >= since_ms
    )


class Admin:
    """Read models of the admin console (no writes: those are in accounts and members)."""

    def __init__(self, db: Database, config: ServerConfig, audit: AuditLog) -> None:
        self.db = db
        self.config = config
        self.audit = audit

    def user_summary(self, session: Session, user: User) -> UserSummary:
        since = self.config.clock_ms() - ACTIVE_DAYS * DAY_MS
        workspaces = session.scalar(
            select(func.count()).select_from(Member).where(Member.user_id == user.id)
        )
        active = session.scalar(active_devices_since(since).where(DeviceSession.user_id == user.id))
        last_seen = session.scalar(
            select(func.max(DeviceSession.last_seen_at_ms)).where(DeviceSession.user_id == user.id)
        )
        return UserSummary(
            user_id=user.id,
            email=user.email if user.erased_at_ms is None else None,
            server_role=cast(ServerRoleField, user.server_role),
            disabled=user.disabled,
            created_at_ms=user.created_at_ms,
            workspaces=workspaces or 0,
            active_devices=active or 0,
            last_seen_at_ms=last_seen,
        )

    def user(self, user_id: str) -> UserSummary:
        with self.db.read() as session:
            user = session.get(User, user_id)
            assert user is not None
            return self.user_summary(session, user)

    def users(
        self,
        q: str | None,
        role: Literal["admin", "auditor", "none"] | None,
        disabled: bool | None,
        offset: int,
        limit: int,
    ) -> Page[UserSummary]:
        where: list[ColumnElement[bool]] = [User.erased_at_ms.is_(None)]
        if q:
            where.append(User.email.like(_like(normalize_email(q)), escape="\\"))
        if role == "none":
            where.append(User.server_role.is_(None))
        elif role is not None:
            where.append(User.server_role == role)
        if disabled is not None:
            where.append(User.disabled.is_(disabled))
        with self.db.read() as session:
            total = session.scalar(select(func.count()).select_from(User).where(*where)) or 0
            rows = session.scalars(
                select(User).where(*where).order_by(User.email).offset(offset).limit(limit)
            ).all()
            items = [self.user_summary(session, user) for user in rows]
        return Page[UserSummary](total=total, offset=offset, limit=limit, items=items)

    def workspaces(self, q: str | None, offset: int, limit: int) -> Page[WorkspaceSummary]:
        where: list[ColumnElement[bool]] = []
        if q:
            where.append(Workspace.name.ilike(_like(q), escape="\\"))
        with self.db.read() as session:
            total = session.scalar(select(func.count()).select_from(Workspace).where(*where)) or 0
            rows = session.scalars(
                select(Workspace)
                .where(*where)
                .order_by(Workspace.name, Workspace.id)
                .offset(offset)
                .limit(limit)
            ).all()
            items = [
                WorkspaceSummary(
                    id=w.id,
                    name=w.name,
                    kind=cast(Literal["personal", "team"], w.kind),
                    created_at_ms=w.created_at_ms,
                    members=members_of(session, w.id),
                    storage_bytes=storage_bytes(session, w.id),
                )
                for w in rows
            ]
        return Page[WorkspaceSummary](total=total, offset=offset, limit=limit, items=items)

    def audit_page(
        self,
        actor: str | None,
        action: str | None,
        workspace_id: str | None,
        since_ms: int | None,
        until_ms: int | None,
        offset: int,
        limit: int,
    ) -> Page[AuditEntryOut]:
        """Entries newest first; ``action`` ending in "." matches that family (``auth.``)."""
        where: list[ColumnElement[bool]] = []
        with self.db.read() as session:
            if actor:
                by_email = session.scalar(
                    select(User.id).where(User.email == normalize_email(actor))
                )
                where.append(AuditEntry.actor_id == (by_email or actor))
            if action:
                if action.endswith("."):
                    where.append(AuditEntry.action.like(_like(action)[1:], escape="\\"))
                else:
                    where.append(AuditEntry.action == action)
            if workspace_id:
                where.append(AuditEntry.workspace_id == workspace_id)
            if since_ms is not None:
                where.append(AuditEntry.at_ms >= since_ms)
            if until_ms is not None:
                where.append(AuditEntry.at_ms < until_ms)
            condition = and_(*where) if where else None
            count = select(func.count()).select_from(AuditEntry)
            query = (
                select(AuditEntry, User.email, User.erased_at_ms)
                .outerjoin(User, User.id == AuditEntry.actor_id)
                .order_by(AuditEntry.seq.desc())
                .offset(offset)
                .limit(limit)
            )
            if condition is not None:
                count, query = count.where(condition), query.where(condition)
            total = session.scalar(count) or 0
            items = [
                audit_out(entry, None if erased is not None else email)
                for entry, email, erased in session.execute(query)
            ]
        return Page[AuditEntryOut](total=total, offset=offset, limit=limit, items=items)

    def health(self, connected_devices: int) -> Health:
        now = self.config.clock_ms()
        database_ok = True
        try:
            self.db.ping()
        except Exception:
            database_ok = False
        with self.db.read() as session:
            storage, blobs = session.execute(
                select(func.coalesce(func.sum(Blob.size), 0), func.count()).where(
                    Blob.complete.is_(True)
                )
            ).one()
            head = session.get(AuditHead, TENANT)
            last_checkpoint = session.scalar(select(func.max(AuditCheckpoint.seq)))
            health = Health(
                version=SERVER_VERSION,
                protocol=PROTOCOL_VERSION,
                database="sqlite" if self.db.is_sqlite else "postgresql",
                database_ok=database_ok,
                schema=current_revision(self.db),
                storage_bytes=int(storage or 0),
                blobs=blobs,
                users=session.scalar(
                    select(func.count()).select_from(User).where(User.erased_at_ms.is_(None))
                )
                or 0,
                workspaces=session.scalar(select(func.count()).select_from(Workspace)) or 0,
                connected_devices=connected_devices,
                active_devices_24h=session.scalar(active_devices_since(now - DAY_MS)) or 0,
                audit=AuditHealth(
                    entries=session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
                    last_seq=head.last_seq if head else 0,
                    last_checkpoint_seq=last_checkpoint,
                    checkpoint_key_id=self.audit.signer.key_id,
                ),
            )
        return health


def audit_out(entry: AuditEntry, actor_email: str | None) -> AuditEntryOut:
    parsed: dict[str, Any] = json.loads(entry.text)
    return AuditEntryOut(
        seq=entry.seq,
        at_ms=entry.at_ms,
        action=entry.action,
        actor_id=entry.actor_id,
        actor_email=actor_email,
        workspace_id=entry.workspace_id,
        target=entry.target,
        ip=parsed.get("ip"),
        details=parsed.get("details") or {},
        hash=entry.hash,
    )


def storage_bytes(session: Session, workspace_id: str) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(Blob.size), 0)).where(
            Blob.workspace_id == workspace_id, Blob.complete.is_(True)
        )
    )
    return int(total or 0)
