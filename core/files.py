"""The content-addressed file store: ``files/ab/cd/<sha256>`` under the data dir.

Imported documents are copied here once per distinct content; the same bytes imported twice
land on the same path. Copies stream in blocks (memory stays flat on a 2 GB file), are hashed
while copying, fsynced, and renamed into place, so a crash never leaves a partial file under a
real hash.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from core.i18n import translate

BLOCK = 1024 * 1024


class FileStoreError(UserError, OSError):
    """A file could not be stored or read back; the message names the file and the cause."""


@dataclass(frozen=True)
class StoredFile:
    """A file in the store."""

    sha256: str
    size: int
    path: Path
    already_present: bool


class FileStore:
    """Puts files into, and finds them in, the content-addressed store."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, source: Path, *, progress: Callable[[int], None] | None = None) -> StoredFile:
        """Copy ``source`` into the store (streaming), returning where it lives and its hash.

        ``progress(bytes_copied)`` is called after each block, so a caller can report progress
        and raise to abandon the copy (the temporary file is removed).
        """
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with source.open("rb") as reader, os.fdopen(fd, "wb") as writer:
                while block := reader.read(BLOCK):
                    digest.update(block)
                    writer.write(block)
                    size += len(block)
                    if progress is not None:
                        progress(size)
                writer.flush()
                os.fsync(writer.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.is_file() and target.stat().st_size == size:
                tmp.unlink()
                return StoredFile(sha, size, target, already_present=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp.replace(target)
            return StoredFile(sha, size, target, already_present=False)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise FileStoreError(
                translate("Files", "Could not copy {name} into the library: {error}").format(
                    name=source.name, error=exc
                )
            ) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def partial_path(self, sha256: str) -> Path:
        """Where a download of ``sha256`` collects its bytes until they are checked (a download
        that stopped resumes from this file's size)."""
        self.path_for(sha256)  # validates the digest: no path tricks
        folder = self.root / ".partial"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / sha256

    def adopt_partial(self, sha256: str) -> StoredFile:
        """Move a finished download into the store once its bytes hash to ``sha256``; a file
        that does not is deleted (so the next try starts over) and FileStoreError says so."""
        partial = self.partial_path(sha256)
        digest = hashlib.sha256()
        size = 0
        with partial.open("rb") as reader:
            while block := reader.read(BLOCK):
                digest.update(block)
                size += len(block)
            os.fsync(reader.fileno())
        if digest.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            raise FileStoreError(
                translate(
                    "Files",
                    "A downloaded file did not match its checksum ({sha}…); it will be "
                    "downloaded again.",
                ).format(sha=sha256[:12])
            )
        target = self.path_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.replace(target)
        return StoredFile(sha256, size, target, already_present=False)

    def put_downloaded(self, blobs: list[tuple[str, bytes]]) -> list[str]:
        """Store files that arrived whole, each only if its bytes hash to its name; returns
        those that did not (nothing of them is kept). One ``sync`` makes the batch durable,
        rather than one ``fsync`` a file.

        Each file is written beside its final name and renamed within its folder: threads
        storing batches at once do not all create and rename in one folder (on ext4 they
        queued on that folder's lock, and a first sync spent most of its time there)."""
        bad: list[str] = []
        staged: list[tuple[Path, Path]] = []
        suffix = f".{os.getpid()}-{threading.get_ident()}.incoming"  # i18n: not UI
        try:
            for sha256, data in blobs:
                target = self.path_for(sha256)
                if hashlib.sha256(data).hexdigest() != sha256:
                    bad.append(sha256)
                    continue
                if target.is_file():
                    continue
                staging = target.with_name(f".{sha256}{suffix}")
                staged.append((staging, target))
                _write_new(staging, data)
            _durable([path for path, _target in staged])
            while staged:
                path, target = staged[-1]
                path.replace(target)
                staged.pop()  # renamed: nothing left to clean up
        except OSError as exc:
            raise FileStoreError(
                translate("Files", "Could not store downloaded files: {error}").format(error=exc)
            ) from exc
        finally:
            for path, _target in staged:
                path.unlink(missing_ok=True)
        return bad

    def remove(self, sha256: str) -> bool:
        """Delete a stored file (callers check no document still uses it); True if it existed."""
        path = self.path_for(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, making its folder on the first file there."""
    try:
        fd = os.open(path, _NEW_FILE, 0o644)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, _NEW_FILE, 0o644)
    with os.fdopen(fd, "wb") as writer:
        writer.write(data)


def _durable(paths: list[Path]) -> None:
    """Make written files durable: one ``sync`` for all where there is one, else an ``fsync``
    each."""
    if not paths:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:
        with path.open("rb+") as file:
            os.fsync(file.fileno())
