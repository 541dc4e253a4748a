"""Starting bulk actions: resolve the documents acted on, then submit the durable job.

Every method blocks briefly (a query and the job's stored plan) and returns the job's id;
the job itself runs in a ``JobRunner``. The ids are fixed when the job is submitted, so a job
acts on exactly the documents the person chose even if the list changes while it runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.db.models import Document, TagLink
from core.i18n import translate
from core.jobs import UnknownJobKind
from core.library.bulk import (
    KIND_EXPORT,
    KIND_PURGE,
    KIND_REPROCESS,
    KIND_RESTORE,
    KIND_TAG,
    KIND_TRASH,
    KIND_UNTAG,
    BulkError,
)
from core.library.documents import DocumentCatalog, DocumentFilter
from core.library.tags import TagService, chunked

if TYPE_CHECKING:
    from core.db.session import Database
    from core.jobs import JobService


def _count(n: int) -> str:
    return translate("BulkActions", "%n document(s)", None, n)


class BulkActions:
    """Submits bulk document jobs over one workspace."""

    def __init__(
        self,
        database: Database,
        workspace_id: str,
        jobs: JobService,
        catalog: DocumentCatalog,
        tags: TagService,
    ) -> None:
        self.database = database
        self.workspace_id = workspace_id
        self.jobs = jobs
        self.catalog = catalog
        self.tags = tags

    def matching(self, where: DocumentFilter) -> list[str]:
        """The ids "all matching" means for this filter, right now."""
        return self.catalog.matching_ids(where)

    def tag(self, ids: Sequence[str], tag_name: str) -> str:
        """Add a tag (made if new) to documents. The job's params keep ``added``, the
        documents that did not have it yet, so ``undo_tag`` takes it off exactly those."""
        ids = _required(ids)
        with self.database.write() as session:
            tag_id = self.tags.ensure(session, tag_name)
        name = self.tags.find(tag_id).name
        had = self._tagged(ids, tag_id)
        added = [i for i in ids if i not in had]
        params = {"ids": ids, "tag_id": tag_id, "tag_name": name, "added": added}
        title = translate("BulkActions", "Tag {documents} with “{tag}”").format(
            documents=_count(len(ids)), tag=name
        )
        return self._submit(KIND_TAG, title, params)

    def undo_tag(self, job_id: str) -> str:
        """Take a tagging job's tag off the documents it added it to."""
        info = self.jobs.get(job_id)
        if info.kind != KIND_TAG:
            raise BulkError(
                translate("BulkActions", "“{job}” did not tag documents.").format(job=info.title)
            )
        params = self.jobs.params(job_id)
        added = [str(i) for i in params.get("added", params["ids"])]
        if not added:
            raise BulkError(
                translate("BulkActions", "Those documents already had the tag: nothing to undo.")
            )
        name = str(params["tag_name"])
        params = {"ids": added, "tag_id": str(params["tag_id"]), "tag_name": name}
        title = translate("BulkActions", "Undo: remove “{tag}” from {documents}").format(
            tag=name, documents=_count(len(added))
        )
        return self._submit(KIND_UNTAG, title, params)

    def _tagged(self, ids: list[str], tag_id: str) -> set[str]:
        found: set[str] = set()
        with self.database.read() as session:
            for part in chunked(ids):
                found.update(
                    session.scalars(
                        select(TagLink.document_id).where(
                            TagLink.tag_id == tag_id,
                            TagLink.document_id.in_(part),
                            TagLink.deleted.is_(False),
                        )
                    )
                )
        return found

    def untag(self, ids: Sequence[str], tag_name: str) -> str:
        """Remove a tag from documents."""
        ids = _required(ids)
        tag = self.tags.find(tag_name)
        params = {"ids": ids, "tag_id": tag.id, "tag_name": tag.name}
        title = translate("BulkActions", "Remove “{tag}” from {documents}").format(
            tag=tag.name, documents=_count(len(ids))
        )
        return self._submit(KIND_UNTAG, title, params)

    def trash(self, ids: Sequence[str]) -> str:
        """Move documents to the trash (those already there are left out, so undo is exact)."""
        live = self._with_state(_required(ids), trashed=False)
        if not live:
            raise BulkError(translate("BulkActions", "These documents are already in the trash."))
        title = translate("BulkActions", "Move {documents} to the trash").format(
            documents=_count(len(live))
        )
        return self._submit(KIND_TRASH, title, {"ids": live})

    def restore(self, ids: Sequence[str]) -> str:
        """Bring documents back from the trash."""
        trashed = self._with_state(_required(ids), trashed=True)
        if not trashed:
            raise BulkError(translate("BulkActions", "None of these documents is in the trash."))
        title = translate("BulkActions", "Restore {documents} from the trash").format(
            documents=_count(len(trashed))
        )
        return self._submit(KIND_RESTORE, title, {"ids": trashed})

    def undo_trash(self, job_id: str) -> str:
        """Restore exactly the documents a move-to-trash job moved (so far)."""
        info = self.jobs.get(job_id)
        if info.kind != KIND_TRASH:
            raise BulkError(
                translate("BulkActions", "“{job}” did not move documents to the trash.").format(
                    job=info.title
                )
            )
        ids = [str(i) for i in self.jobs.params(job_id)["ids"]]
        return self.restore(ids)

    def purge(self, ids: Sequence[str]) -> str:
        """Delete trashed documents for good (files, chunks, index rows and vectors)."""
        trashed = self._with_state(_required(ids), trashed=True)
        if not trashed:
            raise BulkError(
                translate("BulkActions", "Only documents in the trash can be deleted for good.")
            )
        title = translate("BulkActions", "Delete {documents} for good").format(
            documents=_count(len(trashed))
        )
        return self._submit(KIND_PURGE, title, {"ids": trashed})

    def empty_trash(self) -> str:
        """Purge every document in the trash."""
        ids = self.catalog.matching_ids(DocumentFilter(trashed=True))
        if not ids:
            raise BulkError(translate("BulkActions", "The trash is already empty."))
        title = translate("BulkActions", "Empty the trash ({documents})").format(
            documents=_count(len(ids))
        )
        return self._submit(KIND_PURGE, title, {"ids": ids})

    def export(self, ids: Sequence[str], to: Path) -> str:
        """Write the documents' original files and a manifest to the zip file ``to``."""
        ids = _required(ids)
        target = Path(to).expanduser().resolve()
        if target.suffix.lower() != ".zip":
            raise BulkError(
                translate("BulkActions", "Export to a file ending in .zip (not “{name}”).").format(
                    name=target.name
                )
            )
        if not target.parent.is_dir():
            raise BulkError(
                translate("BulkActions", "The folder {folder} does not exist.").format(
                    folder=target.parent
                )
            )
        params = {"ids": ids, "to": str(target)}
        title = translate("BulkActions", "Export {documents} to {name}").format(
            documents=_count(len(ids)), name=target.name
        )
        return self._submit(KIND_EXPORT, title, params)

    def reprocess(self, ids: Sequence[str]) -> str:
        """Re-chunk and re-embed documents (the knowledge feature's ``knowledge.reprocess``):
        all of each, not only what is missing, since a person asking wants it redone."""
        ids = _required(ids)
        try:
            title = translate("BulkActions", "Reprocess {documents}").format(
                documents=_count(len(ids))
            )
            return self._submit(KIND_REPROCESS, title, {"document_ids": ids, "force": True})
        except UnknownJobKind as exc:
            raise BulkError(
                translate("BulkActions", "Reprocessing documents is not available in this version.")
            ) from exc

    def _submit(self, kind: str, title: str, params: Mapping[str, Any]) -> str:
        return self.jobs.submit(kind, title, params)

    def _with_state(self, ids: list[str], *, trashed: bool) -> list[str]:
        keep: set[str] = set()
        with self.database.read() as session:
            for part in chunked(ids):
                keep.update(
                    session.scalars(
                        select(Document.id).where(
                            Document.id.in_(part),
                            Document.deleted.is_(trashed),
                            Document.workspace_id == self.workspace_id,
                        )
                    )
                )
        return [i for i in ids if i in keep]


def _required(ids: Sequence[str]) -> list[str]:
    unique = list(dict.fromkeys(str(i) for i in ids))
    if not unique:
        raise BulkError(translate("BulkActions", "Select at least one document first."))
    return unique
