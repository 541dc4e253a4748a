"""The server's services, built once per app from its config (the server's composition root)."""

from __future__ import annotations

from dataclasses import dataclass

from sync.server.accounts import Accounts
from sync.server.admin import Admin
from sync.server.audit import AuditLog
from sync.server.blobs import Blobs
from sync.server.blobstore import BlobStore, LocalBlobStore
from sync.server.changelog import ChangeLog
from sync.server.checkpoints import CheckpointSigner
from sync.server.config import ServerConfig
from sync.server.db import Database, check_schema, migrate
from sync.server.events import Broadcaster, InProcessBroadcaster, LiveStreams
from sync.server.gdpr import PersonalData
from sync.server.ldap_auth import LdapLogin
from sync.server.members import Members
from sync.server.sso import OidcProvider, SingleSignOn
from sync.server.usage import UsageReports
from sync.server.workspaces import Workspaces


@dataclass
class Services:
    config: ServerConfig
    db: Database
    accounts: Accounts
    workspaces: Workspaces
    changes: ChangeLog
    blobs: Blobs
    broadcaster: Broadcaster
    audit: AuditLog
    members: Members
    live_streams: LiveStreams
    admin: Admin
    usage: UsageReports
    personal_data: PersonalData
    sso: SingleSignOn
    ldap: LdapLogin | None

    def close(self) -> None:
        self.broadcaster.close()
        self.db.dispose()


def build_services(
    config: ServerConfig,
    *,
    blob_store: BlobStore | None = None,
    broadcaster: Broadcaster | None = None,
) -> Services:
    """Open the database (migrating it when the config says so) and wire the services."""
    db = Database(config.database_url)
    if config.should_migrate_on_start:
        if db.is_sqlite:
            config.blob_dir.parent.mkdir(parents=True, exist_ok=True)
        migrate(db)
    else:
        check_schema(db)
    audit = AuditLog(
        db,
        config.clock_ms,
        CheckpointSigner.load(config.audit_key_path),
        config.audit_checkpoint_every,
    )
    store = blob_store or _blob_store(config)
    accounts = Accounts(db, config, audit)
    changes = ChangeLog(db, config.clock_ms, audit)
    return Services(
        config=config,
        db=db,
        accounts=accounts,
        workspaces=Workspaces(db, config, audit),
        changes=changes,
        blobs=Blobs(db, store),
        broadcaster=broadcaster or _broadcaster(db),
        audit=audit,
        members=Members(db, config, audit),
        live_streams=LiveStreams(),
        admin=Admin(db, config, audit),
        usage=UsageReports(db, config),
        personal_data=PersonalData(db, config, audit, store, changes),
        sso=SingleSignOn(db, config, accounts, audit, _oidc_provider(config)),
        ldap=LdapLogin(db, config, accounts, audit) if config.auth.ldap else None,
    )


def _blob_store(config: ServerConfig) -> BlobStore:
    """Local disk, or S3-compatible storage when the config names a bucket (boto3 is imported
    only then)."""
    if config.blob_url is None:
        return LocalBlobStore(config.blob_dir)
    from sync.server.s3store import S3BlobStore

    return S3BlobStore(config.blob_url, endpoint_url=config.s3_endpoint_url)


def _broadcaster(db: Database) -> Broadcaster:
    """One process on SQLite; on PostgreSQL, pokes reach every replica (LISTEN/NOTIFY)."""
    if db.is_sqlite:
        return InProcessBroadcaster()
    from sync.server.pg_events import PostgresBroadcaster

    return PostgresBroadcaster(db.url)


def _oidc_provider(config: ServerConfig) -> OidcProvider | None:
    return OidcProvider(config.auth.oidc) if config.auth.oidc is not None else None
