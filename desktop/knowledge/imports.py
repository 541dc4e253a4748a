"""The import strip of the Knowledge page: live progress of running imports and their errors.

It listens to the app's one channel of job changes (this process's runner, and other processes'
changes seen in app.db) and then reads the tracked imports' files, pages and errors off the GUI
thread: imports started anywhere, and ones resumed after a restart, show the same way.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import number, translate
from desktop.jobs.model import newer_state

if TYPE_CHECKING:
    from core.jobs import JobInfo
    from core.knowledge.library import ImportStatus, KnowledgeBase
    from desktop.operations import Operations


class ImportPanel(QFrame):
    """Shows the imports this page tracks; emits ``finished`` when one ends."""

    finished = Signal(str)  # job id
    progressed = Signal()  # more files are done: the document list may show them now
    read = Signal(object)  # a tracked job's JobInfo as just read (may be newer than events)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.knowledge: KnowledgeBase | None = None
        self.ops: Operations | None = None
        self._jobs: list[str] = []
        self._polling = False
        self._stale = False  # a job changed while a read was in flight: read again after it
        self._done_seen = 0
        self._latest: dict[str, JobInfo] = {}  # the newest state each job reported
        self._active = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel("")
        self.title.setObjectName("ImportTitle")
        self.title.setStyleSheet("font-weight: 600")
        self.cancel = QPushButton(translate("ImportPanel", "Cancel import"))
        self.cancel.clicked.connect(self._cancel)
        self.dismiss = QPushButton(translate("ImportPanel", "Dismiss"))
        self.dismiss.clicked.connect(self._dismiss)
        top.addWidget(self.title, 1)
        top.addWidget(self.cancel)
        top.addWidget(self.dismiss)
        self.bar = QProgressBar(textVisible=False)
        self.bar.setMaximumHeight(10)
        self.detail = QLabel("")
        self.detail.setObjectName("Hint")
        self.detail.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("ImportErrors")
        self.errors.setWordWrap(True)
        self.errors.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.errors)
        self.setVisible(False)

    def attach(self, knowledge: KnowledgeBase, ops: Operations) -> None:
        self.knowledge, self.ops = knowledge, ops

    def track(self, job_id: str) -> None:
        """Show this import's progress until it ends."""
        if job_id not in self._jobs:
            self._jobs.append(job_id)
        self.setVisible(True)
        self._poll()

    def job_changed(self, job: JobInfo) -> None:
        """The app's one channel of job changes: a tracked import moved on (or ended)."""
        if job.id in self._jobs and self._latest.get(job.id) != job:
            self._latest[job.id] = job  # the app's merged state: already the newest
            if str(job.state) in ("queued", "running"):
                running = sum(str(j.state) in ("queued", "running") for j in self._latest.values())
                self._render_count(job, running)  # now, as the status bar does; details follow
            self._poll()

    def tracked(self) -> list[str]:
        return list(self._jobs)

    def active(self) -> bool:
        """Whether a tracked import is still waiting or running."""
        return self._active

    def _poll(self) -> None:
        if self.knowledge is None or self.ops is None or not self._jobs:
            return
        if self._polling:
            self._stale = True
            return
        self._polling = True
        self._stale = False
        knowledge = self.knowledge
        jobs = list(self._jobs)
        self.ops.run(
            translate("ImportPanel", "Reading import progress"),
            lambda: [knowledge.import_status(job_id) for job_id in jobs],
            on_done=self._show,
            on_error=lambda _error: setattr(self, "_polling", False),
        )

    def _show(self, statuses: list[ImportStatus]) -> None:
        from core.jobs import JobState

        self._polling = False
        if self._stale:
            self._poll()
        # One count everywhere: a job's state as read here may be older than the one the job
        # channel (and the status bar) already showed; the newer one wins.
        statuses = [
            replace(s, job=newer_state(self._latest.get(s.job.id), s.job)) for s in statuses
        ]
        for status in statuses:
            if self._latest.get(status.job.id) != status.job:
                self._latest[status.job.id] = status.job
                self.read.emit(status.job)  # the app shows it everywhere (no echo back here)
        running = [s for s in statuses if s.job.state in (JobState.QUEUED, JobState.RUNNING)]
        was_active, self._active = self._active, bool(running)
        if self._active != was_active:
            self.progressed.emit()  # the page shows the list (or the welcome) at once
        shown = running[0] if running else statuses[-1]
        self._render(shown, len(running))
        done = sum(s.job.done for s in statuses)
        if done > self._done_seen:
            self._done_seen = done
            self.progressed.emit()
        for status in statuses:
            if status.job.state not in (JobState.QUEUED, JobState.RUNNING, JobState.PAUSED):
                self.finished.emit(status.job.id)
        if not running:
            self._jobs = [statuses[-1].job.id]

    def _render(self, status: ImportStatus, running: int) -> None:
        from core.jobs import JobState
        from core.knowledge.scan import key_display

        job, snap = status.job, status.snapshot
        self._render_count(job, running)
        active = job.state in (JobState.QUEUED, JobState.RUNNING)
        parts: list[str] = []
        if snap is not None:
            pages = translate("ImportPanel", "%n page(s)", None, snap.pages)
            passages = translate("ImportPanel", "%n passage(s)", None, snap.chunks)
            parts.append(f"{pages} ({number(snap.pages_per_s, 1)}/s)")
            parts.append(f"{passages} ({number(snap.chunks_per_s, 1)}/s)")
            if active and snap.current_file:
                parts.append(
                    translate("ImportPanel", "reading {file}").format(file=snap.current_file)
                )
        if self.knowledge is not None and self.knowledge.recognizer.fallback_used:
            parts.append(
                translate(
                    "ImportPanel", "scanned pages rendered with QtPdf: poppler is not installed"
                )
            )
        self.detail.setText(" · ".join(parts) or translate("ImportPanel", "Starting…"))
        self.errors.clear()
        for error in status.errors:
            name = key_display(error.key).rsplit("/", 1)[-1]
            text = error.error if name in error.error else f"{name}: {error.error}"
            self.errors.addItem(f"⚠ {text}")
        self.errors.setVisible(bool(status.errors))
        rows = min(max(self.errors.count(), 1), 4)
        self.errors.setFixedHeight(rows * self.errors.fontMetrics().height() * 2 + 8)

    def _render_count(self, job: JobInfo, running: int) -> None:
        handled = job.done + job.failed
        self.bar.setRange(0, max(job.total, 1))
        self.bar.setValue(handled)
        active = str(job.state) in ("queued", "running")
        self.cancel.setVisible(active)
        self.dismiss.setVisible(not active)
        self.bar.setVisible(active)
        if active:
            if running > 1:
                text = translate(
                    "ImportPanel", "Importing {done} of %n file(s) (+{more} more)", None, job.total
                ).format(done=number(handled), more=number(running - 1))
            else:
                text = translate(
                    "ImportPanel", "Importing {done} of %n file(s)", None, job.total
                ).format(done=number(handled))
            self.title.setText(text)
        else:
            self.title.setText(_summary(job.state, job.done, job.failed, job.total))

    def _cancel(self) -> None:
        if self.knowledge is None or self.ops is None:
            return
        jobs = self.knowledge.jobs
        for job_id in self._jobs:
            self.ops.run(
                translate("ImportPanel", "Cancelling the import"), _cancel_quietly, jobs, job_id
            )
        self._poll()

    def _dismiss(self) -> None:
        self._jobs = []
        self._active = False
        self.setVisible(False)


def _cancel_quietly(jobs: object, job_id: str) -> None:
    from core.jobs import JobService, JobStateConflict

    assert isinstance(jobs, JobService)
    with contextlib.suppress(JobStateConflict):  # it finished meanwhile: nothing to cancel
        jobs.cancel(job_id)


def _summary(state: str, done: int, failed: int, total: int) -> str:
    if state == "cancelled":
        return translate(
            "ImportPanel", "Import cancelled after {done} of %n file(s)", None, total
        ).format(done=number(done))
    if failed:
        return translate(
            "ImportPanel",
            "Imported {done} of %n file(s); {failed} could not be imported",
            None,
            total,
        ).format(done=number(done), failed=number(failed))
    return translate("ImportPanel", "Imported %n file(s)", None, done)
