"""The composition root: every core service of one data dir, built once and wired here.

The desktop app, every CLI command, the benchmarks and the end-to-end tests open a data dir
with ``open_root``; no other module builds a feature service or connects two features, so a
feature is wired here or not at all. Features get the narrow parts they use (a database, a
recorder, a job service), never this object. Opening is blocking (migrations, SQLite): the GUI
calls it from a worker thread after the first paint. Heavy libraries (chromadb, onnxruntime,
the model SDKs) still load on first use.
"""

from __future__ import annotations

import logging
import secrets as random_tokens
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core.changes import ChangeRecorder, now_ms
from core.chat.service import ChatService
from core.conflicts import ConflictService
from core.db.migrate import MigrationResult, ensure_schema
from core.db.models import Device, Workspace
from core.db.session import Database
from core.files import FileStore
from core.hlc import HybridLogicalClock
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ids import new_id
from core.jobs import HandlerRegistry, JobRunner, JobService, RetryPolicy
from core.knowledge import jobs as knowledge_jobs
from core.knowledge.chunker import CHUNKER_VERSION
from core.knowledge.library import KnowledgeBase
from core.knowledge.ocr import TextRecognizer
from core.knowledge.preview import DocumentSources, ReadingPositions
from core.knowledge.retriever import KnowledgeRetriever
from core.knowledge.suggestions import SearchAids
from core.library import bulk
from core.library.actions import BulkActions
from core.library.analytics import TagAnalytics
from core.library.documents import DocumentCatalog
from core.library.tags import TagService
from core.ownership import DataDirGuard
from core.paths import AppPaths
from core.personal_data import LocalDataEraser, PersonalDataExport
from core.personal_data import register_jobs as register_personal_data_jobs
from core.secrets import SecretStore
from core.settings import DeviceSettings, Settings
from core.tools.builtins import builtin_tools
from core.tools.log import ToolLog
from core.tools.mcp_client import McpHub
from core.tools.runner import ToolRunner
from core.tools.servers import ServerStore
from core.usage import UsageLedger

DEFAULT_WORKSPACE_NAME = QT_TRANSLATE_NOOP("Workspaces", "Personal")  # named when created
log = logging.getLogger(__name__)


@dataclass
class Library:
    """The documents of a workspace as a library: listing, tags, tag analytics, bulk actions."""

    catalog: DocumentCatalog
    tags: TagService
    analytics: TagAnalytics
    bulk: BulkActions


@dataclass
class Tools:
    """Tools the model can call: MCP servers (configured, and live), the runner, the log."""

    servers: ServerStore
    hub: McpHub
    runner: ToolRunner
    log: ToolLog


@dataclass
class Root:
    """The core services of one data dir; ``close()`` when done."""

    paths: AppPaths
    database: Database
    migration: MigrationResult
    device_id: str
    workspace_id: str
    recorder: ChangeRecorder
    settings: Settings
    secrets: SecretStore
    files: FileStore
    jobs: JobService
    job_handlers: HandlerRegistry
    knowledge: KnowledgeBase
    sources: DocumentSources
    library: Library
    chat: ChatService
    tools: Tools
    guard: DataDirGuard
    conflicts: ConflictService
    usage: UsageLedger
    personal_data: LocalDataEraser
    search: SearchAids

    @property
    def owner(self) -> bool:
        """Whether this process owns the data dir's background work (``core.ownership``)."""
        return self.guard.owner

    def job_runner(self) -> JobRunner:
        """A runner for this process's jobs (all queued jobs, if it owns the data dir)."""
        return JobRunner(
            self.jobs,
            max_concurrent=self.settings.get("jobs.max_concurrent"),
            retry=RetryPolicy(max_attempts=self.settings.get("jobs.max_attempts")),
            gate=self.guard,
        )

    def close(self) -> None:
        """Let a save in progress finish, stop MCP servers, close app.db, give up the data dir
        (idempotent)."""
        self.chat.close()
        self.tools.hub.close()
        self.database.close()
        self.guard.close()


def open_root(
    paths: AppPaths,
    device_settings: DeviceSettings | None = None,
    *,
    extensions: Sequence[Callable[[Root], None]] = (),
) -> Root:
    """Create folders, migrate app.db, make sure this device and its workspace exist, build
    every service, and take ownership of the data dir's background work if no one has it.

    The chat's startup steps run here too: default assistants, and (for the owner, when no other
    process is alive) the answers a dead process left streaming become interrupted.
    ``extensions`` are called with the root before that (tests add job kinds this way).
    """
    paths.create()
    migration = ensure_schema(paths.database)
    database = Database(paths.database)
    guard = DataDirGuard(paths.data_dir)
    try:
        root = _build(paths, database, migration, guard, device_settings)
        for extend in extensions:
            extend(root)
        guard.try_own()
        root.chat.start(guard)
    except BaseException:
        database.close()
        guard.close()
        raise
    return root


def _build(
    paths: AppPaths,
    database: Database,
    migration: MigrationResult,
    guard: DataDirGuard,
    device_settings: DeviceSettings | None,
) -> Root:
    device = device_settings or DeviceSettings(paths.device_settings)
    device_id, last_hlc, workspace_id = _bootstrap(database, paths, device.get("workspace.current"))
    recorder = ChangeRecorder(HybridLogicalClock(device_id, last=last_hlc or None))
    with database.write() as session:
        if session.get(Workspace, workspace_id) is None:
            recorder.create(
                session,
                Workspace,
                workspace_id=workspace_id,
                id=workspace_id,
                name=translate("Workspaces", DEFAULT_WORKSPACE_NAME),
                kind="local",
            )
    settings = Settings(device, database, recorder, workspace_id)
    secrets = SecretStore(paths.config_dir)
    files = FileStore(paths.files_dir)
    handlers = HandlerRegistry()
    jobs = JobService(database, handlers)
    recognizer = TextRecognizer(database)
    knowledge = KnowledgeBase(
        database,
        workspace_id,
        recorder=recorder,
        settings=settings,
        secrets=secrets,
        jobs=jobs,
        files=files,
        chroma_dir=paths.chroma_dir,
        recognizer=recognizer,
    )
    sources = DocumentSources(
        database,
        files,
        recognizer,
        paths.data_dir / "thumbnails",
        ReadingPositions(paths.config_dir / "reading-positions.json"),
    )
    knowledge_jobs.register_jobs(handlers, knowledge)
    settings.subscribe(knowledge_jobs.reembed_on_model_change(knowledge))
    bulk.register_jobs(
        handlers,
        bulk.BulkContext(recorder, workspace_id, files),
        database,
        derived_purgers=[knowledge_jobs.vector_purger(paths.chroma_dir)],
    )
    register_personal_data_jobs(handlers, PersonalDataExport(database, files, settings, device_id))
    catalog = DocumentCatalog(database, workspace_id)
    tags = TagService(database, recorder, workspace_id)
    library = Library(
        catalog=catalog,
        tags=tags,
        analytics=TagAnalytics(database, workspace_id),
        bulk=BulkActions(database, workspace_id, jobs, catalog, tags),
    )
    chat = ChatService(
        database,
        recorder,
        workspace_id,
        settings,
        secrets,
        retriever=KnowledgeRetriever(knowledge),
    )
    servers = ServerStore(database, recorder, workspace_id, secrets, paths.config_dir)
    hub = McpHub(servers, paths.logs_dir)
    tool_log = ToolLog(database, recorder, workspace_id)
    builtins = builtin_tools(KnowledgeRetriever(knowledge), knowledge.document_text, tags.list_tags)
    tools = Tools(servers, hub, ToolRunner(builtins, hub, servers, tool_log, settings), tool_log)
    return Root(
        paths=paths,
        database=database,
        migration=migration,
        device_id=device_id,
        workspace_id=workspace_id,
        recorder=recorder,
        settings=settings,
        secrets=secrets,
        files=files,
        jobs=jobs,
        job_handlers=handlers,
        knowledge=knowledge,
        sources=sources,
        library=library,
        chat=chat,
        tools=tools,
        guard=guard,
        conflicts=ConflictService(
            database,
            recorder,
            workspace_id,
            device_id,
            files=files,
            reindex=lambda ids: jobs.submit(
                knowledge_jobs.REPROCESS_KIND,
                translate("Conflicts", "Index the chosen file"),
                {"document_ids": ids},
            ),
        ),
        usage=UsageLedger(database, device_id),
        personal_data=LocalDataEraser(paths, database, secrets),
        search=SearchAids.build(database, workspace_id, settings, CHUNKER_VERSION),
    )


def _bootstrap(database: Database, paths: AppPaths, current: str) -> tuple[str, str, str]:
    """This device's id, its last HLC reading, and the workspace to open: the one chosen with
    ``workspaces use`` (``workspace.current``) if it is here, else the first local one.

    A data dir copied to another folder or machine is another device: it gets a new id, so two
    devices never share clocks or mutation ids (its clock goes on from the copy's).
    """
    home = _home_of(paths)
    with database.write() as session:
        device = session.scalars(select(Device)).first()
        if device is None:
            device = Device(
                id=random_tokens.token_hex(8), created_at_ms=now_ms(), last_hlc="", home=home
            )
            session.add(device)
        elif device.home != home:
            if device.home:  # not the first start after the upgrade that added ``home``
                log.info("This data dir was copied or moved: it is a new device now")
                replacement = Device(
                    id=random_tokens.token_hex(8),
                    created_at_ms=now_ms(),
                    last_hlc=device.last_hlc,
                    home=home,
                )
                session.delete(device)
                session.flush()
                session.add(replacement)
                device = replacement
            else:
                device.home = home
        chosen = session.get(Workspace, current) if current else None
        workspace = (
            chosen
            or session.scalars(
                select(Workspace).where(Workspace.kind == "local").order_by(Workspace.created_at_ms)
            ).first()
        )
        workspace_id = workspace.id if workspace else new_id()
        return device.id, device.last_hlc, workspace_id


def _home_of(paths: AppPaths) -> str:
    """This machine and this data dir's folder, hashed."""
    import hashlib
    import platform

    machine = ""
    for source in (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id")):
        try:
            machine = source.read_text(encoding="ascii").strip()
            break
        except OSError:
            continue
    place = f"{machine or platform.node()}\x1f{paths.data_dir.resolve()}"
    return hashlib.sha256(place.encode()).hexdigest()[:32]
