"""Which provider, model, address and key answer a conversation.

The first that says: an explicit choice (the CLI's flags), the conversation's own model, its
assistant's, then the Chat settings. API keys come from the secret store (blocking: a keyring
may prompt), never from settings or the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.chat.errors import ProviderNotConfigured
from core.chat.providers import ProviderConfig, provider_label
from core.chat.records import AssistantRecord, ConversationRecord
from core.i18n import translate
from core.secrets import SecretStore, SecretStoreError
from core.settings import Settings

API_KEY_SECRETS = {
    "openai": "openai_api_key",
    "anthropic": "anthropic_api_key",
    "openai_compatible": "local_api_key",
}


@dataclass(frozen=True)
class ProviderChoice:
    """An explicit provider/model/address, each optional (unset parts come from elsewhere)."""

    kind: str | None = None
    model: str | None = None
    base_url: str | None = None


def resolve_provider(
    settings: Settings,
    secrets: SecretStore,
    conversation: ConversationRecord | None = None,
    assistant: AssistantRecord | None = None,
    choice: ProviderChoice | None = None,
) -> ProviderConfig:
    """The provider config for a turn, or ``ProviderNotConfigured`` saying what to set up."""
    choice = choice or ProviderChoice()
    kind = (
        choice.kind
        or (conversation.provider if conversation else None)
        or (assistant.provider if assistant else None)
        or str(settings.get("chat.provider"))
    )
    if kind not in API_KEY_SECRETS:
        raise ProviderNotConfigured(
            translate(
                "ChatSetup",
                "No model provider is set up yet. Choose OpenAI, Anthropic or a local server "
                "in Settings → Chat.",
            )
        )
    model = (
        choice.model
        or (conversation.model if conversation else None)
        or (assistant.model if assistant else None)
        or str(settings.get("chat.model"))
    ).strip()
    label = provider_label(kind)
    if not model:
        raise ProviderNotConfigured(
            translate(
                "ChatSetup",
                "No model is chosen for {label}. Enter one in Settings → Chat, or pick one for "
                "this conversation.",
            ).format(label=label)
        )
    base_url = choice.base_url or None
    if kind == "openai_compatible":
        base_url = base_url or str(settings.get("chat.base_url")).strip() or None
        if not base_url:
            raise ProviderNotConfigured(
                translate(
                    "ChatSetup",
                    "The local server's address is not set. Enter it in Settings → Chat, e.g. "
                    "http://127.0.0.1:11434/v1 for Ollama.",
                )
            )
    try:
        api_key = secrets.get(API_KEY_SECRETS[kind]) or ""
    except SecretStoreError as error:
        raise ProviderNotConfigured(str(error)) from None
    if not api_key and kind != "openai_compatible":
        raise ProviderNotConfigured(
            translate(
                "ChatSetup", "There is no {label} API key yet. Add it in Settings → Chat."
            ).format(label=label)
        )
    return ProviderConfig(kind=kind, model=model, base_url=base_url, api_key=api_key)


def configure_provider(
    settings: Settings,
    secrets: SecretStore,
    provider: str,
    model: str,
    base_url: str,
    api_key: str,
) -> str:
    """Save a model provider choice; the key goes to the secret store. Returns where it went."""
    settings.set("chat.provider", provider)
    settings.set("chat.model", model)
    if provider == "openai_compatible":
        settings.set("chat.base_url", base_url)
    if not api_key:
        return translate("ChatSetup", "No API key needed.")
    return secrets.set(API_KEY_SECRETS[provider], api_key).detail
