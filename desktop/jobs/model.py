"""The jobs every view shows (Jobs page, status bar), as one Qt table model.

Fed by the job runner's events; rows are ``JobInfo`` values keyed by job id, newest first.
``core.jobs`` is imported only for type checking: this model exists before the first paint,
before SQLAlchemy is loaded.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.i18n import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from core.jobs import JobInfo

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("JobsPage", "Job"),
    QT_TRANSLATE_NOOP("JobsPage", "State"),
    QT_TRANSLATE_NOOP("JobsPage", "Progress"),
    QT_TRANSLATE_NOOP("JobsPage", "Speed"),
    QT_TRANSLATE_NOOP("JobsPage", "Elapsed"),
    QT_TRANSLATE_NOOP("JobsPage", "Time left"),
    QT_TRANSLATE_NOOP("JobsPage", "Problems"),
)
"""The column headers, in English: ``headerData`` translates them."""
PROBLEMS_COLUMN = 6
STATE_LABELS = {
    "queued": QT_TRANSLATE_NOOP("JobsPage", "Waiting"),
    "running": QT_TRANSLATE_NOOP("JobsPage", "Running"),
    "paused": QT_TRANSLATE_NOOP("JobsPage", "Paused"),
    "failed": QT_TRANSLATE_NOOP("JobsPage", "Finished with problems"),
    "cancelled": QT_TRANSLATE_NOOP("JobsPage", "Cancelled"),
    "done": QT_TRANSLATE_NOOP("JobsPage", "Done"),
}
"""Each job state's name, in English: show it with ``state_label``."""
IN_PROGRESS = {"queued", "running"}
ProgressRole = Qt.ItemDataRole.UserRole + 1
JobRole = Qt.ItemDataRole.UserRole + 2


def _unit(job: JobInfo) -> str:
    """What a job's items are: files, batches, documents or items."""
    if job.kind == "knowledge.ingest":
        return "files"
    if job.kind.startswith("documents."):
        return "batches"  # bulk actions work through documents a batch at a time
    if job.kind.startswith("knowledge."):
        return "documents"
    return "items"


def state_label(state: str) -> str:
    """A job state as people read it ("Waiting", "Finished with problems")."""
    label = STATE_LABELS.get(state)
    return translate("JobsPage", label) if label is not None else state


def count_text(done: int, job: JobInfo) -> str:
    """ "12 of 40 files": ``done`` of the job's items, in the user's language."""
    unit, total, handled = _unit(job), job.total, number(done)
    if unit == "files":
        text = translate("JobsPage", "{done} of %n file(s)", None, total)
    elif unit == "batches":
        text = translate("JobsPage", "{done} of %n batch(es)", None, total)
    elif unit == "documents":
        text = translate("JobsPage", "{done} of %n document(s)", None, total)
    else:
        text = translate("JobsPage", "{done} of %n item(s)", None, total)
    return text.format(done=handled)


def rate_text(rate: float, job: JobInfo) -> str:
    """ "2.5 files/s"."""
    unit, value = _unit(job), number(rate, 1)
    if unit == "files":
        return translate("JobsPage", "{rate} files/s").format(rate=value)
    if unit == "batches":
        return translate("JobsPage", "{rate} batches/s").format(rate=value)
    if unit == "documents":
        return translate("JobsPage", "{rate} documents/s").format(rate=value)
    return translate("JobsPage", "{rate} items/s").format(rate=value)


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
        return translate("JobsPage", "{seconds} s").format(seconds=number(seconds))
    if seconds < 3600:
        return translate("JobsPage", "{minutes} min").format(minutes=number(round(seconds / 60)))
    hours, minutes = divmod(round(seconds / 60), 60)
    if minutes:
        return translate("JobsPage", "{hours} h {minutes} min").format(
            hours=number(hours), minutes=number(minutes)
        )
    return translate("JobsPage", "{hours} h").format(hours=number(hours))


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
            return translate("JobsPage", COLUMNS[section])
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
            return state_label(str(job.state))
        if column == 2:
            return count_text(job.done + job.failed, job)
        running = str(job.state) == "running"
        if column == 3:
            return rate_text(job.rate, job) if running and job.rate else ""
        if column == 4:
            return format_duration(elapsed_s(job, int(time.time() * 1000)))
        if column == 5:
            if not running:
                return ""
            if job.eta_s is None:
                return translate("JobsPage", "estimating…")
            return format_duration(job.eta_s)
        if job.failed:
            return translate("JobsPage", "%n failed", None, job.failed)
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
