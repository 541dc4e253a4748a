"""Live progress of imports: pages and chunks per second, the file being read, file outcomes.

The job engine counts files; an import also wants pages and chunks, which only the running
handler knows. It posts them here and views read a snapshot (thread-safe, in memory: after a
restart a resumed import starts counting its rates afresh).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum


class FileStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    RESTORED = "restored"
    FAILED = "failed"


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file of an import."""

    name: str
    status: FileStatus
    message: str = ""
    document_id: str | None = None


@dataclass(frozen=True)
class ImportSnapshot:
    """An import's progress at one moment (plain data for views)."""

    job_id: str
    pages: int
    chunks: int
    elapsed_s: float
    current_file: str | None
    outcomes: tuple[FileOutcome, ...]

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def chunks_per_s(self) -> float:
        return self.chunks / self.elapsed_s if self.elapsed_s > 0 else 0.0


@dataclass
class _Counters:
    started: float = field(default_factory=time.monotonic)
    pages: int = 0
    chunks: int = 0
    current_file: str | None = None
    outcomes: deque[FileOutcome] = field(default_factory=lambda: deque(maxlen=500))


class ImportProgressBoard:
    """Where running imports post their counts and views read them."""

    def __init__(self) -> None:
        self._jobs: dict[str, _Counters] = {}
        self._lock = threading.Lock()

    def _counters(self, job_id: str) -> _Counters:
        counters = self._jobs.get(job_id)
        if counters is None:
            counters = self._jobs[job_id] = _Counters()
        return counters

    def reading(self, job_id: str, name: str | None) -> None:
        with self._lock:
            self._counters(job_id).current_file = name

    def advance(self, job_id: str, pages: int, chunks: int) -> None:
        with self._lock:
            counters = self._counters(job_id)
            counters.pages += pages
            counters.chunks += chunks

    def finished_file(self, job_id: str, outcome: FileOutcome) -> None:
        with self._lock:
            counters = self._counters(job_id)
            counters.outcomes.append(outcome)
            counters.current_file = None

    def snapshot(self, job_id: str) -> ImportSnapshot | None:
        """The import's counts so far in this process, or None if it has not run here."""
        with self._lock:
            counters = self._jobs.get(job_id)
            if counters is None:
                return None
            return ImportSnapshot(
                job_id,
                counters.pages,
                counters.chunks,
                time.monotonic() - counters.started,
                counters.current_file,
                tuple(counters.outcomes),
            )
