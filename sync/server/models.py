"""The team server's tables (its own database, apart from the desktop's app.db).

Times are integer milliseconds since the epoch from the server's clock. Tokens are stored as
SHA-256 hashes only; passwords as argon2 hashes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, dict[str, str]: JSON}


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # stored case-folded
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    personal_workspace_id: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    server_role: Mapped[str | None] = mapped_column(String(16), default=None)  # admin | auditor
    erased_at_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)


class DeviceSession(Base):
    """One signed-in device; its refresh tokens form one rotation family."""

    __tablename__ = "device_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    device_name: Mapped[str] = mapped_column(String(200), default="")
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    last_seen_at_ms: Mapped[int] = mapped_column(BigInteger)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class AccessToken(Base):
    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("device_sessions.id", ondelete="CASCADE"), index=True
    )
    expires_at_ms: Mapped[int] = mapped_column(BigInteger)


class RefreshToken(Base):
    """A refresh token is good once: using it sets ``used_at_ms``; a second use is a replay."""

    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("device_sessions.id", ondelete="CASCADE"), index=True
    )
    expires_at_ms: Mapped[int] = mapped_column(BigInteger)
    used_at_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)


class Workspace(Base):
    __tablename__ = "workspaces"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # personal | team
    generation: Mapped[int] = mapped_column(Integer, default=1)
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    # An erased member's content here: "anonymise" (kept) or "delete" (purged everywhere).
    erase_content: Mapped[str] = mapped_column(
        String(16), default="anonymise", server_default="anonymise"
    )


class Member(Base):
    __tablename__ = "members"

    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16))  # owner | admin | editor | viewer


class WorkspaceCounter(Base):
    """The row whose lock serializes pushes to a workspace and hands out ``seq``."""

    __tablename__ = "ws_counter"

    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLogEntry(Base):
    __tablename__ = "change_log"

    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(16))  # upsert | purge
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    clocks: Mapped[dict[str, str]] = mapped_column(JSON)
    device_id: Mapped[str] = mapped_column(String(64), default="")
    mutation_id: Mapped[str] = mapped_column(String(64), default="")


class EntityStateRow(Base):
    """The merged fields and clocks of one row; ``purged`` is terminal."""

    __tablename__ = "entity_state"

    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    clocks: Mapped[dict[str, str]] = mapped_column(JSON)
    purged: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seq: Mapped[int] = mapped_column(BigInteger)


class SeenMutation(Base):
    __tablename__ = "seen_mutations"

    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at_ms: Mapped[int] = mapped_column(BigInteger)


class Blob(Base):
    __tablename__ = "blobs"

    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int | None] = mapped_column(BigInteger, default=None)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)


class Invite(Base):
    """A code that makes whoever redeems it (or only ``email``) a member with ``role``."""

    __tablename__ = "invites"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    expires_at_ms: Mapped[int] = mapped_column(BigInteger)
    redeemed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    redeemed_at_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)


class AuditEntry(Base):
    """One entry of the append-only, hash-chained audit log (no foreign keys: it outlives
    what it names). ``text`` is the canonical JSON of the whole entry, the columns copies of
    it for queries; ``hash = sha256(previous hash || text)``."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at_ms: Mapped[int] = mapped_column(BigInteger, index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    actor_id: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    workspace_id: Mapped[str | None] = mapped_column(String(64), default=None)
    target: Mapped[str | None] = mapped_column(String(200), default=None)
    text: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's last seq and hash; appenders lock this row, which serializes the chain."""

    __tablename__ = "audit_head"

    tenant: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """An Ed25519 signature over (seq, hash) of the chain: cutting entries off the end shows."""

    __tablename__ = "audit_checkpoints"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))
    at_ms: Mapped[int] = mapped_column(BigInteger)
    key_id: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(Text)


class SignInFailure(Base):
    """A failed sign-in, keyed by sha256(email, ip), for the rate limit."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64))
    at_ms: Mapped[int] = mapped_column(BigInteger)


class SsoIdentity(Base):
    """A person as the IdP or the directory knows them, linked to a user (SSO, LDAP)."""

    __tablename__ = "sso_identities"

    provider: Mapped[str] = mapped_column(String(16), primary_key=True)  # oidc | ldap
    subject: Mapped[str] = mapped_column(String(255), primary_key=True)  # sub, or the entry's DN
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)  # as of the last sign-in
    created_at_ms: Mapped[int] = mapped_column(BigInteger)
    last_login_at_ms: Mapped[int] = mapped_column(BigInteger)


class SsoLogin(Base):
    """A browser sign-in under way at the IdP (minutes): keyed by the hash of its ``state``.

    ``idp_verifier`` and ``nonce`` are the server's own one-use PKCE and replay values for the
    IdP; the row is deleted when the browser comes back."""

    __tablename__ = "sso_logins"

    state_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64))
    idp_verifier: Mapped[str] = mapped_column(String(128))
    idp_redirect_uri: Mapped[str] = mapped_column(String(500))
    client_redirect_uri: Mapped[str] = mapped_column(String(200))
    client_state: Mapped[str] = mapped_column(String(500))
    client_challenge: Mapped[str] = mapped_column(String(128))
    expires_at_ms: Mapped[int] = mapped_column(BigInteger, index=True)


class SsoCode(Base):
    """The one-use code the server hands the desktop's loopback after a sign-in at the IdP;
    exchanged with the desktop's PKCE verifier for a device session (seconds)."""

    __tablename__ = "sso_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    client_redirect_uri: Mapped[str] = mapped_column(String(200))
    client_challenge: Mapped[str] = mapped_column(String(128))
    expires_at_ms: Mapped[int] = mapped_column(BigInteger, index=True)
    used_at_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)


class SsoGrant(Base):
    """A membership that group mapping gave (so a later sign-in without the group takes it
    back, while memberships given by invite stay)."""

    __tablename__ = "sso_grants"

    user_id: Mapped[str] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )


Index("ix_change_log_entity", ChangeLogEntry.workspace_id, ChangeLogEntry.entity_id)
Index("ix_sign_in_failures_key", SignInFailure.key, SignInFailure.at_ms)
