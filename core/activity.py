"""Noticing what changed in a data dir, from this process or another, cheaply and often.

Other processes (``convosphere import`` in a terminal beside the app) write to the same
app.db. ``DataVersion`` asks SQLite whether anyone committed since the last look (``PRAGMA
data_version``: no read of any table); only then does ``read_marks`` compare a few indexed
aggregates to tell which views must be refreshed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from core.db.models import Conversation, Document, Job, Tag
from core.db.session import Database


class DataVersion:
    """Whether app.db changed since the last call (commits of other connections count)."""

    def __init__(self, database: Path) -> None:
        # timeout=0: a busy database answers "no news yet" instead of waiting.
        self._connection = sqlite3.connect(
            f"file:{database}?mode=ro",  # i18n: not UI
            uri=True,
            timeout=0,
            check_same_thread=False,
        )
        self._last: int | None = None

    def changed(self) -> bool:
        try:
            row = self._connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.OperationalError:
            return False
        version = int(row[0])
        changed = self._last is not None and version != self._last
        self._last = version
        return changed

    def close(self) -> None:
        self._connection.close()


@dataclass(frozen=True)
class ActivityMarks:
    """A cheap fingerprint of what each view shows: it differs when the view is stale."""

    conversations: tuple[int, int]
    documents: tuple[int, int]
    jobs: int


def read_marks(database: Database, workspace_id: str) -> ActivityMarks:
    """The marks now (blocking: a few indexed aggregates)."""

    def mark(model: type[Conversation] | type[Document] | type[Tag]) -> tuple[int, int]:
        query = select(func.count(), func.coalesce(func.max(model.updated_at_ms), 0)).where(
            model.workspace_id == workspace_id
        )
        count, latest = session.execute(query).one()
        return int(count), int(latest)

    with database.read() as session:
        conversations = mark(Conversation)
        documents = mark(Document)
        tags = mark(Tag)
        jobs = session.scalar(select(func.coalesce(func.max(Job.updated_at_ms), 0))) or 0
    return ActivityMarks(
        conversations,
        (documents[0] + tags[0], max(documents[1], tags[1])),
        int(jobs),
    )
