"""The jobs every view shows (Jobs page, status bar), as one Qt table model.

Fed by the job runner's events; rows are ``JobInfo`` values keyed by job id, newest first.
``core.jobs`` is imported only for type checking: this model exists before the first paint,
before SQLAlchemy is loaded.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from core.jobs import JobInfo

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Job", "State", "Progress", "Speed", "Elapsed", "Time left", "Problems")
PROBLEMS_COLUMN = 6
STATE_LABELS = {
    "queued": "Waiting",
    "running": "Running",
    "paused": "Paused",
    "failed": "Finished with problems",
    "cancelled": "Cancelled",
    "done": "Done",
}
IN_PROGRESS = {"queued", "running"}
ProgressRole = Qt.ItemDataRole.UserRole + 1
JobRole = Qt.ItemDataRole.UserRole + 2


def unit_of(job: JobInfo) -> str:
    """What a job's items are, for "12 of 40 files"."""
    if job.kind == "knowledge.ingest":
        return "files"
    if job.kind.startswith("documents."):
        return "batches"  # bulk actions work through documents a batch at a time
    if job.kind.startswith("knowledge."):
        return "documents"
    return "items"


def elapsed_s(job: JobInfo, now_ms: int) -> float | None:
    """How long the job has run (until it finished, if it did)."""
    if job.started_at_ms is None:
        return None
    end = job.finished_at_ms or (now_ms if str(job.state) == "running" else job.updated_at_ms)
    return max(end - job.started_at_ms, 0) / 1000


def newer_state(known: JobInfo | None, job: JobInfo) -> JobInfo:
    """The later of two states of one job (runner events and reads of app.db race): the later
    write, then more items handled. Views keep this one so they all show one count."""
    if known is None:
        return job

    def rank(info: JobInfo) -> tuple[int, int]:
        return (info.updated_at_ms, info.done + info.failed)

    return job if rank(job) >= rank(known) else known


def format_duration(seconds: float | None) -> str:
    """ "12 s", "4 min", "1 h 5 min"; empty when unknown."""
    if seconds is None:
        return ""
    seconds = max(round(seconds), 0)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    hours, minutes = divmod(round(seconds / 60), 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


class JobListModel(QAbstractTableModel):
    """Jobs newest first; ``upsert`` applies one runner event in place."""

    def __init__(self) -> None:
        super().__init__()
        self._jobs: list[JobInfo] = []
        self._rows: dict[str, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self._jobs[index.row()]
        if role == JobRole:
            return job
        if role == ProgressRole:
            return (job.done + job.failed, job.total)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PROBLEMS_COLUMN and job.error:
            return job.error
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(job, index.column())

    @staticmethod
    def _text(job: JobInfo, column: int) -> str:
        if column == 0:
            return job.title
        if column == 1:
            return STATE_LABELS.get(str(job.state), str(job.state))
        if column == 2:
            return f"{job.done + job.failed:,} of {job.total:,} {unit_of(job)}"
        running = str(job.state) == "running"
        if column == 3:
            return f"{job.rate:,.1f} {unit_of(job)}/s" if running and job.rate else ""
        if column == 4:
            return format_duration(elapsed_s(job, int(time.time() * 1000)))
        if column == 5:
            if not running:
                return ""
            return format_duration(job.eta_s) if job.eta_s is not None else "estimating…"
        if job.failed:
            return f"{job.failed:,} failed"
        return job.error or ""

    def job(self, row: int) -> JobInfo:
        return self._jobs[row]

    def find(self, job_id: str) -> JobInfo | None:
        row = self._rows.get(job_id)
        return None if row is None else self._jobs[row]

    def reset(self, jobs: list[JobInfo]) -> None:
        """Replace every row (the initial load)."""
        self.beginResetModel()
        self._jobs = sorted(jobs, key=lambda j: j.created_at_ms, reverse=True)
        self._rows = {job.id: row for row, job in enumerate(self._jobs)}
        self.endResetModel()

    def upsert(self, job: JobInfo) -> None:
        """Insert a new job at the top or update its row in place."""
        row = self._rows.get(job.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._jobs.insert(0, job)
            self._rows = {j.id: r for r, j in enumerate(self._jobs)}
            self.endInsertRows()
            return
        self._jobs[row] = job
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def active(self) -> list[JobInfo]:
        """Jobs waiting or running, oldest first."""
        return [j for j in reversed(self._jobs) if str(j.state) in IN_PROGRESS]
