"""Blob upload in resumable parts, completion with the whole-file check, Range download."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from sync.protocol import (
    BLOB_BATCH_BYTES,
    BLOB_BATCH_UPLOAD_BYTES,
    BLOB_PART_BYTES,
    MAX_BLOBS_PER_BATCH,
    BlobBatch,
    BlobStatus,
    BlobStatuses,
    parse_blob_frames,
)
from sync.server.blobs import PayloadTooLarge
from sync.server.deps import ServicesDep, WorkspaceReader, WorkspaceWriter
from sync.server.errors import Invalid, ServerError

router = APIRouter(prefix="/workspaces/{workspace_id}/blobs", tags=["blobs"])
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lowercase hex SHA-256")]
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class RangeNotSatisfiable(ServerError):
    status = 416

    def __init__(self, message: str, size: int) -> None:
        super().__init__(message)
        self.headers = {"Content-Range": f"bytes */{size}"}


@router.get("/{sha256}/status", response_model=BlobStatus)
def blob_status(sha256: Sha256, member: WorkspaceReader, services: ServicesDep) -> BlobStatus:
    return services.blobs.status(member.workspace_id, sha256)


@router.put("/{sha256}", response_model=BlobStatus)
async def put_part(
    request: Request,
    sha256: Sha256,
    member: WorkspaceWriter,
    services: ServicesDep,
    offset: Annotated[int, Query(ge=0)],
    part_sha256: Annotated[str, Header(alias="X-Part-Sha256", pattern=r"^[0-9a-fA-F]{64}$")],
) -> BlobStatus:
    """Append one part at exactly ``offset``; 409 (with the BlobStatus) if the upload is
    elsewhere, 422 if the part does not match its hash."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > BLOB_PART_BYTES:
        raise PayloadTooLarge(f"A part may hold at most {BLOB_PART_BYTES} bytes.")
    data = await request.body()
    return await run_in_threadpool(
        services.blobs.put_part, member.workspace_id, sha256, offset, data, part_sha256
    )


@router.post("/{sha256}/complete", response_model=BlobStatus)
def complete(
    sha256: Sha256,
    member: WorkspaceWriter,
    services: ServicesDep,
    size: Annotated[int, Query(ge=0)],
) -> BlobStatus:
    return services.blobs.complete(member.workspace_id, sha256, size)


@router.get("/{sha256}", response_class=StreamingResponse)
def download(
    sha256: Sha256,
    member: WorkspaceReader,
    services: ServicesDep,
    range_header: Annotated[str | None, Header(alias="Range")] = None,
) -> Response:
    size = services.blobs.size_of(member.workspace_id, sha256)
    start, end, status = 0, size, 200
    headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"'}
    if range_header:
        start, end = _parse_range(range_header, size)
        status = 206
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    headers["Content-Length"] = str(end - start)
    return StreamingResponse(
        services.blobs.read(member.workspace_id, sha256, start, end),
        status_code=status,
        media_type="application/octet-stream",
        headers=headers,
    )


@router.post("/batch/status", response_model=BlobStatuses)
def batch_status(body: BlobBatch, member: WorkspaceReader, services: ServicesDep) -> BlobStatuses:
    """Where each of several blobs stands, in one request."""
    return BlobStatuses(blobs=services.blobs.statuses(member.workspace_id, _valid(body)))


@router.post("/batch/fetch", response_class=StreamingResponse)
def batch_fetch(body: BlobBatch, member: WorkspaceReader, services: ServicesDep) -> Response:
    """Small blobs in one response: per blob a JSON line ``{"sha256", "size"}`` then its
    bytes (``size`` null: not here, or fetch it alone)."""
    return StreamingResponse(
        services.blobs.fetch_many(member.workspace_id, _valid(body)),
        media_type="application/octet-stream",
    )


@router.post("/batch/upload", response_model=BlobStatuses)
async def batch_upload(
    request: Request, member: WorkspaceWriter, services: ServicesDep
) -> BlobStatuses:
    """Small whole blobs in one request (the framing of ``batch/fetch``); each is checked
    against its SHA-256 before any is stored."""
    limit = BLOB_BATCH_UPLOAD_BYTES
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"A batch may hold at most {BLOB_BATCH_BYTES} bytes of blobs.")
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > limit:
            raise PayloadTooLarge(f"A batch may hold at most {BLOB_BATCH_BYTES} bytes of blobs.")
    try:
        blobs = parse_blob_frames(bytes(body))
    except ValueError as exc:
        raise Invalid(f"The batch is malformed: {exc}.") from None
    if len(blobs) > MAX_BLOBS_PER_BATCH:
        raise Invalid(f"A batch may hold at most {MAX_BLOBS_PER_BATCH} blobs.")
    _valid(BlobBatch(sha256s=[sha for sha, _data in blobs]))
    stored = await run_in_threadpool(services.blobs.put_many, member.workspace_id, blobs)
    return BlobStatuses(blobs=stored)


def _valid(body: BlobBatch) -> list[str]:
    bad = next((sha for sha in body.sha256s if not _SHA256.match(sha)), None)
    if bad is not None:
        raise Invalid(f"{bad[:80]!r} is not a lowercase hex SHA-256.")
    return body.sha256s


def _parse_range(header: str, size: int) -> tuple[int, int]:
    """One byte range (``a-b``, ``a-`` or ``-n``) as [start, end); 416 if unsatisfiable."""
    match = _RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        raise RangeNotSatisfiable(f"Only one byte range is supported, not {header!r}.", size)
    first, last = match.groups()
    if first == "":
        start, end = max(size - int(last), 0), size
    else:
        start = int(first)
        end = min(int(last) + 1, size) if last else size
    if start >= size or start >= end:
        raise RangeNotSatisfiable(f"The range {header!r} is outside the blob's {size} bytes.", size)
    return start, end
