"""The execution log: every tool call with its arguments, result, time, error and approver,
saved as a ``tool_call`` row (with the answer's message when a chat turn made it)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.db.models import ToolCall
from core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from core.changes import ChangeRecorder
    from core.db.session import Database

LOGGED_RESULT_CHARS = 4000  # the log keeps the start of a result; the model saw up to 20,000


class CallState:
    """How a call ended."""

    DONE = "done"
    FAILED = "error"
    DENIED = "denied"
    CANCELLED = "cancelled"
    REJECTED = "rejected"  # never ran: unknown tool or arguments that fail the schema


_STATE_LABELS = {
    CallState.DONE: QT_TRANSLATE_NOOP("Tools", "done"),
    CallState.FAILED: QT_TRANSLATE_NOOP("Tools", "error"),
    CallState.DENIED: QT_TRANSLATE_NOOP("Tools", "denied"),
    CallState.CANCELLED: QT_TRANSLATE_NOOP("Tools", "cancelled"),
    CallState.REJECTED: QT_TRANSLATE_NOOP("Tools", "rejected"),
}


def state_label(state: str) -> str:
    """A ``CallState`` (stored as is) in the user's language."""
    label = _STATE_LABELS.get(state)
    return translate("Tools", label) if label else state


@dataclass(frozen=True)
class LoggedCall:
    """One entry of the execution log, as the Tools page and the CLI show it."""

    id: str
    message_id: str | None
    server: str
    tool: str
    arguments: dict[str, Any]
    state: str
    result: str
    error: str
    duration_ms: int
    approved_by: str
    risk: str
    created_at_ms: int

    @classmethod
    def of(cls, row: ToolCall) -> LoggedCall:
        return cls(
            id=row.id,
            message_id=row.message_id,
            server=row.server,
            tool=row.tool_name,
            arguments=dict(row.arguments or {}),
            state=row.state,
            result=row.result or "",
            error=row.error or "",
            duration_ms=row.duration_ms,
            approved_by=row.approved_by,
            risk=row.risk,
            created_at_ms=row.created_at_ms,
        )


@dataclass(frozen=True)
class ToolStats:
    """Per tool: how often it ran, how often it failed, and its median duration."""

    server: str
    tool: str
    calls: int
    errors: int
    median_ms: int

    @property
    def error_rate(self) -> float:
        return self.errors / self.calls if self.calls else 0.0


class ToolLog:
    """Writes and reads the execution log (blocking)."""

    def __init__(self, database: Database, recorder: ChangeRecorder, workspace_id: str) -> None:
        self._db = database
        self._recorder = recorder
        self._workspace_id = workspace_id

    def record(
        self,
        *,
        message_id: str | None,
        server: str,
        tool: str,
        call_id: str,
        arguments: dict[str, Any],
        state: str,
        result: str = "",
        error: str = "",
        duration_ms: int = 0,
        approved_by: str = "",
        risk: str = "",
    ) -> LoggedCall:
        with self._db.write() as session:
            row = self._recorder.create(
                session,
                ToolCall,
                workspace_id=self._workspace_id,
                message_id=message_id,
                tool_name=tool,
                server=server,
                call_id=call_id,
                arguments=arguments,
                state=state,
                result=result[:LOGGED_RESULT_CHARS] if result else None,
                error=error or None,
                duration_ms=duration_ms,
                approved_by=approved_by,
                risk=risk,
            )
            return LoggedCall.of(row)

    def entries(
        self,
        *,
        server: str | None = None,
        tool: str | None = None,
        state: str | None = None,
        message_id: str | None = None,
        limit: int = 500,
    ) -> list[LoggedCall]:
        """The newest entries first, filtered by server, tool, state or message."""
        query = select(ToolCall).where(
            ToolCall.workspace_id == self._workspace_id, ToolCall.deleted.is_(False)
        )
        if server:
            query = query.where(ToolCall.server == server)
        if tool:
            query = query.where(ToolCall.tool_name == tool)
        if state:
            query = query.where(ToolCall.state == state)
        if message_id:
            query = query.where(ToolCall.message_id == message_id)
        query = query.order_by(ToolCall.created_at_ms.desc(), ToolCall.id.desc()).limit(limit)
        with self._db.read() as session:
            return [LoggedCall.of(row) for row in session.scalars(query).all()]

    def stats(self) -> list[ToolStats]:
        """Counts, error rates and median durations per tool, busiest first."""
        durations: dict[tuple[str, str], list[int]] = defaultdict(list)
        errors: dict[tuple[str, str], int] = defaultdict(int)
        query = select(ToolCall.server, ToolCall.tool_name, ToolCall.state, ToolCall.duration_ms)
        query = query.where(
            ToolCall.workspace_id == self._workspace_id, ToolCall.deleted.is_(False)
        )
        with self._db.read() as session:
            for server, tool, state, duration in session.execute(query):
                key = (server, tool)
                durations[key].append(int(duration or 0))
                if state != CallState.DONE:
                    errors[key] += 1
        stats = [
            ToolStats(
                server, tool, len(times), errors[(server, tool)], sorted(times)[len(times) // 2]
            )
            for (server, tool), times in durations.items()
        ]
        return sorted(stats, key=lambda s: (-s.calls, s.server, s.tool))
