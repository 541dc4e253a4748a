"""LDAP sign-in from outside: a real server process with ``--auth-config``, a real slapd, and
``convosphere sync login URL --email E --password-stdin --ldap``."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.test_sso_cli import PASSWORD, ROOT, _cli
from tests.sync.server.identity_servers import (
    SLAPD_MISSING,
    LdapPerson,
    Slapd,
    free_port,
    missing,
    slapd_binaries,
)

CAROL = LdapPerson("carol", "carol-directory-pw", "carol@corp.example", ("engineering",))


@pytest.fixture(scope="module")
def ldap_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binaries = slapd_binaries()
    if binaries is None:
        missing(SLAPD_MISSING)
    base = tmp_path_factory.mktemp("ldap-server")
    slapd = Slapd(base / "ldap", [CAROL])
    slapd.start(*binaries)
    auth = base / "auth.toml"
    auth.write_text(
        f'[ldap]\nurl = "{slapd.url}"\n'
        f'user_search_base = "ou=people,{slapd.base}"\nuser_filter = "(mail={{email}})"\n'
        f'group_base = "ou=groups,{slapd.base}"\n\n'
        '[roles.workspaces]\nengineering = "Engineering:editor"\n'
    )
    data = base / "data"
    server_cli = ("sync.server.cli", "--data-dir", str(data))
    _cli(*server_cli, "users", "create", "owner@example.com", "--password-stdin", stdin=PASSWORD)
    _cli(*server_cli, "workspaces", "create", "Engineering", "--owner", "owner@example.com")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", *server_cli, "serve", "--port", str(port), "--auth-config",
         str(auth)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/v1/auth/methods", timeout=1).json()["ldap"]:
                    break
            except httpx.HTTPError:
                assert process.poll() is None, "the server stopped at start"
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        slapd.stop()


def test_sync_login_ldap_signs_in_with_the_directory_password(
    tmp_path: Path, ldap_server: str
) -> None:
    device = str(tmp_path / "laptop")
    login = ("desktop", "sync", "login", ldap_server, "--email", CAROL.email, "--password-stdin")

    wrong = subprocess.run(
        [sys.executable, "-m", *login, "--ldap", "--data-dir", device],
        cwd=ROOT, input="not it\n", capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert wrong.returncode == 1
    assert "Wrong email or directory password" in wrong.stderr

    out = _cli(*login, "--ldap", "--data-dir", device, stdin=CAROL.password + "\n")

    assert f"Signed in to {ldap_server} as {CAROL.email}." in out
    listed = _cli("desktop", "sync", "status", "--data-dir", device)
    assert CAROL.email in listed
