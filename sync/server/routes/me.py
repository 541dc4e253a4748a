"""The signed-in account and its devices."""

from __future__ import annotations

from fastapi import APIRouter

from sync.protocol import Account
from sync.server.deps import CurrentUser, ServicesDep, SessionDep
from sync.server.models import User

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
