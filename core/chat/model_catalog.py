"""The models a configured provider offers, and whether its server answers.

OpenAI-compatible servers list models at ``{base}/models`` (Bearer key); Anthropic at
``{base}/models`` with ``x-api-key``. Only the address the user configured is contacted, with
no proxy for loopback addresses. Blocking: call from a worker thread.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.chat.local_servers import ModelListError
from core.chat.providers import NO_KEY, provider_label
from core.chat.resolution import API_KEY_SECRETS
from core.i18n import translate
from core.secrets import SecretStore, SecretStoreError
from core.settings import Settings

# The cloud providers' own addresses; tests point them at a fake server on 127.0.0.1.
CLOUD_URLS = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com/v1",
}
ANTHROPIC_VERSION = "2023-06-01"
CHECK_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class ModelServer:
    """A provider as the user configured it: kind, the address to reach and the key."""

    provider: str
    base_url: str
    api_key: str = ""

    @property
    def label(self) -> str:
        name = provider_label(self.provider)
        host = urlsplit(self.base_url).netloc
        if self.provider == "openai_compatible" and host:
            return translate("ModelCatalog", "{name} ({host})").format(name=name, host=host)
        return name


def server_for(provider: str, base_url: str = "", api_key: str = "") -> ModelServer:
    """The server a provider choice reaches: the given address, or the cloud provider's own."""
    address = base_url.strip() or CLOUD_URLS.get(provider, "")
    return ModelServer(provider, address, api_key.strip())


def configured_server(settings: Settings, secrets: SecretStore) -> ModelServer | None:
    """The model server the Chat settings name, or None when none is set up."""
    provider = str(settings.get("chat.provider"))
    if provider not in API_KEY_SECRETS:
        return None
    base_url = str(settings.get("chat.base_url")) if provider == "openai_compatible" else ""
    if provider == "openai_compatible" and not base_url.strip():
        return None
    try:
        api_key = secrets.get(API_KEY_SECRETS[provider]) or ""
    except SecretStoreError:
        api_key = ""
    return server_for(provider, base_url, api_key)


def fetch_models(server: ModelServer, timeout_s: float = 8.0) -> list[str]:
    """The model ids the server lists, sorted; ``ModelListError`` says why there are none."""
    url = server.base_url.rstrip("/") + "/models"
    if urlsplit(url).scheme not in ("http", "https"):
        raise ModelListError(
            translate("ModelCatalog", "“{address}” is not an http:// or https:// address.").format(
                address=server.base_url
            )
        )
    if server.provider == "anthropic":
        headers = {"x-api-key": server.api_key, "anthropic-version": ANTHROPIC_VERSION}
    else:
        headers = {"Authorization": f"Bearer {server.api_key or NO_KEY}"}  # i18n: not UI
    payload = _get_json(url, headers, server.label, timeout_s)
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, list):
        raise ModelListError(_no_list(server.label))
    return sorted({str(m["id"]) for m in data if isinstance(m, dict) and m.get("id")})


def is_reachable(server: ModelServer, timeout_s: float = CHECK_TIMEOUT_S) -> tuple[bool, str]:
    """Whether the server answers at all (any HTTP answer counts, a refused key too), and a
    sentence saying so."""
    url = server.base_url.rstrip("/") + "/models"
    try:
        _get_json(url, {}, server.label, timeout_s)
    except _Answered:
        pass
    except ModelListError as error:
        return False, str(error)
    return True, translate("ModelCatalog", "{label} answers at {address}.").format(
        label=server.label, address=server.base_url
    )


def _no_list(label: str) -> str:
    return translate("ModelCatalog", "{label} did not answer with a model list.").format(
        label=label
    )


class _Answered(Exception):
    """The server answered with an HTTP error: it is up."""


def _get_json(url: str, headers: dict[str, str], label: str, timeout_s: float) -> object:
    request = urllib.request.Request(url, headers=headers)
    handlers: list[urllib.request.BaseHandler] = []
    if urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1"):
        handlers.append(urllib.request.ProxyHandler({}))
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(request, timeout=timeout_s) as response:
            return json.loads(response.read(4_000_000))
    except urllib.error.HTTPError as error:
        if not headers:
            raise _Answered from None
        if error.code in (401, 403):
            raise ModelListError(
                translate("ModelCatalog", "{label} refused the API key ({status}).").format(
                    label=label, status=error.code
                )
            ) from None
        raise ModelListError(
            translate("ModelCatalog", "{label} answered {status} for its model list.").format(
                label=label, status=error.code
            )
        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ModelListError(
            translate("ModelCatalog", "Could not reach {label} at {address} ({reason}).").format(
                label=label, address=url.rsplit("/", 1)[0], reason=reason
            )
        ) from None
    except ValueError:
        raise ModelListError(_no_list(label)) from None
