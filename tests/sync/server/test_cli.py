"""``convosphere-server`` in real processes: administration, migrate, compact, and ``serve``
answering HTTP and streaming pokes."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.sync.postgres import PostgresCluster, free_port
from tests.sync.server.api import hlc

PASSWORD = "s3cret pass phrase"
SCRIPT = Path(sys.executable).parent / "convosphere-server"


def base_args(data_dir: Path, database_url: str) -> list[str]:
    """SQLite lives in the data dir; PostgreSQL is named by URL (the data dir keeps blobs)."""
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "sync.server.cli"]
    command += ["--data-dir", str(data_dir)]
    if not database_url.startswith("sqlite"):
        command += ["--database-url", database_url]
    return command


class Cli:
    def __init__(self, data_dir: Path, database_url: str) -> None:
        self.args = base_args(data_dir, database_url)
        self.postgres = not database_url.startswith("sqlite")

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.args, *args], input=stdin, capture_output=True, text=True, timeout=60
        )


@pytest.fixture
def cli(server_database_url: str, tmp_path: Path) -> Cli:
    cli = Cli(tmp_path / "server", server_database_url)
    if cli.postgres:
        assert cli("migrate").returncode == 0
    return cli


def test_postgresql_must_be_migrated_before_use(
    postgres_cluster: PostgresCluster, tmp_path: Path
) -> None:
    cli = Cli(tmp_path / "server", postgres_cluster.new_database())
    early = cli("users", "create", "ada@example.org", "--password-stdin", stdin=PASSWORD)
    assert early.returncode == 1
    assert "migrate" in early.stderr

    first, second = cli("migrate"), cli("migrate")

    assert first.returncode == 0, first.stderr
    assert "Migrated the database from schema none" in first.stdout
    assert "already at schema" in second.stdout


def test_users_and_workspaces_are_administered_with_clear_errors(cli: Cli) -> None:
    created = cli("users", "create", "Ada@Example.org", "--password-stdin", stdin=PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    assert "Created user ada@example.org" in created.stdout
    assert PASSWORD not in created.stdout + created.stderr

    duplicate = cli("users", "create", "ada@example.org", "--password-stdin", stdin="other")
    assert duplicate.returncode == 1
    assert "already exists" in duplicate.stderr
    empty = cli("users", "create", "bob@example.org", "--password-stdin", stdin="\n")
    assert empty.returncode == 1
    assert "empty" in empty.stderr

    unknown_owner = cli("workspaces", "create", "Research", "--owner", "nobody@example.org")
    assert unknown_owner.returncode == 1
    assert "No user with the email nobody@example.org" in unknown_owner.stderr
    made = cli("workspaces", "create", "Research", "--owner", "ada@example.org")
    assert made.returncode == 0, made.stderr
    assert cli("workspaces", "create", "Research", "--owner", "ada@example.org").returncode == 1

    cli("users", "create", "bob@example.org", "--password-stdin", stdin="bobs password")
    added = cli("workspaces", "add-member", "Research", "bob@example.org", "--role", "viewer")
    assert added.returncode == 0, added.stderr
    no_user = cli("workspaces", "add-member", "Research", "eve@example.org", "--role", "editor")
    assert no_user.returncode == 1
    assert "eve@example.org" in no_user.stderr
    no_ws = cli("workspaces", "add-member", "Nope", "bob@example.org", "--role", "editor")
    assert no_ws.returncode == 1
    assert "No workspace named 'Nope'" in no_ws.stderr
    bad_role = cli("workspaces", "add-member", "Research", "bob@example.org", "--role", "owner")
    assert bad_role.returncode == 2


def test_a_data_dir_is_required(tmp_path: Path) -> None:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "sync.server.cli"]
    result = subprocess.run([*command, "migrate"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "--data-dir" in result.stderr


class Served:
    """A ``serve`` process and the lines it printed."""

    def __init__(self, process: subprocess.Popen[str], url: str) -> None:
        self.process = process
        self.url = url


@pytest.fixture
def served(cli: Cli) -> Iterator[Served]:
    port = free_port()
    process = subprocess.Popen(
        [*cli.args, "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("Listening on "):
                assert line.strip() == f"Listening on http://127.0.0.1:{port}"
                break
            assert time.monotonic() < deadline, "the server did not start in time"
        else:
            pytest.fail(f"serve exited with {process.wait()} before listening")
        threading.Thread(target=process.stdout.read, daemon=True).start()  # drain the log
        yield Served(process, f"http://127.0.0.1:{port}/v1")
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def read_events(response: httpx.Response, into: queue.Queue[dict[str, object]]) -> None:
    event = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            event = line[len("event: ") :]
        elif line.startswith("data: ") and event == "poke":
            into.put(json.loads(line[len("data: ") :]))


def test_serve_answers_http_and_streams_a_poke_per_commit(cli: Cli, served: Served) -> None:
    assert (
        cli("users", "create", "ada@example.org", "--password-stdin", stdin=PASSWORD).returncode
        == 0
    )
    with httpx.Client(base_url=served.url, timeout=10) as http:
        assert http.get("/healthz/ready").json() == {"status": "ok"}
        tokens = http.post(
            "/auth/login",
            json={"email": "ada@example.org", "password": PASSWORD, "device_id": "laptop"},
        ).json()
        auth = {"Authorization": f"Bearer {tokens['access_token']}"}
        ws = http.post("/workspaces", json={"name": "Team"}, headers=auth).json()["id"]

        pokes: queue.Queue[dict[str, object]] = queue.Queue()
        with http.stream("GET", f"/workspaces/{ws}/events", headers=auth) as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            threading.Thread(target=read_events, args=(stream, pokes), daemon=True).start()
            assert pokes.get(timeout=10) == {"workspace_id": ws, "seq": 0}

            now = int(time.time() * 1000)
            pushed = http.post(
                f"/workspaces/{ws}/push",
                headers=auth,
                json={
                    "device_id": "laptop",
                    "mutations": [
                        {
                            "mutation_id": "1",
                            "entity": "tag",
                            "entity_id": "t1",
                            "fields": {"name": "x"},
                            "clocks": {"name": hlc(now, "laptop")},
                        }
                    ],
                },
            )
            assert pushed.json()["seq"] == 1
            assert pokes.get(timeout=10) == {"workspace_id": ws, "seq": 1}

            # A stop is prompt even with an event stream open.
            started = time.monotonic()
            served.process.send_signal(signal.SIGTERM)
            assert served.process.wait(timeout=15) == 0
            assert time.monotonic() - started < 10


def test_compact_from_the_command_line_makes_old_cursors_resync(cli: Cli, served: Served) -> None:
    cli("users", "create", "ada@example.org", "--password-stdin", stdin=PASSWORD)
    cli("workspaces", "create", "Research", "--owner", "ada@example.org")
    with httpx.Client(base_url=served.url, timeout=10) as http:
        tokens = http.post(
            "/auth/login",
            json={"email": "ada@example.org", "password": PASSWORD, "device_id": "laptop"},
        ).json()
        auth = {"Authorization": f"Bearer {tokens['access_token']}"}
        ws = http.get("/workspaces", headers=auth).json()[0]["id"]
        now = int(time.time() * 1000)
        for i in range(3):
            mutation = {
                "mutation_id": str(i),
                "entity": "tag",
                "entity_id": "t1",
                "fields": {"name": f"v{i}"},
                "clocks": {"name": hlc(now + i, "laptop")},
            }
            http.post(
                f"/workspaces/{ws}/push",
                headers=auth,
                json={"device_id": "laptop", "mutations": [mutation]},
            )
        cursor = http.get(f"/workspaces/{ws}/pull", headers=auth).json()["cursor"]

        compacted = cli("compact")
        assert compacted.returncode == 0, compacted.stderr
        assert "1 changes kept" in compacted.stdout

        stale = http.get(f"/workspaces/{ws}/pull", params={"cursor": cursor}, headers=auth)
        assert stale.json()["resync"] is True
        fresh = http.get(f"/workspaces/{ws}/pull", headers=auth).json()["changes"]
        assert [(c["seq"], c["fields"]) for c in fresh] == [(3, {"name": "v2"})]


def test_serve_refuses_a_port_in_use(cli: Cli, served: Served) -> None:
    port = served.url.split(":")[2].split("/")[0]
    result = subprocess.run(
        [*cli.args, "serve", "--host", "127.0.0.1", "--port", port],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    assert result.returncode != 0
    assert "Listening on" not in result.stdout
