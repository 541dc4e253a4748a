"""docs/backup-restore.md, step by step: back up, restore into a new place, and everything
opens with the data in it (the app's data folder; the server on SQLite and on PostgreSQL)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

from tests.fakes.llm_server import FakeLLMServer, Reply
from tests.knowledge_fixtures.files import pdf
from tests.sync.postgres import PostgresCluster
from tests.sync.server.test_cli import PASSWORD, Cli

FACT = "The Skerryvore light was first lit on 1 February 1844."


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def test_the_app_data_folder_restores_into_a_new_place_and_opens(tmp_path: Path) -> None:
    data = tmp_path / "home" / "ConvoSphere"
    source = pdf(tmp_path / "lights.pdf", ["Northern lighthouses.", FACT])
    assert convosphere(data, "import", "--quiet", str(source)).returncode == 0
    with FakeLLMServer() as server:
        server.enqueue(Reply(text="In 1844."))
        asked = convosphere(
            data, "ask", "--base-url", server.openai_url, "--model", "m", "When was it lit?"
        )
    assert asked.returncode == 0, asked.stderr

    # Back up (the app is not running), as the doc says: tar -C PARENT -czf FILE ConvoSphere
    backup = tmp_path / "convosphere-backup.tar.gz"
    with tarfile.open(backup, "w:gz") as archive:
        archive.add(data, arcname="ConvoSphere")
    shutil.rmtree(tmp_path / "home")  # the old place is gone: nothing may point into it

    restored_parent = tmp_path / "restored"
    restored_parent.mkdir()
    with tarfile.open(backup) as archive:
        archive.extractall(restored_parent, filter="data")
    restored = restored_parent / "ConvoSphere"

    info = convosphere(restored, "info", "--json")
    assert info.returncode == 0, info.stderr
    listed = convosphere(restored, "conversations", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1
    for mode in ("keyword", "vector"):
        found = convosphere(restored, "search", "--json", "--mode", mode, "when was it first lit")
        assert found.returncode == 0, found.stderr
        assert "1844" in json.loads(found.stdout)[0]["snippet"], mode
    smoke = convosphere(restored, "--smoke")
    assert smoke.returncode == 0, smoke.stderr


def make_server(cli: Cli) -> None:
    created = cli("users", "create", "ada@example.org", "--password-stdin", stdin=PASSWORD)
    assert created.returncode == 0, created.stderr
    assert cli("workspaces", "create", "Research", "--owner", "ada@example.org").returncode == 0
    assert cli("audit", "checkpoint").returncode == 0


def assert_restored(cli: Cli) -> None:
    verified = cli("audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    again = cli("workspaces", "create", "Research", "--owner", "ada@example.org")
    assert again.returncode == 1 and "already exists" in again.stderr, again.stderr
    # Ada's ownership came back with it.
    demoted = cli("workspaces", "add-member", "Research", "ada@example.org", "--role", "viewer")
    assert demoted.returncode == 1 and "owns the workspace" in demoted.stderr, demoted.stderr


def test_a_sqlite_server_restores_from_its_online_backup(tmp_path: Path) -> None:
    live = tmp_path / "server"
    make_server(Cli(live, f"sqlite:///{live / 'server.db'}"))
    (live / "blobs").mkdir(exist_ok=True)

    backup = tmp_path / "backup"
    backup.mkdir()
    # sqlite3 server.db ".backup 'backup/server.db'" — the same online backup, from Python.
    with sqlite3.connect(live / "server.db") as src, sqlite3.connect(backup / "server.db") as dst:
        src.backup(dst)
    shutil.copytree(live / "blobs", backup / "blobs")
    shutil.copy2(live / "audit-signing-key.pem", backup / "audit-signing-key.pem")
    shutil.rmtree(live)

    restored = tmp_path / "restored"
    shutil.copytree(backup, restored)
    assert_restored(Cli(restored, f"sqlite:///{restored / 'server.db'}"))


def test_a_postgresql_server_restores_from_pg_dump(
    postgres_cluster: PostgresCluster, tmp_path: Path
) -> None:
    url = postgres_cluster.new_database()
    live = tmp_path / "server"
    cli = Cli(live, url)
    assert cli("migrate").returncode == 0
    make_server(cli)
    dump = tmp_path / "convosphere.dump"
    tools = postgres_cluster.bin_dir
    subprocess.run(
        [str(tools / "pg_dump"), "--format=custom", f"--file={dump}", url], check=True, timeout=60
    )
    backup = tmp_path / "backup"
    backup.mkdir()
    shutil.copy2(live / "audit-signing-key.pem", backup / "audit-signing-key.pem")

    restored_url = postgres_cluster.new_database()
    subprocess.run(
        [str(tools / "pg_restore"), "--no-owner", f"--dbname={restored_url}", str(dump)],
        check=True,
        timeout=60,
    )
    restored = tmp_path / "restored"
    shutil.copytree(backup, restored)
    restored_cli = Cli(restored, restored_url)
    migrated = restored_cli("migrate")
    assert migrated.returncode == 0 and "already at schema" in migrated.stdout
    assert_restored(restored_cli)
