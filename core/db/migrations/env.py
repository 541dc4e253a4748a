"""Alembic environment: runs on the connection ``core.db.migrate`` hands it."""

from __future__ import annotations

from alembic import context

from core.db.migrate import include_name
from core.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
