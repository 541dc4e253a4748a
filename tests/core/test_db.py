"""The local database: migrations, pragmas, and refusing what it must not touch."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from core.db.migrate import (
    DatabaseError,
    DatabaseTooNew,
    alembic_config,
    current_revision,
    ensure_schema,
    head_revision,
    include_name,
)
from core.db.models import Base
from core.db.session import Database
from core.root import open_root


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    ensure_schema(db)
    database = Database(db)
    with database.engine.connect() as connection:
        opts = {"render_as_batch": True, "include_name": include_name}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
    database.close()


def test_the_build_head_is_alembics_only_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]


def test_new_database_is_created_at_head_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    result = ensure_schema(db)
    assert result.before is None and result.after == head_revision()
    assert current_revision(db) == head_revision()
    database = Database(db)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()


def test_current_schema_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    ensure_schema(db)
    again = ensure_schema(db)
    assert not again.upgraded and again.backup is None


def test_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    ensure_schema(db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before = digest(db)
    with pytest.raises(DatabaseTooNew, match=r"newer version of ConvoSphere.*Nothing was changed"):
        open_services_at(tmp_path)
    assert digest(db) == before


def open_services_at(root: Path) -> None:
    from core.paths import AppPaths

    open_root(AppPaths(data_dir=root, config_dir=root / "config")).close()


def test_damaged_database_gets_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="damaged or not a database"):
        ensure_schema(db)
    assert db.read_bytes().startswith(b"this is not sqlite"), "the file is not overwritten"


def test_someone_elses_sqlite_file_is_not_migrated(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE recipes (name TEXT)")
    con.close()
    with pytest.raises(DatabaseError, match="not a ConvoSphere database"):
        ensure_schema(db)


def test_committed_rows_survive_reopening(tmp_path: Path) -> None:
    from core.paths import AppPaths

    paths = AppPaths(data_dir=tmp_path, config_dir=tmp_path / "config")
    first = open_root(paths)
    first.settings.set("chat.model", "llama3.2")
    workspace, device = first.workspace_id, first.device_id
    first.close()
    second = open_root(paths)
    assert second.settings.get("chat.model") == "llama3.2"
    assert (second.workspace_id, second.device_id) == (workspace, device)
    second.close()
