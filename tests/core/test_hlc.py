"""The hybrid logical clock: monotonic, causal, and sortable as text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.hlc import ClockDriftError, HybridLogicalClock, Timestamp

walls = st.lists(st.integers(min_value=1_600_000_000_000, max_value=1_600_000_100_000), max_size=60)


def scripted(values: list[int]):  # type: ignore[no-untyped-def]
    """A wall clock that returns the given readings (then the last one forever)."""
    readings = list(values) or [1_600_000_000_000]

    def wall() -> int:
        return readings.pop(0) if len(readings) > 1 else readings[0]

    return wall


@given(walls)
def test_timestamps_strictly_increase_even_when_the_wall_clock_goes_back(values: list[int]) -> None:
    clock = HybridLogicalClock("dev1", wall_clock_ms=scripted(values))
    issued = [clock.now() for _ in range(len(values) + 5)]
    assert all(a < b for a, b in itertools.pairwise(issued))
    texts = [str(t) for t in issued]
    assert texts == sorted(texts), "text order must equal clock order"


@given(walls, walls, st.lists(st.booleans(), max_size=40))
def test_a_received_timestamp_is_always_followed_by_later_ones(
    mine: list[int], theirs: list[int], pattern: list[bool]
) -> None:
    a = HybridLogicalClock("aaaa", wall_clock_ms=scripted(mine))
    b = HybridLogicalClock("bbbb", wall_clock_ms=scripted(theirs))
    for send_from_b in pattern:
        sender, receiver = (b, a) if send_from_b else (a, b)
        sent = sender.now()
        after = receiver.receive(str(sent))
        assert after > sent, "an event caused by a message must sort after the message"
        assert receiver.now() > after


@given(st.integers(0, 10**14), st.integers(0, 99_999), st.text("abcdef0123456789", min_size=1))
def test_text_form_round_trips(wall: int, counter: int, device: str) -> None:
    stamp = Timestamp(wall, counter, device)
    assert Timestamp.parse(str(stamp)) == stamp


def test_restart_with_a_clock_that_went_back_never_reissues_a_timestamp() -> None:
    first = HybridLogicalClock("dev1", wall_clock_ms=lambda: 2_000_000_000_000)
    last = [first.now() for _ in range(3)][-1]
    restarted = HybridLogicalClock("dev1", last=str(last), wall_clock_ms=lambda: 1_000_000)
    assert restarted.now() > last


def test_remote_clock_far_in_the_future_is_refused() -> None:
    clock = HybridLogicalClock("dev1", wall_clock_ms=lambda: 1_700_000_000_000)
    with pytest.raises(ClockDriftError, match="ahead"):
        clock.receive(str(Timestamp(1_700_000_000_000 + 10 * 60 * 1000, 0, "other")))


def test_counter_overflow_moves_to_the_next_millisecond() -> None:
    clock = HybridLogicalClock("d", wall_clock_ms=lambda: 5_000)
    stamps = [clock.now() for _ in range(100_002)]
    assert stamps[-1].wall_ms == 5_001
    assert len({str(s) for s in stamps}) == len(stamps)


@pytest.mark.parametrize("bad", ["", "12.3.x", "000000000000001.00001.", "not a clock"])
def test_malformed_timestamps_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        Timestamp.parse(bad)
