"""Keyword index over chunks: an FTS5 external-content table kept in step by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:00:00

Hand-written: Alembic's autogenerate cannot express FTS5 virtual tables (``env.py`` skips every
table named ``fts_*``). The triggers make every insert, update and delete of a ``chunk`` row
update the index in the same transaction. A later migration that rebuilds ``chunk`` (a batch
"move and copy") drops these triggers: it must create them again and rebuild the index.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_INSERT = (
    "INSERT INTO fts_chunk(rowid, text, heading_path) VALUES (new.id, new.text, new.heading_path);"
)
_DELETE = (
    "INSERT INTO fts_chunk(fts_chunk, rowid, text, heading_path) "
    "VALUES ('delete', old.id, old.text, old.heading_path);"
)


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE fts_chunk USING fts5("
        "text, heading_path, content='chunk', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    # Document frequency of each term, to leave words found in most passages out of a query.
    op.execute("CREATE VIRTUAL TABLE fts_chunk_vocab USING fts5vocab(fts_chunk, 'row')")
    op.execute(f"CREATE TRIGGER fts_chunk_after_insert AFTER INSERT ON chunk BEGIN {_INSERT} END")
    op.execute(f"CREATE TRIGGER fts_chunk_after_delete AFTER DELETE ON chunk BEGIN {_DELETE} END")
    op.execute(
        f"CREATE TRIGGER fts_chunk_after_update AFTER UPDATE ON chunk BEGIN {_DELETE} {_INSERT} END"
    )
    op.execute("INSERT INTO fts_chunk(fts_chunk) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS fts_chunk_after_{trigger}")
    op.execute("DROP TABLE IF EXISTS fts_chunk_vocab")
    op.execute("DROP TABLE IF EXISTS fts_chunk")
