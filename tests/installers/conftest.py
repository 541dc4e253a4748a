"""Fixtures of the packaging and operations tests (the throwaway PostgreSQL cluster is the sync
tests' own)."""

from __future__ import annotations

import pytest

from tests.sync.conftest import _no_event_loop_left_running, postgres_cluster

# The async tests here need a thread with no event loop marked running, as the sync tests do.
__all__ = ["_no_event_loop_left_running", "postgres_cluster"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
