"""Blob uploads and downloads of a workspace: the bookkeeping rows over a ``BlobStore``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sync.protocol import (
    BLOB_BATCH_BYTES,
    BLOB_BATCH_FILE_BYTES,
    BLOB_PART_BYTES,
    BlobStatus,
    blob_frame,
)
from sync.server.blobstore import BlobStore, ContentMismatch, OffsetMismatch
from sync.server.db import Database
from sync.server.errors import Conflict, Invalid, NotFound, ServerError
from sync.server.models import Blob


class PayloadTooLarge(ServerError):
    status = 413


class UploadConflict(Conflict):
    """A part for the wrong offset; ``blob`` says where the upload stands."""

    def __init__(self, message: str, blob: BlobStatus) -> None:
        super().__init__(message)
        self.blob = blob


class Blobs:
    def __init__(self, db: Database, store: BlobStore) -> None:
        self.db = db
        self.store = store

    def status(self, workspace_id: str, sha256: str) -> BlobStatus:
        with self.db.read() as session:
            complete = session.scalar(
                select(Blob.complete).where(
                    Blob.workspace_id == workspace_id, Blob.sha256 == sha256
                )
            )
        size = self.store.size(workspace_id, sha256) if complete else None
        if size is not None:
            return BlobStatus(sha256=sha256, received=size, complete=True, size=size)
        received = self.store.received(workspace_id, sha256)
        return BlobStatus(sha256=sha256, received=received, complete=False)

    def put_part(
        self, workspace_id: str, sha256: str, offset: int, data: bytes, part_sha256: str
    ) -> BlobStatus:
        current = self.status(workspace_id, sha256)
        if current.complete:  # already here (de-duplicated): nothing to add
            return current
        if len(data) > BLOB_PART_BYTES:
            raise PayloadTooLarge(f"A part may hold at most {BLOB_PART_BYTES} bytes.")
        if hashlib.sha256(data).hexdigest() != part_sha256.strip().lower():
            raise Invalid("The part does not match its X-Part-Sha256: nothing was stored.")
        self._ensure_row(workspace_id, sha256)
        try:
            received = self.store.append(workspace_id, sha256, offset, data)
        except OffsetMismatch as exc:
            blob = BlobStatus(sha256=sha256, received=exc.received, complete=False)
            raise UploadConflict(
                f"The upload continues at byte {exc.received}, not {offset}.", blob
            ) from None
        return BlobStatus(sha256=sha256, received=received, complete=False)

    def complete(self, workspace_id: str, sha256: str, size: int) -> BlobStatus:
        current = self.status(workspace_id, sha256)
        if current.complete:
            if current.size != size:
                raise Invalid(f"This blob holds {current.size} bytes, not {size}.")
            return current
        try:
            self.store.finish(workspace_id, sha256, size)
        except ContentMismatch as exc:
            raise Invalid(f"The upload was discarded: {exc}.") from None
        with self.db.write() as session:
            row = session.get(Blob, (workspace_id, sha256))
            if row is None:
                session.add(
                    Blob(workspace_id=workspace_id, sha256=sha256, size=size, complete=True)
                )
            else:
                row.size, row.complete = size, True
        return BlobStatus(sha256=sha256, received=size, complete=True, size=size)

    def size_of(self, workspace_id: str, sha256: str) -> int:
        current = self.status(workspace_id, sha256)
        if not current.complete or current.size is None:
            raise NotFound(f"No blob {sha256} in this workspace.")
        return current.size

    def read(self, workspace_id: str, sha256: str, start: int, end: int) -> Iterator[bytes]:
        return self.store.read(workspace_id, sha256, start, end)

    # --- many small blobs at once -----------------------------------------------------------

    def statuses(self, workspace_id: str, sha256s: list[str]) -> list[BlobStatus]:
        """``status`` of each, with one query."""
        with self.db.read() as session:
            complete = set(
                session.scalars(
                    select(Blob.sha256).where(
                        Blob.workspace_id == workspace_id,
                        Blob.sha256.in_(sha256s),
                        Blob.complete.is_(True),
                    )
                )
            )
        answers = []
        for sha256 in sha256s:
            size = self.store.size(workspace_id, sha256) if sha256 in complete else None
            if size is not None:
                answers.append(BlobStatus(sha256=sha256, received=size, complete=True, size=size))
            else:
                received = self.store.received(workspace_id, sha256)
                answers.append(BlobStatus(sha256=sha256, received=received, complete=False))
        return answers

    def put_many(self, workspace_id: str, blobs: list[tuple[str, bytes]]) -> list[BlobStatus]:
        """Store whole small blobs, each checked against its SHA-256 first (Invalid names the
        first that is not what it claims; then nothing of the batch is stored)."""
        for sha256, data in blobs:
            if hashlib.sha256(data).hexdigest() != sha256:
                raise Invalid(
                    f"Blob {sha256[:12]}… does not match its SHA-256: nothing of the batch was "
                    "stored."
                )
            if len(data) > BLOB_BATCH_FILE_BYTES:
                raise PayloadTooLarge(
                    f"Blob {sha256[:12]}… is over {BLOB_BATCH_FILE_BYTES} bytes: send it in parts."
                )
        unique = dict(blobs)
        self.store.put_many(workspace_id, list(unique.items()))
        with self.db.write() as session:
            rows = {
                row.sha256: row
                for row in session.scalars(
                    select(Blob).where(
                        Blob.workspace_id == workspace_id, Blob.sha256.in_(list(unique))
                    )
                )
            }
            for sha256, data in unique.items():
                row = rows.get(sha256)
                if row is None:
                    session.add(
                        Blob(
                            workspace_id=workspace_id, sha256=sha256, size=len(data), complete=True
                        )
                    )
                else:
                    row.size, row.complete = len(data), True
        return [
            BlobStatus(sha256=sha256, received=len(data), complete=True, size=len(data))
            for sha256, data in unique.items()
        ]

    def fetch_many(self, workspace_id: str, sha256s: list[str]) -> Iterator[bytes]:
        """The framed bytes of the blobs asked for, up to ``BLOB_BATCH_BYTES`` in all; one
        missing, too big or past that budget comes with no bytes (size null)."""
        budget = BLOB_BATCH_BYTES
        for status in self.statuses(workspace_id, sha256s):
            size = status.size if status.complete else None
            if size is None or size > BLOB_BATCH_FILE_BYTES or size > budget:
                yield blob_frame(status.sha256, None)
                continue
            budget -= size
            data = b"".join(self.store.read(workspace_id, status.sha256, 0, size))
            yield blob_frame(status.sha256, len(data)) + data  # one write a blob, not three

    def _ensure_row(self, workspace_id: str, sha256: str) -> None:
        with self.db.read() as session:
            if session.get(Blob, (workspace_id, sha256)) is not None:
                return
        try:
            with self.db.write() as session:
                if session.get(Blob, (workspace_id, sha256)) is None:
                    session.add(Blob(workspace_id=workspace_id, sha256=sha256, complete=False))
        except IntegrityError:  # a concurrent first part made it
            pass
