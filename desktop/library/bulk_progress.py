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

from core.i18n import number, translate

if TYPE_CHECKING:
    from core.jobs import JobInfo, JobService
    from desktop.operations import Operations


def describe_progress(info: JobInfo) -> str:
    """ "Move 10,000 documents to the trash — 4,000 of 10,000 · 2,100/s · about 3 s left"."""
    from desktop.jobs.model import count_text, rate_text

    parts = [f"{info.title} — {count_text(info.done, info)}"]
    if info.state == "queued":
        parts = [
            translate("BulkJobs", "{title} — waiting for other jobs to finish").format(
                title=info.title
            )
        ]
    if info.rate:
        parts.append(rate_text(info.rate, info))
    if info.eta_s is not None:
        seconds = number(round(max(info.eta_s, 1)))
        parts.append(translate("BulkJobs", "about {seconds} s left").format(seconds=seconds))
    if info.failed:
        parts.append(translate("BulkJobs", "%n failed", None, info.failed))
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
        self.cancel = QPushButton(translate("BulkJobs", "Cancel"), self)
        self.cancel.clicked.connect(self._cancel)
        self.undo = QPushButton(translate("BulkJobs", "Undo"), self)
        self.undo.clicked.connect(self._undo)
        self.retry = QPushButton(translate("BulkJobs", "Retry failed"), self)
        self.retry.clicked.connect(self._retry)
        self.dismiss = QPushButton(translate("BulkJobs", "Dismiss"), self)
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
        self.label.setText(translate("BulkJobs", "Starting…"))
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
            self.ops.run(
                translate("BulkJobs", "Reading job progress"),
                self.jobs.get,
                job_id,
                on_done=self.show_info,
            )

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
            others = " " + translate("BulkJobs", "(and %n more job(s))", None, more) if more else ""
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
            return translate("BulkJobs", "{title}: done.").format(title=info.title)
        if info.state == "cancelled":
            return translate(
                "BulkJobs", "{title}: cancelled after {done} of %n batch(es).", None, info.total
            ).format(title=info.title, done=number(info.done))
        parts = [
            translate("BulkJobs", "{title}: %n batch(es) failed.", None, info.failed).format(
                title=info.title
            )
        ]
        if info.error:
            parts.append(translate("BulkJobs", "First error: {error}").format(error=info.error))
        parts.append(translate("BulkJobs", "See Jobs for every error."))
        return " ".join(parts)

    def _cancel(self) -> None:
        if self.jobs is not None and self.ops is not None:
            for job_id in self.job_ids:
                self.ops.run(translate("BulkJobs", "Cancelling the job"), self.jobs.cancel, job_id)

    def _retry(self) -> None:
        if self.jobs is not None and self.ops is not None and self.job_id is not None:
            job_id = self.job_id
            self.ops.run(
                translate("BulkJobs", "Retrying the job"),
                self.jobs.retry,
                job_id,
                on_done=lambda _: self.follow(job_id),
            )
