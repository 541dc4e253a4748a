"""A real OIDC provider (nanoidp) and a real LDAP server (OpenLDAP's slapd) for the sign-in
tests, started offline on 127.0.0.1 in a temp dir.

nanoidp lives in its own virtual environment (it pins its own web stack): ``scripts/dev.py
test`` builds it at ``.cache/idp-venv`` from the pin in ``requirements/idp.txt``; set
``CONVOSPHERE_TEST_NANOIDP`` to use another ``nanoidp`` executable. slapd comes from Debian's
``slapd`` package (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[3]
NANOIDP_ENV = "CONVOSPHERE_TEST_NANOIDP"
NANOIDP_MISSING = (
    "nanoidp (the real OIDC provider these tests sign in against) is not installed: run "
    "`python3 scripts/dev.py test` once (it builds .cache/idp-venv), or set "
    f"${NANOIDP_ENV} to a nanoidp executable."
)


def missing(reason: str) -> NoReturn:
    """Skip a test whose real server is not installed here; in CI (``.ci/run`` sets
    ``CONVOSPHERE_CI``) fail instead, so that such tests can never silently not run."""
    if os.environ.get("CONVOSPHERE_CI"):
        pytest.fail(reason)
    pytest.skip(reason)


SLAPD_MISSING = (
    "slapd (the real LDAP server these tests bind against) is not installed: "
    "`apt-get install -y --no-install-recommends slapd ldap-utils` (.ci/run does)."
)
SERVER_CLIENT_ID = "convosphere-server"
SERVER_CLIENT_SECRET = "server-secret-for-tests"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def nanoidp_executable() -> Path | None:
    configured = os.environ.get(NANOIDP_ENV)
    candidates = [Path(configured)] if configured else []
    bin_dir = "Scripts" if os.name == "nt" else "bin"
    candidates.append(ROOT / ".cache" / "idp-venv" / bin_dir / "nanoidp")
    return next((c for c in candidates if c.exists()), None)


@dataclass(frozen=True)
class IdpUser:
    username: str
    password: str
    email: str
    groups: tuple[str, ...]


@dataclass
class NanoIdp:
    """nanoidp with one confidential client (the team server) and the given users."""

    executable: Path
    directory: Path
    callback_url: str
    users: list[IdpUser]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        config = self.directory / "cfg"
        config.mkdir(parents=True)
        (config / "settings.yaml").write_text(
            f"""config_version: 1
server:
  host: "127.0.0.1"
  port: {self.port}
oauth:
  issuer: "{self.issuer}"
  audience: "{SERVER_CLIENT_ID}"
  token_expiry_minutes: 60
  clients:
    - client_id: "{SERVER_CLIENT_ID}"
      client_secret: "{SERVER_CLIENT_SECRET}"
      token_endpoint_auth_method: "client_secret_basic"
      redirect_uris: ["{self.callback_url}"]
"""
        )
        lines = ["config_version: 1", "users:"]
        for user in self.users:
            lines += [
                f"  {user.username}:",
                f'    password: "{user.password}"',
                f'    email: "{user.email}"',
                '    roles: ["USER"]',
                "    groups: [" + ", ".join(f'"{g}"' for g in user.groups) + "]",
                '    tenant: "default"',
            ]
        (config / "users.yaml").write_text("\n".join(lines) + "\n")
        log = (self.directory / "nanoidp.log").open("wb")
        self.process = subprocess.Popen(
            [str(self.executable), "--config", str(config)],
            cwd=self.directory,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    "nanoidp stopped at start: " + (self.directory / "nanoidp.log").read_text()
                )
            try:
                discovery = f"{self.issuer}/.well-known/openid-configuration"
                if httpx.get(discovery, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("nanoidp did not answer within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def slapd_binaries() -> tuple[Path, Path] | None:
    slapd = shutil.which("slapd") or "/usr/sbin/slapd"
    slapadd = shutil.which("slapadd") or "/usr/sbin/slapadd"
    if Path(slapd).exists() and Path(slapadd).exists():
        return Path(slapd), Path(slapadd)
    return None


@dataclass(frozen=True)
class LdapPerson:
    uid: str
    password: str
    email: str
    groups: tuple[str, ...]


@dataclass
class Slapd:
    """OpenLDAP with back_mdb under ``dc=example,dc=com``: people and groupOfNames groups."""

    directory: Path
    people: list[LdapPerson]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    base: str = "dc=example,dc=com"

    @property
    def url(self) -> str:
        return f"ldap://127.0.0.1:{self.port}"

    def dn(self, uid: str) -> str:
        return f"uid={uid},ou=people,{self.base}"

    def start(self, slapd: Path, slapadd: Path) -> None:
        data = self.directory / "data"
        data.mkdir(parents=True)
        schema = Path("/etc/ldap/schema")
        conf = self.directory / "slapd.conf"
        conf.write_text(
            "\n".join(
                [
                    *(f"include {schema / n}.schema" for n in ("core", "cosine", "inetorgperson")),
                    f"pidfile {self.directory / 'slapd.pid'}",
                    "modulepath /usr/lib/ldap",
                    "moduleload back_mdb",
                    "access to attrs=userPassword by anonymous auth by self read by * none",
                    "access to * by * read",
                    "database mdb",
                    f'suffix "{self.base}"',
                    f'rootdn "cn=admin,{self.base}"',
                    "rootpw admin-secret-for-tests",
                    f"directory {data}",
                    "maxsize 10485760",
                    "",
                ]
            )
        )
        entries = [
            f"dn: {self.base}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\n"
            "o: Example",
            f"dn: ou=people,{self.base}\nobjectClass: organizationalUnit\nou: people",
            f"dn: ou=groups,{self.base}\nobjectClass: organizationalUnit\nou: groups",
        ]
        for person in self.people:
            entries.append(
                f"dn: {self.dn(person.uid)}\nobjectClass: inetOrgPerson\nuid: {person.uid}\n"
                f"cn: {person.uid}\nsn: {person.uid}\nmail: {person.email}\n"
                f"userPassword: {person.password}"
            )
        groups = sorted({g for p in self.people for g in p.groups})
        for group in groups:
            members = [self.dn(p.uid) for p in self.people if group in p.groups]
            entries.append(
                f"dn: cn={group},ou=groups,{self.base}\nobjectClass: groupOfNames\ncn: {group}\n"
                + "\n".join(f"member: {m}" for m in members)
            )
        ldif = self.directory / "base.ldif"
        ldif.write_text("\n\n".join(entries) + "\n")
        subprocess.run(
            [str(slapadd), "-f", str(conf), "-l", str(ldif)], check=True, capture_output=True
        )
        self.process = subprocess.Popen(
            [str(slapd), "-d", "0", "-f", str(conf), "-h", f"{self.url}/"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("slapd stopped at start") from None
                time.sleep(0.05)
        raise RuntimeError("slapd did not listen within 20 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
