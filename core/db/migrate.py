"""Bring app.db to the schema this build expects, refusing databases from newer builds.

The common case (the schema is already current) is answered with the stdlib ``sqlite3`` module
alone, so startup does not pay for importing SQLAlchemy and Alembic (~0.5 s) before the window
paints. Only a real upgrade loads Alembic.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import UserError
from core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


class DatabaseError(UserError):
    """The database cannot be used as it is; the message says what the user can do."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer version of the app."""


@dataclass(frozen=True)
class MigrationResult:
    """What ``ensure_schema`` did."""

    before: str | None
    after: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.before != self.after


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Keep Alembic's autogenerate and schema comparison away from FTS5 virtual tables.

    FTS5 tables (named ``fts_*``) and their shadow tables are made by hand-written migrations;
    Alembic would otherwise propose dropping them.
    """
    return not (type_ == "table" and name is not None and name.startswith("fts_"))


def known_revisions() -> list[str]:
    """Revision ids this build ships, oldest first (revisions are numbered ``NNNN_name.py``)."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(m.group(1) for n in names if (m := _REVISION_FILE.match(n)))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(db_path: Path) -> str | None:
    """The schema revision stored in the database, or None for a new or empty file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)  # i18n: not UI
    except sqlite3.Error as exc:
        raise DatabaseError(
            translate("Database", "Cannot open the database {path}: {error}").format(
                path=db_path, error=exc
            )
        ) from exc
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise DatabaseError(
                    translate(
                        "Database",
                        "{path} is not a ConvoSphere database. Choose another data folder.",
                    ).format(path=db_path)
                )
            return None
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(version[0]) if version else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            translate(
                "Database",
                "The database {path} is damaged or not a database ({error}). "
                "Restore it from a backup, or move it aside to start afresh.",
            ).format(path=db_path, error=exc)
        ) from exc
    finally:
        con.close()


def ensure_schema(db_path: Path) -> MigrationResult:
    """Create or upgrade the database to this build's head revision.

    An existing database is copied to ``app.db.backup-<revision>`` (SQLite's online backup) before
    an upgrade, so a failed or regretted migration loses nothing.
    """
    before = current_revision(db_path)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and before not in known_revisions():
        raise DatabaseTooNew(
            translate(
                "Database",
                "This data was written by a newer version of ConvoSphere (schema {schema}; this "
                "version understands up to {head}). Update ConvoSphere to open it. "
                "Nothing was changed.",
            ).format(schema=before, head=head)
        )
    backup = _backup(db_path, before) if before is not None else None
    _upgrade(db_path, head)
    return MigrationResult(before, head, backup)


def _backup(db_path: Path, revision: str) -> Path:
    target = db_path.with_name(f"{db_path.name}.backup-{revision}-{int(time.time())}")
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _upgrade(db_path: Path, revision: str) -> None:
    from alembic import command

    from core.db.session import create_db_engine

    engine = create_db_engine(db_path)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def alembic_config() -> Config:
    """Alembic's Config for our migrations folder (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
