"""Search history and saved searches, kept on this device only (never synced).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 03:00:00

``recent_search`` holds one row per distinct query run (how often, when last, from where), for
suggestions and the history list; ``saved_search`` the queries the user saved. Both are
device-local like jobs: they have no field clocks and no outbox entries.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recent_search",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workspace_id", sa.String(36), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("query_key", sa.Text(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("run_count", sa.Integer(), nullable=False),
        sa.Column("last_run_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_recent_search_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recent_search")),
        sa.UniqueConstraint(
            "workspace_id", "query_key", name=op.f("uq_recent_search_workspace_id_query_key")
        ),
    )
    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workspace_id", sa.String(36), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("query_key", sa.Text(), nullable=False),
        sa.Column("created_at_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_saved_search_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_search")),
        sa.UniqueConstraint(
            "workspace_id", "query_key", name=op.f("uq_saved_search_workspace_id_query_key")
        ),
    )


def downgrade() -> None:
    op.drop_table("saved_search")
    op.drop_table("recent_search")
