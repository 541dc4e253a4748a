"""Alembic environment: runs on the connection ``core.db.migrate`` hands it."""

from __future__ import annotations

from alembic import context

from core.db.models import Base

FTS_PREFIX = "fts_"


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Keep Alembic's autogenerate away from FTS5 virtual tables and their shadow tables."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
