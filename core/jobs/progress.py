"""Rate and time-left estimates for a running job, and a throttle for progress events."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

Clock = Callable[[], float]


class RateMeter:
    """Items per second over a sliding window of the current run; thread-safe.

    The window starts when this run starts, not when the job was created, so a job resumed
    after a restart or a pause gets an honest rate instead of one diluted by the time it waited.
    A run that stalls sees its rate fall towards zero rather than keep its old speed.
    """

    def __init__(self, window_s: float = 10.0, clock: Clock = time.monotonic) -> None:
        self._window_s = window_s
        self._clock = clock
        self._started = clock()
        self._marks: deque[float] = deque()
        self._lock = threading.Lock()

    def record(self, count: int = 1) -> None:
        """Note that ``count`` items have just finished (done or failed)."""
        now = self._clock()
        with self._lock:
            self._marks.extend([now] * count)
            self._trim(now)

    def rate(self) -> float | None:
        """Items per second, or None before the first item of this run has finished."""
        now = self._clock()
        with self._lock:
            if not self._marks:
                return None if now - self._started < self._window_s else 0.0
            self._trim(now)
            span = now - max(self._started, now - self._window_s)
            if span <= 0:
                return None
            return len(self._marks) / span

    def eta_s(self, remaining: int) -> float | None:
        """Seconds until ``remaining`` items are finished at the current rate, or None."""
        return self.estimate(remaining)[1]

    def estimate(self, remaining: int) -> tuple[float | None, float | None]:
        """The rate and the seconds left for ``remaining`` items, from one reading of the clock."""
        rate = self.rate()
        if remaining <= 0:
            return rate, 0.0
        return rate, (remaining / rate if rate else None)

    def _trim(self, now: float) -> None:
        horizon = now - self._window_s
        while self._marks and self._marks[0] < horizon:
            self._marks.popleft()


class Throttle:
    """Lets an event through at most once per ``interval_s`` (the first one always passes)."""

    def __init__(self, interval_s: float, clock: Clock = time.monotonic) -> None:
        self._interval_s = interval_s
        self._clock = clock
        self._last: float | None = None

    def ready(self) -> bool:
        """True (and the interval restarts) if enough time has passed since the last event."""
        now = self._clock()
        if self._last is not None and now - self._last < self._interval_s:
            return False
        self._last = now
        return True
