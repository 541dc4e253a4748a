"""Fixtures of the chat tests: the fake model server and the chat service talking to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.chat.service import ChatService
from core.chat.turns import RetryPolicy
from core.root import Root
from tests.fakes.llm_server import FakeLLMServer, run_coroutine


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


@pytest.fixture
def chat(services: Root, server: FakeLLMServer) -> Iterator[ChatService]:
    """The data dir's chat service, set to the fake server, with quick retries and drafts."""
    server.serve(services)
    opened = services.chat
    opened.retry, opened.draft_interval_s = RetryPolicy(base_delay_s=0.01), 0.05
    yield opened
    run_coroutine(opened.aclose())
