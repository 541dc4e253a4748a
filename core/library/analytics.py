"""How tags are used: documents per tag, tags per document, links added over time, unused tags."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from core.db.models import Document, Tag, TagLink
from core.db.session import Database
from core.library.tags import TagInfo, list_tags


@dataclass(frozen=True)
class TagUsage:
    """Links added in one period (``YYYY-MM``), optionally for one tag."""

    period: str
    links_added: int


class TagAnalytics:
    """Read-only figures about a workspace's tags (documents in the trash are not counted)."""

    def __init__(self, database: Database, workspace_id: str) -> None:
        self.database = database
        self.workspace_id = workspace_id

    def documents_per_tag(self) -> list[TagInfo]:
        """Every tag with its document count, most used first."""
        return sorted(self._all(), key=lambda t: (-t.document_count, t.name.casefold()))

    def unused_tags(self) -> list[TagInfo]:
        """Tags no document (outside the trash) carries."""
        return [t for t in self._all() if t.document_count == 0]

    def _all(self) -> list[TagInfo]:
        with self.database.read() as session:
            return list_tags(session, self.workspace_id)

    def tags_per_document(self) -> dict[int, int]:
        """How many documents have 0, 1, 2, … tags: ``{tag count: documents}``."""
        per_document = (
            select(Document.id.label("doc"), func.count(TagLink.id).label("n"))
            .outerjoin(
                TagLink,
                (TagLink.document_id == Document.id)
                & TagLink.deleted.is_(False)
                & TagLink.tag_id.in_(select(Tag.id).where(Tag.deleted.is_(False))),
            )
            .where(Document.workspace_id == self.workspace_id, Document.deleted.is_(False))
            .group_by(Document.id)
            .subquery()
        )
        query = select(per_document.c.n, func.count()).group_by(per_document.c.n)
        with self.database.read() as session:
            return {int(n): int(count) for n, count in session.execute(query)}

    def usage_over_time(self, tag_id: str | None = None) -> list[TagUsage]:
        """Links (still present) added per month, oldest first; all tags or one."""
        month = func.strftime("%Y-%m", TagLink.created_at_ms / 1000, "unixepoch")
        query = (
            select(month, func.count())
            .where(TagLink.workspace_id == self.workspace_id, TagLink.deleted.is_(False))
            .group_by(month)
            .order_by(month)
        )
        if tag_id is not None:
            query = query.where(TagLink.tag_id == tag_id)
        with self.database.read() as session:
            return [TagUsage(str(period), int(count)) for period, count in session.execute(query)]
