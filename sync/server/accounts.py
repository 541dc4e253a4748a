"""Local accounts and device sessions: argon2 passwords, short access tokens, rotating
refresh tokens.

Tokens are random strings handed to the device once; only their SHA-256 is stored. Each refresh
token is good for one use: using it returns a new pair. Presenting a used refresh token again
means it was copied, so the whole session (its family of tokens) is revoked.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from core.ids import new_id
from sync.protocol import DeviceInfo, TokenPair
from sync.server.audit import AuditEvent, AuditLog
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotAuthenticated,
    NotFound,
    RateLimited,
)
from sync.server.models import AccessToken, DeviceSession, RefreshToken, SignInFailure, User
from sync.server.permissions import ServerRole

BAD_LOGIN = "Wrong email or password."


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalize_email(email: str) -> str:
    return email.strip().casefold()


@dataclass(frozen=True)
class Principal:
    """Who is calling: the user and the device session the access token belongs to."""

    user_id: str
    email: str
    session_id: str
    device_id: str
    server_role: str | None = None


class Accounts:
    """Users and their device sessions."""

    def __init__(self, db: Database, config: ServerConfig, audit: AuditLog) -> None:
        self.db = db
        self.config = config
        self.audit = audit
        self._hasher = PasswordHasher(
            time_cost=config.argon2_time_cost, memory_cost=config.argon2_memory_kib
        )

    @cached_property
    def _dummy_hash(self) -> str:
        # Checked when the email is unknown, so a wrong email costs as long as a wrong password.
        return self._hasher.hash(secrets.token_hex(16))

    def create_user(
        self,
        email: str,
        password: str,
        server_role: ServerRole | None = None,
        actor_id: str | None = None,
    ) -> str:
        email = normalize_email(email)
        if "@" not in email or len(email) < 3:
            raise Invalid(f"{email!r} is not an email address.")
        if not password:
            raise Invalid("The password is empty.")
        password_hash = self._hasher.hash(password)
        with self.db.write() as session:
            if session.scalar(select(User.id).where(User.email == email)) is not None:
                raise Conflict(f"A user with the email {email} already exists.")
            user = User(
                id=new_id(),
                email=email,
                password_hash=password_hash,
                disabled=False,
                created_at_ms=self.config.clock_ms(),
                server_role=server_role,
            )
            session.add(user)
            session.flush()
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "user.create",
                    actor_id=actor_id,
                    target=user.id,
                    details={"server_role": server_role},
                ),
            )
            return user.id

    def user_id_by_email(self, session: Session, email: str) -> str:
        user_id = session.scalar(select(User.id).where(User.email == normalize_email(email)))
        if user_id is None:
            raise NotFound(f"No user with the email {normalize_email(email)}.")
        return user_id

    def login(
        self,
        email: str,
        password: str,
        device_id: str,
        device_name: str,
        ip: str | None = None,
    ) -> TokenPair:
        """Check the password and open a session for the device (replacing its old one).

        Failures are counted per (email, IP): past ``sign_in_max_failures`` in the window the
        answer is 429 without checking the password. Each outcome is audited.
        """
        email = normalize_email(email)
        key = hashlib.sha256(f"{email}\n{ip or ''}".encode()).hexdigest()
        self._check_rate(key, email, ip)
        with self.db.read() as session:
            user = session.scalar(select(User).where(User.email == email))
        try:
            self._hasher.verify(user.password_hash if user else self._dummy_hash, password)
            reason = None if user is not None else "unknown email"
        except (VerificationError, InvalidHashError):
            reason = "wrong password" if user is not None else "unknown email"
        if reason is not None:
            self._failed(key, user.id if user else None, email, ip, reason)
            raise NotAuthenticated(BAD_LOGIN)
        assert user is not None
        if user.disabled:
            self._failed(key, user.id, email, ip, "account disabled")
            raise Forbidden("This account is disabled.")
        return self.open_session(user.id, device_id, device_name, ip, method="password", key=key)

    def _check_rate(self, key: str, email: str, ip: str | None) -> None:
        now = self.config.clock_ms()
        window_ms = self.config.sign_in_window_s * 1000
        with self.db.read() as session:
            recent = list(
                session.scalars(
                    select(SignInFailure.at_ms)
                    .where(SignInFailure.key == key, SignInFailure.at_ms > now - window_ms)
                    .order_by(SignInFailure.at_ms.desc())
                    .limit(self.config.sign_in_max_failures)
                )
            )
        if len(recent) < self.config.sign_in_max_failures:
            return
        retry_after_s = max(1, (min(recent) + window_ms - now + 999) // 1000)
        self.audit.record(
            AuditEvent(
                "auth.rate_limited",
                ip=ip,
                details={"subject": self.audit.pseudonym(email)},
            )
        )
        raise RateLimited(
            f"Too many failed sign-ins for this email from your address: try again in "
            f"{retry_after_s} seconds.",
            retry_after_s,
        )

    def _failed(
        self, key: str, user_id: str | None, email: str, ip: str | None, reason: str
    ) -> None:
        now = self.config.clock_ms()
        with self.db.write() as session:
            # Failures older than the window count for nothing: the table stays that small.
            session.execute(
                delete(SignInFailure).where(
                    SignInFailure.at_ms <= now - self.config.sign_in_window_s * 1000
                )
            )
            session.add(SignInFailure(key=key, at_ms=now))
            details: dict[str, str] = {"reason": reason}
            if user_id is None:
                details["subject"] = self.audit.pseudonym(email)
            self.audit.append(
                session.connection(),
                AuditEvent("auth.login_failed", actor_id=user_id, ip=ip, details=details),
            )

    def open_session(
        self,
        user_id: str,
        device_id: str,
        device_name: str,
        ip: str | None,
        method: str,
        key: str | None = None,
    ) -> TokenPair:
        """A new device session for a user who proved who they are (by password, or SSO)."""
        now = self.config.clock_ms()
        with self.db.write() as session:
            user = session.get(User, user_id)
            if user is None or user.disabled:
                raise Forbidden("This account is disabled.")
            if key is not None:
                session.execute(delete(SignInFailure).where(SignInFailure.key == key))
            session.execute(
                update(DeviceSession)
                .where(DeviceSession.user_id == user.id, DeviceSession.device_id == device_id)
                .values(revoked=True)
            )
            device_session = DeviceSession(
                id=new_id(),
                user_id=user.id,
                device_id=device_id,
                device_name=device_name,
                created_at_ms=now,
                last_seen_at_ms=now,
                revoked=False,
            )
            session.add(device_session)
            session.flush()
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "auth.login",
                    actor_id=user.id,
                    ip=ip,
                    target=device_session.id,
                    details={"method": method, "device_id": device_id},
                ),
            )
            return self._issue(session, device_session.id, user, now)

    def refresh(self, refresh_token: str) -> TokenPair:
        """Rotate: the presented token is spent and a new pair issued; a replay revokes."""
        with self.db.write() as session:
            # A refusal is returned, not raised, so that a revocation it made still commits.
            outcome = self._rotate(session, hash_token(refresh_token), self.config.clock_ms())
        if isinstance(outcome, str):
            raise NotAuthenticated(outcome)
        return outcome

    def _rotate(self, session: Session, token_hash: str, now: int) -> TokenPair | str:
        row = session.get(RefreshToken, token_hash)
        if row is None:
            return "Unknown refresh token: sign in again."
        device_session = session.get(DeviceSession, row.session_id)
        assert device_session is not None
        spent = session.execute(
            update(RefreshToken)
            .where(RefreshToken.token_hash == token_hash, RefreshToken.used_at_ms.is_(None))
            .values(used_at_ms=now)
        )
        if spent.rowcount == 0:  # type: ignore[attr-defined]
            self._revoke(session, device_session)
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "auth.refresh_replayed",
                    actor_id=device_session.user_id,
                    target=device_session.id,
                    details={"device_id": device_session.device_id},
                ),
            )
            return "This refresh token was already used: the session is revoked. Sign in again."
        user = session.get(User, device_session.user_id)
        if device_session.revoked or row.expires_at_ms <= now or user is None or user.disabled:
            return "The session has ended: sign in again."
        device_session.last_seen_at_ms = now
        return self._issue(session, device_session.id, user, now)

    def logout(self, principal: Principal) -> None:
        with self.db.write() as session:
            device_session = session.get(DeviceSession, principal.session_id)
            if device_session is not None:
                self._revoke(session, device_session)
                self.audit.append(
                    session.connection(),
                    AuditEvent(
                        "auth.logout",
                        actor_id=principal.user_id,
                        target=principal.session_id,
                    ),
                )

    def authenticate(self, access_token: str) -> Principal:
        """The caller behind a bearer token, or NotAuthenticated."""
        now = self.config.clock_ms()
        with self.db.read() as session:
            row = session.execute(
                select(AccessToken.expires_at_ms, DeviceSession, User)
                .join(DeviceSession, DeviceSession.id == AccessToken.session_id)
                .join(User, User.id == DeviceSession.user_id)
                .where(AccessToken.token_hash == hash_token(access_token))
            ).one_or_none()
        if row is None:
            raise NotAuthenticated("Not signed in, or the access token is unknown.")
        expires_at_ms, device_session, user = row
        if expires_at_ms <= now:
            raise NotAuthenticated("The access token expired: refresh it.")
        if device_session.revoked:
            raise NotAuthenticated("The session has ended: sign in again.")
        if user.disabled:
            raise Forbidden("This account is disabled.")
        return Principal(
            user.id, user.email, device_session.id, device_session.device_id, user.server_role
        )

    def set_disabled(self, user_id: str, disabled: bool, actor_id: str | None) -> None:
        """Disable (every session and refresh token revoked at once) or enable an account."""
        with self.db.write() as session:
            user = session.get(User, user_id)
            if user is None or user.erased_at_ms is not None:
                raise NotFound(f"No user {user_id}.")
            if disabled and user_id == actor_id:
                raise Conflict("You cannot disable your own account.")
            user.disabled = disabled
            if disabled:
                revoke_all(session, user_id)
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "user.disable" if disabled else "user.enable",
                    actor_id=actor_id,
                    target=user_id,
                ),
            )

    def set_server_role(
        self, user_id: str, server_role: ServerRole | None, actor_id: str | None
    ) -> None:
        with self.db.write() as session:
            user = session.get(User, user_id)
            if user is None or user.erased_at_ms is not None:
                raise NotFound(f"No user {user_id}.")
            if user_id == actor_id and server_role != "admin":
                raise Conflict("You cannot take away your own server admin role.")
            before = user.server_role
            user.server_role = server_role
            self.audit.append(
                session.connection(),
                AuditEvent(
                    "user.role",
                    actor_id=actor_id,
                    target=user_id,
                    details={"from": before, "to": server_role},
                ),
            )

    def devices(self, session: Session, user_id: str) -> list[DeviceInfo]:
        rows = session.scalars(
            select(DeviceSession)
            .where(DeviceSession.user_id == user_id, DeviceSession.revoked.is_(False))
            .order_by(DeviceSession.last_seen_at_ms.desc())
        )
        return [
            DeviceInfo(device_id=r.device_id, name=r.device_name, last_seen_at_ms=r.last_seen_at_ms)
            for r in rows
        ]

    def revoke_device(self, user_id: str, device_id: str) -> int:
        """Sign one of the user's devices out (its sessions revoked, its tokens dead at once);
        how many sessions ended. Unknown, or another user's, device: NotFound."""
        with self.db.write() as session:
            rows = session.scalars(
                select(DeviceSession).where(
                    DeviceSession.user_id == user_id,
                    DeviceSession.device_id == device_id,
                    DeviceSession.revoked.is_(False),
                )
            ).all()
            if not rows:
                raise NotFound(f"No signed-in device {device_id} on your account.")
            for row in rows:
                self._revoke(session, row)
                self.audit.append(
                    session.connection(),
                    AuditEvent(
                        "auth.logout",
                        actor_id=user_id,
                        target=row.id,
                        details={"device_id": device_id, "from_another_device": True},
                    ),
                )
            return len(rows)

    def _issue(self, session: Session, session_id: str, user: User, now: int) -> TokenPair:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        access_ttl_ms = self.config.access_token_ttl_s * 1000
        session.execute(
            delete(AccessToken).where(
                AccessToken.session_id == session_id, AccessToken.expires_at_ms <= now
            )
        )
        session.add(
            AccessToken(
                token_hash=hash_token(access),
                session_id=session_id,
                expires_at_ms=now + access_ttl_ms,
            )
        )
        session.add(
            RefreshToken(
                token_hash=hash_token(refresh),
                session_id=session_id,
                expires_at_ms=now + self.config.refresh_token_ttl_s * 1000,
            )
        )
        return TokenPair(
            access_token=access,
            refresh_token=refresh,
            expires_in=self.config.access_token_ttl_s,
            user_id=user.id,
            email=user.email,
        )

    def _revoke(self, session: Session, device_session: DeviceSession) -> None:
        device_session.revoked = True
        session.execute(delete(AccessToken).where(AccessToken.session_id == device_session.id))


def revoke_all(session: Session, user_id: str) -> None:
    """End every session of a user at once: sessions revoked, their tokens deleted."""
    session_ids = select(DeviceSession.id).where(DeviceSession.user_id == user_id)
    session.execute(
        update(DeviceSession).where(DeviceSession.user_id == user_id).values(revoked=True)
    )
    session.execute(delete(AccessToken).where(AccessToken.session_id.in_(session_ids)))
    session.execute(delete(RefreshToken).where(RefreshToken.session_id.in_(session_ids)))
