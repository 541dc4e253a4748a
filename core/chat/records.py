"""Plain, immutable copies of chat rows that views and the CLI hold (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from core.db.models import Assistant, Conversation, Message
from core.sources import KnowledgeScope, SourcePassage


class MessageState(StrEnum):
    """Where a message stands. Only ``streaming`` changes; the others are final for a stream."""

    COMPLETE = "complete"
    STREAMING = "streaming"  # being written now (or the app died while it was)
    INTERRUPTED = "interrupted"  # the stream failed or the app died: the text is a prefix
    STOPPED = "stopped"  # the user pressed Stop: the text is a prefix
    FAILED = "error"  # nothing usable arrived; ``error`` says why


@dataclass(frozen=True)
class MessageRecord:
    """One message as stored."""

    id: str
    conversation_id: str
    parent_id: str | None
    role: str
    content: str
    state: str
    provider: str | None
    model: str | None
    error: str | None
    metrics: dict[str, Any]
    sources: list[dict[str, Any]]
    created_at_ms: int
    assistant_id: str | None = None  # who wrote it, in a conversation of several assistants

    @classmethod
    def of(cls, row: Message) -> MessageRecord:
        return cls(
            id=row.id,
            conversation_id=row.conversation_id,
            parent_id=row.parent_id,
            role=row.role,
            content=row.content or "",
            state=row.state,
            provider=row.provider,
            model=row.model,
            error=row.error,
            metrics=dict(row.metrics or {}),
            sources=list(row.sources or []),
            created_at_ms=row.created_at_ms,
            assistant_id=row.assistant_id,
        )

    @property
    def passages(self) -> list[SourcePassage]:
        return [SourcePassage.from_json(s) for s in self.sources if isinstance(s, dict)]

    @property
    def resumable(self) -> bool:
        """An answer that stopped early with some text: Continue can extend it."""
        return self.ended_early and bool(self.content)

    @property
    def ended_early(self) -> bool:
        """An answer interrupted or stopped, with or without text: Retry asks again."""
        return self.role == "assistant" and self.state in (
            MessageState.INTERRUPTED,
            MessageState.STOPPED,
        )


@dataclass(frozen=True)
class ConversationRecord:
    """A conversation as the list shows it."""

    id: str
    title: str
    assistant_id: str | None
    provider: str | None
    model: str | None
    pinned: bool
    archived: bool
    created_at_ms: int
    last_message_at_ms: int | None
    knowledge: KnowledgeScope = field(default_factory=KnowledgeScope)
    assistant_ids: tuple[str, ...] = ()  # several assistants: they answer in this order
    summarizer_id: str | None = None  # answers last in a round, summing it up

    @property
    def several(self) -> bool:
        """Whether answers come from the conversation's own assistants, in rounds."""
        return bool(self.assistant_ids)

    @classmethod
    def of(cls, row: Conversation) -> ConversationRecord:
        return cls(
            id=row.id,
            title=row.title or "",
            assistant_id=row.assistant_id,
            provider=row.provider,
            model=row.model,
            pinned=bool(row.pinned),
            archived=bool(row.archived),
            created_at_ms=row.created_at_ms,
            last_message_at_ms=row.last_message_at_ms,
            knowledge=KnowledgeScope.from_json(row.knowledge),
            assistant_ids=tuple(str(a) for a in (row.assistant_ids or [])),
            summarizer_id=row.summarizer_id,
        )


@dataclass(frozen=True)
class AssistantRecord:
    """A persona: its instructions and the model settings it brings."""

    id: str
    name: str
    instructions: str = ""
    provider: str | None = None
    model: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    knowledge_enabled: bool = False
    allowed_tools: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, row: Assistant) -> AssistantRecord:
        return cls(
            id=row.id,
            name=row.name,
            instructions=row.instructions or "",
            provider=row.provider,
            model=row.model,
            temperature=row.temperature,
            max_tokens=row.max_tokens,
            knowledge_enabled=bool(row.knowledge_enabled),
            allowed_tools=[str(t) for t in (row.allowed_tools or [])],
        )

    def fields(self) -> dict[str, Any]:
        """The editable fields, as ``ChangeRecorder`` takes them."""
        return {
            "name": self.name,
            "instructions": self.instructions,
            "provider": self.provider,
            "model": self.model,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "knowledge_enabled": self.knowledge_enabled,
            "allowed_tools": list(self.allowed_tools),
        }
