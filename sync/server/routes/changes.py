"""Push and pull of a workspace's changes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from sync.protocol import MAX_PULL_LIMIT, Poke, PullResponse, PushRequest, PushResponse
from sync.server.deps import ServicesDep, WorkspaceReader
from sync.server.errors import Invalid
from sync.server.permissions import Permission

router = APIRouter(prefix="/workspaces/{workspace_id}", tags=["changes"])


@router.post("/push", response_model=PushResponse)
def push(body: PushRequest, member: WorkspaceReader, services: ServicesDep) -> PushResponse:
    """Readers may call it: a viewer's mutations come back "rejected: forbidden" with the
    server's state of each row, which the device uses to revert them."""
    if body.protocol != 1:
        raise Invalid(f"This server speaks sync protocol 1, not {body.protocol}.")
    result, grew = services.changes.push(
        member.workspace_id, body, member.may(Permission.WRITE), member.principal.user_id
    )
    if grew:
        services.broadcaster.publish(Poke(workspace_id=member.workspace_id, seq=result.seq))
    return result


@router.get("/pull", response_model=PullResponse)
def pull(
    member: WorkspaceReader,
    services: ServicesDep,
    cursor: str = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = MAX_PULL_LIMIT,
) -> Response:
    # Built from the server's own rows: encoded once, not validated again on the way out (a
    # page is up to 1,000 changes; a first sync pulls tens of thousands).
    page = services.changes.pull(member.workspace_id, cursor, limit)
    return Response(page.model_dump_json(), media_type="application/json")
