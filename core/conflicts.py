"""Conflict versions: long text another device's edit replaced, kept for the person to choose.

``core.replication`` keeps the value that lost a last-writer-wins conflict as a
``ConflictVersion`` row of this device: an assistant's instructions (text), or a document's file
(its SHA-256; the file stays in the file store, which keeps files these rows name). This service
lists them for the workspace's items, compares a version with the current one (a file by its
text), and resolves them:

- ``choose``: the version's text becomes the item's text as a normal local edit (it syncs and
  wins over the text it replaces, which is what the person chose); the version is cleared.
- ``keep_current``: the current text stays; every version of that field is cleared.
- ``discard``: this one version is cleared (others of the same field stay).

Blocking (SQLite): the GUI calls these from a worker thread.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.changes import ChangeRecorder
from core.db.models import Assistant, Chunk, ConflictVersion, Document, InWorkspace, Synced
from core.db.session import Database
from core.errors import UserError
from core.files import FileStore
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.i18n import size as file_size

# The entities whose conflict versions this service knows.
ENTITIES: dict[str, type[InWorkspace]] = {"assistant": Assistant, "document": Document}
FIELD_LABELS = {  # shown with translate("Conflicts", ...) by ConflictRecord.field_label
    ("assistant", "instructions"): QT_TRANSLATE_NOOP("Conflicts", "Instructions"),
    ("document", "file_sha256"): QT_TRANSLATE_NOOP("Conflicts", "File"),
}
# Fields whose value names a file of the file store (compared by the file's text).
FILE_FIELDS = frozenset({("document", "file_sha256")})
READABLE_TYPES = frozenset({"text", "markdown", "code", "html"})  # read as is when not indexed
MAX_READ_BYTES = 512 * 1024


class ConflictGone(UserError):
    """The version was resolved already (here or in another window)."""


@dataclass(frozen=True)
class ConflictRecord:
    """One kept version of a field, next to what the field holds now."""

    id: str
    entity: str
    entity_id: str
    item_name: str
    field: str
    value: str  # the value that lost the conflict (a file's SHA-256 for a file field)
    current: str  # what the field holds now
    clock: str
    created_at_ms: int
    written_here: bool = False  # the kept value was written on this device
    value_text: str = ""  # what to compare: the text itself, or a file's text
    current_text: str = ""

    @property
    def is_file(self) -> bool:
        return (self.entity, self.field) in FILE_FIELDS

    @property
    def field_label(self) -> str:
        label = FIELD_LABELS.get((self.entity, self.field))
        return translate("Conflicts", label) if label is not None else self.field

    @property
    def written_on(self) -> str:
        """The device id that wrote the kept text (the HLC's last part)."""
        return self.clock.rsplit(".", 1)[-1] if self.clock.count(".") >= 2 else ""

    @property
    def written_at_ms(self) -> int | None:
        """When the kept text was written (the HLC's wall clock), if known."""
        head = self.clock.split(".", 1)[0]
        return int(head) if head.isdigit() and int(head) > 0 else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "item_name": self.item_name,
            "field": self.field,
            "value": self.value,
            "current": self.current,
            "clock": self.clock,
            "created_at_ms": self.created_at_ms,
            "written_here": self.written_here,
        }


Kind = Literal["same", "changed", "removed", "added"]


@dataclass(frozen=True)
class DiffSpan:
    """A piece of a line; ``changed`` pieces are the ones to highlight."""

    text: str
    changed: bool


@dataclass(frozen=True)
class DiffRow:
    """One row of a side-by-side comparison: the left line, the right line, how they differ.
    A side is ``None`` where the other side has a line it lacks."""

    kind: Kind
    left: tuple[DiffSpan, ...] | None
    right: tuple[DiffSpan, ...] | None


def compare(left: str, right: str) -> list[DiffRow]:
    """Side-by-side rows of two texts, with the changed words of changed lines marked."""
    a, b = left.splitlines(), right.splitlines()
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows += [
                DiffRow("same", (DiffSpan(line, False),), (DiffSpan(line, False),))
                for line in a[i1:i2]
            ]
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            old = olds[k] if k < len(olds) else None
            new = news[k] if k < len(news) else None
            if old is not None and new is not None:
                spans = _word_spans(old, new)
                rows.append(DiffRow("changed", spans[0], spans[1]))
            elif old is not None:
                rows.append(DiffRow("removed", (DiffSpan(old, True),), None))
            elif new is not None:
                rows.append(DiffRow("added", None, (DiffSpan(new, True),)))
    return rows


_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def _word_spans(old: str, new: str) -> tuple[tuple[DiffSpan, ...], tuple[DiffSpan, ...]]:
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    left: list[DiffSpan] = []
    right: list[DiffSpan] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        same = tag == "equal"
        if i2 > i1:
            left.append(DiffSpan("".join(a[i1:i2]), not same))
        if j2 > j1:
            right.append(DiffSpan("".join(b[j1:j2]), not same))
    return _joined(left), _joined(right)


def _joined(spans: list[DiffSpan]) -> tuple[DiffSpan, ...]:
    """Neighbouring spans of one kind as one; a space between two changes counts as changed
    (``like a pirate`` is one highlight, not three)."""
    marked = [
        DiffSpan(s.text, True)
        if not s.changed
        and not s.text.strip()
        and 0 < i < len(spans) - 1
        and spans[i - 1].changed
        and spans[i + 1].changed
        else s
        for i, s in enumerate(spans)
    ]
    out: list[DiffSpan] = []
    for span in marked:
        if out and out[-1].changed == span.changed:
            out[-1] = DiffSpan(out[-1].text + span.text, span.changed)
        else:
            out.append(span)
    return tuple(out)


class ConflictService:
    """The conflict versions of one workspace's items."""

    def __init__(
        self,
        database: Database,
        recorder: ChangeRecorder,
        workspace_id: str,
        device_id: str = "",
        *,
        files: FileStore | None = None,
        reindex: Callable[[list[str]], object] | None = None,
    ) -> None:
        self._db = database
        self._recorder = recorder
        self._workspace_id = workspace_id
        self._device_id = device_id
        self._files = files
        self._reindex = reindex  # documents whose file changed: index them again

    def counts(self, entity: str) -> dict[str, int]:
        """Item id → how many kept versions it has, for the items of ``entity`` in this
        workspace that have any."""
        model = _model(entity)
        with self._db.read() as session:
            ids = session.scalars(
                select(ConflictVersion.entity_id)
                .join(model, model.id == ConflictVersion.entity_id)
                .where(
                    ConflictVersion.entity == entity,
                    model.workspace_id == self._workspace_id,
                )
            )
            return dict(Counter(ids))

    def versions(self, entity: str, entity_id: str) -> list[ConflictRecord]:
        """The kept versions of one item, oldest first, each with the item's current text."""
        model = _model(entity)
        with self._db.read() as session:
            row = session.get(model, entity_id)
            if row is None or row.workspace_id != self._workspace_id:
                return []
            kept = session.scalars(
                select(ConflictVersion)
                .where(ConflictVersion.entity == entity, ConflictVersion.entity_id == entity_id)
                .order_by(ConflictVersion.created_at_ms, ConflictVersion.id)
            ).all()
            return [self._with_texts(session, _record(v, row, self._device_id)) for v in kept]

    def all(self) -> list[ConflictRecord]:
        """Every kept version in this workspace (the CLI lists these)."""
        found: list[ConflictRecord] = []
        for entity in ENTITIES:
            for entity_id in self.counts(entity):
                found += self.versions(entity, entity_id)
        return found

    def choose(self, version_id: str) -> ConflictRecord:
        """Make the version's value the item's (a local edit that syncs); clear it. A file
        must still be on this device; the document is indexed again for it."""
        with self._db.write() as session:
            version, row = self._load(session, version_id)
            fields: dict[str, Any] = {version.field: version.value}
            is_file = (version.entity, version.field) in FILE_FIELDS
            if is_file:
                fields["size_bytes"] = self._file_size(str(version.value))
            self._recorder.update(session, row, **fields)
            session.delete(version)
            session.flush()
            chosen = _record(version, row, self._device_id)
        if is_file and self._reindex is not None:
            self._reindex([chosen.entity_id])
        return chosen

    def keep_current(self, version_id: str) -> int:
        """Keep the item's text as it is: clear every kept version of that field. Returns
        how many were cleared."""
        with self._db.write() as session:
            version, _row = self._load(session, version_id)
            done = session.execute(
                delete(ConflictVersion).where(
                    ConflictVersion.entity == version.entity,
                    ConflictVersion.entity_id == version.entity_id,
                    ConflictVersion.field == version.field,
                )
            )
            return int(done.rowcount)  # type: ignore[attr-defined]

    def discard(self, version_id: str) -> None:
        """Clear this one kept version."""
        with self._db.write() as session:
            version, _row = self._load(session, version_id)
            session.delete(version)

    def _file_size(self, sha: str) -> int:
        path = self._files.path_for(sha) if self._files is not None else None
        if path is None or not path.is_file():
            raise ConflictGone(
                translate("Conflicts", "The file of that version is no longer on this device.")
            )
        return path.stat().st_size

    def _with_texts(self, session: Session, record: ConflictRecord) -> ConflictRecord:
        """The record with what to compare: text as is, a file by its text."""
        if not record.is_file:
            return replace(record, value_text=record.value, current_text=record.current)
        doc_type = str(
            session.scalar(select(Document.doc_type).where(Document.id == record.entity_id))
        )
        return replace(
            record,
            value_text=self._file_text(session, record.value, doc_type),
            current_text=self._file_text(session, record.current, doc_type),
        )

    def _file_text(self, session: Session, sha: str, doc_type: str) -> str:
        """A file's text: its chunks where this device indexed it, else the file itself when
        it is text, else a line that says what the file is."""
        newest = session.scalar(
            select(func.max(Chunk.chunker_version)).where(Chunk.file_sha256 == sha)
        )
        if newest is not None:
            chunks = session.scalars(
                select(Chunk.text)
                .where(Chunk.file_sha256 == sha, Chunk.chunker_version == newest)
                .order_by(Chunk.ordinal)
            ).all()
            return "\n".join(chunks)
        path = self._files.path_for(sha) if self._files is not None else None
        if path is None or not path.is_file():
            return translate("Conflicts", "(The file {sha}… is not on this device.)").format(
                sha=sha[:12]
            )
        if doc_type in READABLE_TYPES:
            with path.open("rb") as handle:
                return handle.read(MAX_READ_BYTES).decode("utf-8", "replace")
        size = path.stat().st_size
        return translate(
            "Conflicts", "(A {type} file of {size}, {sha}…: its text shows once indexed.)"
        ).format(type=doc_type, size=file_size(size), sha=sha[:12])

    def _load(self, session: Session, version_id: str) -> tuple[ConflictVersion, InWorkspace]:
        version = session.get(ConflictVersion, version_id)
        if version is None:
            raise ConflictGone(translate("Conflicts", "That version was already resolved."))
        row = session.get(_model(version.entity), version.entity_id)
        if row is None or row.workspace_id != self._workspace_id:
            raise ConflictGone(
                translate("Conflicts", "The item that version belongs to is not in this workspace.")
            )
        return version, row


def _model(entity: str) -> type[InWorkspace]:
    model = ENTITIES.get(entity)
    if model is None:
        raise UserError(
            translate("Conflicts", "No conflict versions are kept for {entity} items.").format(
                entity=repr(entity)
            )
        )
    return model


def _record(version: ConflictVersion, row: Synced, device_id: str) -> ConflictRecord:
    value = version.value
    current = getattr(row, version.field, None)
    written_on = version.clock.rsplit(".", 1)[-1] if version.clock.count(".") >= 2 else ""
    return ConflictRecord(
        id=version.id,
        entity=version.entity,
        entity_id=version.entity_id,
        item_name=str(getattr(row, "name", "") or getattr(row, "title", "") or row.id),
        field=version.field,
        value=value if isinstance(value, str) else str(value),
        current=current if isinstance(current, str) else str(current or ""),
        clock=version.clock,
        created_at_ms=version.created_at_ms,
        written_here=bool(device_id) and written_on == device_id,
    )
