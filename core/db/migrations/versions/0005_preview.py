"""OCR text of scanned pages and images, with word boxes, for search and the viewer.

Revision ID: 0005
Revises: 0004_tools
Create Date: 2026-12-06 21:30:00

``page_text`` is derived data like ``chunk``: keyed by the file's hash and page, rebuilt from
the file by OCR, never synced. ``words`` is JSON ``[[text, score, x0, y0, x1, y1], ...]`` with
the box as fractions of the page's size.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "page_text",
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.Column("engine", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("file_sha256", "page", name=op.f("pk_page_text")),
    )


def downgrade() -> None:
    op.drop_table("page_text")
