"""Single sign-on against a real OIDC provider (nanoidp on 127.0.0.1): the desktop's own
sign-in code with its loopback listener, the real server app, and a test that plays the
system browser with httpx (it fills in the IdP's login form)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from core.paths import AppPaths
from core.root import Root, open_root
from sync.client.api import SyncApi
from sync.client.client import REFRESH_SECRET, SyncClient
from sync.client.sso import LoopbackReceiver, SsoFailed, authorize_url, pkce_pair
from sync.protocol import SsoTokenRequest
from sync.server import ServerConfig, create_app
from sync.server.app import services_of
from sync.server.auth_config import AuthConfig, OidcConfig, RoleMapping
from sync.server.models import AuditEntry, Member, SsoIdentity, User
from sync.server.services import Services
from tests.sync.harness import in_thread
from tests.sync.server.api import PASSWORD, Clock
from tests.sync.server.identity_servers import (
    NANOIDP_MISSING,
    SERVER_CLIENT_ID,
    SERVER_CLIENT_SECRET,
    IdpUser,
    NanoIdp,
    missing,
    nanoidp_executable,
)

SERVER = "http://sync.test"
ALICE = IdpUser("alice", "alice-pw", "alice@example.com", ("ADMINISTRATORS", "engineering"))
BOB = IdpUser("bob", "bob-pw", "bob@example.com", ("readers",))
DAVE = IdpUser("dave", "dave-pw", "dave@example.com", ("engineering",))


@pytest.fixture(scope="module")
def idp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NanoIdp]:
    executable = nanoidp_executable()
    if executable is None:
        missing(NANOIDP_MISSING)
    server = NanoIdp(
        executable,
        tmp_path_factory.mktemp("idp"),
        f"{SERVER}/v1/auth/sso/callback",
        [ALICE, BOB, DAVE],
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(tmp_path: Path, idp: NanoIdp, clock: Clock, server_database_url: str) -> Iterator[FastAPI]:
    """The server on SQLite and on PostgreSQL, its SSO through the IdP."""
    auth = AuthConfig(
        oidc=OidcConfig(
            issuer=idp.issuer,
            client_id=SERVER_CLIENT_ID,
            client_secret=SERVER_CLIENT_SECRET,
            label="Example account",
        ),
        roles=RoleMapping(
            server={"ADMINISTRATORS": "admin"},
            workspaces={
                "engineering": (("Engineering", "editor"),),
                "readers": (("Engineering", "viewer"),),
            },
        ),
    )
    config = ServerConfig.for_data_dir(
        tmp_path / "server",
        server_database_url,
        migrate_on_start=True,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        clock_ms=clock,
        auth=auth,
    )
    app = create_app(config)
    services = services_of(app)
    services.accounts.create_user("owner@example.com", PASSWORD)
    services.workspaces.create_team("Engineering", "owner@example.com")
    yield app
    services.close()


@pytest.fixture
def services(app: FastAPI) -> Services:
    return services_of(app)


@pytest.fixture
def root(tmp_path: Path) -> Iterator[Root]:
    root = open_root(AppPaths(tmp_path / "device", tmp_path / "device" / "config"))
    yield root
    root.close()


class Browser:
    """The system browser, played by httpx: the team server is reached in-process, the IdP
    and the desktop's loopback over real HTTP on 127.0.0.1."""

    def __init__(self, app: FastAPI, user: IdpUser) -> None:
        self.app, self.user = app, user
        self.pages: list[httpx.Response] = []

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            mounts={SERVER: httpx.ASGITransport(app=self.app)}, follow_redirects=False
        )

    async def visit(self, url: str, *, stop_at_loopback: bool = False) -> httpx.Response:
        """Follow the sign-in from ``url``, logging in at the IdP on the way."""
        async with self.client() as http:
            response = await http.get(url)
            for _ in range(10):
                self.pages.append(response)
                if response.status_code == 200 and "transaction_id" in response.text:
                    response = await self._log_in(http, response)
                    continue
                if response.status_code != 302:
                    return response
                location = response.headers["location"]
                if stop_at_loopback and location.startswith("http://127.0.0.1:9/"):
                    return response
                response = await http.get(location)
            raise AssertionError("too many redirects")

    async def _log_in(self, http: httpx.AsyncClient, form: httpx.Response) -> httpx.Response:
        match = re.search(r'name="transaction_id" value="([^"]+)"', form.text)
        assert match is not None, form.text
        fields = {"transaction_id": match[1], "username": self.user.username}
        return await http.post(str(form.url), data={**fields, "password": self.user.password})


def sign_in(root: Root, app: FastAPI, user: IdpUser) -> tuple[list[str], Browser]:
    """The desktop signs in with SSO; the browser it 'opens' is a Browser."""
    browser = Browser(app, user)
    client = SyncClient(root, transport=httpx.ASGITransport(app=app))
    tasks: list[asyncio.Task[Any]] = []

    async def run() -> list[str]:
        loop = asyncio.get_running_loop()

        def open_browser(url: str) -> None:  # called from a thread of its own
            loop.call_soon_threadsafe(lambda: tasks.append(loop.create_task(browser.visit(url))))

        try:
            return await client.login_sso(SERVER, open_browser, timeout_s=30)
        finally:
            await asyncio.gather(*tasks, return_exceptions=True)

    return in_thread(run()), browser


def test_sso_sign_in_gives_a_syncing_session_with_roles_from_the_idp_groups(
    root: Root, app: FastAPI, services: Services
) -> None:
    notes, browser = sign_in(root, app, ALICE)

    assert "now syncs" in " ".join(notes)
    assert "You can close this tab" in browser.pages[-1].text
    opened = str(browser.pages[0].url)
    assert opened.startswith(f"{SERVER}/v1/auth/sso/authorize?")
    assert "code_challenge_method=S256" in opened and "127.0.0.1" in opened
    client = SyncClient(root, transport=httpx.ASGITransport(app=app))
    status = client.status()
    assert status.signed_in and status.email == "alice@example.com"
    assert root.secrets.get(REFRESH_SECRET)
    reports = in_thread(client.sync_now())  # the session works: a full sync round
    assert [r.workspace_id for r in reports] == [root.workspace_id]
    with services.db.read() as session:
        user = session.scalar(select(User).where(User.email == "alice@example.com"))
        assert user is not None and user.server_role == "admin"
        roles = {m.workspace_id: m.role for m in session.scalars(select(Member))}
        engineering = services.workspaces.list_for(user.id)
    assert {w.name: w.role for w in engineering}["Engineering"] == "editor"
    assert roles[root.workspace_id] == "owner"


def test_groups_decide_roles_at_each_sign_in(root: Root, app: FastAPI, services: Services) -> None:
    user_id = services.accounts.create_user("bob@example.com", PASSWORD, server_role="admin")
    services.workspaces.add_member("Engineering", "bob@example.com", "editor")

    sign_in(root, app, BOB)

    with services.db.read() as session:
        user = session.get(User, user_id)
        assert user is not None and user.server_role is None  # no admin group at the IdP
    assert {w.name: w.role for w in services.workspaces.list_for(user_id)}["Engineering"] == (
        "viewer"
    )


def test_a_disabled_user_is_refused_with_a_clear_message(
    root: Root, app: FastAPI, services: Services
) -> None:
    user_id = services.accounts.create_user("dave@example.com", PASSWORD)
    with services.db.write() as session:
        user = session.get(User, user_id)
        assert user is not None
        user.disabled = True

    with pytest.raises(SsoFailed, match="disabled on the team server"):
        sign_in(root, app, DAVE)

    assert not root.secrets.get(REFRESH_SECRET)
    with services.db.read() as session:
        failures = session.scalars(
            select(AuditEntry.text).where(AuditEntry.action == "auth.login_failed")
        ).all()
    assert any("disabled" in text for text in failures)


async def _code_for(app: FastAPI, user: IdpUser, challenge: str, state: str) -> str:
    """Run the browser leg up to the server's redirect to the (absent) loopback: its code."""
    redirect_uri = "http://127.0.0.1:9/callback"
    browser = Browser(app, user)
    last = await browser.visit(
        authorize_url(SERVER, redirect_uri, challenge, state), stop_at_loopback=True
    )
    query = parse_qs(urlsplit(last.headers["location"]).query)
    assert query["state"] == [state]
    return query["code"][0]


async def _redeem(app: FastAPI, code: str, verifier: str) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=SERVER) as http:
        body = SsoTokenRequest(
            code=code,
            code_verifier=verifier,
            redirect_uri="http://127.0.0.1:9/callback",
            device_id="dev-1",
        )
        return await http.post("/v1/auth/sso/token", json=body.model_dump())


def test_a_wrong_verifier_is_refused_and_spends_the_code(app: FastAPI) -> None:
    verifier, challenge = pkce_pair()
    other_verifier, _ = pkce_pair()

    async def run() -> tuple[httpx.Response, httpx.Response]:
        code = await _code_for(app, ALICE, challenge, "state-1")
        wrong = await _redeem(app, code, other_verifier)
        after = await _redeem(app, code, verifier)
        return wrong, after

    wrong, after = in_thread(run())
    assert wrong.status_code == 400
    assert "code verifier does not match" in wrong.json()["detail"]
    assert after.status_code == 400  # one try: a guessed verifier cannot be retried
    assert "already used" in after.json()["detail"]


def test_an_expired_code_is_refused(app: FastAPI, clock: Clock) -> None:
    verifier, challenge = pkce_pair()

    async def run() -> httpx.Response:
        code = await _code_for(app, ALICE, challenge, "state-2")
        clock.advance(61)
        return await _redeem(app, code, verifier)

    response = in_thread(run())
    assert response.status_code == 400
    assert "expired" in response.json()["detail"]


def test_a_right_code_and_verifier_give_tokens(app: FastAPI) -> None:
    verifier, challenge = pkce_pair()

    async def run() -> httpx.Response:
        return await _redeem(app, await _code_for(app, ALICE, challenge, "s"), verifier)

    response = in_thread(run())
    assert response.status_code == 200, response.text
    assert response.json()["email"] == "alice@example.com"


def test_a_callback_with_a_wrong_state_is_refused(app: FastAPI) -> None:
    _verifier, challenge = pkce_pair()

    async def run() -> httpx.Response:
        browser = Browser(app, ALICE)
        url = authorize_url(SERVER, "http://127.0.0.1:9/callback", challenge, "desktop-state")
        async with browser.client() as http:
            to_idp = await http.get(url)
            form = await http.get(to_idp.headers["location"])
            back = await browser._log_in(http, form)
            location = back.headers["location"]
            assert location.startswith(f"{SERVER}/v1/auth/sso/callback?")
            forged = re.sub(r"state=[^&]+", "state=forged", location)
            return await http.get(forged)

    response = in_thread(run())
    assert response.status_code == 400
    assert "state does not match" in response.text


def test_the_desktop_ignores_an_answer_with_a_wrong_state() -> None:
    async def run() -> tuple[httpx.Response, str]:
        async with LoopbackReceiver("the-right-state") as receiver:
            async with httpx.AsyncClient() as http:
                page = await http.get(
                    receiver.redirect_uri, params={"code": "c", "state": "an-attacker's"}
                )
            answer = await receiver.wait(5)
        return page, answer.error

    page, error = in_thread(run())
    assert page.status_code == 400 and "state mismatch" in page.text
    assert "state mismatch" in error


def test_the_server_refuses_a_redirect_that_is_not_a_loopback(app: FastAPI) -> None:
    _verifier, challenge = pkce_pair()

    async def run() -> httpx.Response:
        async with Browser(app, ALICE).client() as http:
            return await http.get(authorize_url(SERVER, "https://evil.example/cb", challenge, "s"))

    response = in_thread(run())
    assert response.status_code == 400
    assert "loopback" in response.text


def test_the_server_says_it_offers_sso(app: FastAPI) -> None:
    async def run() -> Any:
        api = SyncApi(SERVER, transport=httpx.ASGITransport(app=app))
        try:
            return await api.auth_methods()
        finally:
            await api.aclose()

    methods = in_thread(run())
    assert methods.sso and methods.sso_label == "Example account" and not methods.ldap


def test_erasing_an_account_forgets_its_idp_link(
    root: Root, app: FastAPI, services: Services, tmp_path: Path
) -> None:
    sign_in(root, app, ALICE)
    with services.db.read() as session:
        first = session.scalar(select(User.id).where(User.email == "alice@example.com"))
    assert first is not None

    services.personal_data.erase(first, "alice@example.com")

    with services.db.read() as session:
        assert session.scalars(select(SsoIdentity).where(SsoIdentity.user_id == first)).all() == []
    other = open_root(AppPaths(tmp_path / "other", tmp_path / "other" / "config"))
    try:
        sign_in(other, app, ALICE)
    finally:
        other.close()
    with services.db.read() as session:
        again = session.scalar(select(User.id).where(User.email == "alice@example.com"))
    assert again is not None and again != first, "a new account, not the erased one"
