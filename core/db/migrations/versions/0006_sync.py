"""Sync: changes parked until their parent arrives; the device's home; tags merged by name.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 21:00:00

``sync_parked`` holds remote changes whose parent row has not arrived yet (a page out of order,
a tag link before its document): applied as soon as the parent is there. ``device.home`` tells
a copied data dir from the original: a copy gets a new device id, so two devices never share
one (their clocks and mutation ids would collide).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_parked",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("waits_for", sa.String(64), nullable=False),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("parked_at_ms", sa.Integer(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_parked_waits_for", "sync_parked", ["waits_for"])
    op.add_column("device", sa.Column("home", sa.String(64), nullable=False, server_default=""))
    op.create_table(
        "tag_merge",
        sa.Column("loser_id", sa.String(36), primary_key=True),
        sa.Column("winner_id", sa.String(36), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tag_merge")
    op.drop_column("device", "home")
    op.drop_index("ix_sync_parked_waits_for", table_name="sync_parked")
    op.drop_table("sync_parked")
