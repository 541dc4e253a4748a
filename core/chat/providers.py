"""The provider interface: one way to stream an answer from OpenAI, Anthropic or a local server.

``make_provider(config)`` picks the implementation; each one uses its official SDK, imported only
then (the SDKs take a second or more to import, which startup must not pay).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

from core.chat.errors import FailureContext
from core.chat.events import ProviderEvent
from core.i18n import QT_TRANSLATE_NOOP, translate

PROVIDER_LABELS = {
    "openai": "OpenAI",
    "anthropic": "Anthropic",  # i18n: not UI (a product name, the same in every language)
    "openai_compatible": QT_TRANSLATE_NOOP("Providers", "the model server"),
}
"""A name for messages per provider kind (``provider_label`` is it in the user's language)."""

# Default loopback ports of the local servers people run, with their OpenAI-compatible paths.
LOCAL_PRESETS: tuple[tuple[str, str], ...] = (
    ("Ollama", "http://127.0.0.1:11434/v1"),  # i18n: not UI (product names)
    ("LM Studio", "http://127.0.0.1:1234/v1"),  # i18n: not UI
    ("llama.cpp server", "http://127.0.0.1:8080/v1"),  # i18n: not UI
    ("vLLM", "http://127.0.0.1:8000/v1"),
)

NO_KEY = "not-needed"  # what a local server without authentication is sent as its key
DEFAULT_TIMEOUT_S = 120.0


def provider_label(kind: str) -> str:
    """The provider's name for messages ("OpenAI", "the model server"), in the user's language."""
    label = PROVIDER_LABELS.get(kind)
    return translate("Providers", label) if label else kind


@dataclass(frozen=True)
class ProviderConfig:
    """Where to send a request: provider kind, model, optional base URL and the API key.

    The key is excluded from ``repr`` so that a config can be logged.
    """

    kind: str
    model: str
    base_url: str | None = None
    api_key: str = field(default="", repr=False)
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def local(self) -> bool:
        return self.kind == "openai_compatible"

    @property
    def address(self) -> str:
        """``host:port`` of the base URL, or "" for the provider's own default."""
        return urlsplit(self.base_url).netloc if self.base_url else ""

    @property
    def label(self) -> str:
        """A name for messages: "OpenAI", "Ollama", "the model server"."""
        if self.kind == "openai_compatible" and self.base_url:
            for name, url in LOCAL_PRESETS:
                if urlsplit(url).port == urlsplit(self.base_url).port and _is_loopback(
                    self.base_url
                ):
                    return name
        return provider_label(self.kind)

    def failure_context(self) -> FailureContext:
        secrets = (self.api_key,) if self.api_key and self.api_key != NO_KEY else ()
        return FailureContext(
            label=self.label,
            model=self.model,
            address=self.address if self.local else "",
            local=self.local,
            secrets=secrets,
        )


@dataclass(frozen=True)
class ToolCallRequest:
    """A tool call the model made: the provider's id, the function name, its JSON arguments."""

    call_id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class ToolDefinition:
    """A tool offered to the model: function name, description, JSON Schema of its input."""

    name: str
    description: str
    parameters: dict[str, Any]


@dataclass(frozen=True)
class ChatMessage:
    """One turn of the history sent to the model.

    An assistant turn may carry ``tool_calls``; each result comes back as a ``tool`` turn with
    the call's ``tool_call_id`` (and ``is_error`` when the call failed)."""

    role: str  # "user", "assistant" or "tool"
    content: str
    tool_calls: tuple[ToolCallRequest, ...] = ()
    tool_call_id: str = ""
    is_error: bool = False


@dataclass(frozen=True)
class ChatRequest:
    """Everything one request says: instructions, history, sampling limits, tools offered."""

    messages: tuple[ChatMessage, ...]
    system: str = ""
    temperature: float | None = None
    max_tokens: int | None = None
    tools: tuple[ToolDefinition, ...] = ()


class ChatProvider(Protocol):
    """Streams one answer as typed events.

    ``stream`` never raises for provider or network failures: it yields ``StreamFailed`` as its
    last event. A stream that ends without the provider's finish yields ``StreamFailed`` with
    ``StreamInterrupted``. Cancelling the consuming task closes the connection at once.
    """

    config: ProviderConfig

    def stream(self, request: ChatRequest) -> AsyncGenerator[ProviderEvent, None]: ...

    async def aclose(self) -> None: ...


def make_provider(config: ProviderConfig) -> ChatProvider:
    """The provider for a config; imports its SDK (blocking: call off the GUI thread)."""
    if config.kind in ("openai", "openai_compatible"):
        from core.chat.openai_provider import OpenAIChatProvider

        return OpenAIChatProvider(config)
    if config.kind == "anthropic":
        from core.chat.anthropic_provider import AnthropicChatProvider

        return AnthropicChatProvider(config)
    raise ValueError(f"Unknown provider kind {config.kind!r}")


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return host in ("127.0.0.1", "localhost", "::1")
