"""The server's Alembic migrations make exactly the schema its models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sync.server.db import Database, current_revision, head_revision, migrate
from sync.server.models import Base


def test_migrations_match_the_models(server_database_url: str) -> None:
    db = Database(server_database_url)
    try:
        assert migrate(db) == (None, head_revision())
        assert migrate(db) == (head_revision(), head_revision())
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
