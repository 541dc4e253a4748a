"""Which process owns a data dir's background work, and which processes are alive on it.

Several processes may open one data dir at once: the app, and CLI commands run from a terminal
beside it. Each does its own work. Only the *owner* (the holder of ``owner.lock``) runs work
nobody asked it for: queued jobs of others, and the recovery of work a dead process left
behind (jobs left running, answers left streaming). It recovers only while no other process is
alive on the data dir, since their work may still be in progress; a process is alive while it
holds the lock on its own file in ``run/``. The OS drops every lock when a process dies, also
on ``kill -9``, so a crash never leaves the data dir owned.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)


def _try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive lock on an open file without waiting; False if another holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _open_lock_file(path: Path) -> IO[bytes]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    return os.fdopen(fd, "r+b", buffering=0)


class DataDirGuard:
    """This process's standing on one data dir: alive always, owner when it won the lock."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.run_dir = data_dir / "run"
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.process_id = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._alive_path = self.run_dir / f"{self.process_id}.lock"  # i18n: not UI
        self._alive: IO[bytes] | None = _open_lock_file(self._alive_path)
        if not _try_lock(self._alive):  # a fresh random name: nobody else can hold it
            raise OSError(f"Could not lock {self._alive_path}")
        self._owner: IO[bytes] | None = None

    @property
    def owner(self) -> bool:
        """Whether this process owns the data dir's background work."""
        return self._owner is not None

    def try_own(self) -> bool:
        """Become the owner if no live process is; True if this process owns it now."""
        if self._owner is not None:
            return True
        handle = _open_lock_file(self.data_dir / "owner.lock")
        if _try_lock(handle):
            self._owner = handle
            log.info("This process (%s) owns the data dir's background work", self.process_id)
            return True
        handle.close()
        return False

    def others_alive(self) -> bool:
        """Whether another process has this data dir open (stale entries of dead ones go)."""
        alive = False
        for path in self.run_dir.glob("*.lock"):
            if path == self._alive_path:
                continue
            try:
                handle = _open_lock_file(path)
            except OSError:
                continue
            with handle:
                if not _try_lock(handle):
                    alive = True
                    continue
                # Its process is gone; the lock is released when the handle closes.
                with contextlib.suppress(OSError):
                    path.unlink()
        return alive

    def may_recover(self) -> bool:
        """Whether this process may take over work others left unfinished: it is the owner
        and no other process is alive to be still doing that work."""
        return self.owner and not self.others_alive()

    def close(self) -> None:
        """Give up ownership and say this process is gone."""
        if self._owner is not None:
            self._owner.close()
            self._owner = None
        if self._alive is not None:
            self._alive.close()
            self._alive = None
            with contextlib.suppress(OSError):
                self._alive_path.unlink()


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (waiting for it) across processes, e.g. while the
    sync session's refresh token rotates: two processes must never spend the same one."""
    handle = _open_lock_file(path)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        handle.close()
