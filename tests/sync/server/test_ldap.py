"""LDAP sign-in against a real directory (OpenLDAP's slapd on 127.0.0.1), from the desktop's
sync client through the real server app: roles come from the directory's groups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from core.paths import AppPaths
from core.root import Root, open_root
from sync.client.api import SignedOut, SyncError
from sync.client.client import REFRESH_SECRET, SyncClient
from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.auth_config import AuthConfig, LdapConfig, RoleMapping
from sync.server.models import AuditEntry, User
from sync.server.services import Services
from tests.sync.harness import in_thread
from tests.sync.server.api import PASSWORD
from tests.sync.server.identity_servers import (
    SLAPD_MISSING,
    LdapPerson,
    Slapd,
    missing,
    slapd_binaries,
)

SERVER = "http://sync.test"
CAROL = LdapPerson("carol", "carol-directory-pw", "carol@example.com", ("engineering",))
ERIN = LdapPerson("erin", "erin-directory-pw", "erin@example.com", ("admins", "engineering"))


@pytest.fixture(scope="module")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    binaries = slapd_binaries()
    if binaries is None:
        missing(SLAPD_MISSING)
    server = Slapd(tmp_path_factory.mktemp("ldap"), [CAROL, ERIN])
    server.start(*binaries)
    try:
        yield server
    finally:
        server.stop()


def ldap_config(slapd: Slapd, **options: object) -> LdapConfig:
    settings: dict[str, object] = {
        "url": slapd.url,
        "group_base": f"ou=groups,{slapd.base}",
        "user_dn_template": f"uid={{user}},ou=people,{slapd.base}",
        "email_domains": ("example.com",),
    }
    return LdapConfig(**{**settings, **options})  # type: ignore[arg-type]


def make_app(tmp_path: Path, ldap: LdapConfig, database_url: str | None = None) -> FastAPI:
    auth = AuthConfig(
        ldap=ldap,
        roles=RoleMapping(
            server={"admins": "admin"}, workspaces={"engineering": (("Engineering", "editor"),)}
        ),
    )
    config = ServerConfig.for_data_dir(
        tmp_path / "server",
        database_url,
        migrate_on_start=True,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        auth=auth,
    )
    app = create_app(config)
    services = services_of(app)
    services.accounts.create_user("owner@example.org", PASSWORD)
    services.workspaces.create_team("Engineering", "owner@example.org")
    return app


@pytest.fixture
def app(tmp_path: Path, slapd: Slapd, server_database_url: str) -> Iterator[FastAPI]:
    """The server on SQLite and on PostgreSQL, bound to the directory."""
    app = make_app(tmp_path, ldap_config(slapd), server_database_url)
    yield app
    services_of(app).close()


@pytest.fixture
def services(app: FastAPI) -> Services:
    return services_of(app)


@pytest.fixture
def root(tmp_path: Path) -> Iterator[Root]:
    root = open_root(AppPaths(tmp_path / "device", tmp_path / "device" / "config"))
    yield root
    root.close()


def client_of(root: Root, app: FastAPI) -> SyncClient:
    return SyncClient(root, transport=httpx.ASGITransport(app=app))


def roles_of(services: Services, email: str) -> tuple[str | None, dict[str, str]]:
    with services.db.read() as session:
        user = session.scalar(select(User).where(User.email == email))
    assert user is not None, f"{email} was not provisioned"
    workspaces = {w.name: w.role for w in services.workspaces.list_for(user.id)}
    return user.server_role, workspaces


def test_ldap_sign_in_gives_a_syncing_session_with_roles_from_directory_groups(
    root: Root, app: FastAPI, services: Services
) -> None:
    client = client_of(root, app)

    notes = in_thread(client.login_ldap(SERVER, "carol@example.com", CAROL.password))

    assert "now syncs" in " ".join(notes)
    assert client.status().signed_in and root.secrets.get(REFRESH_SECRET)
    assert in_thread(client.sync_now())[0].workspace_id == root.workspace_id
    server_role, workspaces = roles_of(services, "carol@example.com")
    assert server_role is None and workspaces["Engineering"] == "editor"


def test_a_plain_sign_in_of_a_directory_domain_goes_to_ldap(
    root: Root, app: FastAPI, services: Services
) -> None:
    in_thread(client_of(root, app).login(SERVER, "Erin@Example.com", ERIN.password))

    server_role, workspaces = roles_of(services, "erin@example.com")
    assert server_role == "admin" and workspaces["Engineering"] == "editor"


def test_a_wrong_directory_password_is_refused_clearly(
    root: Root, app: FastAPI, services: Services
) -> None:
    with pytest.raises(SignedOut, match="Wrong email or directory password"):
        in_thread(client_of(root, app).login_ldap(SERVER, "carol@example.com", "not-it"))

    assert not root.secrets.get(REFRESH_SECRET)
    with services.db.read() as session:
        assert session.scalar(select(User).where(User.email == "carol@example.com")) is None
        failed = session.scalars(
            select(AuditEntry.text).where(AuditEntry.action == "auth.login_failed")
        ).all()
    assert any("ldap: wrong password" in text for text in failed)
    assert not any(CAROL.password in text or "not-it" in text for text in failed)


def test_an_empty_password_is_not_an_anonymous_bind(root: Root, app: FastAPI) -> None:
    async def run() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url=SERVER
        ) as http:
            body = {"email": "carol@example.com", "password": "", "device_id": "d"}
            return await http.post("/v1/auth/ldap", json=body)

    response = in_thread(run())
    assert response.status_code in (401, 422)


def test_a_disabled_directory_user_is_refused(root: Root, app: FastAPI, services: Services) -> None:
    client = client_of(root, app)
    in_thread(client.login_ldap(SERVER, "carol@example.com", CAROL.password))
    with services.db.write() as session:
        user = session.scalar(select(User).where(User.email == "carol@example.com"))
        assert user is not None
        user.disabled = True

    with pytest.raises(SyncError, match="disabled"):
        in_thread(client.login_ldap(SERVER, "carol@example.com", CAROL.password))


def test_the_entry_can_be_found_by_search_instead_of_a_template(
    tmp_path: Path, slapd: Slapd, root: Root
) -> None:
    app = make_app(
        tmp_path,
        ldap_config(
            slapd,
            user_dn_template="",
            user_search_base=f"ou=people,{slapd.base}",
            user_filter="(mail={email})",
        ),
    )
    try:
        in_thread(client_of(root, app).login_ldap(SERVER, "erin@example.com", ERIN.password))
        assert roles_of(services_of(app), "erin@example.com")[0] == "admin"
    finally:
        services_of(app).close()


def test_wrong_directory_passwords_are_rate_limited(root: Root, app: FastAPI) -> None:
    client = client_of(root, app)
    for _ in range(5):
        with pytest.raises(SignedOut):
            in_thread(client.login_ldap(SERVER, "carol@example.com", "guess"))

    with pytest.raises(SyncError, match="Too many failed sign-ins"):
        in_thread(client.login_ldap(SERVER, "carol@example.com", CAROL.password))
