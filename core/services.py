"""Opening the local data: the one place that wires core services over a data dir.

The desktop app, the CLI and tests all call ``open_services``; it is blocking (migrations,
SQLite), so the GUI calls it from a worker thread after the first paint.
"""

from __future__ import annotations

import importlib
import secrets as random_tokens
from dataclasses import dataclass

from sqlalchemy import select

from core.changes import ChangeRecorder, now_ms
from core.db.migrate import MigrationResult, ensure_schema
from core.db.models import Device, Workspace
from core.db.session import Database
from core.files import FileStore
from core.hlc import HybridLogicalClock
from core.ids import new_id
from core.jobs import HandlerRegistry, JobService
from core.paths import AppPaths
from core.secrets import SecretStore
from core.settings import DeviceSettings, Settings

DEFAULT_WORKSPACE_NAME = "Personal"
API_KEY_SECRETS = {
    "openai": "openai_api_key",
    "anthropic": "anthropic_api_key",
    "openai_compatible": "local_api_key",
}


@dataclass
class Services:
    """The core services of one data dir; ``close()`` when done."""

    paths: AppPaths
    database: Database
    migration: MigrationResult
    device_id: str
    workspace_id: str
    recorder: ChangeRecorder
    settings: Settings
    secrets: SecretStore
    jobs: JobService
    job_handlers: HandlerRegistry
    files: FileStore

    def close(self) -> None:
        self.database.close()


def open_services(paths: AppPaths, device_settings: DeviceSettings | None = None) -> Services:
    """Create folders, migrate app.db, and make sure this device and its workspace exist."""
    paths.create()
    migration = ensure_schema(paths.database)
    database = Database(paths.database)
    device_id, last_hlc, workspace_id = _bootstrap(database)
    recorder = ChangeRecorder(HybridLogicalClock(device_id, last=last_hlc or None))
    with database.write() as session:
        if session.get(Workspace, workspace_id) is None:
            recorder.create(
                session,
                Workspace,
                workspace_id=workspace_id,
                id=workspace_id,
                name=DEFAULT_WORKSPACE_NAME,
                kind="local",
            )
    settings = Settings(
        device_settings or DeviceSettings(paths.device_settings),
        database,
        recorder,
        workspace_id,
    )
    handlers = HandlerRegistry()
    services = Services(
        paths=paths,
        database=database,
        migration=migration,
        device_id=device_id,
        workspace_id=workspace_id,
        recorder=recorder,
        settings=settings,
        secrets=SecretStore(paths.config_dir),
        jobs=JobService(database, handlers),
        job_handlers=handlers,
        files=FileStore(paths.files_dir),
    )
    for module in FEATURE_JOB_MODULES:
        importlib.import_module(module).install_jobs(services)
    return services


# Modules whose ``install_jobs(services)`` registers the kinds of job a feature runs
# (``services.job_handlers.register(kind, handler)``). They must import heavy libraries
# (chromadb, onnxruntime) inside their handlers, not at module level.
FEATURE_JOB_MODULES: tuple[str, ...] = ("core.library.bulk", "core.knowledge.jobs")


def _bootstrap(database: Database) -> tuple[str, str, str]:
    """This device's id, its last HLC reading, and the id of its personal workspace."""
    with database.write() as session:
        device = session.scalars(select(Device)).first()
        if device is None:
            device = Device(id=random_tokens.token_hex(8), created_at_ms=now_ms(), last_hlc="")
            session.add(device)
        workspace = session.scalars(
            select(Workspace).where(Workspace.kind == "local").order_by(Workspace.created_at_ms)
        ).first()
        workspace_id = workspace.id if workspace else new_id()
        return device.id, device.last_hlc, workspace_id


def configure_provider(
    services: Services, provider: str, model: str, base_url: str, api_key: str
) -> str:
    """Save a model provider choice; the key goes to the secret store. Returns where it went."""
    services.settings.set("chat.provider", provider)
    services.settings.set("chat.model", model)
    if provider == "openai_compatible":
        services.settings.set("chat.base_url", base_url)
    if not api_key:
        return "No API key needed."
    return services.secrets.set(API_KEY_SECRETS[provider], api_key).detail
