"""What can go wrong talking to a model, as specific exceptions a person can act on.

``str(error)`` is always a sentence for the user that says what to do, and never holds a secret.
``classify_failure`` turns whatever an SDK raised into one of these; it reads only status codes,
headers and error codes, so it works for the OpenAI and Anthropic SDKs alike.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, sentence_start, translate
from core.secrets import redact

_CONTEXT_WORDS = re.compile(
    r"context[ _]length|context window|maximum context|prompt is too long|too many tokens|"
    r"reduce the length|input is too long|exceeds the context",
    re.IGNORECASE,
)
_MAX_DETAIL = 300


class ProviderError(UserError):
    """A model provider failed. ``kind`` names the cause; ``retryable`` says whether trying the
    same request again later can help."""

    kind = "error"
    retryable = False

    def __init__(self, message: str, *, detail: str = "") -> None:
        message = sentence_start(message)  # labels like "the model server" lead some
        super().__init__(message)
        self.message = message
        self.detail = detail  # for the log: the server's own words, secrets removed

    def __str__(self) -> str:
        return self.message


class ProviderNotConfigured(ProviderError):
    """No provider, model, key or server address is set up for this conversation."""

    kind = "setup"


class ProviderAuthError(ProviderError):
    """The API key was refused (401) or lacks permission (403)."""

    kind = "auth"


class RateLimited(ProviderError):
    """Too many requests (429); ``retry_after`` is the wait the server asked for, in seconds."""

    kind = "rate_limit"
    retryable = True

    def __init__(self, message: str, *, retry_after: float | None = None, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class QuotaExceeded(ProviderError):
    """The account is out of credit: waiting does not help."""

    kind = "quota"


class ProviderUnreachable(ProviderError):
    """The server could not be reached, or the connection failed or timed out."""

    kind = "network"
    retryable = True


class ProviderServerError(ProviderError):
    """The provider had an internal error or is overloaded (5xx)."""

    kind = "server"
    retryable = True


class ContextTooLong(ProviderError):
    """The conversation no longer fits the model's context window."""

    kind = "context"


class ModelNotFound(ProviderError):
    """The provider has no model by that name (or the key may not use it)."""

    kind = "model"


class EndpointNotFound(ProviderError):
    """The server answered 404 for the chat endpoint itself: the address is probably wrong."""

    kind = "endpoint"


class BadRequest(ProviderError):
    """The provider refused the request for another reason; the message quotes it."""

    kind = "request"


class MalformedResponse(ProviderError):
    """The provider sent something that is not a valid stream event."""

    kind = "malformed"


class StreamInterrupted(ProviderError):
    """The stream ended before the provider said the answer was finished."""

    kind = "interrupted"
    retryable = True


@dataclass(frozen=True)
class FailureContext:
    """Who was being talked to, for messages; ``secrets`` are removed from any detail."""

    label: str
    model: str
    address: str = ""
    local: bool = False
    secrets: tuple[str, ...] = ()


def classify_failure(error: BaseException, context: FailureContext) -> ProviderError:
    """The ``ProviderError`` for an exception raised by an SDK while requesting or streaming."""
    if isinstance(error, ProviderError):
        return error
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        response = getattr(error, "response", None)
        headers: Mapping[str, str] = getattr(response, "headers", None) or {}
        body = getattr(error, "body", None)
        return classify_status(status, body, headers, context)
    names = {cls.__name__ for cls in type(error).__mro__}
    if names & {"APITimeoutError", "TimeoutException", "TimeoutError"}:
        if context.local:
            message = translate(
                "ChatErrors",
                "{label} took too long to answer. Check your connection, or that the local model "
                "server is running, and try again.",
            )
        else:
            message = translate(
                "ChatErrors",
                "{label} took too long to answer. Check your connection and try again.",
            )
        return ProviderUnreachable(
            message.format(label=context.label), detail=_detail(error, context)
        )
    if names & {"APIConnectionError", "TransportError", "ConnectionError", "OSError"}:
        if context.local:
            message = translate(
                "ChatErrors",
                "The connection to {where} failed. Check your network connection, or that the "
                "local model server is running, and try again.",
            )
        else:
            message = translate(
                "ChatErrors",
                "The connection to {where} failed. Check your network connection and try again.",
            )
        return ProviderUnreachable(
            message.format(where=_where(context)), detail=_detail(error, context)
        )
    if isinstance(error, json.JSONDecodeError) or names & {"ValidationError"}:
        return malformed(context, _detail(error, context))
    return ProviderError(
        translate(
            "ChatErrors",
            "Something unexpected went wrong talking to {label} ({error}). "
            "The details are in the log file.",
        ).format(label=context.label, error=type(error).__name__),
        detail=_detail(error, context),
    )


def malformed(context: FailureContext, detail: str = "") -> MalformedResponse:
    if context.local:
        message = translate(
            "ChatErrors",
            "{label} sent a response ConvoSphere could not read. Try again; if it keeps "
            "happening, the server software may need an update.",
        )
    else:
        message = translate(
            "ChatErrors",
            "{label} sent a response ConvoSphere could not read. Try again; if it keeps "
            "happening, the server may need an update.",
        )
    return MalformedResponse(message.format(label=context.label), detail=detail)


KEPT = QT_TRANSLATE_NOOP(
    "ChatErrors", "What arrived is kept: Continue picks up where it stopped, or Retry asks again."
)
"""Added to the failure of an answer that had started (``kept()`` is it in the user's language)."""


def kept() -> str:
    """``KEPT`` in the user's language."""
    return translate("ChatErrors", KEPT)


def interrupted(context: FailureContext) -> StreamInterrupted:
    return StreamInterrupted(
        translate(
            "ChatErrors", "The connection to {where} ended before the answer was finished."
        ).format(where=_where(context))
        + " "
        + kept()
    )


def after_partial_answer(error: ProviderError, context: FailureContext) -> ProviderError:
    """The same failure, worded for an answer that had started: its text is kept."""
    if kept() in error.message:
        return error
    if isinstance(error, ProviderUnreachable):
        message = translate(
            "ChatErrors", "The connection to {where} dropped before the answer was finished."
        ).format(where=_where(context))
    else:
        message = error.message
    message = f"{message} {kept()}"
    copy = type(error).__new__(type(error))
    copy.__dict__.update(error.__dict__)
    ProviderError.__init__(copy, message, detail=error.detail)
    return copy


def classify_status(
    status: int, body: object, headers: Mapping[str, str], context: FailureContext
) -> ProviderError:
    """The ``ProviderError`` for an HTTP error answer."""
    code, server_message = _error_fields(body)
    detail = redact(f"HTTP {status} {code} {server_message}".strip(), context.secrets)
    said = _quote(server_message, context.secrets)
    if status in (401, 403):
        if status == 401:
            message = translate(
                "ChatErrors", "{label} rejected the API key ({status}). Check the key in {where}."
            )
        else:
            message = translate(
                "ChatErrors",
                "{label} does not allow this API key to do that ({status}). "
                "Check the key in {where}.",
            )
        where = (
            translate("ChatErrors", "Settings → Chat (local server key)")
            if context.local
            else translate("ChatErrors", "Settings → Chat")
        )
        return ProviderAuthError(
            message.format(label=context.label, status=status, where=where), detail=detail
        )
    if status == 429:
        if code == "insufficient_quota" or "quota" in server_message.lower():
            return QuotaExceeded(
                translate(
                    "ChatErrors",
                    "Your {label} account has run out of credit. Add credit or choose "
                    "another provider, then try again.",
                ).format(label=context.label),
                detail=detail,
            )
        wait = retry_after_seconds(headers)
        if wait:
            message = translate(
                "ChatErrors",
                "{label} is limiting how fast requests can be made. Try again in %n second(s).",
                None,
                max(round(wait), 1),
            )
        else:
            message = translate(
                "ChatErrors",
                "{label} is limiting how fast requests can be made. Try again in a moment.",
            )
        return RateLimited(message.format(label=context.label), retry_after=wait, detail=detail)
    if status == 404:
        if code == "model_not_found" or "model" in server_message.lower():
            return ModelNotFound(
                translate(
                    "ChatErrors",
                    "{label} has no model called “{model}”. Choose another model "
                    "for this conversation or its assistant.",
                ).format(label=context.label, model=context.model),
                detail=detail,
            )
        return EndpointNotFound(
            translate(
                "ChatErrors",
                "{where} has no chat endpoint (404). Check the server address in "
                "Settings → Chat; for local servers it usually ends in /v1.",
            ).format(where=_where(context)),
            detail=detail,
        )
    if status in (400, 413, 422) and (
        status == 413 or code == "context_length_exceeded" or _CONTEXT_WORDS.search(server_message)
    ):
        return ContextTooLong(
            translate(
                "ChatErrors",
                "This conversation is too long for {model}. Start a new conversation, or "
                "choose a model with a larger context window.",
            ).format(model=context.model),
            detail=detail,
        )
    if status == 408:
        return ProviderUnreachable(
            translate("ChatErrors", "{label} timed out waiting for the request. Try again.").format(
                label=context.label
            ),
            detail=detail,
        )
    if status >= 500:
        return ProviderServerError(
            translate(
                "ChatErrors",
                "{label} had a server error ({status}). This is usually temporary: try "
                "again in a minute.",
            ).format(label=context.label, status=status),
            detail=detail,
        )
    if said:
        message = translate("ChatErrors", "{label} refused the request ({status}): “{said}”.")
    else:
        message = translate("ChatErrors", "{label} refused the request ({status}).")
    return BadRequest(message.format(label=context.label, status=status, said=said), detail=detail)


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The wait a server asked for in ``retry-after-ms`` or ``retry-after`` (seconds or date)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    raw_ms = lowered.get("retry-after-ms")
    if raw_ms:
        try:
            return max(float(raw_ms) / 1000, 0.0)
        except ValueError:
            pass
    raw = lowered.get("retry-after")
    if not raw:
        return None
    try:
        return max(float(raw), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def _error_fields(body: object) -> tuple[str, str]:
    """(code, message) from an OpenAI or Anthropic error body, as far as present."""
    error: Any = body.get("error", body) if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", str(body) if isinstance(body, str) else ""
    code = error.get("code") or error.get("type") or ""
    message = error.get("message") or ""
    return str(code), str(message)


def _quote(server_message: str, secrets: Iterable[str]) -> str:
    text = redact(" ".join(server_message.split()), secrets)
    if not text:
        return ""
    if len(text) > _MAX_DETAIL:
        text = text[: _MAX_DETAIL - 1] + "…"
    return text


def _detail(error: BaseException, context: FailureContext) -> str:
    cause = error.__cause__ or error.__context__
    text = f"{type(error).__name__}: {error}"
    if cause is not None:
        text += f" (from {type(cause).__name__}: {cause})"  # i18n: not UI (the log's detail)
    return redact(text, context.secrets)[:1000]


def _where(context: FailureContext) -> str:
    if not context.address:
        return context.label
    return translate("ChatErrors", "{label} at {address}").format(
        label=context.label, address=context.address
    )
