"""Migration 0002 (team): it goes down to 0001 and up again, and fills the audit head."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from sync.server.db import Database, alembic_config, current_revision, migrate
from sync.server.models import AuditHead


def test_the_team_migration_downgrades_and_upgrades_cleanly(server_database_url: str) -> None:
    db = Database(server_database_url)
    try:
        migrate(db)
        with db.read() as session:
            head = session.scalar(select(AuditHead))
            assert head is not None and (head.last_seq, head.last_hash) == (0, "0" * 64)
        with db.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        assert current_revision(db) == "0001"
        assert "audit_log" not in inspect(db.engine).get_table_names()
        assert migrate(db) == ("0001", current_revision(db))
        assert {"audit_log", "invites", "audit_checkpoints"} <= set(
            inspect(db.engine).get_table_names()
        )
    finally:
        db.dispose()
