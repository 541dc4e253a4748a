"""Collect Python's cyclic garbage on the GUI thread only (after Anki's GarbageCollector).

Python's automatic collector runs in whichever thread happens to allocate at the time. When the
garbage holds Qt objects (a page, a lambda connected to a widget's signal), a collection in a
worker thread destroys them off the GUI thread, and Qt crashes (seen: a segfault while a worker
ran a migration). So automatic collection is switched off and a timer on the GUI thread
collects instead, cheaply: generation 0 often, older generations when they have grown.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    """Replaces automatic garbage collection with collections on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
