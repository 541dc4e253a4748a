"""Where blob bytes live: an interface, and the local-disk store of the embedded server.

Blobs are content-addressed by SHA-256 and kept per workspace (de-duplicated within a workspace
only: a global "exists?" would let anyone probe for a file they do not have). An upload arrives
in parts appended to a pending file; ``finish`` checks the size and the whole-file hash and moves
it into place atomically. ``S3BlobStore`` (``sync.server.s3store``) keeps them in S3-compatible
object storage instead, for servers with several replicas.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from pathlib import Path

from sync.server.errors import ServerError

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_READ_CHUNK = 1024 * 1024


class OffsetMismatch(Exception):
    """A part was sent for an offset other than where the pending upload ends."""

    def __init__(self, received: int) -> None:
        super().__init__(f"the upload continues at byte {received}")
        self.received = received


class ContentMismatch(Exception):
    """The finished upload's size or hash is not what was claimed; it was discarded."""


class BlobStoreUnavailable(ServerError):
    """The blob store could not be reached or refused a request: try again later."""

    status = 503


class BlobStore(ABC):
    """Bytes of blobs by (workspace, sha256); callers validate both before calling."""

    @abstractmethod
    def size(self, workspace_id: str, sha256: str) -> int | None:
        """Size of the stored (complete) blob, or None."""

    @abstractmethod
    def received(self, workspace_id: str, sha256: str) -> int:
        """Bytes of the pending upload so far (0 if none)."""

    @abstractmethod
    def append(self, workspace_id: str, sha256: str, offset: int, data: bytes) -> int:
        """Append a part at exactly ``offset``; returns the new received count."""

    @abstractmethod
    def finish(self, workspace_id: str, sha256: str, size: int) -> None:
        """Verify size and hash of the pending upload and store it; ContentMismatch if not."""

    @abstractmethod
    def read(self, workspace_id: str, sha256: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start`` to ``end`` (exclusive) of a stored blob."""

    def put_many(self, workspace_id: str, blobs: list[tuple[str, bytes]]) -> None:
        """Store whole blobs whose bytes the caller checked against their sha256 (a part-done
        upload of one holds a prefix of the same bytes: it is finished, not restarted)."""
        for sha256, data in blobs:
            if self.size(workspace_id, sha256) is None:
                received = self.received(workspace_id, sha256)
                self.append(workspace_id, sha256, received, data[received:])
                self.finish(workspace_id, sha256, len(data))

    @abstractmethod
    def remove_workspace(self, workspace_id: str) -> None:
        """Delete every blob and pending upload of a workspace (it was deleted or erased)."""

    def check(self) -> None:
        """Raise BlobStoreUnavailable if the store cannot be reached (readiness); a local
        disk has nothing to reach."""
        return None


class LocalBlobStore(BlobStore):
    """Blobs under ``root/<workspace>/<ab>/<cd>/<sha256>``, uploads under ``root/.pending``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def _path(self, workspace_id: str, sha256: str) -> Path:
        check_names(workspace_id, sha256)
        return self.root / workspace_id / sha256[:2] / sha256[2:4] / sha256

    def _pending(self, workspace_id: str, sha256: str) -> Path:
        check_names(workspace_id, sha256)
        return self.root / ".pending" / workspace_id / sha256

    def _lock(self, workspace_id: str, sha256: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault((workspace_id, sha256), threading.Lock())

    def size(self, workspace_id: str, sha256: str) -> int | None:
        path = self._path(workspace_id, sha256)
        return path.stat().st_size if path.exists() else None

    def received(self, workspace_id: str, sha256: str) -> int:
        pending = self._pending(workspace_id, sha256)
        return pending.stat().st_size if pending.exists() else 0

    def append(self, workspace_id: str, sha256: str, offset: int, data: bytes) -> int:
        pending = self._pending(workspace_id, sha256)
        with self._lock(workspace_id, sha256):
            pending.parent.mkdir(parents=True, exist_ok=True)
            with pending.open("ab") as file:
                received = file.tell()
                if offset != received:
                    raise OffsetMismatch(received)
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
                return received + len(data)

    def finish(self, workspace_id: str, sha256: str, size: int) -> None:
        pending = self._pending(workspace_id, sha256)
        target = self._path(workspace_id, sha256)
        with self._lock(workspace_id, sha256):
            actual = pending.stat().st_size if pending.exists() else 0
            if actual != size:
                pending.unlink(missing_ok=True)
                raise ContentMismatch(
                    f"the upload holds {actual} bytes, not {size}: discarded, upload it again"
                )
            digest = hashlib.sha256()
            with pending.open("rb") as file:
                while chunk := file.read(_READ_CHUNK):
                    digest.update(chunk)
            if digest.hexdigest() != sha256:
                pending.unlink()
                raise ContentMismatch(
                    f"the upload's SHA-256 is {digest.hexdigest()}, not {sha256}: "
                    "discarded, upload it again"
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            pending.replace(target)

    def put_many(self, workspace_id: str, blobs: list[tuple[str, bytes]]) -> None:
        """Write each to a temporary file, make them durable with one sync, move them into
        place, sync again: two syncs a batch rather than one per file."""
        staged: list[tuple[Path, Path]] = []
        try:
            for sha256, data in blobs:
                target = self._path(workspace_id, sha256)
                if target.exists():
                    continue
                folder = self.root / ".pending" / workspace_id
                folder.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(dir=folder, prefix=f".{sha256[:16]}-")
                with os.fdopen(fd, "wb") as file:
                    file.write(data)
                staged.append((Path(name), target))
            durable(path for path, _target in staged)
            for path, target in staged:
                target.parent.mkdir(parents=True, exist_ok=True)
                path.replace(target)
            durable(target for _path, target in staged)
        finally:
            for path, _target in staged:
                path.unlink(missing_ok=True)

    def read(self, workspace_id: str, sha256: str, start: int, end: int) -> Iterator[bytes]:
        path = self._path(workspace_id, sha256)
        with path.open("rb") as file:
            file.seek(start)
            left = end - start
            while left > 0:
                chunk = file.read(min(_READ_CHUNK, left))
                if not chunk:
                    return
                left -= len(chunk)
                yield chunk

    def remove_workspace(self, workspace_id: str) -> None:
        if not SAFE_ID.match(workspace_id):
            raise ValueError("unsafe workspace id")
        for folder in (self.root / workspace_id, self.root / ".pending" / workspace_id):
            shutil.rmtree(folder, ignore_errors=True)


def durable(paths: Iterable[Path]) -> None:
    """Make written files (and their names) durable: one ``sync`` for all on POSIX, else an
    ``fsync`` each."""
    listed = list(paths)
    if not listed:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in listed:
        with path.open("rb+") as file:
            os.fsync(file.fileno())


def check_names(workspace_id: str, sha256: str) -> None:
    # Defence in depth: routes validate these, but a path is only ever built from safe names.
    if not SHA256_HEX.match(sha256) or not SAFE_ID.match(workspace_id):
        raise ValueError("unsafe blob name")
