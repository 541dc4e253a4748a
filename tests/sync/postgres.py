"""A throwaway PostgreSQL cluster for the sync tests.

The ``postgres_cluster`` fixture starts one per test session (``initdb`` + ``pg_ctl`` on a free
loopback port, fsync off) and stops it at the end; each test gets a database of its own in it.
``initdb`` refuses to run as root, so as root (CI) the cluster belongs to the ``postgres`` user
(``runuser``).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

POSTGRES_MISSING = (
    "PostgreSQL binaries (initdb, pg_ctl) not found: install Debian's `postgresql` package "
    "(.ci/run does) to run the sync tests on PostgreSQL"
)


def postgres_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin with initdb, else the one on PATH, else None."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresCluster:
    """A running throwaway cluster; ``new_database()`` makes an empty database for one test."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = free_port()
        # Not under pytest's tmp dir: that is private to root, and the cluster may run as postgres.
        self.data_dir = Path(tempfile.mkdtemp(prefix="convosphere-pg-"))
        self._as_postgres = os.geteuid() == 0
        self._names = itertools.count(1)

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip()}")

    def start(self) -> None:
        try:
            self._start()
        except BaseException:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            raise

    def _start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.data_dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data_dir), "-A", "trust", "-U", "app", "-E", "UTF8")
        options = (
            f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.data_dir / "server.log")
        self._run("pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        # "immediate": the cluster is thrown away, so it need not write a shutdown checkpoint
        # (tens of seconds on a busy CI machine after a few dozen test databases).
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://app@127.0.0.1:{self.port}/{database}"

    def new_database(self, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template`` (a database of this cluster that
        no one is connected to)."""
        import psycopg

        name = f"test_{next(self._names)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)
