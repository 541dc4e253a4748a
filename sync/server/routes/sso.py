"""Company sign-in: which ways this server offers, the OIDC broker's browser steps and token
exchange, and LDAP bind. Every route here is public (the caller is signing in)."""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sync.protocol import AuthMethods, LoginRequest, SsoTokenRequest, TokenPair
from sync.server.deps import ClientIp, ServicesDep
from sync.server.errors import NotFound
from sync.server.sso import SsoError

router = APIRouter(prefix="/auth", tags=["auth"])

# Paths (under the API prefix) that anyone may call: the permission test reads this.
PUBLIC_PATHS = frozenset(
    {"/auth/methods", "/auth/sso/authorize", "/auth/sso/callback", "/auth/sso/token", "/auth/ldap"}
)


@router.get("/methods", response_model=AuthMethods)
def methods(services: ServicesDep) -> AuthMethods:
    """What the sign-in form should offer."""
    auth = services.config.auth
    return AuthMethods(
        sso=auth.oidc is not None,
        sso_label=auth.oidc.label if auth.oidc is not None else "",
        ldap=auth.ldap is not None,
        ldap_domains=list(auth.ldap.email_domains) if auth.ldap is not None else [],
    )


@router.get("/sso/authorize", response_model=None)
def authorize(
    request: Request,
    services: ServicesDep,
    client_id: Annotated[str, Query(max_length=100)] = "",
    redirect_uri: Annotated[str, Query(max_length=200)] = "",
    response_type: Annotated[str, Query(max_length=20)] = "",
    state: Annotated[str, Query(max_length=500)] = "",
    code_challenge: Annotated[str, Query(max_length=128)] = "",
    code_challenge_method: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    """The system browser starts here; it is sent on to the company's IdP."""
    try:
        if response_type != "code":
            raise SsoError("Only response_type=code is supported.", "unsupported_response_type")
        url = services.sso.start(
            client_id=client_id,
            redirect_uri=redirect_uri,
            state=state,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            callback_url=_callback_url(request, services),
        )
    except SsoError as exc:
        return _page("Sign-in could not start", str(exc), 400)
    return RedirectResponse(url, status_code=302)


@router.get("/sso/callback", name="sso_callback", response_model=None)
def callback(
    services: ServicesDep,
    ip: ClientIp,
    state: Annotated[str, Query(max_length=500)] = "",
    code: Annotated[str, Query(max_length=2000)] = "",
    error: Annotated[str, Query(max_length=200)] = "",
    error_description: Annotated[str, Query(max_length=1000)] = "",
) -> Response:
    """The IdP sends the browser back here; it goes on to the desktop's loopback address."""
    try:
        url = services.sso.finish(
            state=state, code=code, error=error, error_description=error_description, ip=ip
        )
    except SsoError as exc:
        return _page("Sign-in failed", str(exc), 400)
    return RedirectResponse(url, status_code=302)


@router.post("/sso/token", response_model=TokenPair)
def token(body: SsoTokenRequest, services: ServicesDep, ip: ClientIp) -> TokenPair:
    """400 for a wrong verifier, an unknown, used or expired code; 403 for a disabled user."""
    return services.sso.exchange(
        code=body.code,
        code_verifier=body.code_verifier,
        redirect_uri=body.redirect_uri,
        device_id=body.device_id,
        device_name=body.device_name,
        ip=ip,
    )


@router.post("/ldap", response_model=TokenPair)
def ldap_login(body: LoginRequest, services: ServicesDep, ip: ClientIp) -> TokenPair:
    """Sign in with a directory password: 401 when wrong, 403 for a disabled account."""
    if services.ldap is None:
        raise NotFound("This server has no LDAP sign-in: sign in with email and password.")
    return services.ldap.login(body.email, body.password, body.device_id, body.device_name, ip)


def _callback_url(request: Request, services: ServicesDep) -> str:
    oidc = services.config.auth.oidc
    if oidc is not None and oidc.public_url:
        return f"{oidc.public_url}/v1/auth/sso/callback"
    return str(request.url_for("sso_callback"))


def _page(title: str, message: str, status: int) -> HTMLResponse:
    """A plain page for the person in the browser (these steps are not called by scripts)."""
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body style='font-family:sans-serif;"
        f"max-width:36em;margin:4em auto'><h1>{escape(title)}</h1><p>{escape(message)}</p>"
        "<p>You can close this tab.</p></body></html>"
    )
    return HTMLResponse(body, status_code=status)
