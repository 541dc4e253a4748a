"""Errors the server's services raise; the app maps each to an HTTP status and a detail."""

from __future__ import annotations


class ServerError(Exception):
    """Base: ``status`` is the HTTP status, the message is the detail a person reads."""

    status = 400
    headers: dict[str, str] | None = None


class NotAuthenticated(ServerError):
    status = 401


class Forbidden(ServerError):
    status = 403


class NotFound(ServerError):
    status = 404


class Conflict(ServerError):
    status = 409


class Invalid(ServerError):
    status = 422


class RateLimited(ServerError):
    """Too many attempts; ``Retry-After`` says when to try again."""

    status = 429

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.headers = {"Retry-After": str(retry_after_s)}
