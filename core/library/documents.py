"""Finding documents: filters (tags any/all/none, type, date range, text), sorting, paging.

Views take a *snapshot* of the ids matching a filter in sort order (a 100,000-id list is a
few MiB and one query) and then read rows by id a page at a time; "all matching" is that
snapshot, so a bulk action acts on exactly the documents the person saw counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from core.db.models import Document, Tag, TagLink
from core.db.session import Database
from core.library.tags import TagInfo, chunked, tags_of


class SortColumn(StrEnum):
    """The columns a document list can be sorted by."""

    TITLE = "title"
    TYPE = "type"
    TAGS = "tags"
    PAGES = "pages"
    SIZE = "size"
    ADDED = "added"
    STATE = "state"


@dataclass(frozen=True)
class DocumentFilter:
    """Which documents to list. Tag filters hold tag ids; ``added_to_ms`` is exclusive.

    ``trashed`` lists the trash instead of the library.
    """

    tags_any: tuple[str, ...] = ()
    tags_all: tuple[str, ...] = ()
    tags_none: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    added_from_ms: int | None = None
    added_to_ms: int | None = None
    text: str = ""
    trashed: bool = False

    def to_params(self) -> dict[str, Any]:
        """Plain JSON data (for job parameters)."""
        return asdict(self)

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> DocumentFilter:
        """The filter ``to_params`` wrote."""

        def ids(name: str) -> tuple[str, ...]:
            return tuple(str(v) for v in params.get(name, ()))

        def stamp(name: str) -> int | None:
            value = params.get(name)
            return None if value is None else int(value)

        return cls(
            tags_any=ids("tags_any"),
            tags_all=ids("tags_all"),
            tags_none=ids("tags_none"),
            doc_types=ids("doc_types"),
            added_from_ms=stamp("added_from_ms"),
            added_to_ms=stamp("added_to_ms"),
            text=str(params.get("text", "")),
            trashed=bool(params.get("trashed", False)),
        )

    @property
    def is_empty(self) -> bool:
        """True when nothing narrows the list (besides library vs trash)."""
        return self == DocumentFilter(trashed=self.trashed)


@dataclass(frozen=True)
class DocumentSort:
    """Sort order; ties are broken by id so pages never overlap."""

    column: SortColumn = SortColumn.ADDED
    descending: bool = True


@dataclass(frozen=True)
class DocumentRow:
    """One document as a list shows it."""

    id: str
    title: str
    doc_type: str
    pages: int | None
    size_bytes: int
    created_at_ms: int
    state: str
    error: str | None
    source_name: str
    file_sha256: str
    deleted: bool
    tags: tuple[TagInfo, ...] = field(default=())


class DocumentCatalog:
    """Read-only queries over a workspace's documents (blocking: call off the GUI thread)."""

    def __init__(self, database: Database, workspace_id: str) -> None:
        self.database = database
        self.workspace_id = workspace_id

    def matching_ids(
        self, where: DocumentFilter | None = None, order: DocumentSort | None = None
    ) -> list[str]:
        """The ids of every matching document, in sort order."""
        query = self._filtered(select(Document.id), where or DocumentFilter())
        query = query.order_by(*_order_by(order or DocumentSort()))
        with self.database.read() as session:
            return list(session.scalars(query))

    def count(self, where: DocumentFilter | None = None) -> int:
        """How many documents match."""
        query = self._filtered(select(func.count(Document.id)), where or DocumentFilter())
        with self.database.read() as session:
            return int(session.scalar(query) or 0)

    def page(
        self,
        where: DocumentFilter | None = None,
        order: DocumentSort | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[DocumentRow]:
        """One page of matching documents with their tags (for the CLI and small lists)."""
        query = self._filtered(select(Document), where or DocumentFilter())
        query = query.order_by(*_order_by(order or DocumentSort())).offset(offset).limit(limit)
        with self.database.read() as session:
            documents = list(session.scalars(query))
            return _rows(session, documents)

    def rows(self, document_ids: Sequence[str]) -> list[DocumentRow]:
        """The documents with these ids, in the order given (unknown ids are left out)."""
        with self.database.read() as session:
            found: dict[str, Document] = {}
            for part in chunked(list(document_ids)):
                found.update(
                    (d.id, d)
                    for d in session.scalars(select(Document).where(Document.id.in_(part)))
                )
            return _rows(session, [found[i] for i in document_ids if i in found])

    def doc_types(self) -> list[str]:
        """The document types present in the workspace, for the type filter."""
        query = (
            select(Document.doc_type)
            .where(Document.workspace_id == self.workspace_id)
            .distinct()
            .order_by(Document.doc_type)
        )
        with self.database.read() as session:
            return list(session.scalars(query))

    def _filtered(self, query: Select[Any], where: DocumentFilter) -> Select[Any]:
        conditions: list[ColumnElement[bool]] = [
            Document.workspace_id == self.workspace_id,
            Document.deleted.is_(where.trashed),
        ]
        conditions.extend(_tag_conditions(where))
        if where.doc_types:
            conditions.append(Document.doc_type.in_(where.doc_types))
        if where.added_from_ms is not None:
            conditions.append(Document.created_at_ms >= where.added_from_ms)
        if where.added_to_ms is not None:
            conditions.append(Document.created_at_ms < where.added_to_ms)
        if where.text.strip():
            conditions.append(_text_condition(where.text.strip()))
        return query.where(and_(*conditions))


def _has_tag(tag_ids: Sequence[str]) -> ColumnElement[bool]:
    return exists().where(
        TagLink.document_id == Document.id,
        TagLink.deleted.is_(False),
        TagLink.tag_id.in_(tag_ids),
    )


def _tag_conditions(where: DocumentFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.tags_any:
        conditions.append(_has_tag(where.tags_any))
    conditions.extend(_has_tag([tag_id]) for tag_id in where.tags_all)
    if where.tags_none:
        conditions.append(~_has_tag(where.tags_none))
    return conditions


def _text_condition(text: str) -> ColumnElement[bool]:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return or_(
        Document.title.ilike(pattern, escape="\\"),
        Document.source_name.ilike(pattern, escape="\\"),
        Document.author.ilike(pattern, escape="\\"),
    )


def _first_tag_name() -> Any:
    return (
        select(func.min(Tag.name_key))
        .join(TagLink, TagLink.tag_id == Tag.id)
        .where(
            TagLink.document_id == Document.id,
            TagLink.deleted.is_(False),
            Tag.deleted.is_(False),
        )
        .scalar_subquery()
    )


def _order_by(order: DocumentSort) -> list[Any]:
    keys: dict[SortColumn, Any] = {
        SortColumn.TITLE: func.lower(Document.title),
        SortColumn.TYPE: Document.doc_type,
        SortColumn.TAGS: _first_tag_name(),
        SortColumn.PAGES: Document.pages,
        SortColumn.SIZE: Document.size_bytes,
        SortColumn.ADDED: Document.created_at_ms,
        SortColumn.STATE: Document.state,
    }
    key = keys[order.column]
    if order.descending:
        return [key.desc().nulls_last(), Document.id.desc()]
    return [key.asc().nulls_last(), Document.id.asc()]


def _rows(session: Session, documents: Sequence[Document]) -> list[DocumentRow]:
    tags = tags_of(session, [d.id for d in documents])
    return [
        DocumentRow(
            id=d.id,
            title=d.title,
            doc_type=d.doc_type,
            pages=d.pages,
            size_bytes=d.size_bytes,
            created_at_ms=d.created_at_ms,
            state=d.state,
            error=d.error,
            source_name=d.source_name,
            file_sha256=d.file_sha256,
            deleted=d.deleted,
            tags=tuple(tags.get(d.id, ())),
        )
        for d in documents
    ]
