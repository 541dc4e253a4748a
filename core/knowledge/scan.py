"""Turning what a person picked (files and folders) into the list of files to import.

Job item keys must be text that SQLite and JSON can store. A file name that is not valid UTF-8
(possible on Linux) is stored as ``fs64:`` + its bytes in URL-safe base64, so it is imported
like any other instead of failing the whole batch.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core.knowledge.formats import doc_type_of

_RAW_PREFIX = "fs64:"


@dataclass(frozen=True)
class ScanResult:
    """Files to import, and how many files in the folders were left out as unsupported."""

    files: list[Path]
    skipped: int


def scan(paths: Iterable[str | Path]) -> ScanResult:
    """Files named directly are always listed (an unsupported one gets a clear status); in
    folders, supported files are listed, sorted, and hidden files and folders are skipped."""
    files: list[Path] = []
    skipped = 0
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path):
                if doc_type_of(found) is None:
                    skipped += 1
                elif found not in seen:
                    seen.add(found)
                    files.append(found)
        elif path not in seen:
            seen.add(path)
            files.append(path)
    return ScanResult(files, skipped)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root) / name


def path_key(path: Path) -> str:
    """A job item key for ``path`` that any database can store."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(path)
        return _RAW_PREFIX + base64.urlsafe_b64encode(raw).decode("ascii")
    return text


def key_path(key: str) -> Path:
    """The path a ``path_key`` stands for."""
    if key.startswith(_RAW_PREFIX):
        return Path(os.fsdecode(base64.urlsafe_b64decode(key[len(_RAW_PREFIX) :])))
    return Path(key)


def key_display(key: str) -> str:
    """The path of an item key as a person reads it (invalid bytes shown as �)."""
    return os.fsencode(key_path(key)).decode("utf-8", errors="replace")
