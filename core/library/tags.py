"""Tags: validated names unique per workspace, colours, merge, delete, and how they are used.

A tag's id derives from its workspace and case-folded name, so the same tag made on two
devices offline is one row once they sync. Removing a tag from a document trashes the link
instead of deleting it: the link's id is deterministic too, and a purged id could never be
used again (its tombstone wins), whereas a trashed link is simply restored when re-added.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.changes import ChangeRecorder
from core.db.models import Document, Tag, TagLink, Tombstone
from core.db.session import Database
from core.errors import UserError
from core.i18n import number, translate
from core.ids import natural_id, new_id

MAX_NAME_LENGTH = 64
MAX_DESCRIPTION_LENGTH = 2000
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#6b7b8c",
)  # fmt: skip
_COLOR = re.compile(r"^#[0-9a-f]{6}$")
_SPACES = re.compile(r"\s+")
_SQL_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


class TagError(UserError, ValueError):
    """A tag request that cannot be carried out; the message says why, for a person."""


class InvalidTagName(TagError):
    """The name is empty, too long or has characters a tag name cannot have."""


class InvalidTagColor(TagError):
    """The colour is not ``#rrggbb``."""


class TagNameTaken(TagError):
    """Another tag already has this name (names are compared ignoring case)."""


class TagNotFound(TagError):
    """No tag has this name or id."""


@dataclass(frozen=True)
class TagInfo:
    """A tag as views and the CLI see it; ``document_count`` counts documents not in the trash."""

    id: str
    name: str
    color: str
    description: str
    document_count: int = 0


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: links moved onto the target, and duplicates that collapsed into it."""

    moved: int
    collapsed: int
    removed_tags: int


def normalize_tag_name(raw: str) -> str:
    """The stored form of a name: trimmed, inner whitespace collapsed, NFC; raises if invalid."""
    name = _SPACES.sub(" ", unicodedata.normalize("NFC", raw)).strip()
    if not name:
        raise InvalidTagName(translate("Tags", "A tag needs a name."))
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise InvalidTagName(translate("Tags", "Tag names cannot contain control characters."))
    if "," in name:
        raise InvalidTagName(
            translate("Tags", "Tag names cannot contain commas (commas separate tags as you type).")
        )
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidTagName(
            translate(
                "Tags", "Tag names can be at most {limit} characters; “{name}…” has {length}."
            ).format(limit=number(MAX_NAME_LENGTH), name=name[:20], length=number(len(name)))
        )
    return name


def name_key(name: str) -> str:
    """The case-folded form names are compared (and tag ids derived) by."""
    return normalize_tag_name(name).casefold()


def tag_id_for(workspace_id: str, name: str) -> str:
    """The deterministic id of the tag called ``name`` in a workspace."""
    return natural_id(workspace_id, name_key(name))


def link_id(document_id: str, tag_id: str) -> str:
    """The deterministic id of a tag on a document (the same on every device)."""
    return natural_id(document_id, tag_id)


def normalize_color(raw: str) -> str:
    """``#rrggbb`` in lower case, or "" for the automatic colour; raises if invalid."""
    color = raw.strip().lower()
    if color and not color.startswith("#"):
        color = "#" + color
    if color and not _COLOR.match(color):
        raise InvalidTagColor(
            translate(
                "Tags", "“{color}” is not a colour; use #rrggbb, for example #4e79a7."
            ).format(color=raw)
        )
    return color


def default_color(name: str) -> str:
    """A stable palette colour for a tag made without one."""
    return PALETTE[zlib.crc32(name_key(name).encode()) % len(PALETTE)]


def chunked(items: Sequence[str], size: int = _SQL_CHUNK) -> Iterable[Sequence[str]]:
    """``items`` in slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


class TagService:
    """Creating, renaming, merging and deleting tags, and tagging documents, in one workspace.

    Blocking (SQLite): the GUI calls it through ``Operations``.
    """

    def __init__(self, database: Database, recorder: ChangeRecorder, workspace_id: str) -> None:
        self.database = database
        self.recorder = recorder
        self.workspace_id = workspace_id

    # --- reading ---------------------------------------------------------------------

    def list_tags(self) -> list[TagInfo]:
        """Every tag not deleted, by name, with how many documents carry it."""
        with self.database.read() as session:
            return list_tags(session, self.workspace_id)

    def find(self, name_or_id: str) -> TagInfo:
        """The tag with this name (any case) or id; raises ``TagNotFound``."""
        with self.database.read() as session:
            row = self._find(session, name_or_id)
            count = session.scalar(
                select(func.count())
                .select_from(TagLink)
                .join(Document, Document.id == TagLink.document_id)
                .where(
                    TagLink.tag_id == row.id,
                    TagLink.deleted.is_(False),
                    Document.deleted.is_(False),
                )
            )
            return _info(row, count or 0)

    def suggest(self, typed: str, limit: int = 10) -> list[TagInfo]:
        """Tags whose name starts with (then contains) what was typed, for autocomplete."""
        key = _SPACES.sub(" ", typed).strip().casefold()
        tags = [t for t in self.list_tags() if key in t.name.casefold()]
        tags.sort(key=lambda t: (not t.name.casefold().startswith(key), -t.document_count))
        return tags[:limit]

    def tags_for_documents(self, document_ids: Sequence[str]) -> dict[str, list[TagInfo]]:
        """Each document's tags, by name (documents without tags are left out)."""
        with self.database.read() as session:
            return tags_of(session, document_ids)

    def affected_documents(self, names_or_ids: Sequence[str]) -> int:
        """How many documents (trash included) carry any of these tags: for confirmations."""
        with self.database.read() as session:
            ids = [self._find(session, n).id for n in names_or_ids]
            return int(
                session.scalar(
                    select(func.count(func.distinct(TagLink.document_id))).where(
                        TagLink.tag_id.in_(ids), TagLink.deleted.is_(False)
                    )
                )
                or 0
            )

    # --- writing ---------------------------------------------------------------------

    def create(self, name: str, color: str = "", description: str = "") -> TagInfo:
        """Make a tag; raises ``TagNameTaken`` if one with this name (any case) exists."""
        clean, color = normalize_tag_name(name), normalize_color(color)
        description = _description(description)
        with self.database.write() as session:
            existing = self._by_key(session, clean.casefold())
            if existing is not None and not existing.deleted:
                raise TagNameTaken(
                    translate("Tags", "A tag named “{name}” already exists.").format(
                        name=existing.name
                    )
                )
            row = self._make(session, clean, color or default_color(clean), description)
            return _info(row, 0)

    def ensure(self, session: Session, name: str) -> str:
        """The id of the tag called ``name``, made (or restored) in ``session`` if needed."""
        clean = normalize_tag_name(name)
        existing = self._by_key(session, clean.casefold())
        if existing is not None and not existing.deleted:
            return existing.id
        return self._make(session, clean, default_color(clean), "").id

    def rename(self, name_or_id: str, new_name: str) -> TagInfo:
        """Give a tag a new name (its links stay); raises ``TagNameTaken`` on a clash."""
        clean = normalize_tag_name(new_name)
        with self.database.write() as session:
            row = self._find(session, name_or_id)
            other = self._by_key(session, clean.casefold())
            if other is not None and other.id != row.id:
                if not other.deleted:
                    raise TagNameTaken(
                        translate(
                            "Tags",
                            "A tag named “{name}” already exists; merge the two tags instead.",
                        ).format(name=other.name)
                    )
                self._purge_tag(session, other)
            self.recorder.update(session, row, name=clean, name_key=clean.casefold())
            return _info(row, 0)

    def update(
        self, name_or_id: str, *, color: str | None = None, description: str | None = None
    ) -> TagInfo:
        """Change a tag's colour and/or description."""
        fields: dict[str, str] = {}
        if color is not None:
            fields["color"] = normalize_color(color)
        if description is not None:
            fields["description"] = _description(description)
        with self.database.write() as session:
            row = self._find(session, name_or_id)
            self.recorder.update(session, row, **fields)
            return _info(row, 0)

    def merge(self, sources: Sequence[str], into: str) -> MergeResult:
        """Move every link of ``sources`` onto ``into`` and delete the sources.

        A document that already had ``into`` keeps one link (the duplicate collapses).
        """
        with self.database.write() as session:
            target = self._find(session, into)
            rows = [self._find(session, s) for s in sources]
            rows = list({r.id: r for r in rows if r.id != target.id}.values())
            if not rows:
                raise TagError(
                    translate(
                        "Tags", "Choose at least one other tag to merge into “{name}”."
                    ).format(name=target.name)
                )
            moved = collapsed = 0
            for row in rows:
                documents = self._linked_documents(session, row.id)
                added = link_documents(
                    session, self.recorder, self.workspace_id, documents, target.id
                )
                moved += added
                collapsed += len(documents) - added
                self._delete_tag(session, row, documents)
            return MergeResult(moved=moved, collapsed=collapsed, removed_tags=len(rows))

    def delete(self, name_or_id: str) -> int:
        """Delete a tag and its links (documents are untouched); returns links removed."""
        with self.database.write() as session:
            row = self._find(session, name_or_id)
            documents = self._linked_documents(session, row.id)
            self._delete_tag(session, row, documents)
            return len(documents)

    def tag_documents(self, document_ids: Sequence[str], names: Sequence[str]) -> int:
        """Add tags (made if new) to a few documents at once; bulk actions use a job instead."""
        with self.database.write() as session:
            added = 0
            for name in names:
                tag_id = self.ensure(session, name)
                added += link_documents(
                    session, self.recorder, self.workspace_id, document_ids, tag_id
                )
            return added

    def untag_documents(self, document_ids: Sequence[str], names_or_ids: Sequence[str]) -> int:
        """Remove tags from a few documents; returns links removed."""
        with self.database.write() as session:
            removed = 0
            for name in names_or_ids:
                tag_id = self._find(session, name).id
                removed += unlink_documents(
                    session, self.recorder, self.workspace_id, document_ids, tag_id
                )
            return removed

    # --- internals -------------------------------------------------------------------

    def _by_key(self, session: Session, key: str) -> Tag | None:
        return session.scalars(
            select(Tag).where(Tag.workspace_id == self.workspace_id, Tag.name_key == key)
        ).first()

    def _find(self, session: Session, name_or_id: str) -> Tag:
        row = session.get(Tag, name_or_id)
        if row is None or row.workspace_id != self.workspace_id or row.deleted:
            try:
                row = self._by_key(session, name_key(name_or_id))
            except InvalidTagName:
                row = None
        if row is None or row.deleted:
            raise TagNotFound(
                translate("Tags", "There is no tag named “{name}”.").format(name=name_or_id.strip())
            )
        return row

    def _make(self, session: Session, name: str, color: str, description: str) -> Tag:
        key = name.casefold()
        existing = self._by_key(session, key)
        if existing is not None:  # trashed: bring it back rather than clash on the name
            self.recorder.update(
                session, existing, name=name, color=color, description=description, deleted=False
            )
            return existing
        row_id = natural_id(self.workspace_id, key)
        taken = session.get(Tag, row_id) is not None  # the id's first owner was renamed since
        if taken or session.get(Tombstone, ("tag", row_id)) is not None:  # or deleted for good
            row_id = new_id()
        fields = {"name": name, "name_key": key, "color": color, "description": description}
        return self.recorder.create(
            session, Tag, workspace_id=self.workspace_id, id=row_id, **fields
        )

    def _linked_documents(self, session: Session, tag_id: str) -> list[str]:
        return list(
            session.scalars(
                select(TagLink.document_id).where(
                    TagLink.tag_id == tag_id, TagLink.deleted.is_(False)
                )
            )
        )

    def _delete_tag(self, session: Session, row: Tag, documents: Sequence[str]) -> None:
        unlink_documents(session, self.recorder, self.workspace_id, documents, row.id)
        self.recorder.trash(session, row)

    def _purge_tag(self, session: Session, row: Tag) -> None:
        for link in session.scalars(select(TagLink).where(TagLink.tag_id == row.id)):
            self.recorder.purge(session, link)
        session.flush()
        self.recorder.purge(session, row)
        session.flush()


def link_documents(
    session: Session,
    recorder: ChangeRecorder,
    workspace_id: str,
    document_ids: Sequence[str],
    tag_id: str,
) -> int:
    """Put a tag on documents (making or restoring links); returns links added."""
    added = 0
    for part in chunked(list(dict.fromkeys(document_ids))):
        present = set(session.scalars(select(Document.id).where(Document.id.in_(part))))
        links = dict(
            session.execute(
                select(TagLink.document_id, TagLink.deleted).where(
                    TagLink.tag_id == tag_id, TagLink.document_id.in_(part)
                )
            ).all()
        )
        trashed = [d for d, deleted in links.items() if deleted]
        new = [
            {"id": link_id(d, tag_id), "tag_id": tag_id, "document_id": d}
            for d in part
            if d in present and d not in links
        ]
        link_ids = _link_ids(session, tag_id, trashed)
        added += recorder.set_deleted_many(
            session, TagLink, link_ids, False, workspace_id=workspace_id
        )
        added += recorder.create_many(session, TagLink, new, workspace_id=workspace_id)
    return added


def unlink_documents(
    session: Session,
    recorder: ChangeRecorder,
    workspace_id: str,
    document_ids: Sequence[str],
    tag_id: str,
) -> int:
    """Take a tag off documents (trashing their links); returns links removed."""
    removed = 0
    for part in chunked(list(dict.fromkeys(document_ids))):
        ids = list(
            session.scalars(
                select(TagLink.id).where(
                    TagLink.tag_id == tag_id,
                    TagLink.document_id.in_(part),
                    TagLink.deleted.is_(False),
                )
            )
        )
        removed += recorder.set_deleted_many(session, TagLink, ids, True, workspace_id=workspace_id)
    return removed


def list_tags(session: Session, workspace_id: str) -> list[TagInfo]:
    """Every tag of the workspace not deleted, by name, with its count of live documents."""
    counts = dict(
        session.execute(
            select(TagLink.tag_id, func.count())
            .join(Document, Document.id == TagLink.document_id)
            .where(TagLink.deleted.is_(False), Document.deleted.is_(False))
            .group_by(TagLink.tag_id)
        ).all()
    )
    rows = session.scalars(
        select(Tag)
        .where(Tag.workspace_id == workspace_id, Tag.deleted.is_(False))
        .order_by(Tag.name_key)
    )
    return [_info(row, counts.get(row.id, 0)) for row in rows]


def tags_of(session: Session, document_ids: Sequence[str]) -> dict[str, list[TagInfo]]:
    """Each document's live tags by name, read in ``session``."""
    result: dict[str, list[TagInfo]] = {}
    for part in chunked(list(document_ids)):
        rows = session.execute(
            select(TagLink.document_id, Tag.id, Tag.name, Tag.color, Tag.description)
            .join(Tag, Tag.id == TagLink.tag_id)
            .where(
                TagLink.document_id.in_(part),
                TagLink.deleted.is_(False),
                Tag.deleted.is_(False),
            )
            .order_by(Tag.name_key)
        )
        for document_id, tag_id, name, color, description in rows:
            result.setdefault(document_id, []).append(TagInfo(tag_id, name, color, description))
    return result


def _link_ids(session: Session, tag_id: str, document_ids: Sequence[str]) -> list[str]:
    if not document_ids:
        return []
    return list(
        session.scalars(
            select(TagLink.id).where(
                TagLink.tag_id == tag_id, TagLink.document_id.in_(document_ids)
            )
        )
    )


def _description(raw: str) -> str:
    text = raw.strip()
    if len(text) > MAX_DESCRIPTION_LENGTH:
        raise TagError(
            translate("Tags", "A tag's description can be at most {limit} characters.").format(
                limit=number(MAX_DESCRIPTION_LENGTH)
            )
        )
    return text


def _info(row: Tag, count: int) -> TagInfo:
    return TagInfo(row.id, row.name, row.color, row.description, count)
