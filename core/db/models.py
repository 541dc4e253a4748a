"""The local data model: SQLAlchemy 2 typed models for every table in app.db.

Rows that sync carry a device-made UUIDv7 ``id``, ``workspace_id``, per-field HLC ``field_clocks``,
a restorable ``deleted`` flag and ``extra`` (fields from newer schemas, kept as they came).
Every write to them goes through ``core.changes`` so the outbox sees it. Derived rows (chunks)
and device-local rows (jobs, outbox, sync state) have none of that.

Times are integer milliseconds since the Unix epoch (UTC): unambiguous on every OS and database.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints stably."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Synced:
    """Columns every syncable row has."""

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    field_clocks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at_ms: Mapped[int] = mapped_column(Integer)
    updated_at_ms: Mapped[int] = mapped_column(Integer)


class InWorkspace(Synced):
    """A syncable row that belongs to a workspace."""

    workspace_id: Mapped[str] = mapped_column(ID, ForeignKey("workspace.id"), index=True)


class Device(Base):
    """This installation: its id (part of every HLC) and the last clock reading it issued."""

    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_hlc: Mapped[str] = mapped_column(String(64), default="")
    created_at_ms: Mapped[int] = mapped_column(Integer)
    # Where this data dir lives (machine and folder, hashed): a copy elsewhere is a new device.
    home: Mapped[str] = mapped_column(String(64), default="")


class Workspace(Synced, Base):
    """A personal (local) workspace, or one shared with a team server."""

    __tablename__ = "workspace"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="local")
    server_url: Mapped[str | None] = mapped_column(String(500))


class Assistant(InWorkspace, Base):
    """A persona: instructions plus the model and tools it uses."""

    __tablename__ = "assistant"
    name: Mapped[str] = mapped_column(String(200))
    instructions: Mapped[str] = mapped_column(Text, default="")
    provider: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(200))
    temperature: Mapped[float | None] = mapped_column(Float)
    max_tokens: Mapped[int | None] = mapped_column(Integer)
    knowledge_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    allowed_tools: Mapped[list[Any]] = mapped_column(default=list)


class Conversation(InWorkspace, Base):
    """A chat thread."""

    __tablename__ = "conversation"
    title: Mapped[str] = mapped_column(String(500), default="")
    assistant_id: Mapped[str | None] = mapped_column(ID, ForeignKey("assistant.id"))
    provider: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(200))
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    last_message_at_ms: Mapped[int | None] = mapped_column(Integer)
    # {"use": bool | None, "tags": [...], "document_ids": [...]}: see core.sources.KnowledgeScope
    knowledge: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The assistants that answer a round, in order, and the one that sums it up (0008).
    assistant_ids: Mapped[list[Any]] = mapped_column(default=list)
    summarizer_id: Mapped[str | None] = mapped_column(ID)


class Message(InWorkspace, Base):
    """One turn of a conversation; append-only once complete (sync unions them)."""

    __tablename__ = "message"
    __table_args__ = (Index("ix_message_conversation_created", "conversation_id", "created_at_ms"),)
    conversation_id: Mapped[str] = mapped_column(ID, ForeignKey("conversation.id"))
    parent_id: Mapped[str | None] = mapped_column(ID)
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="complete")
    provider: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(200))
    error: Mapped[str | None] = mapped_column(Text)
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sources: Mapped[list[Any]] = mapped_column(default=list)
    # Who wrote an answer of a several-assistant conversation (None: the conversation's own).
    assistant_id: Mapped[str | None] = mapped_column(ID)


class Document(InWorkspace, Base):
    """An imported file; its bytes live in the content-addressed store under ``file_sha256``."""

    __tablename__ = "document"
    title: Mapped[str] = mapped_column(String(1000))
    doc_type: Mapped[str] = mapped_column(String(32))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str | None] = mapped_column(String(500))
    source_name: Mapped[str] = mapped_column(String(1000), default="")
    state: Mapped[str] = mapped_column(String(16), default="pending")
    error: Mapped[str | None] = mapped_column(Text)


class DocumentVersion(InWorkspace, Base):
    """A file a document used to have; kept when the document's file is replaced."""

    __tablename__ = "document_version"
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("document.id"), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)


class Chunk(Base):
    """A passage of a file (derived: rebuilt locally from the file, never synced)."""

    __tablename__ = "chunk"
    __table_args__ = (
        Index("ix_chunk_file", "file_sha256", "chunker_version", "ordinal", unique=True),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    chunker_version: Mapped[int] = mapped_column(Integer)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    page_start: Mapped[int | None] = mapped_column(Integer)
    page_end: Mapped[int | None] = mapped_column(Integer)
    heading_path: Mapped[str] = mapped_column(Text, default="")
    token_count: Mapped[int] = mapped_column(Integer, default=0)


class PageText(Base):
    """A page's text recognised by OCR, with its word boxes (derived from the file, never
    synced); boxes are fractions of the page's width and height, so any rendering size fits."""

    __tablename__ = "page_text"
    file_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text, default="")
    words: Mapped[list[Any]] = mapped_column(default=list)
    engine: Mapped[str] = mapped_column(String(64), default="")


class Tag(InWorkspace, Base):
    """A label; its id derives from (workspace, case-folded name) so devices agree offline."""

    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("workspace_id", "name_key"),)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100))
    color: Mapped[str] = mapped_column(String(16), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class TagLink(InWorkspace, Base):
    """A tag on a document; its id derives from (document, tag)."""

    __tablename__ = "tag_link"
    __table_args__ = (UniqueConstraint("tag_id", "document_id"),)
    tag_id: Mapped[str] = mapped_column(ID, ForeignKey("tag.id"))
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("document.id"), index=True)


class ToolCall(InWorkspace, Base):
    """A tool the model asked to run (or one tried by hand, with no message), with the user's
    decision and the result: the execution log."""

    __tablename__ = "tool_call"
    message_id: Mapped[str | None] = mapped_column(ID, ForeignKey("message.id"), index=True)
    tool_name: Mapped[str] = mapped_column(String(200))
    arguments: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(24), default="pending_approval")
    result: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    server: Mapped[str] = mapped_column(String(200), default="", server_default="")
    call_id: Mapped[str] = mapped_column(String(200), default="", server_default="")
    risk: Mapped[str] = mapped_column(String(24), default="", server_default="")
    approved_by: Mapped[str] = mapped_column(String(40), default="", server_default="")
    duration_ms: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class McpServer(InWorkspace, Base):
    """A configured MCP server (secrets for it live in the secret store, not here)."""

    __tablename__ = "mcp_server"
    name: Mapped[str] = mapped_column(String(200))
    transport: Mapped[str] = mapped_column(String(16), default="stdio")
    command: Mapped[str | None] = mapped_column(Text)
    args: Mapped[list[Any]] = mapped_column(default=list)
    env: Mapped[dict[str, Any]] = mapped_column(default=dict)
    url: Mapped[str | None] = mapped_column(String(1000))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(InWorkspace, Base):
    """A user- or workspace-scoped setting value (device settings stay on the device)."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("workspace_id", "key"),)
    key: Mapped[str] = mapped_column(String(200))
    value: Mapped[Any] = mapped_column(JSON)


class SearchHistory(InWorkspace, Base):
    """A search the user ran, for suggestions."""

    __tablename__ = "search_history"
    query: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(32))
    result_count: Mapped[int] = mapped_column(Integer, default=0)


class RecentSearch(Base):
    """A search run on this device: one row per distinct query (device-local, never synced)."""

    __tablename__ = "recent_search"
    __table_args__ = (UniqueConstraint("workspace_id", "query_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(ID, ForeignKey("workspace.id", ondelete="CASCADE"))
    query: Mapped[str] = mapped_column(Text)
    query_key: Mapped[str] = mapped_column(Text)  # case-folded, spaces collapsed
    source: Mapped[str] = mapped_column(String(16))
    run_count: Mapped[int] = mapped_column(Integer, default=1)
    last_run_ms: Mapped[int] = mapped_column(Integer)


class SavedSearch(Base):
    """A query the user saved to run again (device-local, never synced)."""

    __tablename__ = "saved_search"
    __table_args__ = (UniqueConstraint("workspace_id", "query_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(ID, ForeignKey("workspace.id", ondelete="CASCADE"))
    query: Mapped[str] = mapped_column(Text)
    query_key: Mapped[str] = mapped_column(Text)
    created_at_ms: Mapped[int] = mapped_column(Integer)


class AuditEvent(Base):
    """An entry of the team server's audit log, mirrored read-only."""

    __tablename__ = "audit_event"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ID, ForeignKey("workspace.id"), index=True)
    server_seq: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    target: Mapped[str] = mapped_column(String(200), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    entry_hash: Mapped[str] = mapped_column(String(64))
    occurred_at_ms: Mapped[int] = mapped_column(Integer)


class ConflictVersion(Base):
    """Long text that lost a last-writer-wins conflict, kept for the user to see."""

    __tablename__ = "conflict_version"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    clock: Mapped[str] = mapped_column(String(64))
    created_at_ms: Mapped[int] = mapped_column(Integer)


class Tombstone(Base):
    """A purged row: a sentinel kept forever so a late edit never brings it back."""

    __tablename__ = "tombstone"
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(ID, primary_key=True)
    clock: Mapped[str] = mapped_column(String(64))


class OutboxEntry(Base):
    """A local change waiting to be pushed; ``id`` orders mutations on this device."""

    __tablename__ = "sync_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(ID, unique=True)
    workspace_id: Mapped[str] = mapped_column(ID, index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(ID)
    op: Mapped[str] = mapped_column(String(16))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    clocks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at_ms: Mapped[int] = mapped_column(Integer)


class ParkedChange(Base):
    """A remote change waiting for its parent row (``waits_for`` is ``entity:id``)."""

    __tablename__ = "sync_parked"
    __table_args__ = ({"sqlite_autoincrement": True},)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    waits_for: Mapped[str] = mapped_column(String(64), index=True)
    change: Mapped[dict[str, Any]] = mapped_column(default=dict)
    parked_at_ms: Mapped[int] = mapped_column(Integer)


class TagMerge(Base):
    """A tag merged into another because two devices gave tags one name: its links follow."""

    __tablename__ = "tag_merge"
    loser_id: Mapped[str] = mapped_column(ID, primary_key=True)
    winner_id: Mapped[str] = mapped_column(ID)


class SyncState(Base):
    """Where replication with a workspace's server stands (cursor saved with each page)."""

    __tablename__ = "sync_state"
    workspace_id: Mapped[str] = mapped_column(ID, ForeignKey("workspace.id"), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(200), default="")
    generation: Mapped[int] = mapped_column(Integer, default=0)
    last_pull_at_ms: Mapped[int | None] = mapped_column(Integer)
    last_push_at_ms: Mapped[int | None] = mapped_column(Integer)


class Job(Base):
    """A durable background job (device-local: each device does its own work)."""

    __tablename__ = "job"
    __table_args__ = (Index("ix_job_state_created", "state", "created_at_ms"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    total: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_at_ms: Mapped[int] = mapped_column(Integer)
    updated_at_ms: Mapped[int] = mapped_column(Integer)
    started_at_ms: Mapped[int | None] = mapped_column(Integer)
    finished_at_ms: Mapped[int | None] = mapped_column(Integer)


class JobItem(Base):
    """One unit of a job's work; done items are never redone after a restart."""

    __tablename__ = "job_item"
    __table_args__ = (
        UniqueConstraint("job_id", "seq"),
        Index("ix_job_item_job_state_seq", "job_id", "state", "seq"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(ID, ForeignKey("job.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    updated_at_ms: Mapped[int] = mapped_column(Integer, default=0)


SYNCED_MODELS: dict[str, type[Synced]] = {
    cls.__tablename__: cls
    for cls in (
        Workspace,
        Assistant,
        Conversation,
        Message,
        Document,
        DocumentVersion,
        Tag,
        TagLink,
        ToolCall,
        McpServer,
        Setting,
        SearchHistory,
    )
}
