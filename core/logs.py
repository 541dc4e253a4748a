"""The app's log file, with secrets masked before anything is written.

Logs go to ``logs/convosphere.log`` (rotated: 5 files of 1 MB). A filter masks API-key shapes
(``sk-…``, ``Bearer …``, ``api_key=…``) and every value registered with ``register_secret``,
in the message and in tracebacks alike, so a key never reaches the disk through a log line.
"""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "convosphere.log"
MASK = "•••"
_KEY_SHAPES = re.compile(
    r"(sk-(?:ant-)?[A-Za-z0-9_\-]{8,})"
    r"|((?:Bearer|Basic)\s+)[A-Za-z0-9._~+/\-]{8,}=*"
    r"|((?:api[_-]?key|token|password|secret)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&]{4,}",
    re.IGNORECASE,
)
_known: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Mask this exact value in every later log line (values under 4 characters are ignored)."""
    if len(value) >= 4:
        with _lock:
            _known.add(value)


def redact_text(text: str) -> str:
    """``text`` with registered secrets and key-shaped strings masked."""
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        text = text.replace(value, MASK)

    def mask(match: re.Match[str]) -> str:
        prefix = match.group(2) or match.group(3)
        return (prefix or "") + MASK

    return _KEY_SHAPES.sub(mask, text)


class RedactingFormatter(logging.Formatter):
    """Formats a record (traceback included) and masks secrets in the result."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_text(super().format(record))


def configure_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating log file in ``logs_dir``; returns its path."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "convosphere", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
    handler.convosphere = True  # type: ignore[attr-defined]
    log_format = "%(asctime)s %(levelname)s %(name)s: %(message)s"  # i18n: not UI
    handler.setFormatter(RedactingFormatter(log_format))
    root.addHandler(handler)
    root.setLevel(level)
    return path
