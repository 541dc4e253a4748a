"""What the usage dashboard shows besides tokens and cost (``core.usage``): conversations and
messages per day, documents and storage by type and tag, search activity and job history.

Blocking reads of app.db: call ``DashboardReader.report`` from a worker thread. Days are local
calendar days, like ``core.usage``. Conversations and messages follow the usage scope: "device"
counts the rows this device created (the clock of their ``created_at_ms`` field was issued
here), "all" counts the synced ones too; trashed conversations count, purged ones are gone.
Documents and storage are the library as it is now (trash left out), with how much of it was
added in the period. Search history is device-local and keeps one entry per distinct query with
its run count and last run, so searches per day count the queries last run that day. Jobs are
device-local too.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select

from core.db.models import Conversation, Document, Job, Message, RecentSearch, Tag, TagLink
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.usage import Scope, period, start_ms

if TYPE_CHECKING:
    from core.db.session import Database
    from core.knowledge.search_memory import SearchMemory
    from core.library.analytics import TagAnalytics
    from core.root import Root

JOB_KIND_LABELS = {  # shown with translate("Dashboard", ...) by job_kind_label
    "knowledge.ingest": QT_TRANSLATE_NOOP("Dashboard", "Import"),
    "knowledge.reprocess": QT_TRANSLATE_NOOP("Dashboard", "Re-index"),
    "knowledge.delete": QT_TRANSLATE_NOOP("Dashboard", "Delete documents"),
    "documents.tag": QT_TRANSLATE_NOOP("Dashboard", "Tag documents"),
    "documents.untag": QT_TRANSLATE_NOOP("Dashboard", "Untag documents"),
    "documents.trash": QT_TRANSLATE_NOOP("Dashboard", "Move to trash"),
    "documents.restore": QT_TRANSLATE_NOOP("Dashboard", "Restore from trash"),
    "documents.purge": QT_TRANSLATE_NOOP("Dashboard", "Delete for good"),
    "documents.export": QT_TRANSLATE_NOOP("Dashboard", "Export documents"),
    "data.export": QT_TRANSLATE_NOOP("Dashboard", "Export my data"),
}
TOP_QUERIES = 10
MAX_FAILURES = 50
Table = tuple[list[str], list[list[Any]]]


@dataclass(frozen=True)
class StorageShare:
    """Documents of one type or with one tag: how many, their bytes, and how many are new."""

    name: str
    documents: int
    size_bytes: int
    added: int  # in the period


@dataclass(frozen=True)
class TopQuery:
    query: str
    runs: int
    last_run: datetime


@dataclass(frozen=True)
class JobCount:
    kind: str
    state: str
    jobs: int


@dataclass(frozen=True)
class JobFailure:
    created: datetime
    kind: str
    title: str
    error: str


@dataclass(frozen=True)
class ActivityReport:
    """Everything the dashboard shows over ``first``..``last`` (inclusive)."""

    first: date
    last: date
    scope: Scope
    conversations_per_day: list[int]
    messages_per_day: list[int]
    by_type: list[StorageShare]
    by_tag: list[StorageShare]
    search_history_on: bool
    searches_per_day: list[int]
    top_queries: list[TopQuery]
    jobs: list[JobCount]
    failures: list[JobFailure] = field(default_factory=list)

    def days(self) -> list[date]:
        count = (self.last - self.first).days + 1
        return [self.first + timedelta(days=i) for i in range(count)]

    @property
    def has_chats(self) -> bool:
        return any(self.conversations_per_day) or any(self.messages_per_day)

    @property
    def has_documents(self) -> bool:
        return bool(self.by_type)

    @property
    def has_searches(self) -> bool:
        return bool(self.top_queries)

    @property
    def has_jobs(self) -> bool:
        return bool(self.jobs)

    @property
    def empty(self) -> bool:
        return not (self.has_chats or self.has_documents or self.has_searches or self.has_jobs)

    def chats_table(self) -> Table:
        rows = [
            [day.isoformat(), c, m]
            for day, c, m in zip(
                self.days(), self.conversations_per_day, self.messages_per_day, strict=True
            )
        ]
        rows.reverse()  # newest first, like the usage table
        return [
            translate("Dashboard", "Day"),
            translate("Dashboard", "Conversations started"),
            translate("Dashboard", "Messages"),
        ], rows

    def types_table(self) -> Table:
        return _shares_table(translate("Dashboard", "Type"), self.by_type)

    def tags_table(self) -> Table:
        return _shares_table(translate("Dashboard", "Tag"), self.by_tag)

    def searches_table(self) -> Table:
        rows = [
            [q.query, q.runs, q.last_run.isoformat(sep=" ", timespec="minutes")]
            for q in self.top_queries
        ]
        return [
            translate("Dashboard", "Query"),
            translate("Dashboard", "Runs"),
            translate("Dashboard", "Last run"),
        ], rows

    def searches_per_day_table(self) -> Table:
        rows = [[d.isoformat(), n] for d, n in zip(self.days(), self.searches_per_day, strict=True)]
        rows.reverse()
        return [translate("Dashboard", "Day"), translate("Dashboard", "Queries")], rows

    def jobs_table(self) -> Table:
        headers = [
            translate("Dashboard", "Kind"),
            translate("Dashboard", "State"),
            translate("Dashboard", "Jobs"),
        ]
        return headers, [[j.kind, j.state, j.jobs] for j in self.jobs]

    def failures_table(self) -> Table:
        rows = [
            [f.created.isoformat(sep=" ", timespec="minutes"), f.kind, f.title, f.error]
            for f in self.failures
        ]
        return [
            translate("Dashboard", "Started"),
            translate("Dashboard", "Kind"),
            translate("Dashboard", "Job"),
            translate("Dashboard", "Error"),
        ], rows


def _shares_table(what: str, shares: Sequence[StorageShare]) -> Table:
    rows = [[s.name, s.documents, s.size_bytes, s.added] for s in shares]
    headers = [
        what,
        translate("Dashboard", "Documents"),
        translate("Dashboard", "Bytes"),
        translate("Dashboard", "Added"),  # in the period
    ]
    return headers, rows


def write_csv(path: Path, table: Table) -> int:
    """Write a table as UTF-8 CSV with a header row; returns the number of data rows."""
    headers, rows = table
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return len(rows)


class DashboardReader:
    """Reads the dashboard's figures (blocking: call it from a worker thread)."""

    def __init__(
        self,
        database: Database,
        workspace_id: str,
        device_id: str,
        analytics: TagAnalytics,
        memory: SearchMemory,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = database
        self._workspace_id = workspace_id
        self._device_id = device_id
        self._analytics = analytics
        self._memory = memory
        self._today = today

    @classmethod
    def of(cls, root: Root) -> DashboardReader:
        return cls(
            root.database,
            root.workspace_id,
            root.device_id,
            root.library.analytics,
            root.search.memory,
        )

    def report(self, days: int = 30, scope: Scope = "device") -> ActivityReport:
        """The last ``days`` days up to today, for this device or all the user's devices."""
        first, last = period(days, scope, self._today())
        since, until = start_ms(first), start_ms(last + timedelta(days=1))
        day_list = [first + timedelta(days=i) for i in range(days)]
        searches_per_day, top = self._searches(since, until, day_list)
        jobs, failures = self._jobs(since, until)
        return ActivityReport(
            first,
            last,
            scope,
            conversations_per_day=self._per_day(Conversation, since, until, scope, day_list),
            messages_per_day=self._per_day(Message, since, until, scope, day_list),
            by_type=self._by_type(since),
            by_tag=self._by_tag(since),
            search_history_on=self._memory.enabled(),
            searches_per_day=searches_per_day,
            top_queries=top,
            jobs=jobs,
            failures=failures,
        )

    def _per_day(
        self,
        model: type[Conversation] | type[Message],
        since: int,
        until: int,
        scope: Scope,
        days: list[date],
    ) -> list[int]:
        query = select(model.created_at_ms).where(
            model.workspace_id == self._workspace_id,
            model.created_at_ms >= since,
            model.created_at_ms < until,
        )
        if model is Message:
            query = query.where(Message.role.in_(("user", "assistant")))
        if scope == "device":
            clock = func.json_extract(model.field_clocks, "$.created_at_ms")
            query = query.where(clock.like(f"%.{self._device_id}"))
        with self._db.read() as session:
            stamps = list(session.scalars(query))
        return _count_days(stamps, days)

    def _by_type(self, since: int) -> list[StorageShare]:
        added = func.sum(case((Document.created_at_ms >= since, 1), else_=0))
        query = (
            select(Document.doc_type, func.count(), func.sum(Document.size_bytes), added)
            .where(Document.workspace_id == self._workspace_id, Document.deleted.is_(False))
            .group_by(Document.doc_type)
        )
        with self._db.read() as session:
            shares = [
                StorageShare(str(kind or "other"), int(n), int(size or 0), int(new or 0))
                for kind, n, size, new in session.execute(query)
            ]
        return sorted(shares, key=lambda s: (-s.size_bytes, s.name))

    def _by_tag(self, since: int) -> list[StorageShare]:
        """Every tag (``TagAnalytics.documents_per_tag``, unused ones too) with its storage."""
        tags = self._analytics.documents_per_tag()
        added = func.sum(case((Document.created_at_ms >= since, 1), else_=0))
        query = (
            select(TagLink.tag_id, func.sum(Document.size_bytes), added)
            .join(Document, Document.id == TagLink.document_id)
            .join(Tag, Tag.id == TagLink.tag_id)
            .where(
                TagLink.workspace_id == self._workspace_id,
                TagLink.deleted.is_(False),
                Tag.deleted.is_(False),
                Document.deleted.is_(False),
            )
            .group_by(TagLink.tag_id)
        )
        with self._db.read() as session:
            sizes = {
                tag_id: (int(size or 0), int(new or 0))
                for tag_id, size, new in session.execute(query)
            }
        shares = [StorageShare(t.name, t.document_count, *sizes.get(t.id, (0, 0))) for t in tags]
        return sorted(shares, key=lambda s: (-s.size_bytes, -s.documents, s.name.casefold()))

    def _searches(
        self, since: int, until: int, days: list[date]
    ) -> tuple[list[int], list[TopQuery]]:
        query = select(RecentSearch.query, RecentSearch.run_count, RecentSearch.last_run_ms).where(
            RecentSearch.workspace_id == self._workspace_id,
            RecentSearch.last_run_ms >= since,
            RecentSearch.last_run_ms < until,
        )
        with self._db.read() as session:
            rows = [(str(q), int(n), int(ms)) for q, n, ms in session.execute(query)]
        per_day = _count_days([ms for _q, _n, ms in rows], days)
        rows.sort(key=lambda r: (-r[1], -r[2], r[0].casefold()))
        top = [TopQuery(q, n, _local(ms)) for q, n, ms in rows[:TOP_QUERIES]]
        return per_day, top

    def _jobs(self, since: int, until: int) -> tuple[list[JobCount], list[JobFailure]]:
        period = (Job.created_at_ms >= since, Job.created_at_ms < until)
        counts = (
            select(Job.kind, Job.state, func.count()).where(*period).group_by(Job.kind, Job.state)
        )
        failed = (
            select(Job.created_at_ms, Job.kind, Job.title, Job.error)
            .where(*period, Job.state == "failed")
            .order_by(Job.created_at_ms.desc())
            .limit(MAX_FAILURES)
        )
        with self._db.read() as session:
            jobs = [JobCount(str(k), str(s), int(n)) for k, s, n in session.execute(counts)]
            failures = [
                JobFailure(
                    _local(ms),
                    str(kind),
                    str(title),
                    str(error or translate("Dashboard", "No reason recorded")),
                )
                for ms, kind, title, error in session.execute(failed)
            ]
        jobs.sort(key=lambda j: (-j.jobs, j.kind, j.state))
        return jobs, failures


def _local(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000)


def _count_days(stamps: Sequence[int], days: list[date]) -> list[int]:
    counts: Counter[date] = Counter(_local(ms).date() for ms in stamps)
    return [counts.get(day, 0) for day in days]


def job_kind_label(kind: Any) -> str:
    """A job kind as people read it ("knowledge.ingest": "Import"); unknown kinds as they are."""
    label = JOB_KIND_LABELS.get(str(kind))
    return translate("Dashboard", label) if label is not None else str(kind)


def kinds_and_states(jobs: Sequence[JobCount]) -> tuple[list[str], dict[str, list[int]]]:
    """Job kinds (most jobs first) and, per state, the jobs of each kind: a stacked bar's data."""
    totals: dict[str, int] = defaultdict(int)
    for job in jobs:
        totals[job.kind] += job.jobs
    kinds = sorted(totals, key=lambda k: (-totals[k], k))
    states: dict[str, list[int]] = {}
    for job in jobs:
        states.setdefault(job.state, [0] * len(kinds))[kinds.index(job.kind)] += job.jobs
    return kinds, states
