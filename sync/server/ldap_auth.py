"""LDAP bind: the second way to sign in with a company account.

The person types their email and directory password. The server finds their entry (a DN made
from ``user_dn_template``, or a search under ``user_search_base`` as the configured reader),
binds as it with the password, reads their groups with ``(member=<dn>)`` under ``group_base``
(``memberOf`` is not kept by every directory), and signs them in like an SSO user
(``identities``). The password is never stored and never logged.
"""

from __future__ import annotations

import hashlib
import warnings

with warnings.catch_warnings():  # ldap3 2.9.1 imports names pyasn1 has deprecated
    warnings.simplefilter("ignore", DeprecationWarning)
    from ldap3 import BASE, SUBTREE, Connection, Server
    from ldap3.core.exceptions import LDAPBindError, LDAPException, LDAPInvalidCredentialsResult
    from ldap3.utils.conv import escape_filter_chars
    from ldap3.utils.dn import escape_rdn

from sync.protocol import TokenPair
from sync.server.accounts import Accounts, normalize_email
from sync.server.audit import AuditEvent, AuditLog
from sync.server.auth_config import LdapConfig
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.errors import Forbidden, NotAuthenticated, ServerError
from sync.server.identities import ExternalIdentity, ExternalUsers

BAD_LDAP_LOGIN = "Wrong email or directory password."


class DirectoryUnavailable(ServerError):
    status = 502


class LdapLogin:
    """Checks a directory password and opens a device session for its person."""

    def __init__(
        self, db: Database, config: ServerConfig, accounts: Accounts, audit: AuditLog
    ) -> None:
        assert config.auth.ldap is not None
        self.db = db
        self.config = config
        self.ldap: LdapConfig = config.auth.ldap
        self.accounts = accounts
        self.audit = audit
        self.users = ExternalUsers(config.auth.roles, audit)

    def login(
        self, email: str, password: str, device_id: str, device_name: str, ip: str | None
    ) -> TokenPair:
        email = normalize_email(email)
        # The same failure budget per (email, address) as a local password sign-in: 429 past it.
        key = hashlib.sha256(f"{email}\n{ip or ''}".encode()).hexdigest()
        self.accounts._check_rate(key, email, ip)
        try:
            if not password:  # an empty password is an anonymous bind, which "succeeds"
                raise NotAuthenticated(BAD_LDAP_LOGIN)
            identity = self._bind(email, password)
        except NotAuthenticated:
            self.accounts._failed(key, None, email, ip, "ldap: wrong password or unknown entry")
            raise
        try:
            with self.db.write() as session:
                user_id = self.users.sign_in(session, identity, self.config.clock_ms(), ip)
        except Forbidden as exc:
            self.audit.record(
                AuditEvent(
                    "auth.login_failed", ip=ip, details={"method": "ldap", "reason": str(exc)}
                )
            )
            raise
        return self.accounts.open_session(
            user_id, device_id, device_name, ip, method="ldap", key=key
        )

    def _server(self) -> Server:
        return Server(self.ldap.url, connect_timeout=self.ldap.timeout_s)

    def _connection(self, user: str = "", password: str = "") -> Connection:
        connection = Connection(
            self._server(),
            user=user or None,
            password=password or None,
            receive_timeout=max(1, int(self.ldap.timeout_s)),  # ldap3 packs it as an int
            raise_exceptions=True,
        )
        if self.ldap.start_tls:
            connection.open()
            connection.start_tls()
        return connection

    def _bind(self, email: str, password: str) -> ExternalIdentity:
        try:
            dn = self._find_dn(email)
            if dn is None:
                raise NotAuthenticated(BAD_LDAP_LOGIN)
            user = self._connection(dn, password)
            try:
                user.bind()
            except (LDAPBindError, LDAPInvalidCredentialsResult):
                raise NotAuthenticated(BAD_LDAP_LOGIN) from None
            try:
                user.search(dn, "(objectClass=*)", BASE, attributes=[self.ldap.email_attribute])
                entry = user.entries[0] if user.entries else None
                mail = entry[self.ldap.email_attribute].value if entry is not None else None
                groups = self._groups(user, dn)
            finally:
                user.unbind()
        except NotAuthenticated:
            raise
        except LDAPException as exc:
            raise DirectoryUnavailable(
                f"The directory at {self.ldap.url} cannot be reached or refused the lookup "
                f"({type(exc).__name__}): try again later, or tell your administrator."
            ) from exc
        return ExternalIdentity(
            provider="ldap",
            subject=dn,
            email=str(mail[0] if isinstance(mail, list) else (mail or email)),
            groups=groups,
        )

    def _find_dn(self, email: str) -> str | None:
        local = email.partition("@")[0]
        if self.ldap.user_dn_template:
            return self.ldap.user_dn_template.format(
                user=escape_rdn(local), email=escape_rdn(email)
            )
        reader = self._connection(self.ldap.bind_dn, self.ldap.bind_password)
        try:
            reader.bind()
            query = self.ldap.user_filter.format(
                email=escape_filter_chars(email), user=escape_filter_chars(local)
            )
            reader.search(self.ldap.user_search_base, query, SUBTREE, attributes=[])
            found = [e.entry_dn for e in reader.entries]
        finally:
            reader.unbind()
        return found[0] if len(found) == 1 else None

    def _groups(self, connection: Connection, dn: str) -> tuple[str, ...]:
        query = f"(member={escape_filter_chars(dn)})"
        connection.search(self.ldap.group_base, query, SUBTREE, attributes=["cn"])
        names = [str(e.cn.value) for e in connection.entries if "cn" in e]
        return tuple(sorted(names))
