"""Request body size limits, enforced before a route reads the body.

A declared ``Content-Length`` over the limit is answered 413 at once; a body without one
(chunked) is read up to the limit and answered 413 as soon as it goes over, so a client cannot
make the server buffer more than the limit either way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodySizeLimit:
    """Pure ASGI middleware: ``limits`` are (path regex, bytes); others get ``default_limit``."""

    def __init__(
        self, app: ASGIApp, default_limit: int, limits: Iterable[tuple[str, int]] = ()
    ) -> None:
        self.app = app
        self.default_limit = default_limit
        self.limits = [(re.compile(pattern), limit) for pattern, limit in limits]

    def limit_for(self, path: str) -> int:
        for pattern, limit in self.limits:
            if pattern.search(path):
                return limit
        return self.default_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _refuse(send, 400, "Content-Length is not a number.")
                return
            if int(declared) > limit:
                await _refuse(send, 413, _too_large(limit))
                return
            await self.app(scope, receive, send)
            return
        # No declared length: buffer up to the limit, then replay to the app.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await _refuse(send, 413, _too_large(limit))
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


def _too_large(limit: int) -> str:
    return f"The request body is larger than this route accepts ({limit} bytes)."


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
