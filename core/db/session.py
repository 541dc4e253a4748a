"""The SQLAlchemy engine and sessions over app.db: WAL, foreign keys, explicit write locks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def create_db_engine(db_path: Path) -> Engine:
    """An engine for one SQLite file, set up for a desktop app that must not lose data."""
    return create_sqlite_engine(f"sqlite:///{db_path}")


def create_sqlite_engine(url: str, **connect_args: Any) -> Engine:
    """An SQLite engine that must not lose data (app.db, and the embedded sync server's).

    - WAL: readers never block the writer, and a killed process loses no committed transaction.
    - ``synchronous=FULL``: a committed transaction survives power loss too.
    - Transactions are begun by us, not by pysqlite: a write session starts with
      ``BEGIN IMMEDIATE`` (execution option ``sqlite_immediate``) so two writers queue on
      ``busy_timeout`` instead of failing with "database is locked" when a read lock cannot be
      upgraded.
    """
    engine = create_engine(url, connect_args={"timeout": 30, **connect_args})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Sessions:
    """Read and write sessions over an engine (app.db's, or the sync server's database)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; loaded objects stay readable after it closes."""
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session holding the write lock (SQLite: ``BEGIN IMMEDIATE``); commits once at the
        end, rolls back on error."""
        with self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


class Database(Sessions):
    """Sessions over one app.db; services use ``read()`` and ``write()``, never raw engines."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(create_db_engine(db_path))
        self.path = db_path
