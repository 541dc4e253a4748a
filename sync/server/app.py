"""``create_app``: the team server as an ASGI app."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sync.protocol import BLOB_BATCH_UPLOAD_BYTES, BLOB_PART_BYTES, PROTOCOL_VERSION
from sync.server.blobs import UploadConflict
from sync.server.blobstore import BlobStore
from sync.server.config import ServerConfig
from sync.server.errors import ServerError
from sync.server.events import Broadcaster
from sync.server.limits import BodySizeLimit
from sync.server.routes import (
    admin,
    auth,
    blobs,
    changes,
    events,
    health,
    me,
    members,
    sso,
    workspaces,
)
from sync.server.services import Services, build_services

API_PREFIX = "/v1"
# Routes anyone may call; every other route must depend on the caller (tests check this).
PUBLIC_ROUTES = frozenset(
    {"/v1/auth/login", "/v1/auth/refresh", "/v1/healthz/live", "/v1/healthz/ready"}
) | frozenset(API_PREFIX + path for path in sso.PUBLIC_PATHS)


def create_app(
    config: ServerConfig,
    *,
    blob_store: BlobStore | None = None,
    broadcaster: Broadcaster | None = None,
) -> FastAPI:
    """Build the services (migrating SQLite at start) and the routes over them."""
    services = build_services(config, blob_store=blob_store, broadcaster=broadcaster)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        services.close()

    app = FastAPI(
        title="ConvoSphere team server",
        version=f"protocol-{PROTOCOL_VERSION}",
        lifespan=lifespan,
    )
    app.state.services = services
    for module in (auth, sso, me, workspaces, members, changes, events, blobs, health, admin):
        app.include_router(module.router, prefix=API_PREFIX)
    app.add_middleware(
        BodySizeLimit,
        default_limit=config.max_body_bytes,
        limits=(
            (r"/push$", config.max_push_bytes),
            (r"/blobs/batch/upload$", BLOB_BATCH_UPLOAD_BYTES),  # many small files at once
            (r"/blobs/", BLOB_PART_BYTES),
        ),
    )
    app.add_exception_handler(ServerError, _server_error)  # type: ignore[arg-type]
    return app


async def _server_error(_request: Request, exc: ServerError) -> JSONResponse:
    body: dict[str, object] = {"detail": str(exc)}
    if isinstance(exc, UploadConflict):
        body.update(exc.blob.model_dump())
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else exc.headers
    return JSONResponse(body, status_code=exc.status, headers=headers)


def services_of(app: FastAPI) -> Services:
    services: Services = app.state.services
    return services
