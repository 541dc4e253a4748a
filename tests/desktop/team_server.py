"""A real team server for the admin console's tests: its data made through the server's own
services, then served by the real CLI (uvicorn) on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.paths import AppPaths
from core.root import open_root
from core.settings import DeviceSettings
from sync.client.client import open_sync_client
from tests.sync.harness import in_thread

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"
ADMIN, AUDITOR = "grace@example.com", "audra@example.com"
MEMBERS = ("bob@example.com", "carol@example.com", "dave@example.com")


@dataclass(frozen=True)
class TeamServer:
    url: str
    data_dir: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_team(data_dir: Path) -> None:
    """An admin, an auditor, three members; "Research" (grace owns it, bob edits, carol
    views) and "Design" (carol owns it)."""
    from sync.server.config import ServerConfig
    from sync.server.services import build_services

    services = build_services(ServerConfig.for_data_dir(data_dir))
    try:
        accounts, workspaces = services.accounts, services.workspaces
        accounts.create_user(ADMIN, PASSWORD, server_role="admin")
        accounts.create_user(AUDITOR, PASSWORD, server_role="auditor")
        for email in MEMBERS:
            accounts.create_user(email, PASSWORD)
        workspaces.create_team("Research", ADMIN)
        workspaces.add_member("Research", "bob@example.com", "editor")
        workspaces.add_member("Research", "carol@example.com", "viewer")
        workspaces.create_team("Design", "carol@example.com")
    finally:
        services.close()


@pytest.fixture
def team_server(tmp_path: Path) -> Iterator[TeamServer]:
    data = tmp_path / "server"
    data.mkdir()
    make_team(data)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "--data-dir", str(data), "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            assert process.poll() is None, process.communicate()[0]
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
    yield TeamServer(f"http://127.0.0.1:{port}", data)
    process.terminate()
    process.wait(timeout=10)


def sign_in(paths: AppPaths, url: str, email: str) -> None:
    """Sign a data dir in as the desktop does, before the app starts (no welcome dialog)."""
    DeviceSettings(paths.device_settings).set("ui.first_run_done", True)
    with closing(open_root(paths)) as root:
        in_thread(open_sync_client(root).login(url, email, PASSWORD))
