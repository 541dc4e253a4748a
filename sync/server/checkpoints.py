"""The server's Ed25519 key that signs audit checkpoints.

The private key is a PEM file (0600) in the server's data dir, made on first use, or given as
PEM text in ``CONVOSPHERE_SERVER_AUDIT_KEY`` (replicas share one key that way). A checkpoint
signs ``convosphere-audit-checkpoint:<seq>:<hash>``; the key id is the first 16 hex digits of
the SHA-256 of the raw public key.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

AUDIT_KEY_ENV = "CONVOSPHERE_SERVER_AUDIT_KEY"
KEY_FILE_NAME = "audit-signing-key.pem"


class AuditKeyError(RuntimeError):
    """The audit signing key cannot be read or made; the message says which file and why."""


def _message(seq: int, digest: str) -> bytes:
    return f"convosphere-audit-checkpoint:{seq}:{digest}".encode()


class CheckpointSigner:
    """Signs and verifies checkpoints with one Ed25519 key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        raw_public = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id = hashlib.sha256(raw_public).hexdigest()[:16]
        raw_private = private_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        # For keyed pseudonyms (HMAC); derived, so it is never the signing key itself.
        self.secret = hashlib.sha256(b"convosphere-audit-pseudonym:" + raw_private).digest()

    @classmethod
    def load(cls, key_file: Path) -> CheckpointSigner:
        """The key from the environment, else from ``key_file``, made there if missing."""
        pem = os.environ.get(AUDIT_KEY_ENV)
        if pem:
            return cls(_parse(pem.encode(), f"${AUDIT_KEY_ENV}"))
        if key_file.exists():
            return cls(_parse(key_file.read_bytes(), str(key_file)))
        key = Ed25519PrivateKey.generate()
        data = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            key_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return cls(_parse(key_file.read_bytes(), str(key_file)))
        except OSError as exc:
            raise AuditKeyError(
                f"Cannot create the audit signing key {key_file}: {exc.strerror}"
            ) from None
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        return cls(key)

    def sign(self, seq: int, digest: str) -> str:
        return base64.b64encode(self._key.sign(_message(seq, digest))).decode()

    def verify(self, seq: int, digest: str, signature: str) -> bool:
        try:
            self._key.public_key().verify(base64.b64decode(signature), _message(seq, digest))
        except (InvalidSignature, ValueError):
            return False
        return True


def _parse(data: bytes, where: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise AuditKeyError(f"The audit signing key in {where} is not a PEM key: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise AuditKeyError(f"The audit signing key in {where} is not an Ed25519 key.")
    return key
