"""How the team server signs people in besides local passwords: OIDC single sign-on through the
company's identity provider, LDAP bind, and how their groups map to roles.

Read from a TOML file (``convosphere-server serve --auth-config FILE``)::

    [oidc]
    issuer = "https://idp.example.com/realms/acme"   # discovery: {issuer}/.well-known/…
    client_id = "convosphere"
    client_secret_env = "CONVOSPHERE_OIDC_CLIENT_SECRET"  # or client_secret_file = "…"
    public_url = "https://sync.example.com"   # optional: where the IdP sends the browser back
    label = "Acme account"                    # the button says "Sign in with Acme account"

    [ldap]
    url = "ldap://ldap.example.com:389"
    user_dn_template = "uid={user},ou=people,dc=example,dc=com"  # {user}: the email's local part
    # or find the entry: user_search_base = "ou=people,…", user_filter = "(mail={email})",
    #                    bind_dn = "cn=reader,…", bind_password_env = "LDAP_READER_PASSWORD"
    group_base = "ou=groups,dc=example,dc=com"   # groups found by (member=<user dn>)
    email_domains = ["example.com"]              # plain sign-ins of these emails go to LDAP

    [roles.server]        # group = server role (admin | auditor)
    ADMINISTRATORS = "admin"
    [roles.workspaces]    # group = "workspace name:role" (admin | editor | viewer), or a list
    engineering = "Engineering:editor"

Secrets are never in the file itself: only the name of an environment variable or of a file
that holds them.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SERVER_ROLE_RANK = {"auditor": 1, "admin": 2}
WORKSPACE_ROLE_RANK = {"viewer": 1, "editor": 2, "admin": 3}


class AuthConfigError(ValueError):
    """The auth config file is wrong; the message names the key and what is expected."""


@dataclass(frozen=True)
class OidcConfig:
    """The company IdP, of which this server is a confidential OIDC client."""

    issuer: str
    client_id: str
    client_secret: str = field(repr=False)
    public_url: str = ""
    label: str = "single sign-on"
    scopes: tuple[str, ...] = ("openid", "email", "profile")
    groups_claim: str = "groups"
    timeout_s: float = 10.0


@dataclass(frozen=True)
class LdapConfig:
    """An LDAP directory to bind against (the second way to sign in)."""

    url: str
    group_base: str
    user_dn_template: str = ""
    user_search_base: str = ""
    user_filter: str = "(mail={email})"
    bind_dn: str = ""
    bind_password: str = field(default="", repr=False)
    email_domains: tuple[str, ...] = ()
    email_attribute: str = "mail"
    start_tls: bool = False
    timeout_s: float = 5.0

    def handles(self, email: str) -> bool:
        """Whether a plain email + password sign-in of this email goes to LDAP."""
        domain = email.strip().casefold().rpartition("@")[2]
        return bool(domain) and domain in self.email_domains


@dataclass(frozen=True)
class RoleMapping:
    """IdP or directory groups → the server role and workspace roles they give."""

    server: Mapping[str, str] = field(default_factory=dict)
    workspaces: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def server_role(self, groups: Iterable[str]) -> str | None:
        """The highest server role the groups give (admin over auditor), or None."""
        roles = [self.server[g] for g in groups if g in self.server]
        return max(roles, key=SERVER_ROLE_RANK.__getitem__) if roles else None

    def workspace_roles(self, groups: Iterable[str]) -> dict[str, str]:
        """Workspace name → the highest role the groups give there."""
        best: dict[str, str] = {}
        for group in groups:
            for workspace, role in self.workspaces.get(group, ()):
                if WORKSPACE_ROLE_RANK[role] > WORKSPACE_ROLE_RANK.get(best.get(workspace, ""), 0):
                    best[workspace] = role
        return best

    @property
    def mapped_workspaces(self) -> frozenset[str]:
        return frozenset(ws for pairs in self.workspaces.values() for ws, _role in pairs)


@dataclass(frozen=True)
class AuthConfig:
    """Sign-in ways besides local passwords; empty: local accounts only."""

    oidc: OidcConfig | None = None
    ldap: LdapConfig | None = None
    roles: RoleMapping = field(default_factory=RoleMapping)

    @classmethod
    def load(cls, path: Path, environ: Mapping[str, str] | None = None) -> AuthConfig:
        """Read and check a TOML auth config; AuthConfigError says what is wrong."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise AuthConfigError(f"Cannot read the auth config {path}: {exc.strerror}.") from exc
        except tomllib.TOMLDecodeError as exc:
            raise AuthConfigError(f"The auth config {path} is not valid TOML: {exc}.") from exc
        return cls.from_dict(data, os.environ if environ is None else environ, path.parent)

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], environ: Mapping[str, str], base: Path = Path()
    ) -> AuthConfig:
        unknown = set(data) - {"oidc", "ldap", "roles"}
        if unknown:
            raise AuthConfigError(f"Unknown section(s) in the auth config: {sorted(unknown)}.")
        oidc = _oidc(_table(data, "oidc"), environ, base) if "oidc" in data else None
        ldap = _ldap(_table(data, "ldap"), environ, base) if "ldap" in data else None
        return cls(oidc=oidc, ldap=ldap, roles=_roles(_table(data, "roles")))


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise AuthConfigError(f"[{key}] must be a table.")
    return value


def _text(table: Mapping[str, Any], section: str, key: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if value is None:
        raise AuthConfigError(f'[{section}] needs {key} = "…".')
    if not isinstance(value, str):
        raise AuthConfigError(f"[{section}] {key} must be a string.")
    return value


def _secret(
    table: Mapping[str, Any], section: str, name: str, environ: Mapping[str, str], base: Path
) -> str:
    """A secret named by ``{name}_env`` (a variable) or ``{name}_file`` (a file's first line)."""
    if name in table:
        raise AuthConfigError(
            f"[{section}] {name} must not be written in the file: give {name}_env (the name "
            f"of an environment variable) or {name}_file (a file that holds it)."
        )
    if f"{name}_env" in table:
        variable = _text(table, section, f"{name}_env")
        if not environ.get(variable):
            raise AuthConfigError(
                f"[{section}] {name}_env names ${variable}, which is not set or empty."
            )
        return environ[variable]
    if f"{name}_file" in table:
        path = base / _text(table, section, f"{name}_file")
        try:
            secret = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise AuthConfigError(
                f"[{section}] {name}_file: cannot read {path}: {exc.strerror}."
            ) from exc
        if not secret:
            raise AuthConfigError(f"[{section}] {name}_file: {path} is empty.")
        return secret
    return ""


def _url(value: str, section: str, key: str, schemes: tuple[str, ...]) -> str:
    if not value.startswith(tuple(f"{s}://" for s in schemes)):
        raise AuthConfigError(
            f"[{section}] {key} = {value!r} must start with " + " or ".join(schemes) + "://."
        )
    return value.rstrip("/")


def _oidc(table: Mapping[str, Any], environ: Mapping[str, str], base: Path) -> OidcConfig:
    secret = _secret(table, "oidc", "client_secret", environ, base)
    if not secret:
        raise AuthConfigError("[oidc] needs client_secret_env or client_secret_file.")
    public_url = _text(table, "oidc", "public_url", "")
    scopes = table.get("scopes", ["openid", "email", "profile"])
    if not isinstance(scopes, list) or "openid" not in scopes:
        raise AuthConfigError('[oidc] scopes must be a list that holds "openid".')
    return OidcConfig(
        issuer=_url(_text(table, "oidc", "issuer"), "oidc", "issuer", ("https", "http")),
        client_id=_text(table, "oidc", "client_id"),
        client_secret=secret,
        public_url=_url(public_url, "oidc", "public_url", ("https", "http")) if public_url else "",
        label=_text(table, "oidc", "label", "single sign-on"),
        scopes=tuple(str(s) for s in scopes),
        groups_claim=_text(table, "oidc", "groups_claim", "groups"),
    )


def _ldap(table: Mapping[str, Any], environ: Mapping[str, str], base: Path) -> LdapConfig:
    template = _text(table, "ldap", "user_dn_template", "")
    search_base = _text(table, "ldap", "user_search_base", "")
    if bool(template) == bool(search_base):
        raise AuthConfigError(
            "[ldap] needs exactly one of user_dn_template (e.g. "
            '"uid={user},ou=people,dc=example,dc=com") or user_search_base.'
        )
    if template and "{user}" not in template and "{email}" not in template:
        raise AuthConfigError("[ldap] user_dn_template must hold {user} or {email}.")
    domains = table.get("email_domains", [])
    if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
        raise AuthConfigError('[ldap] email_domains must be a list of domains: ["example.com"].')
    return LdapConfig(
        url=_url(_text(table, "ldap", "url"), "ldap", "url", ("ldap", "ldaps")),
        group_base=_text(table, "ldap", "group_base"),
        user_dn_template=template,
        user_search_base=search_base,
        user_filter=_text(table, "ldap", "user_filter", "(mail={email})"),
        bind_dn=_text(table, "ldap", "bind_dn", ""),
        bind_password=_secret(table, "ldap", "bind_password", environ, base),
        email_domains=tuple(d.strip().casefold().lstrip("@") for d in domains),
        email_attribute=_text(table, "ldap", "email_attribute", "mail"),
        start_tls=bool(table.get("start_tls", False)),
    )


def _roles(table: Mapping[str, Any]) -> RoleMapping:
    server = dict(_table(table, "server"))
    for group, role in server.items():
        if role not in SERVER_ROLE_RANK:
            raise AuthConfigError(
                f"[roles.server] {group} = {role!r}: a server role is admin or auditor."
            )
    workspaces: dict[str, tuple[tuple[str, str], ...]] = {}
    for group, value in _table(table, "workspaces").items():
        entries = [value] if isinstance(value, str) else value
        pairs = []
        for entry in entries:
            name, _, role = str(entry).rpartition(":")
            if not name or role not in WORKSPACE_ROLE_RANK:
                raise AuthConfigError(
                    f'[roles.workspaces] {group} = {entry!r}: write "Workspace name:role" '
                    "with role admin, editor or viewer (owner moves only by transfer)."
                )
            pairs.append((name, role))
        workspaces[str(group)] = tuple(pairs)
    return RoleMapping(server=server, workspaces=workspaces)
