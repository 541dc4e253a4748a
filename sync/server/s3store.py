"""Blobs in S3-compatible object storage (AWS S3, MinIO, Ceph RGW, R2…): the blob store of a
server with several replicas.

Layout under ``s3://bucket/prefix/``:

- ``{prefix}{workspace}/{sha256}``: a complete blob. It is written only after this server read
  every byte back and checked the size and the SHA-256, so nothing unchecked is ever visible
  under a blob's key.
- ``{prefix}.pending/{workspace}/{sha256}/{offset:020d}``: one part of an upload in progress,
  an object per part. The protocol's parts (at most 4 MiB) are under S3's 5 MiB minimum for a
  multipart part, so they cannot be S3 multipart parts; as objects they survive restarts and
  are seen by every replica. The bytes received are the chain of parts from offset 0.
  (``.`` cannot start a workspace id, so this never collides with a workspace's blobs.)

``finish`` reads the parts back in order, hashing them, and streams them into the blob's key:
one PutObject when small, else a multipart upload of at least 8 MiB parts that is completed
only if the hash matched (and aborted otherwise). The store is never trusted to check a
hash; every write carries Content-MD5 so the store refuses bytes damaged on the way to it.

Credentials come the standard AWS way (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``, a
profile, an instance or pod role): botocore (boto3's core) finds them; this module never sees or
logs them.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import botocore.loaders
import botocore.session
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from sync.server.blobstore import (
    SAFE_ID,
    BlobStore,
    BlobStoreUnavailable,
    ContentMismatch,
    OffsetMismatch,
    check_names,
)

log = logging.getLogger(__name__)

# A finished blob goes up in one PutObject up to this size, else in multipart parts this big
# (bigger for blobs over 80 GB: S3 allows at most 10,000 parts).
COMPOSE_PART_BYTES = 8 * 1024 * 1024
_MAX_PARTS = 10_000
_READ_CHUNK = 1024 * 1024
_DELETE_BATCH = 1000  # DeleteObjects takes at most 1,000 keys
_BATCH_THREADS = 8
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_MISSING = frozenset({"404", "NoSuchKey", "NotFound"})
_PENDING = ".pending/"


@dataclass(frozen=True)
class BlobUrl:
    """Where the blobs go: ``s3://bucket`` or ``s3://bucket/prefix``."""

    bucket: str
    prefix: str  # "" or ending in "/"

    @classmethod
    def parse(cls, url: str) -> BlobUrl:
        """ValueError with a message a person can act on if ``url`` is not one."""
        parts = urlsplit(url.strip())
        if parts.scheme != "s3":
            raise ValueError(f"The blob URL must look like s3://bucket/prefix, not {url!r}.")
        if "@" in parts.netloc:
            # Not echoed: it may hold a secret.
            raise ValueError(
                "The blob URL must not carry credentials: give them the standard AWS way "
                "(AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile or a role)."
            )
        if not _BUCKET.match(parts.netloc):
            raise ValueError(
                f"{parts.netloc!r} is not an S3 bucket name (3 to 63 lowercase letters, digits, "
                "dots and hyphens) in the blob URL."
            )
        if parts.query or parts.fragment:
            raise ValueError("The blob URL takes no query or fragment (s3://bucket/prefix).")
        prefix = parts.path.strip("/")
        return cls(parts.netloc, f"{prefix}/" if prefix else "")

    def __str__(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


def check_endpoint_url(url: str) -> str:
    """The S3 endpoint (``https://minio.internal:9000``); ValueError if it is not a plain
    http(s) URL (credentials in it are refused, never echoed)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"The S3 endpoint must be an http(s):// URL, not {url!r}.")
    if parts.username or parts.password:
        raise ValueError(
            "The S3 endpoint URL must not carry credentials: give them the standard AWS way."
        )
    return url.strip()


@dataclass(frozen=True)
class _Part:
    offset: int
    size: int
    key: str


class S3BlobStore(BlobStore):
    """Blobs as objects of one bucket under a prefix; see the module's docstring."""

    def __init__(
        self, url: str, *, endpoint_url: str | None = None, client: Any | None = None
    ) -> None:
        self.location = BlobUrl.parse(url)
        self.endpoint_url = check_endpoint_url(endpoint_url) if endpoint_url else None
        self._s3: Any = client or _client(self.endpoint_url)
        self._bucket = self.location.bucket

    def __repr__(self) -> str:
        return f"S3BlobStore({str(self.location)!r}, endpoint_url={self.endpoint_url!r})"

    # --- keys ---------------------------------------------------------------------------------

    def _key(self, workspace_id: str, sha256: str) -> str:
        check_names(workspace_id, sha256)
        return f"{self.location.prefix}{workspace_id}/{sha256}"

    def _pending_prefix(self, workspace_id: str, sha256: str) -> str:
        check_names(workspace_id, sha256)
        return f"{self.location.prefix}{_PENDING}{workspace_id}/{sha256}/"

    def _list(self, prefix: str) -> Iterator[dict[str, Any]]:
        pages = self._s3.get_paginator("list_objects_v2").paginate(
            Bucket=self._bucket, Prefix=prefix
        )
        for page in pages:
            yield from page.get("Contents", [])

    def _parts(self, workspace_id: str, sha256: str) -> tuple[list[_Part], list[str]]:
        """The chain of parts from offset 0, and every pending key of this upload (parts
        off the chain are left from a part sent twice with different sizes)."""
        prefix = self._pending_prefix(workspace_id, sha256)
        found: dict[int, tuple[int, str]] = {}
        keys: list[str] = []
        for item in self._list(prefix):
            key = str(item["Key"])
            keys.append(key)
            name = key[len(prefix) :]
            if name.isdigit():
                found[int(name)] = (int(item["Size"]), key)
        chain: list[_Part] = []
        at = 0
        while at in found and found[at][0] > 0:
            size, key = found[at]
            chain.append(_Part(at, size, key))
            at += size
        return chain, keys

    # --- BlobStore ----------------------------------------------------------------------------

    def size(self, workspace_id: str, sha256: str) -> int | None:
        key = self._key(workspace_id, sha256)
        with _errors("look up a blob"):
            try:
                head = self._s3.head_object(Bucket=self._bucket, Key=key)
            except ClientError as exc:
                if _missing(exc):
                    return None
                raise
        return int(head["ContentLength"])

    def received(self, workspace_id: str, sha256: str) -> int:
        with _errors("look up an upload"):
            chain, _keys = self._parts(workspace_id, sha256)
        return _end(chain)

    def append(self, workspace_id: str, sha256: str, offset: int, data: bytes) -> int:
        # Two replicas appending at one offset write the same key: the later part wins, the
        # chain stays whole, and a client told the wrong count is corrected by its next part.
        prefix = self._pending_prefix(workspace_id, sha256)
        with _errors("store a part"):
            chain, _keys = self._parts(workspace_id, sha256)
            received = _end(chain)
            if offset != received:
                raise OffsetMismatch(received)
            if data:
                self._s3.put_object(
                    Bucket=self._bucket,
                    Key=f"{prefix}{offset:020d}",
                    Body=data,
                    ContentMD5=_md5(data),
                )
        return received + len(data)

    def finish(self, workspace_id: str, sha256: str, size: int) -> None:
        key = self._key(workspace_id, sha256)
        with _errors("store the blob"):
            chain, keys = self._parts(workspace_id, sha256)
            received = _end(chain)
            if received != size:
                if self.size(workspace_id, sha256) == size:
                    self._delete(keys)  # finished already (a retry, or another replica)
                    return
                self._delete(keys)
                raise ContentMismatch(
                    f"the upload holds {received} bytes, not {size}: discarded, upload it again"
                )
            try:
                self._compose(key, sha256, size, chain)
            except ContentMismatch:
                self._delete(keys)
                raise
            except ClientError as exc:
                if not _missing(exc) or self.size(workspace_id, sha256) != size:
                    raise
                # Another replica finished it while this one read the parts.
            self._delete(keys)

    def read(self, workspace_id: str, sha256: str, start: int, end: int) -> Iterator[bytes]:
        key = self._key(workspace_id, sha256)
        if end <= start:
            return iter(())
        # Requested here, not in the generator: a failure is an error answer, not a cut stream.
        with _errors("read a blob"):
            answer = self._s3.get_object(
                Bucket=self._bucket, Key=key, Range=f"bytes={start}-{end - 1}"
            )
        body = answer["Body"]
        if int(answer["ContentLength"]) != end - start:
            body.close()
            raise BlobStoreUnavailable(
                f"The blob store answered a request for {end - start} bytes with "
                f"{answer['ContentLength']}."
            )
        return _stream(body)

    def put_many(self, workspace_id: str, blobs: list[tuple[str, bytes]]) -> None:
        """One PutObject a blob, several at once; a part-done upload of one is dropped (the
        whole blob replaces it)."""
        for sha256, _data in blobs:
            check_names(workspace_id, sha256)
        if not blobs:
            return
        with _errors("store a batch of blobs"):
            pending = self._pending_uploads(workspace_id)

            def put(item: tuple[str, bytes]) -> None:
                sha256, data = item
                self._s3.put_object(
                    Bucket=self._bucket,
                    Key=self._key(workspace_id, sha256),
                    Body=data,
                    ContentMD5=_md5(data),
                )
                if sha256 in pending:
                    self._delete(self._parts(workspace_id, sha256)[1])

            with ThreadPoolExecutor(max_workers=min(_BATCH_THREADS, len(blobs))) as pool:
                for _done in pool.map(put, blobs):
                    pass

    def remove_workspace(self, workspace_id: str) -> None:
        if not SAFE_ID.match(workspace_id):
            raise ValueError("unsafe workspace id")
        base = self.location.prefix
        with _errors("delete a workspace's blobs"):
            for prefix in (f"{base}{workspace_id}/", f"{base}{_PENDING}{workspace_id}/"):
                self._abort_uploads(prefix)
                self._delete(str(item["Key"]) for item in self._list(prefix))

    def check(self) -> None:
        with _errors("answer"):
            try:
                self._s3.head_bucket(Bucket=self._bucket)
            except ClientError as exc:
                if not _missing(exc):
                    raise
                raise BlobStoreUnavailable(
                    f"The blob store has no bucket {self._bucket!r}."
                ) from None

    # --- helpers ------------------------------------------------------------------------------

    def _compose(self, key: str, sha256: str, size: int, chain: list[_Part]) -> None:
        """Copy the parts into ``key`` if, read back, they hash to ``sha256``."""
        digest = hashlib.sha256()
        part_bytes = max(COMPOSE_PART_BYTES, -(-size // _MAX_PARTS))
        if size <= part_bytes:
            data = b"".join(self._read_parts(chain, digest))
            _check_digest(digest, sha256)
            self._s3.put_object(Bucket=self._bucket, Key=key, Body=data, ContentMD5=_md5(data))
            return
        upload_id = self._s3.create_multipart_upload(Bucket=self._bucket, Key=key)["UploadId"]
        try:
            done: list[dict[str, Any]] = []
            buffer = bytearray()
            for chunk in self._read_parts(chain, digest):
                buffer += chunk
                if len(buffer) >= part_bytes:
                    done.append(
                        self._upload_part(key, upload_id, len(done) + 1, buffer, part_bytes)
                    )
                    del buffer[:part_bytes]
            _check_digest(digest, sha256)
            if buffer:
                done.append(self._upload_part(key, upload_id, len(done) + 1, buffer, len(buffer)))
            self._s3.complete_multipart_upload(
                Bucket=self._bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": done}
            )
        except BaseException:
            with suppress(ClientError, BotoCoreError):
                self._s3.abort_multipart_upload(Bucket=self._bucket, Key=key, UploadId=upload_id)
            raise
        stored = int(self._s3.head_object(Bucket=self._bucket, Key=key)["ContentLength"])
        if stored != size:
            self._delete([key])
            raise ContentMismatch(f"the store kept {stored} bytes of {size}: discarded")

    def _upload_part(
        self, key: str, upload_id: str, number: int, buffer: bytearray, length: int
    ) -> dict[str, Any]:
        data = bytes(buffer[:length])
        answer = self._s3.upload_part(
            Bucket=self._bucket,
            Key=key,
            UploadId=upload_id,
            PartNumber=number,
            Body=data,
            ContentMD5=_md5(data),
        )
        return {"PartNumber": number, "ETag": answer["ETag"]}

    def _read_parts(self, chain: list[_Part], digest: Any) -> Iterator[bytes]:
        for part in chain:
            body = self._s3.get_object(Bucket=self._bucket, Key=part.key)["Body"]
            got = 0
            try:
                for chunk in body.iter_chunks(_READ_CHUNK):
                    digest.update(chunk)
                    got += len(chunk)
                    yield chunk
            finally:
                body.close()
            if got != part.size:
                raise ContentMismatch(
                    f"the part at byte {part.offset} changed while the upload was finished: "
                    "discarded, upload it again"
                )

    def _pending_uploads(self, workspace_id: str) -> set[str]:
        """The blobs of a workspace with a part-done upload."""
        prefix = f"{self.location.prefix}{_PENDING}{workspace_id}/"
        pages = self._s3.get_paginator("list_objects_v2").paginate(
            Bucket=self._bucket, Prefix=prefix, Delimiter="/"
        )
        return {
            str(common["Prefix"])[len(prefix) :].rstrip("/")
            for page in pages
            for common in page.get("CommonPrefixes", [])
        }

    def _abort_uploads(self, prefix: str) -> None:
        """Multipart uploads a finish left when its process died."""
        pages = self._s3.get_paginator("list_multipart_uploads").paginate(
            Bucket=self._bucket, Prefix=prefix
        )
        for page in pages:
            for upload in page.get("Uploads", []):
                self._s3.abort_multipart_upload(
                    Bucket=self._bucket, Key=upload["Key"], UploadId=upload["UploadId"]
                )

    def _delete(self, keys: Iterable[str]) -> None:
        listed = list(keys)
        for start in range(0, len(listed), _DELETE_BATCH):
            batch = listed[start : start + _DELETE_BATCH]
            answer = self._s3.delete_objects(
                Bucket=self._bucket,
                Delete={"Objects": [{"Key": key} for key in batch], "Quiet": True},
            )
            errors = answer.get("Errors", [])
            if errors:
                first = errors[0]
                raise BlobStoreUnavailable(
                    f"The blob store did not delete {len(errors)} objects "
                    f"({first.get('Code', '?')}: {first.get('Key', '?')})."
                )


def _client(endpoint_url: str | None) -> Any:
    """An S3 client with bounded timeouts and retries; checksums only where S3 requires them
    (many S3-compatible stores refuse the newer default trailers; Content-MD5 is sent instead).
    Path-style addressing on a custom endpoint, as MinIO and most others expect."""
    config = Config(
        connect_timeout=5,
        read_timeout=60,
        retries={"mode": "standard", "max_attempts": 4},
        max_pool_connections=32,
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        s3={"addressing_style": "path" if endpoint_url else "auto"},
    )
    session = botocore.session.get_session()
    session.register_component("data_loader", _data_loader())
    return session.create_client("s3", endpoint_url=endpoint_url, config=config)


@functools.cache
def _data_loader() -> Any:
    """botocore's service models, parsed once a process (about a megabyte of JSON a client)."""
    return botocore.loaders.create_loader()


@contextmanager
def _errors(doing: str) -> Iterator[None]:
    """Turn the store's failures into a 503 that says what could not be done."""
    try:
        yield
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "?")
        log.warning("The blob store refused to %s: %s", doing, code)
        raise BlobStoreUnavailable(f"The blob store refused to {doing} ({code}).") from None
    except BotoCoreError as exc:
        log.warning("The blob store could not %s: %s", doing, exc)
        raise BlobStoreUnavailable(f"The blob store could not {doing}: {exc}") from None


def _stream(body: Any) -> Iterator[bytes]:
    try:
        yield from body.iter_chunks(_READ_CHUNK)
    finally:
        body.close()


def _end(chain: list[_Part]) -> int:
    return chain[-1].offset + chain[-1].size if chain else 0


def _md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode()


def _missing(exc: ClientError) -> bool:
    return str(exc.response.get("Error", {}).get("Code", "")) in _MISSING


def _check_digest(digest: Any, sha256: str) -> None:
    if digest.hexdigest() != sha256:
        raise ContentMismatch(
            f"the upload's SHA-256 is {digest.hexdigest()}, not {sha256}: "
            "discarded, upload it again"
        )
