"""Bulk actions on documents as durable jobs: tag, untag, trash, restore, purge, reprocess.

Each job's item is a *range* of the document ids stored in its parameters ("documents
1-500"), so a bulk action on 10,000 documents commits twenty times rather than 10,000 (every
commit is an fsync). Each range's writes commit with its done mark, so after ``kill -9`` the
job resumes at the first unfinished range and no document is acted on twice. Export lives in
``core.library.export``; ``BulkActions`` submits every kind.

``purge_documents`` is the one way a document is deleted for good: the bulk purge and the older
``knowledge.delete`` job both go through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.changes import ChangeRecorder
from core.db.models import Chunk, Document, DocumentVersion, Tag, TagLink
from core.errors import UserError
from core.files import FileStore
from core.i18n import translate
from core.jobs import HandlerRegistry, ItemContext, ItemFailed, JobHandler
from core.library.tags import chunked, link_documents, unlink_documents

if TYPE_CHECKING:
    from core.db.session import Database

RANGE_SIZE = 500
KIND_TAG = "documents.tag"
KIND_UNTAG = "documents.untag"
KIND_TRASH = "documents.trash"
KIND_RESTORE = "documents.restore"
KIND_PURGE = "documents.purge"
KIND_EXPORT = "documents.export"
KIND_REPROCESS = "knowledge.reprocess"
KIND_DELETE = "knowledge.delete"  # earlier versions queued it; kept so those jobs still run
_RANGE = re.compile(r"^documents (\d+)-(\d+)$")

DerivedDataPurger = Callable[[Session, Sequence[str], Sequence[str]], None]
"""Called as ``(session, document_ids, unused_file_shas)`` inside a purge range's transaction,
before the document rows go: removes data other features derived from them (vectors)."""


class BulkError(UserError, ValueError):
    """A bulk action that cannot be started; the message says why, for a person."""


def range_keys(count: int, size: int = RANGE_SIZE) -> list[str]:
    """Item keys for ``count`` ids: ``documents 1-500``, ``documents 501-1000``, …"""
    return [
        f"documents {s + 1}-{min(s + size, count)}"  # i18n: not UI (an item key)
        for s in range(0, count, size)
    ]


def ids_in_range(params: Mapping[str, Any], key: str) -> list[str]:
    """The document ids an item key names, from the job's ``ids`` parameter."""
    match = _RANGE.match(key)
    if match is None:
        raise ItemFailed(
            translate("BulkActions", "This job item ({key}) is not a range of documents.").format(
                key=key
            )
        )
    first, last = int(match[1]), int(match[2])
    return [str(i) for i in params["ids"][first - 1 : last]]


@dataclass
class BulkContext:
    """What the bulk handlers write with."""

    recorder: ChangeRecorder
    workspace_id: str
    files: FileStore


class _RangeHandler:
    """Plans ranges over ``params["ids"]`` and hands each range's ids to ``apply``."""

    range_size = RANGE_SIZE

    def __init__(self, context: BulkContext) -> None:
        self.context = context

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return range_keys(len(params["ids"]), self.range_size)

    def process(self, ctx: ItemContext) -> None:
        ctx.check_cancelled()
        self.apply(ctx.session, ctx.params, ids_in_range(ctx.params, ctx.key))

    def apply(self, session: Session, params: Mapping[str, Any], ids: Sequence[str]) -> None:
        raise NotImplementedError


class TagDocumentsHandler(_RangeHandler):
    """Puts the tag ``params["tag_id"]`` on each document of a range."""

    def apply(self, session: Session, params: Mapping[str, Any], ids: Sequence[str]) -> None:
        tag_id = _live_tag(session, params)
        c = self.context
        link_documents(session, c.recorder, c.workspace_id, ids, tag_id)


class UntagDocumentsHandler(_RangeHandler):
    """Takes the tag ``params["tag_id"]`` off each document of a range."""

    def apply(self, session: Session, params: Mapping[str, Any], ids: Sequence[str]) -> None:
        c = self.context
        unlink_documents(session, c.recorder, c.workspace_id, ids, str(params["tag_id"]))


class TrashDocumentsHandler(_RangeHandler):
    """Moves the documents of a range to the trash (restorable)."""

    def apply(self, session: Session, params: Mapping[str, Any], ids: Sequence[str]) -> None:
        _set_trashed(session, self.context, ids, True)


class RestoreDocumentsHandler(_RangeHandler):
    """Brings the documents of a range back from the trash."""

    def apply(self, session: Session, params: Mapping[str, Any], ids: Sequence[str]) -> None:
        _set_trashed(session, self.context, ids, False)


class PurgeDocumentsHandler(_RangeHandler):
    """Deletes trashed documents for good: rows, tag links, versions, chunks, FTS rows, files.

    Vectors belong to the knowledge feature: the composition root passes its purger in.
    Only documents still in the trash are purged, so a restore that won a race is respected.
    """

    def __init__(self, context: BulkContext, derived_purgers: Sequence[DerivedDataPurger]) -> None:
        super().__init__(context)
        self.derived_purgers = list(derived_purgers)

    def apply(self, session: Session, params: Mapping[str, Any], ids: Sequence[str]) -> None:
        purge_documents(session, self.context, ids, self.derived_purgers)


class DeleteDocumentsHandler:
    """``knowledge.delete``, queued by earlier versions: params ``{"document_ids": [...]}``, one
    item per document, purged by ``purge_documents`` whether or not it is in the trash."""

    def __init__(self, context: BulkContext, derived_purgers: Sequence[DerivedDataPurger]) -> None:
        self.context = context
        self.derived_purgers = list(derived_purgers)

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return [str(i) for i in params["document_ids"]]

    def process(self, ctx: ItemContext) -> None:
        ctx.check_cancelled()
        purge_documents(
            ctx.session, self.context, [ctx.key], self.derived_purgers, trashed_only=False
        )


def purge_documents(
    session: Session,
    context: BulkContext,
    ids: Sequence[str],
    derived_purgers: Sequence[DerivedDataPurger] = (),
    *,
    trashed_only: bool = True,
) -> int:
    """Delete documents among ``ids`` for good in ``session``; returns how many went.

    Goes with each: its tag links and versions (each with a tombstone and a purge in the
    outbox), and, for files no other document or version uses, their chunks (FTS rows follow
    by trigger), what ``derived_purgers`` remove (vectors) and the stored file. With
    ``trashed_only`` documents not in the trash are left alone, so a restore that won a race
    is respected.
    """
    query = select(Document.id, Document.file_sha256).where(
        Document.id.in_(ids), Document.workspace_id == context.workspace_id
    )
    if trashed_only:
        query = query.where(Document.deleted.is_(True))
    rows = session.execute(query).all()
    if not rows:
        return 0
    doomed = [r.id for r in rows]
    versions = session.execute(
        select(DocumentVersion.id, DocumentVersion.file_sha256).where(
            DocumentVersion.document_id.in_(doomed)
        )
    ).all()
    shas = {r.file_sha256 for r in rows} | {v.file_sha256 for v in versions}
    unused = sorted(shas - _shas_still_used(session, shas, doomed))
    for purger in derived_purgers:
        purger(session, doomed, unused)
    links = list(session.scalars(select(TagLink.id).where(TagLink.document_id.in_(doomed))))
    recorder, workspace_id = context.recorder, context.workspace_id
    recorder.purge_many(session, TagLink, links, workspace_id=workspace_id)
    recorder.purge_many(
        session, DocumentVersion, [v.id for v in versions], workspace_id=workspace_id
    )
    recorder.purge_many(session, Document, doomed, workspace_id=workspace_id)
    for part in chunked(unused):
        session.execute(delete(Chunk).where(Chunk.file_sha256.in_(part)))  # triggers clear FTS
    # Removed before the commit: if the commit then failed, the row (already in the trash and
    # being purged) would lack its file, which is better than a file nothing can ever remove.
    for sha in unused:
        context.files.remove(sha)
    return len(doomed)


def _shas_still_used(session: Session, shas: set[str], doomed: Sequence[str]) -> set[str]:
    used: set[str] = set()
    for part in chunked(sorted(shas)):
        used.update(
            session.scalars(
                select(Document.file_sha256).where(
                    Document.file_sha256.in_(part), Document.id.not_in(doomed)
                )
            )
        )
        used.update(
            session.scalars(
                select(DocumentVersion.file_sha256).where(
                    DocumentVersion.file_sha256.in_(part),
                    DocumentVersion.document_id.not_in(doomed),
                )
            )
        )
    return used


def _set_trashed(session: Session, c: BulkContext, ids: Sequence[str], trashed: bool) -> None:
    changing = list(
        session.scalars(
            select(Document.id).where(
                Document.id.in_(ids),
                Document.deleted.is_(not trashed),
                Document.workspace_id == c.workspace_id,
            )
        )
    )
    c.recorder.set_deleted_many(session, Document, changing, trashed, workspace_id=c.workspace_id)


def _live_tag(session: Session, params: Mapping[str, Any]) -> str:
    tag = session.get(Tag, str(params["tag_id"]))
    if tag is None or tag.deleted:
        raise ItemFailed(
            translate(
                "BulkActions",
                "The tag “{tag}” was deleted while this job ran; make it again and retry.",
            ).format(tag=params.get("tag_name", ""))
        )
    return tag.id


def register_jobs(
    registry: HandlerRegistry,
    context: BulkContext,
    database: Database,
    derived_purgers: Sequence[DerivedDataPurger] = (),
) -> None:
    """Register the bulk document job kinds, and ``knowledge.delete`` (which purges the same
    way, with the same ``derived_purgers``); the composition root calls this once."""
    from core.library.export import ExportDocumentsHandler

    handlers: dict[str, JobHandler] = {
        KIND_TAG: TagDocumentsHandler(context),
        KIND_UNTAG: UntagDocumentsHandler(context),
        KIND_TRASH: TrashDocumentsHandler(context),
        KIND_RESTORE: RestoreDocumentsHandler(context),
        KIND_PURGE: PurgeDocumentsHandler(context, derived_purgers),
        KIND_DELETE: DeleteDocumentsHandler(context, derived_purgers),
        KIND_EXPORT: ExportDocumentsHandler(database, context.files),
    }
    for kind, handler in handlers.items():
        registry.register(kind, handler)
