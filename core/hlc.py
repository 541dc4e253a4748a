"""Hybrid logical clock: timestamps that sort as text and respect causality across devices.

Format: ``f"{wall_ms:015d}.{counter:05d}.{device}"``. Text order equals clock order because the
first two fields are fixed width, and the device id breaks ties so no two devices ever issue the
same timestamp.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 99_999
# The clock of values every device writes alike (the default assistants): any real edit wins.
GENESIS = "000000000000000.00000.genesis"
# Remote clocks further ahead than this are refused rather than dragging ours into the future.
MAX_DRIFT_MS = 5 * 60 * 1000


class ClockDriftError(ValueError):
    """A remote timestamp is implausibly far ahead of this device's clock."""


@dataclass(frozen=True, order=True)
class Timestamp:
    """One HLC reading."""

    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        """Parse the text form; raises ValueError on anything malformed."""
        wall, counter, device = text.split(".", 2)
        if len(wall) != 15 or len(counter) != 5 or not device:
            raise ValueError(f"not an HLC timestamp: {text!r}")
        return cls(int(wall), int(counter), device)


class HybridLogicalClock:
    """Issues strictly increasing timestamps for one device; thread-safe.

    ``last`` seeds the clock from a persisted reading so a restart with a clock that went
    backwards still never reissues an old timestamp.
    """

    def __init__(
        self,
        device: str,
        last: str | None = None,
        wall_clock_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        if "." in device or not device:
            raise ValueError("device id must be non-empty and contain no '.'")
        self._device = device
        self._wall = wall_clock_ms
        self._lock = threading.Lock()
        self._last = Timestamp.parse(last) if last else Timestamp(0, 0, device)

    @property
    def last(self) -> Timestamp:
        return self._last

    @property
    def device(self) -> str:
        return self._device

    def now(self) -> Timestamp:
        """A timestamp later than every one this clock has issued or received."""
        with self._lock:
            wall = self._wall()
            if wall > self._last.wall_ms:
                self._last = Timestamp(wall, 0, self._device)
            else:
                self._last = self._bump(self._last.wall_ms, self._last.counter)
            return self._last

    def receive(self, remote: str | Timestamp) -> Timestamp:
        """Merge a timestamp seen from another device; returns the new local reading."""
        other = Timestamp.parse(remote) if isinstance(remote, str) else remote
        with self._lock:
            wall = self._wall()
            if other.wall_ms - wall > MAX_DRIFT_MS:
                ahead = (other.wall_ms - wall) / 1000
                raise ClockDriftError(  # an internal check, not shown to people
                    f"remote clock is {ahead:.0f} s ahead of this device"  # i18n: not UI
                )
            top = max(wall, self._last.wall_ms, other.wall_ms)
            if top == wall and top > self._last.wall_ms and top > other.wall_ms:
                self._last = Timestamp(wall, 0, self._device)
            else:
                counter = max(
                    self._last.counter if self._last.wall_ms == top else -1,
                    other.counter if other.wall_ms == top else -1,
                )
                self._last = self._bump(top, counter)
            return self._last

    def observe(self, reading: str | Timestamp) -> None:
        """Never issue a reading at or before ``reading`` (one this device's other process
        persisted, or the newest change applied from elsewhere); no drift check: what the
        server handed out is within its own bounds, and a slow local clock must not stall."""
        other = Timestamp.parse(reading) if isinstance(reading, str) else reading
        with self._lock:
            if (other.wall_ms, other.counter) > (self._last.wall_ms, self._last.counter):
                self._last = Timestamp(other.wall_ms, other.counter, self._device)

    def _bump(self, wall: int, counter: int) -> Timestamp:
        # A full counter borrows a millisecond from the future instead of wrapping.
        if counter >= MAX_COUNTER:
            return Timestamp(wall + 1, 0, self._device)
        return Timestamp(wall, counter + 1, self._device)


def device_of(reading: str) -> str:
    """The device that issued an HLC reading ("" if it is not one)."""
    try:
        return Timestamp.parse(reading).device
    except ValueError:
        return ""
