"""Update check: is a newer release in the feed? Off by default; it never downloads anything.

With ``updates.check`` on (Settings → Updates), the app reads the release feed named by
``updates.feed_url`` once per start: a small JSON document, e.g.::

    {"version": "0.2.0", "published": "2026-12-01",
     "notes": "Faster imports.", "page": "https://convosphere.app/download"}

If its version is newer than this build's, the app says so and offers to open ``page`` in the
browser: the user downloads and installs the new release themselves. Nothing else is sent or
fetched; with the check off, nothing at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from core import __version__
from core.errors import UserError
from core.i18n import translate

FEED_TIMEOUT_S = 10.0
MAX_FEED_BYTES = 64 * 1024
_VERSION = re.compile(r"^v?(\d+)\.(\d+)(?:\.(\d+))?$")

Fetch = Callable[[str], bytes]


class UpdateFeedError(UserError):
    """The feed could not be read or is not a release feed; the message says which."""


@dataclass(frozen=True)
class Release:
    """A newer release than this build, as the feed describes it."""

    version: str
    page: str
    notes: str = ""
    published: str = ""


def parse_version(text: str) -> tuple[int, int, int]:
    found = _VERSION.match(text.strip())
    if found is None:
        raise UpdateFeedError(
            translate(
                "Updates", "The release feed names the version {version}, not like 1.2.3."
            ).format(version=repr(text))
        )
    major, minor, patch = found.groups()
    return int(major), int(minor), int(patch or 0)


def check_feed_url(url: str) -> str:
    """The feed URL, or UpdateFeedError: HTTPS only (plain HTTP to this machine, for tests)."""
    parts = urlsplit(url.strip())
    loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if parts.scheme == "https" and parts.hostname:
        return url.strip()
    if parts.scheme == "http" and loopback:
        return url.strip()
    raise UpdateFeedError(
        translate("Updates", "The release feed must be an https:// address, not {url}.").format(
            url=repr(url)
        )
    )


def newer_release(feed: bytes, current: str = __version__) -> Release | None:
    """The release the feed offers if it is newer than ``current``; else None."""
    try:
        data = json.loads(feed)
    except (ValueError, UnicodeDecodeError):
        raise UpdateFeedError(translate("Updates", "The release feed is not JSON.")) from None
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise UpdateFeedError(translate("Updates", "The release feed has no version."))
    page = data.get("page")
    if not isinstance(page, str) or urlsplit(page).scheme not in ("https", "http"):
        raise UpdateFeedError(
            translate("Updates", "The release feed has no download page address.")
        )
    if parse_version(data["version"]) <= parse_version(current):
        return None
    return Release(
        version=data["version"].lstrip("v"),
        page=page,
        notes=str(data.get("notes", ""))[:2000],
        published=str(data.get("published", "")),
    )


def fetch_feed(url: str) -> bytes:
    """GET the feed (at most 64 KiB): the only request the update check makes."""
    import httpx

    try:
        with (
            httpx.Client(timeout=FEED_TIMEOUT_S, follow_redirects=True) as client,
            client.stream("GET", check_feed_url(url), headers={"Accept": "application/json"}) as r,
        ):
            if r.status_code != 200:
                raise UpdateFeedError(
                    translate("Updates", "The release feed answered HTTP {status}.").format(
                        status=r.status_code
                    )
                )
            body = b""
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > MAX_FEED_BYTES:
                    raise UpdateFeedError(
                        translate("Updates", "The release feed is too large to be a feed.")
                    )
            return body
    except httpx.HTTPError as error:
        raise UpdateFeedError(
            translate("Updates", "Could not reach the release feed: {error}").format(error=error)
        ) from None


@dataclass
class UpdateCheck:
    """The check as the app runs it: only when the user turned it on."""

    enabled: bool
    feed_url: str
    current: str = __version__
    fetch: Fetch = fetch_feed

    def run(self) -> Release | None:
        """None when off (no request made) or up to date; the newer release otherwise."""
        if not self.enabled:
            return None
        if not self.feed_url.strip():
            raise UpdateFeedError(
                translate("Updates", "Update checks are on but no release feed address is set.")
            )
        return newer_release(self.fetch(self.feed_url), self.current)
