"""Single sign-on: the team server brokers the company IdP's OIDC sign-in for the desktop.

Two OAuth legs, each with PKCE (S256) and a one-use ``state``:

1. The desktop (a public client, RFC 8252) opens the system browser at ``/auth/sso/authorize``
   with its loopback ``redirect_uri`` (``http://127.0.0.1:<port>/callback``), its
   ``code_challenge`` and ``state``.
2. The server, a confidential OIDC relying party of the IdP, remembers that and sends the
   browser to the IdP (discovery, its own state, nonce and PKCE). The IdP sends the browser
   back to ``/auth/sso/callback``; the server redeems the IdP's code, checks the id_token
   (signature from the IdP's JWKS, issuer, audience, expiry, nonce), reads email and groups
   (id_token, else userinfo), provisions the user and maps groups to roles (``identities``).
3. The server sends the browser to the desktop's loopback with a one-use code of its own
   (a minute), which the desktop redeems at ``/auth/sso/token`` with its PKCE verifier for an
   ordinary device session (access + rotating refresh token).

Flows in flight live in the database, so any replica may answer any step.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from sqlalchemy import delete, update

from sync.protocol import TokenPair
from sync.server.accounts import Accounts, hash_token
from sync.server.audit import AuditEvent, AuditLog
from sync.server.auth_config import OidcConfig
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import Forbidden, ServerError
from sync.server.identities import ExternalIdentity, ExternalUsers
from sync.server.models import SsoCode, SsoLogin, User

DESKTOP_CLIENT_ID = "convosphere-desktop"
LOGIN_TTL_MS = 10 * 60 * 1000  # time to sign in at the IdP
CODE_TTL_MS = 60 * 1000  # time for the desktop to redeem the server's code
START_AGAIN = "Start the sign-in again from the app."


class SsoError(ServerError):
    """A sign-in step refused; ``error`` is the OAuth error code, the message is for people."""

    status = 400

    def __init__(self, message: str, error: str = "invalid_request") -> None:
        super().__init__(message)
        self.error = error


class IdpUnavailable(ServerError):
    """The IdP could not be reached or answered nonsense."""

    status = 502


def s256(verifier: str) -> str:
    """The PKCE S256 challenge of a verifier (RFC 7636)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def check_loopback_redirect(redirect_uri: str) -> None:
    """A desktop redirect must be ``http://127.0.0.1:<port>/callback`` (RFC 8252 §7.3): an
    IP literal, never ``localhost`` (which a hosts file may point elsewhere)."""
    parts = urlsplit(redirect_uri)
    try:
        port = parts.port
    except ValueError:
        port = None
    if (
        parts.scheme != "http"
        or parts.hostname not in ("127.0.0.1", "::1")
        or port is None
        or parts.username is not None
        or parts.path != "/callback"
        or parts.fragment
    ):
        raise SsoError(
            f"The redirect_uri {redirect_uri!r} is not this app's loopback address "
            "(http://127.0.0.1:<port>/callback).",
        )


class OidcProvider:
    """The company IdP as its relying party sees it: discovery, keys, the code exchange."""

    def __init__(self, config: OidcConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self.transport = transport
        self._metadata: dict[str, Any] | None = None
        self._keys: KeySet | None = None
        self._lock = threading.Lock()

    def _get(self, url: str, **options: Any) -> httpx.Response:
        return self._send("GET", url, **options)

    def _send(self, method: str, url: str, **options: Any) -> httpx.Response:
        try:
            with httpx.Client(timeout=self.config.timeout_s, transport=self.transport) as client:
                return client.request(method, url, **options)
        except httpx.HTTPError as exc:
            raise IdpUnavailable(
                f"The identity provider at {self.config.issuer} cannot be reached "
                f"({type(exc).__name__}): try again later, or tell your administrator."
            ) from exc

    def metadata(self) -> dict[str, Any]:
        """The IdP's discovery document (fetched once; its issuer must be the configured one)."""
        with self._lock:
            if self._metadata is None:
                url = f"{self.config.issuer}/.well-known/openid-configuration"
                response = self._get(url)
                if response.status_code != 200:
                    raise IdpUnavailable(
                        f"The identity provider's discovery document {url} answered "
                        f"{response.status_code}."
                    )
                data = response.json()
                if str(data.get("issuer", "")).rstrip("/") != self.config.issuer:
                    raise IdpUnavailable(
                        f"The identity provider calls itself {data.get('issuer')!r}, not the "
                        f"configured issuer {self.config.issuer!r}: fix [oidc] issuer."
                    )
                for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                    if not data.get(key):
                        raise IdpUnavailable(f"The IdP's discovery document has no {key}.")
                self._metadata = data
            return self._metadata

    def _key_set(self, refresh: bool = False) -> KeySet:
        with self._lock:
            if self._keys is None or refresh:
                response = self._get(str(self._metadata_field("jwks_uri")))
                if response.status_code != 200:
                    raise IdpUnavailable("The identity provider's signing keys cannot be read.")
                self._keys = KeySet.import_key_set(response.json())
            return self._keys

    def _metadata_field(self, key: str) -> Any:
        assert self._metadata is not None
        return self._metadata.get(key)

    def authorization_url(self, redirect_uri: str, state: str, nonce: str, verifier: str) -> str:
        query = {
            "response_type": "code",
            "client_id": self.config.client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(self.config.scopes),
            "state": state,
            "nonce": nonce,
            "code_challenge": s256(verifier),
            "code_challenge_method": "S256",
        }
        return f"{self.metadata()['authorization_endpoint']}?{urlencode(query)}"

    def redeem(
        self, code: str, verifier: str, redirect_uri: str, nonce: str, now_ms: int
    ) -> ExternalIdentity:
        """Exchange the IdP's code, check the id_token and return who signed in."""
        metadata = self.metadata()
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
        }
        methods = metadata.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
        auth: tuple[str, str] | None = (self.config.client_id, self.config.client_secret)
        if "client_secret_basic" not in methods and "client_secret_post" in methods:
            form |= {"client_id": self.config.client_id, "client_secret": self.config.client_secret}
            auth = None
        response = self._send("POST", metadata["token_endpoint"], data=form, auth=auth)
        if response.status_code != 200:
            raise SsoError(
                "The identity provider refused the sign-in "
                f"({_oauth_error(response)}). {START_AGAIN}",
                "access_denied",
            )
        tokens = response.json()
        claims = self._verify_id_token(str(tokens.get("id_token", "")), nonce, now_ms)
        groups_claim = self.config.groups_claim
        if ("email" not in claims or groups_claim not in claims) and metadata.get(
            "userinfo_endpoint"
        ):
            claims = {**self._userinfo(str(tokens.get("access_token", "")), claims), **claims}
        groups = claims.get(groups_claim) or []
        if isinstance(groups, str):
            groups = [groups]
        return ExternalIdentity(
            provider="oidc",
            subject=str(claims["sub"]),
            email=str(claims.get("email") or ""),
            groups=tuple(str(g) for g in groups),
        )

    def _verify_id_token(self, id_token: str, nonce: str, now_ms: int) -> dict[str, Any]:
        if not id_token:
            raise SsoError("The identity provider sent no id_token.", "access_denied")
        algorithms = self.metadata().get("id_token_signing_alg_values_supported") or ["RS256"]
        algorithms = [a for a in algorithms if a != "none"]
        try:
            try:
                token = jwt.decode(id_token, self._key_set(), algorithms=algorithms)
            except JoseError:  # the IdP may have rotated its keys since they were read
                token = jwt.decode(id_token, self._key_set(refresh=True), algorithms=algorithms)
            jwt.JWTClaimsRegistry(
                now=now_ms // 1000,
                leeway=60,
                # As the IdP writes it (a trailing "/" included): the configured one is trimmed.
                iss={"essential": True, "value": str(self.metadata()["issuer"])},
                aud={"essential": True, "value": self.config.client_id},
                sub={"essential": True},
                exp={"essential": True},
                nonce={"essential": True, "value": nonce},
            ).validate(token.claims)
        except (JoseError, ValueError) as exc:
            raise SsoError(
                f"The identity provider's id_token did not check out ({exc}). {START_AGAIN}",
                "access_denied",
            ) from exc
        return dict(token.claims)

    def _userinfo(self, access_token: str, claims: dict[str, Any]) -> dict[str, Any]:
        response = self._get(
            str(self.metadata()["userinfo_endpoint"]),
            headers={"Authorization": f"Bearer {access_token}"},
        )
        if response.status_code != 200:
            raise SsoError("The identity provider would not say who signed in (userinfo).")
        info = response.json()
        if info.get("sub") != claims.get("sub"):  # OIDC Core 5.3.2: must be the same person
            raise SsoError("The identity provider's userinfo is about someone else.")
        return dict(info)


class SingleSignOn:
    """The server's side of the two legs (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        config: ServerConfig,
        accounts: Accounts,
        audit: AuditLog,
        provider: OidcProvider | None,
    ) -> None:
        self.db = db
        self.config = config
        self.accounts = accounts
        self.audit = audit
        self.provider = provider
        self.users = ExternalUsers(config.auth.roles, audit)

    def _provider(self) -> OidcProvider:
        if self.provider is None:
            raise SsoError("This server has no single sign-on: sign in with email and password.")
        return self.provider

    def start(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        state: str,
        code_challenge: str,
        code_challenge_method: str,
        callback_url: str,
    ) -> str:
        """Remember the desktop's request; the IdP URL to send the browser to."""
        provider = self._provider()
        if client_id != DESKTOP_CLIENT_ID:
            raise SsoError(f"Unknown client_id {client_id!r}.", "unauthorized_client")
        check_loopback_redirect(redirect_uri)
        if code_challenge_method != "S256":
            raise SsoError("PKCE with code_challenge_method=S256 is required.")
        if not 43 <= len(code_challenge) <= 128 or not state or len(state) > 500:
            raise SsoError("The code_challenge or state is missing or malformed.")
        idp_state, nonce, verifier = (secrets.token_urlsafe(32) for _ in range(3))
        url = provider.authorization_url(callback_url, idp_state, nonce, verifier)
        now = self.config.clock_ms()
        with self.db.write() as session:
            session.execute(delete(SsoLogin).where(SsoLogin.expires_at_ms <= now))
            session.add(
                SsoLogin(
                    state_hash=hash_token(idp_state),
                    nonce=nonce,
                    idp_verifier=verifier,
                    idp_redirect_uri=callback_url,
                    client_redirect_uri=redirect_uri,
                    client_state=state,
                    client_challenge=code_challenge,
                    expires_at_ms=now + LOGIN_TTL_MS,
                )
            )
        return url

    def finish(
        self, *, state: str, code: str, error: str, error_description: str, ip: str | None
    ) -> str:
        """The browser is back from the IdP: the desktop loopback URL to send it to (with a
        code, or with the reason it failed). SsoError when the state is not one of ours."""
        now = self.config.clock_ms()
        with self.db.write() as session:
            login = session.get(SsoLogin, hash_token(state)) if state else None
            if login is not None:
                session.delete(login)  # one use, whatever happens next
        if login is None:
            raise SsoError(
                "This sign-in is unknown to the server, or was already finished (the state "
                f"does not match). {START_AGAIN}"
            )
        if login.expires_at_ms <= now:
            return _loopback(
                login, error="access_denied", why=f"The sign-in took too long. {START_AGAIN}"
            )
        if error:
            why = f"The identity provider refused the sign-in: {error_description or error}."
            return _loopback(login, error="access_denied", why=why)
        try:
            identity = self._provider().redeem(
                code, login.idp_verifier, login.idp_redirect_uri, login.nonce, now
            )
            user_id = self._sign_in(identity, now, ip)
        except (SsoError, Forbidden, IdpUnavailable) as exc:
            self.audit.record(
                AuditEvent(
                    "auth.login_failed", ip=ip, details={"method": "oidc", "reason": str(exc)}
                )
            )
            return _loopback(login, error="access_denied", why=str(exc))
        except ServerError as exc:
            return _loopback(login, error="access_denied", why=str(exc))
        code_for_desktop = secrets.token_urlsafe(32)
        with self.db.write() as session:
            session.execute(delete(SsoCode).where(SsoCode.expires_at_ms <= now))
            session.add(
                SsoCode(
                    code_hash=hash_token(code_for_desktop),
                    user_id=user_id,
                    client_redirect_uri=login.client_redirect_uri,
                    client_challenge=login.client_challenge,
                    expires_at_ms=now + CODE_TTL_MS,
                )
            )
        query = {"code": code_for_desktop, "state": login.client_state}
        return f"{login.client_redirect_uri}?{urlencode(query)}"

    def _sign_in(self, identity: ExternalIdentity, now: int, ip: str | None) -> str:
        with self.db.write() as session:
            return self.users.sign_in(session, identity, now, ip)

    def exchange(
        self,
        *,
        code: str,
        code_verifier: str,
        redirect_uri: str,
        device_id: str,
        device_name: str,
        ip: str | None,
    ) -> TokenPair:
        """The desktop redeems the server's code with its PKCE verifier: a device session."""
        now = self.config.clock_ms()
        with self.db.write() as session:
            row = session.get(SsoCode, hash_token(code))
            if row is not None:
                spent = session.execute(
                    update(SsoCode)
                    .where(SsoCode.code_hash == row.code_hash, SsoCode.used_at_ms.is_(None))
                    .values(used_at_ms=now)
                )
                fresh = spent.rowcount == 1  # type: ignore[attr-defined]
            user = session.get(User, row.user_id) if row is not None else None
        if row is None or not fresh:
            raise SsoError(
                f"This sign-in code is unknown or was already used. {START_AGAIN}", "invalid_grant"
            )
        if row.expires_at_ms <= now:
            raise SsoError(
                f"This sign-in code expired (it is good for {CODE_TTL_MS // 1000} seconds). "
                + START_AGAIN,
                "invalid_grant",
            )
        if redirect_uri != row.client_redirect_uri:
            raise SsoError(
                "The redirect_uri is not the one this code was sent to.", "invalid_grant"
            )
        if not hmac.compare_digest(s256(code_verifier), row.client_challenge):
            raise SsoError(
                "The code verifier does not match the code challenge of this sign-in (PKCE): "
                f"the code was not issued to this app. {START_AGAIN}",
                "invalid_grant",
            )
        if user is None or user.disabled:
            raise Forbidden(
                "This account is disabled on the team server: ask your administrator to enable it."
            )
        return self.accounts.open_session(user.id, device_id, device_name, ip, method="oidc")


def _loopback(login: SsoLogin, *, error: str, why: str) -> str:
    query = {"error": error, "error_description": why, "state": login.client_state}
    return f"{login.client_redirect_uri}?{urlencode(query)}"


def _oauth_error(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if isinstance(body, dict) and body.get("error"):
        described = body.get("error_description")
        return f"{body['error']}: {described}" if described else str(body["error"])
    return f"HTTP {response.status_code}"
