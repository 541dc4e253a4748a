"""A strip under the document list showing the bulk jobs this view started together (adding
two tags is two jobs): progress and ETA, Cancel while they run, Undo after a move to the trash
or a tagging, Retry and the first error if items failed.

It reads the job once when it starts following it; after that the app's one channel of job
changes (``DesktopApp._job_changed``, fed by this process's runner and by other processes'
changes seen in app.db) calls ``show_info``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

if TYPE_CHECKING:
    from core.jobs import JobInfo, JobService
    from desktop.operations import Operations


def describe_progress(info: JobInfo) -> str:
    """ "Move 10,000 documents to the trash — 4,000 of 10,000 · 2,100/s · about 3 s left"."""
    from desktop.jobs.model import unit_of

    unit = unit_of(info)
    parts = [f"{info.title} — {info.done:,} of {info.total:,} {unit}"]
    if info.state == "queued":
        parts = [f"{info.title} — waiting for other jobs to finish"]
    if info.rate:
        parts.append(f"{info.rate:,.1f} {unit}/s")
    if info.eta_s is not None:
        parts.append(f"about {max(info.eta_s, 1):.0f} s left")
    if info.failed:
        parts.append(f"{info.failed} failed")
    return " · ".join(parts)


class BulkJobStrip(QWidget):
    """Shows one job at a time; ``finished(JobInfo)`` when it stops running."""

    finished = Signal(object)
    undo_requested = Signal(object)  # the ids of the move-to-trash or tagging jobs to undo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs: JobService | None = None
        self.ops: Operations | None = None
        self.job_id: str | None = None
        self.job_ids: list[str] = []  # shown together; job_id is the first
        self._infos: dict[str, JobInfo] = {}
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.cancel = QPushButton("Cancel", self)
        self.cancel.clicked.connect(self._cancel)
        self.undo = QPushButton("Undo", self)
        self.undo.clicked.connect(self._undo)
        self.retry = QPushButton("Retry failed", self)
        self.retry.clicked.connect(self._retry)
        self.dismiss = QPushButton("Dismiss", self)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label, 1)
        for widget in (self.bar, self.cancel, self.undo, self.retry, self.dismiss):
            layout.addWidget(widget)
        self.hide()

    def attach(self, jobs: JobService, ops: Operations) -> None:
        self.jobs, self.ops = jobs, ops

    def follow(self, job_id: str | list[str]) -> None:
        """Show this job (or these jobs, as one) until it ends."""
        self.job_ids = [job_id] if isinstance(job_id, str) else list(job_id)
        self.job_id = self.job_ids[0] if self.job_ids else None
        self._infos = {}
        self._set_running(True)
        self.label.setText("Starting…")
        self.bar.setRange(0, 0)
        self.show()
        self._read()

    def _set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel.setVisible(running)
        self.undo.hide()
        self.retry.hide()
        self.dismiss.setVisible(not running)

    def _read(self) -> None:
        """Once, when following starts; after that the app's job channel calls show_info."""
        if self.jobs is None or self.ops is None:
            return
        for job_id in self.job_ids:
            self.ops.run("Reading job progress", self.jobs.get, job_id, on_done=self.show_info)

    def show_info(self, info: JobInfo) -> None:
        """Render ``info`` (the job's latest state)."""
        if info.id not in self.job_ids:
            return
        self._infos[info.id] = info
        infos = [self._infos[i] for i in self.job_ids if i in self._infos]
        running = [i for i in infos if i.state in ("queued", "running")]
        if running or len(infos) < len(self.job_ids):
            self.bar.setRange(0, max(sum(i.total for i in infos), 1))
            self.bar.setValue(sum(i.done + i.failed for i in infos))
            shown = running[0] if running else info
            more = len(self.job_ids) - 1
            others = f" (and {more} more job{'s' if more != 1 else ''})" if more else ""
            self.label.setText(describe_progress(shown) + others)
            return
        self._set_running(False)
        self.label.setText(" ".join(self._outcome(i) for i in infos))
        undoable = ("documents.trash", "documents.tag")
        self.undo.setVisible(all(i.kind in undoable and i.done > 0 for i in infos))
        self.retry.setVisible(any(i.state in ("failed", "cancelled") for i in infos))
        self.finished.emit(info)

    def _undo(self) -> None:
        self.undo_requested.emit(list(self.job_ids))

    def _outcome(self, info: JobInfo) -> str:
        if info.state == "done":
            return f"{info.title}: done."
        if info.state == "cancelled":
            return f"{info.title}: cancelled after {info.done:,} of {info.total:,} batches."
        first = f" First error: {info.error}" if info.error else ""
        return f"{info.title}: {info.failed:,} batch(es) failed.{first} See Jobs for every error."

    def _cancel(self) -> None:
        if self.jobs is not None and self.ops is not None:
            for job_id in self.job_ids:
                self.ops.run("Cancelling the job", self.jobs.cancel, job_id)

    def _retry(self) -> None:
        if self.jobs is not None and self.ops is not None and self.job_id is not None:
            job_id = self.job_id
            self.ops.run("Retrying the job", self.jobs.retry, job_id,
                         on_done=lambda _: self.follow(job_id))  # fmt: skip
