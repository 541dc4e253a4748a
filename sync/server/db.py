"""Engine, sessions and migrations of the server database (SQLite or PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, text

from core.db.session import Sessions, create_sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaOutOfDate(RuntimeError):
    """The database is not at this build's schema; ``convosphere-server migrate`` fixes it."""


def engine_url(database_url: str) -> str:
    """Map ``postgresql://`` to SQLAlchemy's psycopg 3 driver; leave others as they are."""
    for prefix in ("postgresql://", "postgres://"):
        if database_url.startswith(prefix):
            return "postgresql+psycopg://" + database_url[len(prefix) :]
    return database_url


def make_engine(database_url: str) -> Engine:
    """An engine; SQLite gets WAL, foreign keys and transactions begun by us (see ``Database``)."""
    url = engine_url(database_url)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    # The same set-up as app.db's: WAL, full sync, foreign keys, writers that take the lock
    # up front (a deferred transaction that read first cannot upgrade while another commits).
    return create_sqlite_engine(url, check_same_thread=False)


class Database(Sessions):
    """Sessions over the server database; services use ``read()`` and ``write()``."""

    def __init__(self, database_url: str) -> None:
        super().__init__(make_engine(database_url))
        self.url = database_url
        self.is_sqlite = self.engine.dialect.name == "sqlite"

    def ping(self) -> None:
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(db: Database) -> tuple[str | None, str]:
    """Upgrade the database to this build's head; returns (before, after)."""
    from alembic import command

    before = current_revision(db)
    head = head_revision()
    if before != head:
        with db.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return before, head


def check_schema(db: Database) -> None:
    """Refuse to serve a database that is not at this build's schema."""
    current, head = current_revision(db), head_revision()
    if current != head:
        raise SchemaOutOfDate(
            f"The server database is at schema {current or 'none'}, this build needs {head}: "
            "run `convosphere-server ... migrate` first."
        )
