"""The server's services, built once per app from its config (the server's composition root)."""

from __future__ import annotations

from dataclasses import dataclass

from sync.server.accounts import Accounts
from sync.server.blobs import Blobs
from sync.server.blobstore import BlobStore, LocalBlobStore
from sync.server.changelog import ChangeLog
from sync.server.config import ServerConfig
from sync.server.db import Database, check_schema, migrate
from sync.server.events import Broadcaster, InProcessBroadcaster
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
    return Services(
        config=config,
        db=db,
        accounts=Accounts(db, config),
        workspaces=Workspaces(db, config),
        changes=ChangeLog(db, config.clock_ms),
        blobs=Blobs(db, blob_store or LocalBlobStore(config.blob_dir)),
        broadcaster=broadcaster or InProcessBroadcaster(),
    )
