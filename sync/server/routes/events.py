"""Server-sent events: one ``poke`` per commit to the workspace."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from sync.protocol import Poke
from sync.server.deps import ServicesDep, WorkspaceReader
from sync.server.models import WorkspaceCounter
from sync.server.services import Services

router = APIRouter(prefix="/workspaces/{workspace_id}", tags=["events"])
KEEPALIVE_S = 15.0


def _current_seq(services: Services, workspace_id: str) -> int:
    with services.db.read() as session:
        seq = session.scalar(
            select(WorkspaceCounter.last_seq).where(WorkspaceCounter.workspace_id == workspace_id)
        )
    return seq or 0


def _event(poke: Poke) -> str:
    return f"event: poke\ndata: {poke.model_dump_json()}\n\n"


@router.get("/events")
async def events(
    request: Request, member: WorkspaceReader, services: ServicesDep
) -> StreamingResponse:
    """The stream starts with a poke of the current seq, so a client that connects after
    missing some knows at once whether to pull."""
    workspace_id = member.workspace_id
    device_key = f"{member.principal.user_id}/{member.principal.device_id}"

    async def stream() -> AsyncIterator[str]:
        with services.live_streams.opened(device_key):
            async for event in _pokes(request, services, workspace_id):
                yield event

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


async def _pokes(request: Request, services: Services, workspace_id: str) -> AsyncIterator[str]:
    """The stream's events until the client goes or the server stops."""
    async with services.broadcaster.subscribe(workspace_id) as queue:
        seq = await run_in_threadpool(_current_seq, services, workspace_id)
        yield _event(Poke(workspace_id=workspace_id, seq=seq))
        while not await request.is_disconnected():
            try:
                poke = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
            except TimeoutError:
                yield ": keepalive\n\n"
                continue
            if poke is None:
                return
            yield _event(poke)
