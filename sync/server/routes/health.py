"""Liveness (the process answers) and readiness (the database, and an S3 blob store if one
is configured, answer)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError

from sync.server.blobstore import BlobStoreUnavailable
from sync.server.deps import ServicesDep
from sync.server.errors import ServerError

router = APIRouter(prefix="/healthz", tags=["health"])


class NotReady(ServerError):
    status = 503


@router.get("/live")
def live() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/ready")
def ready(services: ServicesDep) -> dict[str, str]:
    try:
        services.db.ping()
    except SQLAlchemyError:
        raise NotReady("The database does not answer.") from None
    try:
        services.blobs.store.check()
    except BlobStoreUnavailable:
        raise NotReady("The blob store does not answer.") from None
    return {"status": "ok"}
