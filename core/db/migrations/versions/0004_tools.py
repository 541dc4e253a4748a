"""The tool execution log: which server, the provider's call id, how long, who approved, risk.

Revision ID: 0004_tools
Revises: 0003
Create Date: 2026-12-06 21:00:00

``tool_call`` rows are the execution log of tools that chat turns (and the Tools page's "Try
it") ran. The MCP servers' commands, environment and headers never enter app.db: they stay in
a device-local file and the secret store (``core.tools.servers``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("server", sa.String(length=200), "''"),
    ("call_id", sa.String(length=200), "''"),
    ("risk", sa.String(length=24), "''"),
    ("approved_by", sa.String(length=40), "''"),
    ("duration_ms", sa.Integer(), "0"),
)


def upgrade() -> None:
    # A tool tried by hand (the Tools page, ``convosphere tools call``) belongs to no message.
    with op.batch_alter_table("tool_call") as batch:
        batch.alter_column("message_id", existing_type=sa.String(length=36), nullable=True)
        for name, kind, default in _COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))


def downgrade() -> None:
    with op.batch_alter_table("tool_call") as batch:
        for name, _kind, _default in reversed(_COLUMNS):
            batch.drop_column(name)
        batch.alter_column("message_id", existing_type=sa.String(length=36), nullable=False)
