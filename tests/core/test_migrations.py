"""Upgrading a database made by an older build: data kept, a backup made first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from core.db.migrate import alembic_config, current_revision, ensure_schema, known_revisions
from core.db.session import create_db_engine


def make_database_at(db: Path, revision: str) -> None:
    engine = create_db_engine(db)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_upgrading_an_older_database_keeps_its_rows_and_backs_it_up_first(tmp_path: Path) -> None:
    oldest, head = known_revisions()[0], known_revisions()[-1]
    assert oldest != head, "needs at least two revisions to mean anything"
    db = tmp_path / "app.db"
    make_database_at(db, oldest)
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO workspace (id, field_clocks, deleted, extra, created_at_ms, updated_at_ms,"
        " name, kind) VALUES ('w1', '{}', 0, '{}', 1, 1, 'Thesis', 'local')"
    )
    con.commit()
    con.close()
    result = ensure_schema(db)
    assert (result.before, result.after) == (oldest, head)
    assert current_revision(db) == head
    assert result.backup is not None and current_revision(result.backup) == oldest
    con = sqlite3.connect(db)
    assert con.execute("SELECT name FROM workspace WHERE id = 'w1'").fetchone() == ("Thesis",)
    con.close()
