"""Every write to a syncable row goes through ``core.changes.ChangeRecorder``, which records it in
the outbox in the same transaction; a write that skips it would never reach other devices.

Checked twice: in the source (no module outside the recorder inserts, updates or deletes a
syncable table, or makes a syncable row), and at run time (SQLite triggers note every syncable
row a transaction writes, and each commit is checked for an outbox entry per row) over a day of
real use of the real services.
"""

from __future__ import annotations

import ast
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text, update

from core.chat.records import AssistantRecord, MessageState
from core.chat.resolution import configure_provider
from core.db.models import SYNCED_MODELS, Base, Document, Tag
from core.jobs import JobState
from core.paths import AppPaths
from core.root import Root, open_root
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

REPO = Path(__file__).resolve().parents[2]
SCANNED = ("core", "sync", "desktop")
RECORDER = ("core/changes.py", "core/changes/")
# Schema migrations create and convert tables before any service runs; they write no user data.
# The applier of remote changes writes what another device's recorder recorded (with its clocks).
ALLOWED = ("core/db/migrations/", "core/replication.py")

SYNCABLE = {m.class_ for m in Base.registry.mappers if "field_clocks" in m.columns}
SYNCABLE_TABLES = frozenset(m.__tablename__ for m in SYNCABLE)
SYNCABLE_NAMES = frozenset(m.__name__ for m in SYNCABLE) | {"SYNCED_MODELS"}
WRITE_FUNCTIONS = frozenset({"insert", "update", "delete"})
ORM_BULK_WRITES = frozenset({"bulk_insert_mappings", "bulk_update_mappings", "bulk_save_objects"})
# A SQL write; the table is a name, or a placeholder ({}, {name}, %s) filled in at run time.
SQL_WRITE = re.compile(
    r"\b(?:(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO|DELETE\s+FROM|UPDATE(?:\s+OR\s+\w+)?)"
    r"\s+[\"`\[]?(?:main\.)?(\w+|\{[^}]*\}|%s)[\"`\]]?(?=\s|\(|$)",
    re.IGNORECASE,
)


# --- in the source ---------------------------------------------------------------------------


def syncable_writes(source: str) -> list[tuple[int, str]]:
    """``(line, what)`` for each write to a syncable table that ``source`` spells out."""
    tree = ast.parse(source)
    names = _Names(tree)
    docstrings = _docstrings(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            what = names.write_call(node)
            if what:
                found.append((node.lineno, what))
        if id(node) in docstrings:
            continue
        sql = _literal(node)
        for match in SQL_WRITE.finditer(sql or ""):
            table = match.group(1)
            if table in SYNCABLE_TABLES or not table.isidentifier():
                found.append((getattr(node, "lineno", 0), f"SQL {match.group(0)!r}"))
    return sorted(set(found))


class _Names:
    """What the names of one module are bound to: syncable models, their tables, and
    SQLAlchemy's ``insert`` / ``update`` / ``delete``."""

    def __init__(self, tree: ast.AST) -> None:
        self.models: set[str] = set()  # a model class, or SYNCED_MODELS
        self.model_modules: set[str] = set()  # core.db.models
        self.writes: set[str] = set()  # sqlalchemy's insert/update/delete
        self.sqlalchemy: set[str] = set()  # the sqlalchemy package (or a module of it)
        self.tables: set[str] = set()  # a model's table (``cast(Table, TagLink.__table__)``)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self._imported(node.module, alias.name, alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self._imported(alias.name, "", alias.asname or alias.name.split(".")[0])
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and self._table_of_model(node.value):
                self.tables.update(t.id for t in node.targets if isinstance(t, ast.Name))

    def _imported(self, module: str, name: str, local: str) -> None:
        if module == "core.db.models" and name in SYNCABLE_NAMES:
            self.models.add(local)
        elif (module, name) in {("core.db.models", ""), ("core.db", "models")}:
            self.model_modules.add(local)
        elif module.startswith("sqlalchemy") and name in WRITE_FUNCTIONS:
            self.writes.add(local)
        elif module.startswith("sqlalchemy") and not name:
            self.sqlalchemy.add(local)

    def write_call(self, call: ast.Call) -> str:
        """What ``call`` writes to a syncable table, or ""."""
        func = call.func
        if self._is_model(func) and not (isinstance(func, ast.Name) and func.id == "SYNCED_MODELS"):
            return f"makes a {ast.unparse(func)} row"
        if isinstance(func, ast.Attribute) and func.attr in ORM_BULK_WRITES:
            return f"{func.attr}() bypasses the recorder"
        statement = (isinstance(func, ast.Name) and func.id in self.writes) or (
            isinstance(func, ast.Attribute)
            and func.attr in WRITE_FUNCTIONS
            and isinstance(func.value, ast.Name)
            and func.value.id in self.sqlalchemy
        )
        if statement and call.args and self._targets_syncable(call.args[0]):
            return f"{ast.unparse(func)}() of a syncable table"
        if (
            isinstance(func, ast.Attribute)
            and func.attr in WRITE_FUNCTIONS
            and self._targets_syncable(func.value, tables_only=True)
        ):
            return f"{ast.unparse(func)}() of a syncable table"
        return ""

    def _is_model(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.models
        return (
            isinstance(node, ast.Attribute)
            and node.attr in SYNCABLE_NAMES
            and isinstance(node.value, ast.Name)
            and node.value.id in self.model_modules
        )

    def _table_of_model(self, node: ast.AST) -> bool:
        return any(
            isinstance(n, ast.Attribute) and n.attr == "__table__" and self._targets_syncable(n)
            for n in ast.walk(node)
        )

    def _targets_syncable(self, node: ast.AST, *, tables_only: bool = False) -> bool:
        for part in ast.walk(node):
            if isinstance(part, ast.Name) and part.id in self.tables:
                return True
            if self._is_model(part) and not tables_only:
                return True
            if (
                isinstance(part, ast.Attribute)
                and part.attr == "__table__"
                and self._is_model(part.value)
            ):
                return True
        return False


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            found.add(id(first.value))
    return found


def _literal(node: ast.AST) -> str | None:
    """The text of a string literal, f-string or concatenation; run-time parts become ``{}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None or right is not None:
            return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def _scanned_files() -> Iterator[tuple[str, Path]]:
    for package in SCANNED:
        for path in sorted((REPO / package).rglob("*.py")):
            relative = path.relative_to(REPO).as_posix()
            if not relative.startswith(RECORDER + ALLOWED):
                yield relative, path


def test_the_syncable_tables_are_the_synced_models() -> None:
    assert set(SYNCED_MODELS.values()) == SYNCABLE


def test_no_module_outside_the_recorder_writes_a_syncable_table() -> None:
    offenders = [
        f"{relative}:{line}: {what}"
        for relative, path in _scanned_files()
        for line, what in syncable_writes(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "write syncable rows through core.changes.ChangeRecorder"


IMPORTS = """
import sqlalchemy as sa
from sqlalchemy import delete, insert, text, update
from core.db.models import SYNCED_MODELS, Chunk, Device, Document, Message, Tag, TagLink
"""


@pytest.mark.parametrize(
    "source",
    [
        "session.add(Document(title='x'))",
        "from core.db.models import Tag as T\nrow = T(name='x')",
        "from core.db import models\nsession.add(models.Conversation())",
        "session.execute(update(Document).where(Document.id == i).values(title='x'))",
        "session.execute(sa.delete(TagLink).where(TagLink.tag_id == t))",
        "session.execute(insert(Tag.__table__), rows)",
        "_LINKS = cast(Table, TagLink.__table__)\nsession.execute(insert(_LINKS), rows)",
        "session.execute(Tag.__table__.update().values(color='x'))",
        "session.execute(update(SYNCED_MODELS[entity]).values(deleted=True))",
        "session.execute(text('UPDATE document SET title = :t'))",
        "session.execute(text('delete from tag_link where id = :i'))",
        "session.execute(text('INSERT OR REPLACE INTO setting (id) VALUES (1)'))",
        "session.execute(text(f'UPDATE {entity} SET deleted = 1'))",
        "session.execute(text('DELETE FROM ' + table + ' WHERE id = :i'))",
        "session.bulk_insert_mappings(Message, rows)",
    ],
)
def test_the_scan_finds_each_way_of_writing_a_syncable_table(source: str) -> None:
    assert syncable_writes(IMPORTS + source) != []


@pytest.mark.parametrize(
    "source",
    [
        "recorder.update(session, row, title='x')",
        "recorder.create(session, Document, workspace_id=w, title='x')",
        "session.execute(delete(Chunk).where(Chunk.file_sha256 == sha))",
        "session.execute(update(Device).values(last_hlc=h))",
        "session.execute(insert(_ITEM_TABLE), rows)",
        "rows = session.scalars(select(Document).where(Document.deleted.is_(False)))",
        "session.execute(text(\"INSERT INTO fts_chunk(fts_chunk) VALUES ('rebuild')\"))",
        "def f():\n    '''UPDATE document SET title: what the recorder does.'''",
        "options.update(extra)",
        "used.update(session.scalars(select(Document.id)))",
        "import docx\nbook = docx.Document(path)",
        "session.delete(job)",
    ],
)
def test_the_scan_leaves_other_writes_alone(source: str) -> None:
    assert syncable_writes(IMPORTS + source) == []


# --- at run time -------------------------------------------------------------------------------

# Drafts of a streaming answer (``ChangeRecorder.write_draft``) are deliberately not synced: they
# change many times a second and ``finish_draft`` records the final text. They are the UPDATEs of
# a message that stays streaming and whose field clocks do not change.
_UPDATE_EXEMPT = {
    "message": "NOT (new.state = 'streaming' AND new.field_clocks IS old.field_clocks)"
}
# Rows every device seeds alike (``ChangeRecorder.seed``: the default assistants) carry the
# genesis clock and are deliberately not sent: any real edit wins over them everywhere.
_INSERT_EXEMPT = "NOT (new.field_clocks LIKE '%.genesis\"%')"
_MISSING = """
SELECT DISTINCT w.entity, w.entity_id, w.op FROM guard_written w WHERE NOT EXISTS (
    SELECT 1 FROM guard_recorded r WHERE r.entity = w.entity AND r.entity_id = w.entity_id
    AND (w.op = 'upsert' OR r.op = 'purge'))
"""


class OutboxGuard:
    """Notes every syncable row each transaction writes, on every connection opened while
    installed, and at each commit the rows with no outbox entry (no purge entry, if deleted)."""

    def __init__(self) -> None:
        self.violations: list[tuple[str, str, str]] = []
        self.written: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    def install(self) -> None:
        event.listen(Engine, "connect", self._on_connect)
        event.listen(Engine, "commit", self._on_commit)

    def remove(self) -> None:
        event.remove(Engine, "connect", self._on_connect)
        event.remove(Engine, "commit", self._on_commit)

    def _on_connect(self, connection: sqlite3.Connection, _record: Any) -> None:
        cursor = connection.cursor()
        for name in ("guard_written", "guard_recorded"):
            cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (entity, entity_id, op)")
        present = {row[0] for row in cursor.execute("SELECT name FROM main.sqlite_master")}
        for table in sorted(SYNCABLE_TABLES & present):
            exempt = _UPDATE_EXEMPT.get(table)
            for when, row, op in (
                ("INSERT", "new", "upsert"),
                ("UPDATE", "new", "upsert"),
                ("DELETE", "old", "purge"),
            ):
                only = f"WHEN {exempt}" if when == "UPDATE" and exempt else ""
                if when == "INSERT":
                    only = f"WHEN {_INSERT_EXEMPT}"
                cursor.execute(
                    f"CREATE TEMP TRIGGER guard_{table}_{when} AFTER {when} ON main.{table} "
                    f"{only} BEGIN INSERT INTO guard_written "
                    f"VALUES ('{table}', {row}.id, '{op}'); END"
                )
        if "sync_outbox" in present:
            cursor.execute(
                "CREATE TEMP TRIGGER guard_outbox AFTER INSERT ON main.sync_outbox BEGIN "
                "INSERT INTO guard_recorded VALUES (new.entity, new.entity_id, new.op); END"
            )
        cursor.close()

    def _on_commit(self, connection: Any) -> None:
        cursor = connection.connection.dbapi_connection.cursor()
        watched = "SELECT 1 FROM sqlite_temp_master WHERE name = 'guard_written'"
        if cursor.execute(watched).fetchone() is None:  # opened before the guard was installed
            cursor.close()
            return
        missing = cursor.execute(_MISSING).fetchall()
        written = cursor.execute("SELECT entity, op FROM guard_written").fetchall()
        cursor.execute("DELETE FROM guard_written")
        cursor.execute("DELETE FROM guard_recorded")
        cursor.close()
        with self._lock:
            self.violations.extend(missing)
            self.written.update(written)


@pytest.fixture
def guard() -> Iterator[OutboxGuard]:
    installed = OutboxGuard()
    installed.install()
    yield installed
    installed.remove()


@pytest.fixture
def guarded(guard: OutboxGuard, app_paths: AppPaths) -> Iterator[Root]:
    """The real services, every connection of theirs watched by ``guard``."""
    root = open_root(app_paths)
    yield root
    root.close()


def test_the_guard_catches_writes_that_skip_the_outbox(guarded: Root, guard: OutboxGuard) -> None:
    add = guarded.library.tags.create("Garden")
    with guarded.database.write() as session:
        tag = session.get(Tag, add.id)
        assert tag is not None
        tag.color = "#000000"  # an ORM change with no recorder
        session.execute(update(Document).values(title="x"))  # no rows: nothing written
    with guarded.database.write() as session:
        session.execute(text("UPDATE tag SET description = 'raw'"))
    with guarded.database.write() as session:
        session.execute(text("DELETE FROM tag"))
    assert guard.violations == [
        ("tag", add.id, "upsert"),
        ("tag", add.id, "upsert"),
        ("tag", add.id, "purge"),
    ]


def test_a_day_of_use_records_every_syncable_write_in_the_outbox(
    guarded: Root, guard: OutboxGuard, tmp_path: Path
) -> None:
    root = guarded
    documents = _import(root, tmp_path)
    _use_tags(root, documents)
    _use_bulk_actions(root, documents)
    with FakeLLMServer() as server:
        _chat(root, server)
    # Deleting documents for good, both ways; the first comes back from the trash on re-import.
    assert run_job(root, root.library.bulk.trash(documents[:1])).state == JobState.DONE
    _import(root, tmp_path)
    run_job(root, root.library.bulk.trash(documents[1:2]))
    assert run_job(root, root.library.bulk.empty_trash()).state == JobState.DONE
    job = root.jobs.submit("knowledge.delete", "Delete", {"document_ids": documents[:1]})
    assert run_job(root, job).state == JobState.DONE

    assert guard.violations == []
    entities = {entity for entity, _op in guard.written}
    assert entities >= {
        "workspace", "setting", "assistant", "conversation", "message", "document", "tag",
        "tag_link",
    }  # fmt: skip
    assert {("document", "purge"), ("tag_link", "purge"), ("tag", "purge")} <= set(guard.written)


def _import(root: Root, tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "garden.md").write_text(files.GARDEN_MD, encoding="utf-8")
    (folder / "turbine.txt").write_text(" ".join(files.TURBINE_PAGES), encoding="utf-8")
    assert run_job(root, root.knowledge.import_paths([folder])).failed == 0
    with root.database.read() as session:
        return list(session.scalars(select(Document.id).order_by(Document.id)))


def _use_tags(root: Root, documents: list[str]) -> None:
    tags = root.library.tags
    tags.create("Garden", color="#4e79a7")
    tags.tag_documents(documents, ["Garden", "Notes", "Later"])
    tags.rename("notes", "Reading")
    tags.update("reading", color="#e15759", description="To read")
    tags.untag_documents(documents[:1], ["reading"])
    tags.merge(["reading"], "garden")
    tags.delete("later")
    tags.create("Draft")
    tags.rename("draft", "Later")  # frees the name: the deleted "Later" and its links are purged


def _use_bulk_actions(root: Root, documents: list[str]) -> None:
    bulk = root.library.bulk
    for job in (bulk.tag(documents, "Quarterly"), bulk.untag(documents[:1], "quarterly")):
        assert run_job(root, job).state == JobState.DONE
    trashed = bulk.trash(documents)
    assert run_job(root, trashed).state == JobState.DONE
    assert run_job(root, bulk.undo_trash(trashed)).state == JobState.DONE
    assert run_job(root, bulk.reprocess(documents)).state == JobState.DONE


def _chat(root: Root, server: FakeLLMServer) -> None:
    configure_provider(
        root.settings, root.secrets, "openai_compatible", "fake-model", server.openai_url, ""
    )
    chat = root.chat
    chat.draft_interval_s = 0.01
    server.enqueue(Reply(text="Use soapy water on the aphids, then rinse.", token_delay=0.02))

    async def ask() -> Any:
        try:
            return await chat.run(chat.ask("What about aphids?"))
        finally:
            await chat.aclose()

    result = run_coroutine(ask())
    assert result.state == MessageState.COMPLETE
    conversations = chat.conversations
    conversation = result.answer.conversation_id
    conversations.rename(conversation, "Aphids")
    conversations.set_pinned(conversation, True)
    conversations.trash(conversation)
    conversations.restore(conversation)
    assistants = chat.assistants
    made = assistants.create(AssistantRecord(id="", name="Gardener", instructions="Be brief."))
    assistants.update(AssistantRecord(id=made.id, name="Gardener", temperature=0.3))
    assistants.delete(made.id)
    assistants.restore(made.id)
