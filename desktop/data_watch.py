"""Changes made outside this process, shown without a click; ownership taken when it frees up.

Twice a second the watcher asks SQLite whether anyone committed (``core.activity``: no table
read, never waits on a lock). Only then does it read a few aggregates off the GUI thread and
say which views are stale. It also asks, every few seconds, to own the data dir's background
work while another process has it, and recovers what a dead process left unfinished once it may.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.i18n import translate

if TYPE_CHECKING:
    from core.activity import ActivityMarks
    from core.jobs import JobInfo
    from core.root import Root
    from desktop.operations import Operations

POLL_MS = 500
OWNERSHIP_EVERY = 6  # polls: every 3 s


class DataWatcher(QObject):
    """Says which views changed in app.db, whoever changed them."""

    conversations_changed = Signal()
    documents_changed = Signal()
    jobs_changed = Signal(object)  # list[JobInfo] written since the last look

    def __init__(self, root: Root, ops: Operations, parent: QObject | None = None) -> None:
        from core.activity import DataVersion

        super().__init__(parent)
        self.root, self.ops = root, ops
        self.version = DataVersion(root.paths.database)
        self.version.changed()  # the baseline
        self._marks: ActivityMarks | None = None
        self._jobs_since_ms = int(time.time() * 1000)
        self._reading = False
        self._ticks = 0
        self._recovered = False  # open_root did, if it could; once more is harmless
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        what = translate("DataWatch", "Watching for changes")
        self.ops.run(what, self._read_marks, on_done=self._baseline)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.version.close()

    def _baseline(self, marks: ActivityMarks) -> None:
        self._marks = marks

    def _poll(self) -> None:
        self._ticks += 1
        if self._ticks % OWNERSHIP_EVERY == 0 and not self._recovered:
            what = translate("DataWatch", "Checking who owns the background work")
            self.ops.run(what, self._own_and_recover)
        if self._reading or self._marks is None or not self.version.changed():
            return
        self._reading = True
        self.ops.run(
            translate("DataWatch", "Looking for changes"),
            self._read_marks,
            on_done=self._compare,
            on_error=lambda _error: setattr(self, "_reading", False),
        )

    def _read_marks(self) -> ActivityMarks:
        from core.activity import read_marks

        return read_marks(self.root.database, self.root.workspace_id)

    def _compare(self, marks: ActivityMarks) -> None:
        self._reading = False
        before, self._marks = self._marks, marks
        if before is None:
            return
        if marks.conversations != before.conversations:
            self.conversations_changed.emit()
        if marks.documents != before.documents:
            self.documents_changed.emit()
        if marks.jobs != before.jobs:
            since = self._jobs_since_ms
            self._jobs_since_ms = marks.jobs
            self.ops.run(
                translate("DataWatch", "Reading background jobs"),
                self.root.jobs.changed_since,
                since,
                on_done=self._jobs_read,
            )

    def _jobs_read(self, jobs: list[JobInfo]) -> None:
        if jobs:
            self.jobs_changed.emit(jobs)

    def _own_and_recover(self) -> None:
        """Blocking: become the owner if the other process ended; then recover answers (the
        job runner recovers jobs by itself once the data dir is its own)."""
        root = self.root
        root.guard.try_own()
        if root.chat.recover_if_allowed(root.guard):
            self._recovered = True
