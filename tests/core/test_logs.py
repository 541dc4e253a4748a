"""The log file never receives a secret, not even inside a traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.logs import configure_logging, redact_text, register_secret


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = configure_logging(tmp_path / "logs")
    yield path
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "convosphere", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_key_shapes_and_registered_values_are_masked_in_messages_and_tracebacks(
    log_file: Path,
) -> None:
    register_secret("hunter2-local-server-token")
    log = logging.getLogger("test")
    log.warning("calling with sk-proj-abcdefghijklmnop1234 and Bearer eyJhbGciOiJIUzI1NiJ9xyz")
    try:
        raise RuntimeError("server said: invalid key hunter2-local-server-token")
    except RuntimeError:
        log.exception("request failed, api_key=plainvalue123")
    text = log_file.read_text()
    for secret in (
        "sk-proj-abcdefghijklmnop1234",
        "eyJhbGciOiJIUzI1NiJ9xyz",
        "hunter2-local-server-token",
        "plainvalue123",
    ):
        assert secret not in text
    assert "Bearer •••" in text and "api_key=•••" in text
    assert "RuntimeError" in text, "the traceback itself is kept"


def test_ordinary_text_is_left_alone() -> None:
    line = "Imported 12 files (3.4 MB) in 2.1 s; token count 512"
    assert redact_text(line) == line
