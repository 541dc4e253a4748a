"""Members of a workspace: invites and their codes, roles, removal, ownership, deletion.

Every change here is audited in its own transaction (no audit row, no change). Invite codes
are random, shown once, and stored as SHA-256 hashes only.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import cast

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.ids import new_id
from sync.protocol import WorkspaceInfo
from sync.server.audit import AuditEvent, AuditLog
from sync.server.blobstore import BlobStore
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import Conflict, Forbidden, Invalid, NotFound
from sync.server.models import Invite, Member, User, Workspace, WorkspaceCounter
from sync.server.permissions import ROLE_RANK, may_grant
from sync.server.schemas import (
    EraseContent,
    GrantableRole,
    InviteCode,
    InviteInfo,
    MemberInfo,
    MemberRole,
    WorkspaceSettings,
)
from sync.server.workspaces import by_name, info

INVITE_PREFIX = "csinv-"


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().encode()).hexdigest()


def invite_info(invite: Invite) -> InviteInfo:
    return InviteInfo(
        id=invite.id,
        workspace_id=invite.workspace_id,
        role=cast(GrantableRole, invite.role),
        email=invite.email,
        created_by=invite.created_by,
        created_at_ms=invite.created_at_ms,
        expires_at_ms=invite.expires_at_ms,
        redeemed_by=invite.redeemed_by,
        redeemed_at_ms=invite.redeemed_at_ms,
    )


def members_of(session: Session, workspace_id: str) -> list[MemberInfo]:
    rows = session.execute(
        select(Member.user_id, Member.role, User.email, User.disabled, User.erased_at_ms)
        .join(User, User.id == Member.user_id)
        .where(Member.workspace_id == workspace_id)
        .order_by(func.coalesce(User.email, ""), Member.user_id)
    ).all()
    return [
        MemberInfo(
            user_id=user_id,
            email=None if erased else email,
            role=cast(MemberRole, role),
            disabled=disabled,
        )
        for user_id, role, email, disabled, erased in rows
    ]


class Members:
    """Who belongs to which workspace, with what role."""

    def __init__(self, db: Database, config: ServerConfig, audit: AuditLog) -> None:
        self.db = db
        self.config = config
        self.audit = audit

    def of(self, workspace_id: str) -> list[MemberInfo]:
        with self.db.read() as session:
            return members_of(session, workspace_id)

    def invite(
        self,
        workspace_id: str,
        actor_id: str | None,
        actor_role: str | None,
        role: GrantableRole,
        email: str | None = None,
        expires_in_hours: int = 168,
    ) -> InviteCode:
        """A new invite; the returned code is the only copy of it."""
        if not may_grant(actor_role, role):
            raise Forbidden(f"Your role {actor_role} may not invite someone as {role}.")
        code = INVITE_PREFIX + secrets.token_urlsafe(18)
        now = self.config.clock_ms()
        with self.db.write() as session:
            workspace = session.get(Workspace, workspace_id)
            if workspace is None:
                raise NotFound(f"No workspace {workspace_id}.")
            if workspace.kind != "team":
                raise Conflict("A personal workspace has no other members: invite to a team one.")
            invite = Invite(
                id=new_id(),
                code_hash=_code_hash(code),
                workspace_id=workspace_id,
                role=role,
                email=email.strip().casefold() if email else None,
                created_by=actor_id or "",
                created_at_ms=now,
                expires_at_ms=now + expires_in_hours * 3600 * 1000,
            )
            session.add(invite)
            session.flush()
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "member.invite",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=invite.id,
                    details={"role": role, "for_email": email is not None},
                ),
            )
            return InviteCode(**invite_info(invite).model_dump(), code=code)

    def invite_by_name(
        self, name: str, role: GrantableRole, email: str | None, expires_in_hours: int = 168
    ) -> InviteCode:
        """The CLI's invite: an operator at the server, acting for the owner."""
        with self.db.read() as session:
            workspace_id = by_name(session, name).id
        return self.invite(workspace_id, None, None, role, email, expires_in_hours)

    def invites(self, workspace_id: str) -> list[InviteInfo]:
        with self.db.read() as session:
            rows = session.scalars(
                select(Invite)
                .where(Invite.workspace_id == workspace_id)
                .order_by(Invite.created_at_ms.desc())
            )
            return [invite_info(row) for row in rows]

    def revoke_invite(self, workspace_id: str, invite_id: str, actor_id: str | None) -> None:
        with self.db.write() as session:
            invite = session.get(Invite, invite_id)
            if invite is None or invite.workspace_id != workspace_id:
                raise NotFound(f"No invite {invite_id} in this workspace.")
            session.delete(invite)
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "member.invite_revoked",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=invite_id,
                ),
            )

    def redeem(self, code: str, user_id: str) -> WorkspaceInfo:
        """Join the workspace of an invite; the code is spent."""
        now = self.config.clock_ms()
        with self.db.write() as session:
            invite = session.scalar(select(Invite).where(Invite.code_hash == _code_hash(code)))
            if invite is None or invite.redeemed_by is not None or invite.expires_at_ms <= now:
                raise NotFound("This invite code is unknown, expired or already used.")
            user = session.get(User, user_id)
            assert user is not None
            if invite.email is not None and invite.email != user.email:
                raise Forbidden("This invite is for another email address.")
            if session.get(Member, (invite.workspace_id, user_id)) is not None:
                raise Conflict("You are already a member of this workspace.")
            invite.redeemed_by, invite.redeemed_at_ms = user_id, now
            session.add(Member(workspace_id=invite.workspace_id, user_id=user_id, role=invite.role))
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "member.join",
                    actor_id=user_id,
                    workspace_id=invite.workspace_id,
                    target=user_id,
                    details={"role": invite.role, "invite_id": invite.id},
                ),
            )
            workspace = session.get(Workspace, invite.workspace_id)
            counter = session.get(WorkspaceCounter, invite.workspace_id)
            assert workspace is not None
            return info(workspace, invite.role, counter.last_seq if counter else 0)

    def set_role(
        self,
        workspace_id: str,
        user_id: str,
        role: GrantableRole,
        actor_id: str | None,
        actor_role: str | None,
    ) -> MemberInfo:
        with self.db.write() as session:
            member = _member(session, workspace_id, user_id)
            if member.role == "owner":
                raise Conflict("The owner's role changes only by transferring ownership.")
            if not may_grant(actor_role, role) or not _outranks(actor_role, member.role):
                raise Forbidden(f"Your role {actor_role} may not make a {member.role} {role}.")
            before, member.role = member.role, role
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "member.role",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=user_id,
                    details={"from": before, "to": role},
                ),
            )
            session.flush()
            return next(m for m in members_of(session, workspace_id) if m.user_id == user_id)

    def remove(
        self, workspace_id: str, user_id: str, actor_id: str | None, actor_role: str | None
    ) -> None:
        """Remove a member (or leave, when it is the actor); the owner must transfer first."""
        with self.db.write() as session:
            member = _member(session, workspace_id, user_id)
            if member.role == "owner":
                raise Conflict("The owner cannot be removed: transfer ownership first.")
            leaving = user_id == actor_id
            if not leaving and not _outranks(actor_role, member.role):
                raise Forbidden(f"Your role {actor_role} may not remove a {member.role}.")
            session.delete(member)
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "member.remove",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=user_id,
                    details={"role": member.role, "left": leaving},
                ),
            )

    def settings(self, workspace_id: str) -> WorkspaceSettings:
        with self.db.read() as session:
            workspace = session.get(Workspace, workspace_id)
            if workspace is None:
                raise NotFound(f"No workspace {workspace_id}.")
            return WorkspaceSettings(erase_content=cast(EraseContent, workspace.erase_content))

    def set_settings(
        self, workspace_id: str, settings: WorkspaceSettings, actor_id: str | None
    ) -> WorkspaceSettings:
        """Change a team workspace's settings (audited)."""
        with self.db.write() as session:
            workspace = session.get(Workspace, workspace_id)
            if workspace is None:
                raise NotFound(f"No workspace {workspace_id}.")
            if workspace.kind != "team":
                raise Invalid("Only a team workspace has these settings.")
            before = workspace.erase_content
            workspace.erase_content = settings.erase_content
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "workspace.settings",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=workspace_id,
                    details={"erase_content": [before, settings.erase_content]},
                ),
            )
        return settings

    def transfer(self, workspace_id: str, new_owner_id: str, actor_id: str) -> MemberInfo:
        """Make another member the owner; the old owner becomes an admin."""
        with self.db.write() as session:
            new_owner = _member(session, workspace_id, new_owner_id)
            old_owner = _member(session, workspace_id, actor_id)
            if old_owner.role != "owner":
                raise Forbidden("Only the owner may transfer ownership.")
            if new_owner_id == actor_id:
                raise Invalid("You already own this workspace.")
            new_owner.role, old_owner.role = "owner", "admin"
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "workspace.transfer",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=new_owner_id,
                ),
            )
            session.flush()
            return next(m for m in members_of(session, workspace_id) if m.user_id == new_owner_id)

    def delete_workspace(
        self, workspace_id: str, actor_id: str | None, blob_store: BlobStore
    ) -> None:
        """Delete a team workspace with everything in it (rows cascade; blobs after commit)."""
        with self.db.write() as session:
            workspace = session.get(Workspace, workspace_id)
            if workspace is None:
                raise NotFound(f"No workspace {workspace_id}.")
            if workspace.kind != "team":
                raise Conflict("A personal workspace goes only with its account.")
            name = workspace.name
            session.execute(delete(Workspace).where(Workspace.id == workspace_id))
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "workspace.delete",
                    actor_id=actor_id,
                    workspace_id=workspace_id,
                    target=workspace_id,
                    details={"name": name},
                ),
            )
        blob_store.remove_workspace(workspace_id)


def _member(session: Session, workspace_id: str, user_id: str) -> Member:
    member = session.get(Member, (workspace_id, user_id))
    if member is None:
        raise NotFound(f"No member {user_id} in this workspace.")
    return member


def _outranks(actor_role: str | None, role: str) -> bool:
    """A workspace admin may act on admins and below; a server admin (None) on anyone."""
    return actor_role is None or ROLE_RANK.get(actor_role, 0) >= ROLE_RANK.get(role, 99)
