"""An S3-compatible server for tests: moto's server on 127.0.0.1 (the real S3 wire protocol,
spoken by boto3), and helpers to look into its buckets.

moto does not verify multipart checksums; the tests never rely on the store to check a hash
(the team server checks every byte itself).
"""

from __future__ import annotations

import functools
import logging
import socket
from typing import Any

import pytest

from sync.server.services import Services

TEST_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "test-access-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret-key",
    "AWS_DEFAULT_REGION": "us-east-1",
}


class MotoServer:
    """moto's S3 on a free loopback port."""

    def __init__(self) -> None:
        from moto.server import ThreadedMotoServer  # only where a test asks for S3

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.endpoint_url = f"http://127.0.0.1:{self.port}"
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)

    def start(self) -> None:
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # a line per request otherwise
        self._server.start()

    def stop(self) -> None:
        self._server.stop()

    @staticmethod
    def use_test_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
        """Credentials the standard AWS way (the environment), none from the user's files."""
        for name, value in TEST_CREDENTIALS.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent/aws-config")
        monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials")
        for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
            monkeypatch.delenv(name, raising=False)


@functools.cache
def s3_client(endpoint_url: str) -> Any:
    """A plain S3 client of the test server (not the store's own), to look and to set up."""
    import boto3

    return boto3.session.Session(
        aws_access_key_id=TEST_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=TEST_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        region_name=TEST_CREDENTIALS["AWS_DEFAULT_REGION"],
    ).client("s3", endpoint_url=endpoint_url)


def bucket_keys(services: Services) -> list[str]:
    """Every key in the bucket of a server on S3, sorted."""
    from sync.server.s3store import S3BlobStore

    store = services.blobs.store
    assert isinstance(store, S3BlobStore)
    client = s3_client(str(store.endpoint_url))
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=store.location.bucket)
    return sorted(str(item["Key"]) for page in pages for item in page.get("Contents", []))


def stored_blob_files(services: Services) -> list[str]:
    """What the server's blob store holds, on disk or in a bucket: files or keys."""
    from sync.server.s3store import S3BlobStore

    if isinstance(services.blobs.store, S3BlobStore):
        return bucket_keys(services)
    root = services.config.blob_dir
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
