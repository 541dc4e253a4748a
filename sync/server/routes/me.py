"""The signed-in account and its devices."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from sync.protocol import Account, Poke
from sync.server.deps import ClientIp, CurrentUser, ServicesDep, SessionDep
from sync.server.models import User
from sync.server.schemas import EraseRequest

router = APIRouter(tags=["account"])


@router.get("/me", response_model=Account)
def me(principal: CurrentUser, services: ServicesDep, session: SessionDep) -> Account:
    user = session.get(User, principal.user_id)
    assert user is not None
    return Account(
        user_id=user.id,
        email=user.email,
        personal_workspace_id=user.personal_workspace_id,
        devices=services.accounts.devices(session, user.id),
    )


@router.delete("/me/devices/{device_id}", status_code=204)
def sign_out_device(device_id: str, principal: CurrentUser, services: ServicesDep) -> Response:
    """Sign one of your devices out (also this one): its tokens stop working at once, its
    data stays on it. Permission: account (any signed-in user, about themself)."""
    services.accounts.revoke_device(principal.user_id, device_id)
    return Response(status_code=204)


@router.get(
    "/me/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/zip": {}}}},
)
async def export_my_data(
    principal: CurrentUser, services: ServicesDep, ip: ClientIp
) -> StreamingResponse:
    """A zip of everything the server holds about you: JSON files and your documents' files."""
    archive = await run_in_threadpool(services.personal_data.export, principal.user_id, ip)

    def chunks() -> Iterator[bytes]:
        with archive:
            while chunk := archive.read(1024 * 1024):
                yield chunk

    return StreamingResponse(
        chunks(),
        media_type="application/zip",
        headers={"Content-Disposition": 'attachment; filename="convosphere-my-data.zip"'},
    )


@router.delete("/me", status_code=204)
async def erase_me(
    body: EraseRequest, principal: CurrentUser, services: ServicesDep, ip: ClientIp
) -> Response:
    """Erase your account: personal data removed; your content in team workspaces kept but
    anonymised, or deleted where the workspace's settings say so; 409 while you own a team
    workspace that has other members."""
    grew = await run_in_threadpool(
        services.personal_data.erase, principal.user_id, body.confirm_email, ip
    )
    for workspace_id, seq in grew.items():  # content deleted there: its devices pull the purges
        services.broadcaster.publish(Poke(workspace_id=workspace_id, seq=seq))
    return Response(status_code=204)
