"""Signing this device in through the team server's single sign-on (RFC 8252: OAuth for
native apps): authorization code + PKCE (S256) in the system browser, never an embedded web
view, with the answer coming back to a one-shot HTTP listener on ``http://127.0.0.1:<port>``.

The server sends the browser on to the company's IdP and back; what reaches the loopback is
the server's own one-use code, redeemed here with the PKCE verifier (which never left this
process) for the device session that a password sign-in gives.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from http import HTTPStatus
from urllib.parse import parse_qs, urlencode, urlsplit

from core.i18n import number, translate
from sync.client.api import SyncApi, SyncError
from sync.protocol import SsoTokenRequest, TokenPair

CLIENT_ID = "convosphere-desktop"
SIGN_IN_TIMEOUT_S = 300.0


class SsoFailed(SyncError):
    """Single sign-on did not sign this device in; the message says why."""


class SsoCancelled(SsoFailed):
    """The person cancelled the sign-in before the browser answered."""


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge): 64 random bytes, base64url (86 characters)."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class BrowserAnswer:
    """What the browser brought to the loopback: a code, or why there is none."""

    code: str = ""
    error: str = ""


class LoopbackReceiver:
    """Listens on 127.0.0.1 (an ephemeral port) for the one redirect of this sign-in, checks
    its ``state`` and tells the person in the browser how it went."""

    def __init__(self, state: str) -> None:
        self.state = state
        self._answer: asyncio.Future[BrowserAnswer] | None = None
        self._server: asyncio.Server | None = None
        self.port = 0

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}/callback"

    async def __aenter__(self) -> LoopbackReceiver:
        self._answer = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def wait(self, timeout_s: float, cancel: threading.Event | None = None) -> BrowserAnswer:
        """The browser's answer; SsoFailed after ``timeout_s`` or once ``cancel`` is set (the
        person gave up: checked a few times a second)."""
        assert self._answer is not None
        deadline = asyncio.get_running_loop().time() + timeout_s
        while True:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                raise SsoFailed(
                    translate(
                        "Sync",
                        "No answer from the browser within {minutes} minutes: the sign-in was "
                        "not finished. Try again.",
                    ).format(minutes=number(timeout_s / 60, 0))
                )
            if cancel is not None and cancel.is_set():
                raise SsoCancelled(translate("Sync", "Single sign-on was cancelled."))
            try:
                return await asyncio.wait_for(asyncio.shield(self._answer), min(left, 0.25))
            except TimeoutError:
                continue

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await asyncio.wait_for(reader.readline(), 10)
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass  # headers: nothing in them matters here
            method, _, rest = request_line.decode("latin-1").partition(" ")
            target = rest.rpartition(" ")[0]
            parts = urlsplit(target)
            if method != "GET" or parts.path != "/callback":
                await _respond(
                    writer,
                    404,
                    translate("Sync", "Not found"),
                    translate("Sync", "This address only takes the sign-in."),
                )
                return
            answer = self._judge(parse_qs(parts.query))
            assert self._answer is not None
            if self._answer.done():
                await _respond(
                    writer,
                    409,
                    translate("Sync", "Already answered"),
                    translate("Sync", "This sign-in is already over."),
                )
                return
            self._answer.set_result(answer)
            if answer.error:
                await _respond(writer, 400, translate("Sync", "Sign-in failed"), answer.error)
            else:
                await _respond(
                    writer,
                    200,
                    translate("Sync", "Signed in"),
                    translate("Sync", "You can close this tab and go back to ConvoSphere."),
                )
        except (TimeoutError, ConnectionError, UnicodeDecodeError):
            pass
        finally:
            writer.close()

    def _judge(self, query: dict[str, list[str]]) -> BrowserAnswer:
        state = query.get("state", [""])[0]
        if not secrets.compare_digest(state.encode(), self.state.encode()):
            return BrowserAnswer(
                error=translate(
                    "Sync",
                    "The browser came back with an answer that does not belong to this sign-in "
                    "(state mismatch), so it was ignored. Start the sign-in again.",
                )
            )
        if "error" in query:
            why = query.get("error_description", query["error"])[0]
            return BrowserAnswer(
                error=translate("Sync", "Single sign-on failed: {reason}").format(reason=why)
            )
        code = query.get("code", [""])[0]
        if not code:
            return BrowserAnswer(
                error=translate("Sync", "The browser came back without a sign-in code.")
            )
        return BrowserAnswer(code=code)


async def _respond(writer: asyncio.StreamWriter, status: int, title: str, message: str) -> None:
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)} · ConvoSphere</title></head>"
        "<body style='font-family:sans-serif;max-width:36em;margin:4em auto'>"
        f"<h1>{escape(title)}</h1><p>{escape(message)}</p></body></html>"
    ).encode()
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    ).encode("latin-1", "replace")
    writer.write(head + body)
    await writer.drain()


def authorize_url(server_url: str, redirect_uri: str, challenge: str, state: str) -> str:
    query = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": redirect_uri,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": state,
    }
    return f"{server_url.rstrip('/')}/v1/auth/sso/authorize?{urlencode(query)}"  # i18n: not UI


async def sign_in_with_browser(
    api: SyncApi,
    open_browser: Callable[[str], object],
    device_id: str,
    device_name: str,
    timeout_s: float = SIGN_IN_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> TokenPair:
    """Open the system browser at the server's sign-in, wait for its answer on the loopback,
    and redeem the code with this sign-in's verifier. SsoFailed says what went wrong.

    ``open_browser`` is called from another thread."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(24)
    async with LoopbackReceiver(state) as receiver:
        url = authorize_url(api.base_url, receiver.redirect_uri, challenge, state)
        # In a thread of its own: a browser command may not return until that browser is
        # closed (``webbrowser`` waits for $BROWSER), and the answer must come in meanwhile.
        threading.Thread(target=open_browser, args=(url,), name="open-browser", daemon=True).start()
        answer = await receiver.wait(timeout_s, cancel)
    if answer.error:
        raise SsoFailed(answer.error)
    return await api.sso_token(
        SsoTokenRequest(
            code=answer.code,
            code_verifier=verifier,
            redirect_uri=receiver.redirect_uri,
            device_id=device_id,
            device_name=device_name,
        )
    )
