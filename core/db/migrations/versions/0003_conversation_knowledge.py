"""A conversation's own knowledge choice: use the documents or not, and which ones.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 20:00:00

``conversation.knowledge`` is JSON: ``{"use": true|false|null, "tags": [...],
"document_ids": [...]}``; an empty object follows the assistant and searches everything.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE … ADD COLUMN: no table rebuild, instant on any size of history.
    op.add_column(
        "conversation", sa.Column("knowledge", sa.JSON(), nullable=False, server_default="{}")
    )


def downgrade() -> None:
    with op.batch_alter_table("conversation") as batch:
        batch.drop_column("knowledge")
