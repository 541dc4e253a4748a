"""Sign in, rotate tokens, sign out."""

from __future__ import annotations

from fastapi import APIRouter, Response

from sync.protocol import LoginRequest, RefreshRequest, TokenPair
from sync.server.deps import ClientIp, CurrentUser, ServicesDep

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=TokenPair)
def login(body: LoginRequest, services: ServicesDep, ip: ClientIp) -> TokenPair:
    """401 for a wrong email or password, 403 for a disabled account, 429 (with
    ``Retry-After``) after too many failures for this email from this address. An email of
    a domain that ``[ldap] email_domains`` names is checked against the directory instead."""
    ldap = services.config.auth.ldap
    if services.ldap is not None and ldap is not None and ldap.handles(body.email):
        return services.ldap.login(body.email, body.password, body.device_id, body.device_name, ip)
    return services.accounts.login(body.email, body.password, body.device_id, body.device_name, ip)


@router.post("/refresh", response_model=TokenPair)
def refresh(body: RefreshRequest, services: ServicesDep) -> TokenPair:
    return services.accounts.refresh(body.refresh_token)


@router.post("/logout", status_code=204)
def logout(principal: CurrentUser, services: ServicesDep) -> Response:
    services.accounts.logout(principal)
    return Response(status_code=204)
