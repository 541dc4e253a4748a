"""Single sign-on from outside: a real server process configured with ``--auth-config``, a real
OIDC provider (nanoidp), and ``convosphere sync login URL --sso`` opening "the browser" —
``$BROWSER``, here a program that plays it (``tests/e2e/sso_browser.py``)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.sync.server.identity_servers import (
    NANOIDP_MISSING,
    SERVER_CLIENT_ID,
    SERVER_CLIENT_SECRET,
    IdpUser,
    NanoIdp,
    free_port,
    missing,
    nanoidp_executable,
)

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"
ALICE = IdpUser("alice", "alice-pw", "alice@example.com", ("ADMINISTRATORS", "engineering"))
SECRET_ENV = "CONVOSPHERE_TEST_OIDC_SECRET"


@dataclass(frozen=True)
class SsoServer:
    url: str
    data: Path
    idp: NanoIdp


def _cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=180, check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )  # fmt: skip
    assert done.returncode == 0, f"{' '.join(args)}: {done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def sso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SsoServer]:
    """A team server on 127.0.0.1 whose sign-in goes through nanoidp; it has a team workspace
    "Engineering" that the IdP group ``engineering`` gives the editor role in."""
    executable = nanoidp_executable()
    if executable is None:
        missing(NANOIDP_MISSING)
    base = tmp_path_factory.mktemp("sso-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    idp = NanoIdp(executable, base / "idp", f"{url}/v1/auth/sso/callback", [ALICE])
    idp.start()
    auth = base / "auth.toml"
    auth.write_text(
        f'[oidc]\nissuer = "{idp.issuer}"\nclient_id = "{SERVER_CLIENT_ID}"\n'
        f'client_secret_env = "{SECRET_ENV}"\nlabel = "Example account"\n\n'
        '[roles.server]\nADMINISTRATORS = "admin"\n\n'
        '[roles.workspaces]\nengineering = "Engineering:editor"\n'
    )
    data = base / "data"
    server_cli = ("sync.server.cli", "--data-dir", str(data))
    _cli(*server_cli, "users", "create", "owner@example.com", "--password-stdin", stdin=PASSWORD)
    _cli(*server_cli, "workspaces", "create", "Engineering", "--owner", "owner@example.com")
    process = subprocess.Popen(
        [sys.executable, "-m", *server_cli, "serve", "--port", str(port), "--auth-config",
         str(auth)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, SECRET_ENV: SERVER_CLIENT_SECRET},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/v1/auth/methods", timeout=1).json()["sso"]:
                    break
            except httpx.HTTPError:
                assert process.poll() is None, "the server stopped at start"
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        yield SsoServer(url, data, idp)
    finally:
        process.terminate()
        process.wait(timeout=10)
        idp.stop()


def browser_env(tmp_path: Path, user: IdpUser) -> dict[str, str]:
    """``$BROWSER`` that signs in as ``user``; its last page lands in tmp_path/page.txt."""
    player = ROOT / "tests" / "e2e" / "sso_browser.py"
    return {
        "BROWSER": f"{sys.executable} {player} %s",
        "SSO_TEST_USER": user.username,
        "SSO_TEST_PASSWORD": user.password,
        "SSO_TEST_PAGE": str(tmp_path / "page.txt"),
        "DISPLAY": "",  # webbrowser: no graphical browser ahead of $BROWSER
        "WAYLAND_DISPLAY": "",
    }


def test_sync_login_sso_signs_in_through_the_browser_with_roles_from_the_idp(
    tmp_path: Path, sso_server: SsoServer
) -> None:
    device = tmp_path / "laptop"

    out = _cli(
        "desktop", "sync", "login", sso_server.url, "--sso", "--data-dir", str(device),
        env=browser_env(tmp_path, ALICE),
    )  # fmt: skip

    assert f"{sso_server.url}/v1/auth/sso/authorize?" in out, "the address it opened is shown"
    assert f"Signed in to {sso_server.url} as alice@example.com." in out
    page = (tmp_path / "page.txt").read_text()
    assert page.startswith("200") and "You can close this tab" in page
    status = _cli("desktop", "sync", "status", "--data-dir", str(device))
    assert "Signed in to" in status and "alice@example.com" in status
    assert "sent" in _cli("desktop", "sync", "now", "--data-dir", str(device))
    with sqlite3.connect(f"file:{sso_server.data / 'server.db'}?mode=ro", uri=True) as db:
        server_role, user_id = db.execute(
            "SELECT server_role, id FROM users WHERE email = 'alice@example.com'"
        ).fetchone()
        role = db.execute(
            "SELECT m.role FROM members m JOIN workspaces w ON w.id = m.workspace_id "
            "WHERE w.name = 'Engineering' AND m.user_id = ?",
            (user_id,),
        ).fetchone()
    assert server_role == "admin" and role == ("editor",)


def test_sso_and_a_password_are_not_given_together(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "sync", "login", "http://127.0.0.1:9", "--sso",
         "--email", "a@example.com", "--data-dir", str(tmp_path / "d")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--sso signs in in the browser" in done.stderr
