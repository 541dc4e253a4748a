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
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import Conflict, Forbidden, Invalid, NotAuthenticated, NotFound
from sync.server.models import AccessToken, DeviceSession, RefreshToken, User

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


class Accounts:
    """Users and their device sessions."""

    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config
        self._hasher = PasswordHasher(
            time_cost=config.argon2_time_cost, memory_cost=config.argon2_memory_kib
        )

    @cached_property
    def _dummy_hash(self) -> str:
        # Checked when the email is unknown, so a wrong email costs as long as a wrong password.
        return self._hasher.hash(secrets.token_hex(16))

    def create_user(self, email: str, password: str) -> str:
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
            )
            session.add(user)
            return user.id

    def user_id_by_email(self, session: Session, email: str) -> str:
        user_id = session.scalar(select(User.id).where(User.email == normalize_email(email)))
        if user_id is None:
            raise NotFound(f"No user with the email {normalize_email(email)}.")
        return user_id

    def login(self, email: str, password: str, device_id: str, device_name: str) -> TokenPair:
        """Check the password and open a session for the device (replacing its old one)."""
        with self.db.read() as session:
            user = session.scalar(select(User).where(User.email == normalize_email(email)))
        try:
            self._hasher.verify(user.password_hash if user else self._dummy_hash, password)
        except (VerificationError, InvalidHashError):
            raise NotAuthenticated(BAD_LOGIN) from None
        if user is None:
            raise NotAuthenticated(BAD_LOGIN)
        if user.disabled:
            raise Forbidden("This account is disabled.")
        now = self.config.clock_ms()
        with self.db.write() as session:
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
        return Principal(user.id, user.email, device_session.id, device_session.device_id)

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
