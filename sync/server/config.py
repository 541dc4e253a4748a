"""How a server instance is set up: where its data lives, token lifetimes, its clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sync.server.auth_config import AuthConfig

ACCESS_TOKEN_TTL_S = 15 * 60
REFRESH_TOKEN_TTL_S = 60 * 24 * 3600


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class ServerConfig:
    """Everything ``create_app`` needs; ``for_data_dir`` gives the embedded default."""

    database_url: str
    blob_dir: Path
    access_token_ttl_s: int = ACCESS_TOKEN_TTL_S
    refresh_token_ttl_s: int = REFRESH_TOKEN_TTL_S
    clock_ms: Callable[[], int] = field(default=wall_clock_ms)
    # None: migrate at start when the database is SQLite (embedded); PostgreSQL is migrated by
    # ``convosphere-server migrate`` before a rollout, never by each replica.
    migrate_on_start: bool | None = None
    # argon2id cost of new password hashes (argon2-cffi's defaults); tests lower them for speed.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    # The Ed25519 key of audit checkpoints; None: ``audit-signing-key.pem`` beside blob_dir.
    audit_key_file: Path | None = None
    audit_checkpoint_every: int = 64
    # Request bodies: a push may carry 500 mutations; everything else is small JSON.
    max_body_bytes: int = 1024 * 1024
    max_push_bytes: int = 32 * 1024 * 1024
    # Sign-in: this many failures per (email, IP) within the window, then 429 until it passes.
    sign_in_max_failures: int = 5
    sign_in_window_s: int = 15 * 60
    # Single sign-on (OIDC) and LDAP, and how their groups map to roles: none by default.
    auth: AuthConfig = field(default_factory=AuthConfig)
    # ``s3://bucket/prefix``: blobs in S3-compatible object storage (``sync.server.s3store``)
    # instead of ``blob_dir``; the endpoint of a store other than AWS S3 (MinIO, Ceph…).
    # Credentials never appear here: boto3 reads them the standard AWS way.
    blob_url: str | None = None
    s3_endpoint_url: str | None = None

    @classmethod
    def for_data_dir(
        cls, data_dir: Path, database_url: str | None = None, **options: object
    ) -> ServerConfig:
        """SQLite ``server.db`` (unless a database URL is given) and ``blobs/`` in data_dir."""
        url = database_url or f"sqlite:///{data_dir / 'server.db'}"
        return cls(database_url=url, blob_dir=data_dir / "blobs", **options)  # type: ignore[arg-type]

    @property
    def audit_key_path(self) -> Path:
        from sync.server.checkpoints import KEY_FILE_NAME

        return self.audit_key_file or self.blob_dir.parent / KEY_FILE_NAME

    @property
    def should_migrate_on_start(self) -> bool:
        if self.migrate_on_start is not None:
            return self.migrate_on_start
        return self.database_url.startswith("sqlite")
