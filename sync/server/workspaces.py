"""Workspaces and their members."""

from __future__ import annotations

import re
from typing import Literal, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.ids import new_id
from sync.protocol import WorkspaceCreate, WorkspaceInfo, WorkspaceRole
from sync.server.audit import AuditEvent, AuditLog
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import Conflict, Invalid, NotFound
from sync.server.models import Member, User, Workspace, WorkspaceCounter

# Ids name folders of the blob store: nothing but these characters.
WORKSPACE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def info(workspace: Workspace, role: str, seq: int) -> WorkspaceInfo:
    return WorkspaceInfo(
        id=workspace.id,
        name=workspace.name,
        kind=cast(Literal["personal", "team"], workspace.kind),
        role=cast(WorkspaceRole, role),
        seq=seq,
    )


class Workspaces:
    def __init__(self, db: Database, config: ServerConfig, audit: AuditLog) -> None:
        self.db = db
        self.config = config
        self.audit = audit

    def list_for(self, user_id: str) -> list[WorkspaceInfo]:
        with self.db.read() as session:
            rows = session.execute(
                select(Workspace, Member.role, WorkspaceCounter.last_seq)
                .join(Member, Member.workspace_id == Workspace.id)
                .join(WorkspaceCounter, WorkspaceCounter.workspace_id == Workspace.id)
                .where(Member.user_id == user_id)
                .order_by(Workspace.kind, Workspace.name)
            ).all()
        return [info(ws, role, seq) for ws, role, seq in rows]

    def role_of(self, session: Session, workspace_id: str, user_id: str) -> str | None:
        return session.scalar(
            select(Member.role).where(
                Member.workspace_id == workspace_id, Member.user_id == user_id
            )
        )

    def publish(self, user_id: str, request: WorkspaceCreate) -> tuple[WorkspaceInfo, bool]:
        """Create a workspace made on a device, keeping its id; (info, created).

        Publishing again is harmless: a workspace the user already belongs to is returned.
        """
        workspace_id = request.id or new_id()
        if not WORKSPACE_ID.match(workspace_id):
            raise Invalid("A workspace id may hold only letters, digits, '-' and '_'.")
        with self.db.write() as session:
            existing = session.get(Workspace, workspace_id)
            if existing is not None:
                role = self.role_of(session, workspace_id, user_id)
                if role is None:
                    raise Conflict(f"The workspace id {workspace_id} is taken.")
                counter = session.get(WorkspaceCounter, workspace_id)
                return info(existing, role, counter.last_seq if counter else 0), False
            user = session.get(User, user_id)
            assert user is not None
            if request.kind == "personal":
                if user.personal_workspace_id is not None:
                    raise Conflict(
                        "This account already has a personal workspace: "
                        f"{user.personal_workspace_id}"
                    )
                user.personal_workspace_id = workspace_id
            workspace = self._create(session, workspace_id, request.name, request.kind, user_id)
            self._audit_create(session, workspace, user_id)
            return info(workspace, "owner", 0), True

    def create_team(self, name: str, owner_email: str) -> str:
        with self.db.write() as session:
            owner = _user(session, owner_email)
            if session.scalar(select(Workspace.id).where(Workspace.name == name)) is not None:
                raise Conflict(f"A workspace named {name!r} already exists.")
            workspace = self._create(session, new_id(), name, "team", owner.id)
            self._audit_create(session, workspace, None, owner.id)
            return workspace.id

    def _audit_create(
        self, session: Session, workspace: Workspace, actor_id: str | None, owner_id: str = ""
    ) -> None:
        self.audit.append(
            session.connection(),
            AuditEvent(
                "workspace.create",
                actor_id=actor_id,
                workspace_id=workspace.id,
                target=workspace.id,
                details={"kind": workspace.kind, "owner_id": owner_id or actor_id},
            ),
        )

    def add_member(self, name: str, email: str, role: WorkspaceRole) -> None:
        """Give a user a role in the workspace of that name (or id); changes an existing role.

        The CLI's way (an operator at the server): audited with no actor."""
        with self.db.write() as session:
            workspace = by_name(session, name)
            user = _user(session, email)
            member = session.get(Member, (workspace.id, user.id))
            before = None if member is None else member.role
            if member is None:
                session.add(Member(workspace_id=workspace.id, user_id=user.id, role=role))
            elif member.role == "owner":
                raise Conflict("That user owns the workspace: transfer ownership first.")
            else:
                member.role = role
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "member.join" if before is None else "member.role",
                    workspace_id=workspace.id,
                    target=user.id,
                    details={"from": before, "to": role, "via": "cli"},
                ),
            )

    def _create(
        self, session: Session, workspace_id: str, name: str, kind: str, owner_id: str
    ) -> Workspace:
        workspace = Workspace(
            id=workspace_id,
            name=name,
            kind=kind,
            generation=1,
            created_at_ms=self.config.clock_ms(),
        )
        session.add(workspace)
        session.flush()
        session.add(WorkspaceCounter(workspace_id=workspace_id, last_seq=0))
        session.add(Member(workspace_id=workspace_id, user_id=owner_id, role="owner"))
        return workspace


def by_name(session: Session, name: str) -> Workspace:
    """The workspace with this id, or else the only one with this name."""
    workspace = session.get(Workspace, name)
    if workspace is not None:
        return workspace
    found = session.scalars(select(Workspace).where(Workspace.name == name)).all()
    if not found:
        raise NotFound(f"No workspace named {name!r}.")
    if len(found) > 1:
        ids = ", ".join(w.id for w in found)
        raise Conflict(f"Several workspaces are named {name!r} ({ids}): give the id.")
    return found[0]


def _user(session: Session, email: str) -> User:
    user = session.scalar(select(User).where(User.email == email.strip().casefold()))
    if user is None:
        raise NotFound(f"No user with the email {email.strip().casefold()}.")
    return user
