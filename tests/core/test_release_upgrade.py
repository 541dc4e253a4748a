"""Upgrading from the first release: a data dir whose app.db is at the earliest migration (as
the first release wrote it, with a conversation in it) runs through every migration of this
build and opens, in the CLI and in the window, with the conversation still there."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from core.db.migrate import current_revision, known_revisions
from tests.core.test_migrations import make_database_at

ROW = "'{}', 0, '{}', 1000, 1000"  # field_clocks, deleted, extra, created, updated


def first_release_data_dir(data: Path) -> None:
    data.mkdir()
    make_database_at(data / "app.db", known_revisions()[0])
    con = sqlite3.connect(data / "app.db")
    con.executescript(
        f"""
        INSERT INTO workspace (id, field_clocks, deleted, extra, created_at_ms, updated_at_ms,
            name, kind) VALUES ('w1', {ROW}, 'Thesis', 'local');
        INSERT INTO conversation (id, field_clocks, deleted, extra, created_at_ms,
            updated_at_ms, workspace_id, title, pinned, archived, last_message_at_ms)
            VALUES ('c1', {ROW}, 'w1', 'Chapter two outline', 0, 0, 1000);
        INSERT INTO message (id, field_clocks, deleted, extra, created_at_ms, updated_at_ms,
            workspace_id, conversation_id, role, content, state, metrics, sources)
            VALUES ('m1', {ROW}, 'w1', 'c1', 'user', 'Outline the method section', 'complete',
            '{{}}', '[]');
        """
    )
    con.commit()
    con.close()


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_a_first_release_database_upgrades_through_every_migration_and_opens(
    tmp_path: Path,
) -> None:
    oldest, head = known_revisions()[0], known_revisions()[-1]
    data = tmp_path / "data"
    first_release_data_dir(data)
    assert current_revision(data / "app.db") == oldest

    listed = convosphere(data, "conversations", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [c["title"] for c in json.loads(listed.stdout)] == ["Chapter two outline"]
    assert current_revision(data / "app.db") == head
    backups = [p for p in data.rglob("*") if p.is_file() and oldest in p.name]
    assert backups, "the upgrade must keep a copy of the database as it was"

    info = convosphere(data, "info", "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["schema"] == head
    smoke = convosphere(data, "--smoke")
    assert smoke.returncode == 0, smoke.stderr
    assert json.loads(smoke.stdout.strip().splitlines()[-1])["schema"] == head
