"""Finding model servers on this computer, and the models a server offers.

Only the presets' default loopback addresses are probed (``GET /v1/models`` with a short
timeout, no proxy): nothing leaves the machine. Blocking: call from a worker thread.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.chat.providers import LOCAL_PRESETS, NO_KEY
from core.errors import UserError
from core.i18n import translate

PROBE_TIMEOUT_S = 0.5
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass(frozen=True)
class LocalServer:
    """A model server that answered on this computer."""

    name: str
    base_url: str
    models: tuple[str, ...]


class ModelListError(UserError):
    """The server's model list could not be read; the message says why."""


def list_models(base_url: str, api_key: str = "", timeout_s: float = 5.0) -> list[str]:
    """The model ids an OpenAI-compatible server lists at ``{base_url}/models``, sorted."""
    url = base_url.rstrip("/") + "/models"
    if urlsplit(url).scheme not in ("http", "https"):
        raise ModelListError(
            translate("ModelCatalog", "“{address}” is not an http:// or https:// address.").format(
                address=base_url
            )
        )
    key = f"Bearer {api_key or NO_KEY}"  # i18n: not UI
    request = urllib.request.Request(url, headers={"Authorization": key})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=timeout_s) as response:
            payload = json.loads(response.read(2_000_000))
    except urllib.error.HTTPError as error:
        raise ModelListError(
            translate("ModelCatalog", "{label} answered {status} for its model list.").format(
                label=base_url, status=error.code
            )
        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ModelListError(
            translate("ModelCatalog", "Could not reach {address} ({reason}).").format(
                address=base_url, reason=reason
            )
        ) from None
    except ValueError:
        raise ModelListError(_no_list(base_url)) from None
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, list):
        raise ModelListError(_no_list(base_url))
    return sorted({str(m["id"]) for m in data if isinstance(m, dict) and m.get("id")})


def _no_list(address: str) -> str:
    return translate("ModelCatalog", "{label} did not answer with a model list.").format(
        label=address
    )


def detect_local_servers(
    presets: Sequence[tuple[str, str]] = LOCAL_PRESETS, timeout_s: float = PROBE_TIMEOUT_S
) -> list[LocalServer]:
    """The presets whose server answers with a model list, in preset order.

    Addresses that are not loopback are skipped: detection never reaches another host.
    """
    candidates = [(n, u) for n, u in presets if urlsplit(u).hostname in _LOOPBACK]
    if not candidates:
        return []

    def probe(preset: tuple[str, str]) -> LocalServer | None:
        name, url = preset
        try:
            return LocalServer(name, url, tuple(list_models(url, timeout_s=timeout_s)))
        except ModelListError:
            return None

    with ThreadPoolExecutor(max_workers=len(candidates)) as pool:
        found = list(pool.map(probe, candidates))
    return [server for server in found if server is not None]
