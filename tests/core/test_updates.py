"""The update check against a real HTTP feed on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.settings import DeviceSettings
from core.updates import Release, UpdateCheck, UpdateFeedError, check_feed_url
from tests.core.feed_server import FeedServer

NEWER = {
    "version": "9.1.0",
    "published": "2027-01-04",
    "notes": "Faster imports.",
    "page": "https://convosphere.example/download",
}


def test_update_checks_are_off_by_default_and_then_send_nothing(tmp_path: Path) -> None:
    device = DeviceSettings(tmp_path / "device-settings.json")
    assert device.get("updates.check") is False
    with FeedServer(NEWER) as feed:
        check = UpdateCheck(enabled=bool(device.get("updates.check")), feed_url=feed.url)
        assert check.run() is None
        assert feed.requests == []


def test_a_newer_release_in_the_feed_is_reported_with_its_page() -> None:
    with FeedServer(NEWER) as feed:
        release = UpdateCheck(enabled=True, feed_url=feed.url, current="0.1.0").run()
        assert feed.requests == ["/feed.json"]
    assert release == Release(
        version="9.1.0",
        page="https://convosphere.example/download",
        notes="Faster imports.",
        published="2027-01-04",
    )


@pytest.mark.parametrize("current", ["9.1.0", "9.2.0", "10.0"])
def test_the_same_or_an_older_release_is_no_update(current: str) -> None:
    with FeedServer(NEWER) as feed:
        assert UpdateCheck(enabled=True, feed_url=feed.url, current=current).run() is None


@pytest.mark.parametrize(
    ("feed", "status", "message"),
    [
        (b"<html>not a feed</html>", 200, "not JSON"),
        ({"page": "https://x.example"}, 200, "no version"),
        ({"version": "soon", "page": "https://x.example"}, 200, "'soon'"),
        ({"version": "2.0.0"}, 200, "no download page"),
        (NEWER, 404, "HTTP 404"),
    ],
)
def test_a_broken_feed_says_what_is_wrong(
    feed: dict[str, str] | bytes, status: int, message: str
) -> None:
    with FeedServer(feed, status) as server, pytest.raises(UpdateFeedError, match=message):
        UpdateCheck(enabled=True, feed_url=server.url, current="0.1.0").run()


def test_the_feed_must_be_https_beyond_this_machine() -> None:
    with pytest.raises(UpdateFeedError, match="https://"):
        check_feed_url("http://releases.example.com/feed.json")
    with pytest.raises(UpdateFeedError, match="https://"):
        check_feed_url("file:///etc/passwd")
    assert check_feed_url(" https://releases.example.com/feed.json ").startswith("https://")


def test_checks_on_without_a_feed_address_say_so() -> None:
    with pytest.raises(UpdateFeedError, match="no release feed"):
        UpdateCheck(enabled=True, feed_url="  ").run()
