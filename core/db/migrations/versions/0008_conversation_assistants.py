"""Several assistants in one conversation, and who wrote each answer.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 03:40:00

``conversation.assistant_ids`` is a JSON list of assistant ids, in the order they answer a
round; ``conversation.summarizer_id`` the assistant that answers last with a summary (null:
none). ``message.assistant_id`` is the assistant that wrote an answer of a round or an
@mention (null for the answers of a single-assistant conversation, as before). All synced as
plain fields of their rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE … ADD COLUMN: no table rebuild, instant on any size of history.
    op.add_column(
        "conversation",
        sa.Column("assistant_ids", sa.JSON(), nullable=False, server_default="[]"),
    )
    op.add_column("conversation", sa.Column("summarizer_id", sa.String(36), nullable=True))
    op.add_column("message", sa.Column("assistant_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("message") as batch:
        batch.drop_column("assistant_id")
    with op.batch_alter_table("conversation") as batch:
        batch.drop_column("summarizer_id")
        batch.drop_column("assistant_ids")
