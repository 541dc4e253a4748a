"""Search history and saved searches: what this device searched, kept on this device only.

History holds one entry per distinct query (compared case-folded with spaces collapsed): running
it again moves it to the top and counts it. The ``search.history`` setting turns recording off;
what was recorded stays until cleared. Blocking (app.db): call it off the GUI thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.db.models import RecentSearch, SavedSearch
from core.errors import UserError
from core.i18n import translate

if TYPE_CHECKING:
    from core.db.session import Database
    from core.settings import Settings

HISTORY_SETTING = "search.history"
MAX_HISTORY = 500
MAX_QUERY_CHARS = 500
SOURCES = frozenset({"knowledge", "palette", "cli"})


class SearchNotSaved(UserError):
    """A query that cannot be saved (empty); the message says why."""


@dataclass(frozen=True)
class PastSearch:
    """One entry of the search history."""

    query: str
    source: str
    run_count: int
    last_run_ms: int


@dataclass(frozen=True)
class SavedQuery:
    """A saved search."""

    id: int
    query: str
    created_at_ms: int


def clean_query(query: str) -> str:
    """The query as it is kept: spaces collapsed, at most ``MAX_QUERY_CHARS`` characters."""
    return " ".join(query.split())[:MAX_QUERY_CHARS]


def query_key(query: str) -> str:
    return clean_query(query).casefold()


class SearchMemory:
    """Records searches as they are run, lists and clears them, and keeps saved searches."""

    def __init__(self, database: Database, workspace_id: str, settings: Settings) -> None:
        self.database = database
        self.workspace_id = workspace_id
        self.settings = settings

    def enabled(self) -> bool:
        """Whether searches are recorded (the ``search.history`` setting)."""
        return bool(self.settings.get(HISTORY_SETTING))

    def record(self, query: str, source: str) -> bool:
        """Remember a search that was run; False when history is off or the query is blank."""
        if source not in SOURCES:
            raise ValueError(f"unknown search source {source!r}")
        text = clean_query(query)
        if not text or not self.enabled():
            return False
        key, now = text.casefold(), int(time.time() * 1000)
        with self.database.write() as session:
            row = session.scalars(
                select(RecentSearch).where(
                    RecentSearch.workspace_id == self.workspace_id, RecentSearch.query_key == key
                )
            ).first()
            if row is None:
                session.add(
                    RecentSearch(
                        workspace_id=self.workspace_id,
                        query=text,
                        query_key=key,
                        source=source,
                        run_count=1,
                        last_run_ms=now,
                    )
                )
            else:
                row.query, row.source, row.last_run_ms = text, source, max(now, row.last_run_ms)
                row.run_count += 1
            session.flush()
            self._trim(session)
        return True

    def _trim(self, session: Session) -> None:
        keep = (
            select(RecentSearch.id)
            .where(RecentSearch.workspace_id == self.workspace_id)
            .order_by(RecentSearch.last_run_ms.desc(), RecentSearch.id.desc())
            .limit(MAX_HISTORY)
        )
        session.execute(
            delete(RecentSearch).where(
                RecentSearch.workspace_id == self.workspace_id, RecentSearch.id.not_in(keep)
            )
        )

    def history(self, limit: int = 100) -> list[PastSearch]:
        """Searches run here, most recent first."""
        with self.database.read() as session:
            rows = session.scalars(
                select(RecentSearch)
                .where(RecentSearch.workspace_id == self.workspace_id)
                .order_by(RecentSearch.last_run_ms.desc(), RecentSearch.id.desc())
                .limit(limit)
            )
            return [PastSearch(r.query, r.source, r.run_count, r.last_run_ms) for r in rows]

    def clear_history(self) -> int:
        """Forget every recorded search; returns how many there were."""
        with self.database.write() as session:
            count = int(
                session.scalar(
                    select(func.count())
                    .select_from(RecentSearch)
                    .where(RecentSearch.workspace_id == self.workspace_id)
                )
                or 0
            )
            session.execute(
                delete(RecentSearch).where(RecentSearch.workspace_id == self.workspace_id)
            )
        return count

    def save(self, query: str) -> SavedQuery:
        """Save a query to run again (saving it twice keeps one)."""
        text = clean_query(query)
        if not text:
            raise SearchNotSaved(
                translate("Search", "Type something to search for before saving the search.")
            )
        key = text.casefold()
        with self.database.write() as session:
            row = session.scalars(
                select(SavedSearch).where(
                    SavedSearch.workspace_id == self.workspace_id, SavedSearch.query_key == key
                )
            ).first()
            if row is None:
                row = SavedSearch(
                    workspace_id=self.workspace_id,
                    query=text,
                    query_key=key,
                    created_at_ms=int(time.time() * 1000),
                )
                session.add(row)
                session.flush()
            return SavedQuery(row.id, row.query, row.created_at_ms)

    def saved(self) -> list[SavedQuery]:
        """Saved searches, alphabetically."""
        with self.database.read() as session:
            rows = session.scalars(
                select(SavedSearch)
                .where(SavedSearch.workspace_id == self.workspace_id)
                .order_by(SavedSearch.query_key)
            )
            return [SavedQuery(r.id, r.query, r.created_at_ms) for r in rows]

    def delete_saved(self, saved_id: int) -> bool:
        """Delete a saved search; False if it was not there."""
        with self.database.write() as session:
            result = session.execute(
                delete(SavedSearch).where(
                    SavedSearch.workspace_id == self.workspace_id, SavedSearch.id == saved_id
                )
            )
        return bool(getattr(result, "rowcount", 0))
