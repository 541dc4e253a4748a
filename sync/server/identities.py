"""People who sign in through the company's IdP (OIDC) or directory (LDAP): their user on
this server, made at the first sign-in, and their roles, taken from their groups at each one.

Group mapping is authoritative for what it names: with ``[roles.server]`` configured, the
user's server role is whatever their groups give (none if none); in each workspace that
``[roles.workspaces]`` names, their role is what their groups give, and a membership that a
group gave is taken back when the group goes. Memberships from invites stay, and an owner is
never demoted by a sign-in (ownership moves only by transfer).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.ids import new_id
from sync.server.accounts import normalize_email
from sync.server.audit import AuditEvent, AuditLog
from sync.server.auth_config import RoleMapping
from sync.server.errors import Forbidden, Invalid
from sync.server.models import Member, SsoGrant, SsoIdentity, User, Workspace

log = logging.getLogger(__name__)

# Not an argon2 hash: a password sign-in of such a user fails like a wrong password.
NO_LOCAL_PASSWORD = "!external"
DISABLED = "This account is disabled on the team server: ask your administrator to enable it."


@dataclass(frozen=True)
class ExternalIdentity:
    """Who the IdP or directory says signed in."""

    provider: str  # oidc | ldap
    subject: str
    email: str
    groups: tuple[str, ...]


class ExternalUsers:
    """Links external identities to users and applies their groups' roles."""

    def __init__(self, roles: RoleMapping, audit: AuditLog) -> None:
        self.roles = roles
        self.audit = audit

    def sign_in(
        self, session: Session, identity: ExternalIdentity, now_ms: int, ip: str | None
    ) -> str:
        """The user of this identity (made at first sign-in), with roles from its groups; a
        disabled user is refused (Forbidden, audited by the caller's transaction)."""
        email = normalize_email(identity.email)
        if "@" not in email:
            raise Invalid(
                f"The {identity.provider.upper()} sign-in gave no email address for this "
                "person: the server needs one (ask your IdP administrator to release it)."
            )
        link = session.get(SsoIdentity, (identity.provider, identity.subject))
        user = session.get(User, link.user_id) if link is not None else None
        if user is None:
            # An existing account of the same email is the same person: the IdP is the one
            # the administrator configured to vouch for this company's emails.
            user = session.scalar(select(User).where(User.email == email))
        if user is None:
            user = self._create(session, email, identity.provider, now_ms, ip)
        if user.disabled:
            raise Forbidden(DISABLED)
        if link is None:
            link = SsoIdentity(
                provider=identity.provider,
                subject=identity.subject,
                user_id=user.id,
                created_at_ms=now_ms,
            )
            session.add(link)
        link.groups = sorted(identity.groups)
        link.last_login_at_ms = now_ms
        self._apply_roles(session, user, identity.groups, identity.provider)
        return user.id

    def _create(
        self, session: Session, email: str, provider: str, now_ms: int, ip: str | None
    ) -> User:
        user = User(
            id=new_id(),
            email=email,
            password_hash=NO_LOCAL_PASSWORD,
            disabled=False,
            created_at_ms=now_ms,
        )
        session.add(user)
        session.flush()
        self.audit.append(
            session.connection(),
            AuditEvent("user.create", target=user.id, ip=ip, details={"via": provider}),
        )
        return user

    def _apply_roles(
        self, session: Session, user: User, groups: tuple[str, ...], provider: str
    ) -> None:
        if self.roles.server:
            role = self.roles.server_role(groups)
            if role != user.server_role:
                before, user.server_role = user.server_role, role
                self._audit(session, "user.role", user.id, None, before, role, provider)
        wanted = self.roles.workspace_roles(groups)
        names = sorted(self.roles.mapped_workspaces)
        if not names:
            return
        # Team workspaces only (their names are unique; a personal one may share a name).
        team = select(Workspace).where(Workspace.name.in_(names), Workspace.kind == "team")
        workspaces = {w.name: w for w in session.scalars(team)}
        for name in names:
            workspace = workspaces.get(name)
            if workspace is None:
                log.warning("[roles.workspaces] names a workspace %r that does not exist", name)
                continue
            self._apply_workspace_role(session, user, workspace, wanted.get(name), provider)

    def _apply_workspace_role(
        self, session: Session, user: User, workspace: Workspace, role: str | None, provider: str
    ) -> None:
        member = session.get(Member, (workspace.id, user.id))
        grant = session.get(SsoGrant, (user.id, workspace.id))
        if member is not None and member.role == "owner":
            return
        if role is None:
            if member is not None and grant is not None:
                session.delete(member)
                self._audit(
                    session, "member.remove", user.id, workspace.id, member.role, None, provider
                )
            if grant is not None:
                session.execute(
                    delete(SsoGrant).where(
                        SsoGrant.user_id == user.id, SsoGrant.workspace_id == workspace.id
                    )
                )
            return
        if member is None:
            session.add(Member(workspace_id=workspace.id, user_id=user.id, role=role))
            self._audit(session, "member.join", user.id, workspace.id, None, role, provider)
        elif member.role != role:
            before, member.role = member.role, role
            self._audit(session, "member.role", user.id, workspace.id, before, role, provider)
        if grant is None:
            session.add(SsoGrant(user_id=user.id, workspace_id=workspace.id))

    def _audit(
        self,
        session: Session,
        action: str,
        user_id: str,
        workspace_id: str | None,
        before: str | None,
        after: str | None,
        provider: str,
    ) -> None:
        session.flush()
        self.audit.append(
            session.connection(),
            AuditEvent(
                action,
                workspace_id=workspace_id,
                target=user_id,
                details={"from": before, "to": after, "via": f"{provider} groups"},
            ),
        )
