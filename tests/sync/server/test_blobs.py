"""Blobs: resumable parts checked one by one, the whole-file check, Range downloads, and
names that could reach outside the store; each on the local disk and on S3-compatible storage."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.protocol import (
    BLOB_BATCH_FILE_BYTES,
    BLOB_BATCH_UPLOAD_BYTES,
    BLOB_PART_BYTES,
    blob_frame,
)
from sync.server.services import Services
from tests.sync.server.api import Device, publish, sha, sign_in
from tests.sync.server.s3 import stored_blob_files

pytestmark = pytest.mark.anyio

DATA = os.urandom(250_000)
DIGEST = sha(DATA)


@pytest.fixture(params=["local", "s3"])
def blob_options(request: pytest.FixtureRequest) -> dict[str, str]:
    """Every test here runs against both blob stores."""
    if request.param == "local":
        return {}
    options: dict[str, str] = request.getfixturevalue("s3_blob_options")
    return options


@pytest.fixture
async def ada(http: httpx.AsyncClient, make_user: Any) -> Device:
    make_user("ada@example.org")
    return await sign_in(http, "ada@example.org", "laptop")


async def put(
    device: Device, ws: str, digest: str, offset: int, part: bytes, part_sha: str | None = None
) -> httpx.Response:
    return await device.put(
        f"/workspaces/{ws}/blobs/{digest}",
        params={"offset": offset},
        content=part,
        headers={"X-Part-Sha256": part_sha or sha(part)},
    )


async def upload(device: Device, ws: str, data: bytes, part_size: int = 100_000) -> None:
    digest = sha(data)
    for offset in range(0, len(data), part_size):
        response = await put(device, ws, digest, offset, data[offset : offset + part_size])
        assert response.status_code == 200, response.text
    done = await device.post(
        f"/workspaces/{ws}/blobs/{digest}/complete", params={"size": len(data)}
    )
    assert done.status_code == 200, done.text


async def test_an_upload_resumes_where_the_server_says_and_downloads_whole(ada: Device) -> None:
    ws = await publish(ada)
    base = f"/workspaces/{ws}/blobs/{DIGEST}"
    assert (await put(ada, ws, DIGEST, 0, DATA[:100_000])).json()["received"] == 100_000

    # The client lost track (say it crashed) and sends the first part again: told where to go on.
    conflict = await put(ada, ws, DIGEST, 0, DATA[:100_000])
    assert conflict.status_code == 409
    assert conflict.json()["received"] == 100_000
    assert conflict.json()["complete"] is False
    assert "100000" in conflict.json()["detail"]
    status = (await ada.get(f"{base}/status")).json()
    assert status == {"sha256": DIGEST, "received": 100_000, "complete": False, "size": None}
    assert (await ada.get(base)).status_code == 404  # not downloadable before complete

    assert (await put(ada, ws, DIGEST, 100_000, DATA[100_000:])).status_code == 200
    done = await ada.post(f"{base}/complete", params={"size": len(DATA)})

    assert done.json() == {
        "sha256": DIGEST,
        "received": len(DATA),
        "complete": True,
        "size": len(DATA),
    }
    download = await ada.get(base)
    assert download.status_code == 200
    assert download.content == DATA
    assert download.headers["accept-ranges"] == "bytes"


async def test_a_part_that_does_not_match_its_hash_is_not_stored(ada: Device) -> None:
    ws = await publish(ada)
    corrupted = bytearray(DATA[:100_000])
    corrupted[5] ^= 0xFF

    response = await put(ada, ws, DIGEST, 0, bytes(corrupted), part_sha=sha(DATA[:100_000]))

    assert response.status_code == 422
    assert "X-Part-Sha256" in response.json()["detail"]
    status = (await ada.get(f"/workspaces/{ws}/blobs/{DIGEST}/status")).json()
    assert status["received"] == 0


async def test_a_whole_file_with_the_wrong_hash_is_discarded(ada: Device) -> None:
    ws = await publish(ada)
    other = os.urandom(1000)
    assert (await put(ada, ws, DIGEST, 0, other)).status_code == 200  # each part is fine

    done = await ada.post(f"/workspaces/{ws}/blobs/{DIGEST}/complete", params={"size": 1000})

    assert done.status_code == 422
    assert "discarded" in done.json()["detail"]
    status = (await ada.get(f"/workspaces/{ws}/blobs/{DIGEST}/status")).json()
    assert status == {"sha256": DIGEST, "received": 0, "complete": False, "size": None}


async def test_a_wrong_size_at_completion_is_discarded(ada: Device) -> None:
    ws = await publish(ada)
    await put(ada, ws, DIGEST, 0, DATA)
    done = await ada.post(f"/workspaces/{ws}/blobs/{DIGEST}/complete", params={"size": 5})
    assert done.status_code == 422
    assert "not 5" in done.json()["detail"]


@pytest.mark.parametrize(
    ("header", "status", "expected", "content_range"),
    [
        ("bytes=0-99", 206, DATA[:100], f"bytes 0-99/{len(DATA)}"),
        ("bytes=200000-", 206, DATA[200_000:], f"bytes 200000-{len(DATA) - 1}/{len(DATA)}"),
        ("bytes=-10", 206, DATA[-10:], f"bytes {len(DATA) - 10}-{len(DATA) - 1}/{len(DATA)}"),
        ("bytes=249990-999999", 206, DATA[249_990:], f"bytes 249990-249999/{len(DATA)}"),
    ],
)
async def test_downloads_honour_range(
    ada: Device, header: str, status: int, expected: bytes, content_range: str
) -> None:
    ws = await publish(ada)
    await upload(ada, ws, DATA)

    response = await ada.get(f"/workspaces/{ws}/blobs/{DIGEST}", headers={"Range": header})

    assert response.status_code == status
    assert response.content == expected
    assert response.headers["content-range"] == content_range


@pytest.mark.parametrize("header", ["bytes=250000-", "bytes=5-1", "bytes=0-1,5-6", "lines=1-2"])
async def test_an_unsatisfiable_range_is_refused(ada: Device, header: str) -> None:
    ws = await publish(ada)
    await upload(ada, ws, DATA)
    response = await ada.get(f"/workspaces/{ws}/blobs/{DIGEST}", headers={"Range": header})
    assert response.status_code == 416
    assert response.headers["content-range"] == f"bytes */{len(DATA)}"


@pytest.mark.parametrize(
    "name",
    [
        DIGEST.upper(),
        DIGEST[:63],
        DIGEST + "0",
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "%2E%2E",
        "..." + DIGEST[3:],
        DIGEST[:62] + "/x",
    ],
)
async def test_blob_names_other_than_a_sha256_are_refused(
    ada: Device, name: str, tmp_path: Path, services: Services
) -> None:
    ws = await publish(ada)
    # A slash (even encoded) makes it another path, which no route matches.
    allowed = (404, 422) if "/" in name or "%2F" in name else (422,)
    for response in (
        await ada.put(
            f"/workspaces/{ws}/blobs/{name}",
            params={"offset": 0},
            content=b"x",
            headers={"X-Part-Sha256": sha(b"x")},
        ),
        await ada.get(f"/workspaces/{ws}/blobs/{name}/status"),
        await ada.get(f"/workspaces/{ws}/blobs/{name}"),
    ):
        assert response.status_code in allowed, (response.request.url, response.text)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "blobs" in p.parts]
    assert written == []
    assert stored_blob_files(services) == []


async def test_blobs_are_shared_within_a_workspace_only(
    http: httpx.AsyncClient, ada: Device, make_user: Any
) -> None:
    make_user("eve@example.org")
    eve = await sign_in(http, "eve@example.org", "laptop")
    ws = await publish(ada)
    await upload(ada, ws, DATA)
    again = await put(ada, ws, DIGEST, 0, DATA[:10])  # already here: nothing to send
    assert again.json()["complete"] is True

    eves = await publish(eve, "Eve's")
    probe = (await eve.get(f"/workspaces/{eves}/blobs/{DIGEST}/status")).json()
    assert probe["complete"] is False
    assert (await eve.get(f"/workspaces/{ws}/blobs/{DIGEST}")).status_code == 404


async def test_a_viewer_may_download_but_not_upload(
    http: httpx.AsyncClient, ada: Device, make_user: Any, services: Services
) -> None:
    make_user("bob@example.org")
    ws = services.workspaces.create_team("Research", "ada@example.org")
    services.workspaces.add_member("Research", "bob@example.org", "viewer")
    bob = await sign_in(http, "bob@example.org", "desk")
    await upload(ada, ws, DATA)

    assert (await bob.get(f"/workspaces/{ws}/blobs/{DIGEST}")).content == DATA
    other = os.urandom(10)
    refused = await put(bob, ws, sha(other), 0, other)
    assert refused.status_code == 403


# --- many small blobs in one request (a first sync of thousands of documents) -------------------


def framed(blobs: list[tuple[str, bytes]]) -> bytes:
    return b"".join(blob_frame(digest, len(data)) + data for digest, data in blobs)


async def test_small_blobs_go_up_and_come_down_many_to_a_request(ada: Device) -> None:
    ws = await publish(ada)
    small = [os.urandom(n) for n in (0, 1, 5_000, 300_000)]
    sent = await ada.post(
        f"/workspaces/{ws}/blobs/batch/upload", content=framed([(sha(d), d) for d in small])
    )
    assert sent.status_code == 200, sent.text
    assert all(b["complete"] for b in sent.json()["blobs"])

    big = os.urandom(BLOB_BATCH_FILE_BYTES + 1)
    await upload(ada, ws, big, part_size=BLOB_PART_BYTES)
    unknown = sha(b"never uploaded")
    asked = [sha(d) for d in small] + [sha(big), unknown]
    statuses = await ada.post(f"/workspaces/{ws}/blobs/batch/status", json={"sha256s": asked})
    assert [b["complete"] for b in statuses.json()["blobs"]] == [True] * 5 + [False]

    fetched = await ada.post(f"/workspaces/{ws}/blobs/batch/fetch", json={"sha256s": asked})
    assert fetched.status_code == 200
    got = dict(_frames(fetched.content))
    assert [got[sha(d)] for d in small] == small  # every byte, in one response
    assert got[sha(big)] is None  # too big for a batch: fetched alone
    assert got[unknown] is None


async def test_a_full_batch_goes_up_in_one_request(ada: Device) -> None:
    """Bigger than one resumable part (4 MB): the server's body limit lets a batch through."""
    ws = await publish(ada)
    many = [os.urandom(900_000) for _ in range(8)]  # 7.2 MB of small files
    sent = await ada.post(
        f"/workspaces/{ws}/blobs/batch/upload", content=framed([(sha(d), d) for d in many])
    )
    assert sent.status_code == 200, sent.text
    fetched = await ada.post(
        f"/workspaces/{ws}/blobs/batch/fetch", json={"sha256s": [sha(d) for d in many]}
    )
    assert [data for _sha, data in _frames(fetched.content)] == many


async def test_a_batch_over_the_limit_is_refused_clearly(ada: Device) -> None:
    ws = await publish(ada)
    body = b"x" * (BLOB_BATCH_UPLOAD_BYTES + 1)
    refused = await ada.post(f"/workspaces/{ws}/blobs/batch/upload", content=body)
    assert refused.status_code == 413
    assert str(BLOB_BATCH_UPLOAD_BYTES) in refused.json()["detail"]


async def test_a_batch_with_one_damaged_blob_stores_none_of_it(ada: Device) -> None:
    ws = await publish(ada)
    good, damaged = os.urandom(1000), os.urandom(1000)
    body = framed([(sha(good), good), (sha(damaged), damaged[:-1] + b"?")])
    refused = await ada.post(f"/workspaces/{ws}/blobs/batch/upload", content=body)
    assert refused.status_code == 422
    assert sha(damaged)[:12] in refused.json()["detail"]
    statuses = await ada.post(
        f"/workspaces/{ws}/blobs/batch/status", json={"sha256s": [sha(good), sha(damaged)]}
    )
    assert [b["complete"] for b in statuses.json()["blobs"]] == [False, False]


@pytest.mark.parametrize(
    "body",
    [b"no header line", b'{"sha256": "' + b"a" * 64 + b'", "size": 10}\nshort', b"[1]\n"],
)
async def test_a_malformed_batch_is_refused_clearly(ada: Device, body: bytes) -> None:
    ws = await publish(ada)
    refused = await ada.post(f"/workspaces/{ws}/blobs/batch/upload", content=body)
    assert refused.status_code == 422
    assert "malformed" in refused.json()["detail"]


async def test_batch_names_other_than_a_sha256_are_refused(ada: Device) -> None:
    ws = await publish(ada)
    trick = await ada.post(
        f"/workspaces/{ws}/blobs/batch/fetch", json={"sha256s": ["../../server.db"]}
    )
    assert trick.status_code == 422


def _frames(body: bytes) -> list[tuple[str, bytes | None]]:
    out: list[tuple[str, bytes | None]] = []
    at = 0
    while at < len(body):
        end = body.index(b"\n", at)
        header = json.loads(body[at:end])
        size = header["size"]
        out.append((header["sha256"], None if size is None else body[end + 1 : end + 1 + size]))
        at = end + 1 + (size or 0)
    return out
