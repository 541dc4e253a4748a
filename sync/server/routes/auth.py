"""Sign in, rotate tokens, sign out."""

from __future__ import annotations

from fastapi import APIRouter, Response

from sync.protocol import LoginRequest, RefreshRequest, TokenPair
from sync.server.deps import CurrentUser, ServicesDep

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=TokenPair)
def login(body: LoginRequest, services: ServicesDep) -> TokenPair:
    return services.accounts.login(body.email, body.password, body.device_id, body.device_name)


@router.post("/refresh", response_model=TokenPair)
def refresh(body: RefreshRequest, services: ServicesDep) -> TokenPair:
    return services.accounts.refresh(body.refresh_token)


@router.post("/logout", status_code=204)
def logout(principal: CurrentUser, services: ServicesDep) -> Response:
    services.accounts.logout(principal)
    return Response(status_code=204)
