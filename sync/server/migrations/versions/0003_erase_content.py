"""A team workspace's choice of what happens to an erased member's content: anonymised (kept,
its devices renamed to a pseudonym) or deleted (purged on every device).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 00:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        batch.add_column(
            sa.Column("erase_content", sa.String(16), nullable=False, server_default="anonymise")
        )


def downgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        batch.drop_column("erase_content")
