"""Blobs in S3-compatible storage: what only a bucket can get wrong. Uploads outlive a server
restart, nothing unchecked ever appears under a blob's key, big blobs are composed from many
parts, deleting a workspace leaves no object behind, readiness checks the bucket, and the
command line runs a server on it without ever printing a credential.

The server is moto's S3 on 127.0.0.1 (``tests/sync/server/s3.py``); the rest of the blob
behaviour runs on both stores in ``test_blobs.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.protocol import BLOB_PART_BYTES
from sync.server import create_app
from sync.server.app import services_of
from sync.server.cli import BLOB_URL_ENV, main, parser
from sync.server.s3store import COMPOSE_PART_BYTES
from sync.server.services import Services
from tests.sync.server.api import Device, publish, sha, sign_in
from tests.sync.server.s3 import TEST_CREDENTIALS, MotoServer, bucket_keys, s3_client
from tests.sync.server.test_blobs import framed, put, upload

pytestmark = pytest.mark.anyio

# Over one composed part: finishing it takes an S3 multipart upload of several parts.
BIG = os.urandom(COMPOSE_PART_BYTES + BLOB_PART_BYTES + 12_345)
BIG_DIGEST = sha(BIG)


@pytest.fixture
def server_database_url(tmp_path: Path) -> str:
    """The bucket is what is tested here; both databases run in ``test_blobs.py``."""
    return f"sqlite:///{tmp_path / 'server.db'}"


@pytest.fixture
def blob_options(s3_blob_options: dict[str, str]) -> dict[str, str]:
    return s3_blob_options


@pytest.fixture
async def ada(http: httpx.AsyncClient, make_user: Any) -> Device:
    make_user("ada@example.org")
    return await sign_in(http, "ada@example.org", "laptop")


def pending_keys(services: Services) -> list[str]:
    return [key for key in bucket_keys(services) if "/.pending/" in key]


def blob_key(ws: str, digest: str) -> str:
    return f"team-server/{ws}/{digest}"


async def test_an_upload_interrupted_by_a_server_restart_goes_on_where_it_stopped(
    ada: Device, services: Services
) -> None:
    ws = await publish(ada)
    for offset in range(0, 2 * BLOB_PART_BYTES, BLOB_PART_BYTES):
        part = BIG[offset : offset + BLOB_PART_BYTES]
        assert (await put(ada, ws, BIG_DIGEST, offset, part)).status_code == 200
    assert len(pending_keys(services)) == 2, "each part is kept in the bucket"
    services.close()  # the server stops (a deploy, a crash)

    again = create_app(services.config)
    try:
        transport = httpx.ASGITransport(app=again)
        async with httpx.AsyncClient(transport=transport, base_url="http://server/v1") as http:
            ada = await sign_in(http, "ada@example.org", "laptop")
            status = (await ada.get(f"/workspaces/{ws}/blobs/{BIG_DIGEST}/status")).json()
            assert status["received"] == 2 * BLOB_PART_BYTES
            await upload_rest(ada, ws, BIG, status["received"])
            download = await ada.get(f"/workspaces/{ws}/blobs/{BIG_DIGEST}")
        assert download.status_code == 200
        assert download.content == BIG
        assert bucket_keys(services) == [blob_key(ws, BIG_DIGEST)], "no part left"
    finally:
        services_of(again).close()


async def upload_rest(device: Device, ws: str, data: bytes, offset: int) -> None:
    digest = sha(data)
    for at in range(offset, len(data), BLOB_PART_BYTES):
        response = await put(device, ws, digest, at, data[at : at + BLOB_PART_BYTES])
        assert response.status_code == 200, response.text
    done = await device.post(
        f"/workspaces/{ws}/blobs/{digest}/complete", params={"size": len(data)}
    )
    assert done.status_code == 200, done.text


async def test_a_part_for_the_wrong_offset_is_refused_and_stores_nothing(
    ada: Device, services: Services
) -> None:
    ws = await publish(ada)
    data = os.urandom(300_000)
    digest = sha(data)
    assert (await put(ada, ws, digest, 0, data[:100_000])).status_code == 200

    for offset in (0, 50_000, 200_000):  # again, overlapping, past a gap
        refused = await put(ada, ws, digest, offset, data[offset : offset + 100_000])
        assert refused.status_code == 409
        assert refused.json()["received"] == 100_000
    assert len(pending_keys(services)) == 1

    await upload_rest(ada, ws, data, 100_000)
    assert (await ada.get(f"/workspaces/{ws}/blobs/{digest}")).content == data


@pytest.mark.parametrize("size", [1000, len(BIG)], ids=["one-put", "multipart"])
async def test_a_finished_upload_whose_hash_does_not_match_leaves_nothing_behind(
    ada: Device, services: Services, size: int
) -> None:
    ws = await publish(ada)
    wrong = os.urandom(size)  # every part is fine; the whole is not what it claims to be
    for offset in range(0, size, BLOB_PART_BYTES):
        part = wrong[offset : offset + BLOB_PART_BYTES]
        assert (await put(ada, ws, BIG_DIGEST, offset, part)).status_code == 200

    done = await ada.post(f"/workspaces/{ws}/blobs/{BIG_DIGEST}/complete", params={"size": size})

    assert done.status_code == 422
    assert "discarded" in done.json()["detail"]
    assert bucket_keys(services) == [], "nothing under the blob's key, no part left"
    uploads = s3_client(str(services.config.s3_endpoint_url)).list_multipart_uploads(
        Bucket=services.blobs.store.location.bucket  # type: ignore[attr-defined]
    )
    assert uploads.get("Uploads", []) == [], "the multipart upload was aborted"
    status = (await ada.get(f"/workspaces/{ws}/blobs/{BIG_DIGEST}/status")).json()
    assert status == {"sha256": BIG_DIGEST, "received": 0, "complete": False, "size": None}


async def test_a_big_blob_downloads_in_ranges_across_its_composed_parts(
    ada: Device, services: Services
) -> None:
    ws = await publish(ada)
    await upload(ada, ws, BIG, part_size=BLOB_PART_BYTES)
    base = f"/workspaces/{ws}/blobs/{BIG_DIGEST}"
    edge = COMPOSE_PART_BYTES  # where the first stored part ends

    across = await ada.get(base, headers={"Range": f"bytes={edge - 100}-{edge + 99}"})
    tail = await ada.get(base, headers={"Range": "bytes=-7"})

    assert across.status_code == 206
    assert across.content == BIG[edge - 100 : edge + 100]
    assert across.headers["content-range"] == f"bytes {edge - 100}-{edge + 99}/{len(BIG)}"
    assert tail.content == BIG[-7:]
    assert bucket_keys(services) == [blob_key(ws, BIG_DIGEST)]


async def test_a_batch_upload_stores_whole_objects_and_replaces_a_part_done_upload(
    ada: Device, services: Services
) -> None:
    ws = await publish(ada)
    small = [os.urandom(n) for n in (0, 10, 70_000)]
    assert (await put(ada, ws, sha(small[2]), 0, small[2][:30_000])).status_code == 200

    sent = await ada.post(
        f"/workspaces/{ws}/blobs/batch/upload", content=framed([(sha(d), d) for d in small])
    )

    assert sent.status_code == 200, sent.text
    assert bucket_keys(services) == sorted(blob_key(ws, sha(d)) for d in small)
    for data in small:
        assert (await ada.get(f"/workspaces/{ws}/blobs/{sha(data)}")).content == data


async def test_deleting_a_workspace_leaves_no_object_of_it(ada: Device, services: Services) -> None:
    ws = await publish(ada, "Doomed")
    kept = await publish(ada, "Kept")
    data = os.urandom(50_000)
    await upload(ada, ws, data)
    await upload(ada, kept, data)
    await put(ada, ws, sha(b"half"), 0, b"ha")  # an upload in progress
    batch = framed([(sha(b"small"), b"small")])
    assert (await ada.post(f"/workspaces/{ws}/blobs/batch/upload", content=batch)).is_success

    gone = await ada.http.delete(f"/workspaces/{ws}", headers=ada.auth)

    assert gone.status_code == 204, gone.text
    assert bucket_keys(services) == [blob_key(kept, sha(data))]


async def test_readiness_fails_while_the_bucket_cannot_be_reached(
    http: httpx.AsyncClient, services: Services
) -> None:
    assert (await http.get("/healthz/ready")).status_code == 200
    bucket = services.blobs.store.location.bucket  # type: ignore[attr-defined]
    s3_client(str(services.config.s3_endpoint_url)).delete_bucket(Bucket=bucket)

    ready = await http.get("/healthz/ready")

    assert ready.status_code == 503
    assert ready.json()["detail"] == "The blob store does not answer."
    assert (await http.get("/healthz/live")).status_code == 200


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://bucket/x", "s3://bucket/prefix"),
        ("s3://Not_A_Bucket/x", "not an S3 bucket name"),
        ("s3://AKIAKEY:hunter2secret@bucket/x", "must not carry credentials"),
    ],
)
def test_a_bad_blob_url_is_refused_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, expected: str
) -> None:
    status = main(["--data-dir", str(tmp_path), "--blob-url", url, "migrate"])
    err = capsys.readouterr().err
    assert status == 1
    assert expected in err
    assert "hunter2secret" not in err


def test_the_blob_url_comes_from_the_environment_or_after_serve(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(BLOB_URL_ENV, "s3://from-env/blobs")
    assert parser().parse_args(["--data-dir", "d", "serve"]).blob_url == "s3://from-env/blobs"
    given = parser().parse_args(["--data-dir", "d", "serve", "--blob-url", "s3://given/x"])
    assert given.blob_url == "s3://given/x"


def test_the_server_command_serves_from_a_bucket_and_never_prints_the_secret(
    tmp_path: Path, moto_server: MotoServer, s3_blob_options: dict[str, str]
) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}  # the test credentials, set the AWS way
    command = [
        sys.executable,
        "-m",
        "sync.server.cli",
        "--data-dir",
        str(tmp_path / "data"),
        "serve",
        "--port",
        "0",
        "--blob-url",
        s3_blob_options["blob_url"],
        "--s3-endpoint-url",
        moto_server.endpoint_url,
    ]
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert server.stdout is not None
        lines = []
        for line in server.stdout:
            lines.append(line)
            if line.startswith("Listening on "):
                break
        address = lines[-1].split()[-1]
        ready = httpx.get(f"{address}/v1/healthz/ready", timeout=10)
        assert ready.status_code == 200, ready.text
        s3_client(moto_server.endpoint_url).delete_bucket(
            Bucket=s3_blob_options["blob_url"].split("/")[2]
        )
        assert httpx.get(f"{address}/v1/healthz/ready", timeout=10).status_code == 503
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=20)
    printed = "".join(lines) + output
    assert TEST_CREDENTIALS["AWS_SECRET_ACCESS_KEY"] not in printed
    assert TEST_CREDENTIALS["AWS_ACCESS_KEY_ID"] not in printed
