"""Conversations: list and search, rename, pin, archive, the trash (restore, delete forever,
empty), titles, the thread.

Messages form a tree through ``parent_id``: regenerating an answer or editing the last question
adds a sibling instead of overwriting (messages are append-only, so nothing is ever lost). The
thread a person sees is the newest branch. Blocking (SQLite): call off the GUI thread.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from core.changes import ChangeRecorder
from core.chat.records import ConversationRecord, MessageRecord, MessageState
from core.db.models import Conversation, Message, ToolCall
from core.db.session import Database
from core.hlc import device_of as clock_device
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.sources import KnowledgeScope

TITLE_LENGTH = 60
UNTITLED = QT_TRANSLATE_NOOP("Conversations", "New conversation")
"""The title of a conversation with none yet (translate it where it is written)."""


class ConversationNotFound(LookupError):
    """No conversation (outside the trash) has that id."""


class ConversationStore:
    """The workspace's conversations and their messages."""

    def __init__(self, database: Database, recorder: ChangeRecorder, workspace_id: str) -> None:
        self._db = database
        self._recorder = recorder
        self._workspace_id = workspace_id

    def search(self, text: str = "", *, archived: bool = False) -> list[ConversationRecord]:
        """Conversations (archived ones, or the others) whose title or any message contains
        ``text`` (ignoring case); pinned first, then the most recently active."""
        query = select(Conversation).where(
            Conversation.workspace_id == self._workspace_id,
            Conversation.deleted.is_(False),
            Conversation.archived.is_(archived),
        )
        needle = text.strip()
        if needle:
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", needle) + "%"
            in_messages = exists().where(
                Message.conversation_id == Conversation.id,
                Message.deleted.is_(False),
                Message.content.ilike(pattern, escape="\\"),
            )
            query = query.where(or_(Conversation.title.ilike(pattern, escape="\\"), in_messages))
        query = query.order_by(
            Conversation.pinned.desc(),
            Conversation.last_message_at_ms.desc().nulls_last(),
            Conversation.created_at_ms.desc(),
        )
        with self._db.read() as session:
            return [ConversationRecord.of(row) for row in session.scalars(query)]

    def get(self, conversation_id: str) -> ConversationRecord:
        with self._db.read() as session:
            row = session.get(Conversation, conversation_id)
            if row is None or row.deleted:
                raise ConversationNotFound(
                    translate("Conversations", "There is no conversation {id}.").format(
                        id=conversation_id
                    )
                )
            return ConversationRecord.of(row)

    def create(
        self,
        title: str = "",
        *,
        assistant_id: str | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> ConversationRecord:
        with self._db.write() as session:
            row = self._recorder.create(
                session,
                Conversation,
                workspace_id=self._workspace_id,
                title=title,
                assistant_id=assistant_id,
                provider=provider,
                model=model,
            )
            return ConversationRecord.of(row)

    def rename(self, conversation_id: str, title: str) -> ConversationRecord:
        return self._update(conversation_id, title=" ".join(title.split())[:500] or untitled())

    def set_pinned(self, conversation_id: str, pinned: bool) -> ConversationRecord:
        return self._update(conversation_id, pinned=pinned)

    def set_archived(self, conversation_id: str, archived: bool) -> ConversationRecord:
        return self._update(conversation_id, archived=archived)

    def set_model(
        self,
        conversation_id: str,
        *,
        assistant_id: str | None,
        provider: str | None,
        model: str | None,
    ) -> ConversationRecord:
        """Choose the assistant, and optionally a provider/model that overrides its own."""
        return self._update(
            conversation_id,
            assistant_id=assistant_id,
            provider=provider or None,
            model=(model or "").strip() or None,
        )

    def set_assistants(
        self, conversation_id: str, assistant_ids: list[str], summarizer_id: str | None
    ) -> ConversationRecord:
        """Record the round's assistants and summariser (checked by ``ChatService``)."""
        return self._update(
            conversation_id, assistant_ids=list(assistant_ids), summarizer_id=summarizer_id
        )

    def set_knowledge(self, conversation_id: str, scope: KnowledgeScope) -> ConversationRecord:
        """Whether this conversation's answers search the documents, and which ones."""
        return self._update(conversation_id, knowledge=scope.to_json())

    def trash(self, conversation_id: str) -> None:
        """Move to the trash; ``restore`` undoes it."""
        self._set_deleted(conversation_id, True)

    def restore(self, conversation_id: str) -> None:
        self._set_deleted(conversation_id, False)

    def trashed(self) -> list[ConversationRecord]:
        """The conversations in the trash, most recently trashed first."""
        query = (
            select(Conversation)
            .where(Conversation.workspace_id == self._workspace_id, Conversation.deleted.is_(True))
            .order_by(Conversation.updated_at_ms.desc(), Conversation.id)
        )
        with self._db.read() as session:
            return [ConversationRecord.of(row) for row in session.scalars(query)]

    def delete_forever(self, conversation_id: str) -> None:
        """Delete a conversation in the trash and all its messages for good (no undo)."""
        with self._db.write() as session:
            row = session.get(Conversation, conversation_id)
            if row is None or not row.deleted:
                raise ConversationNotFound(
                    translate(
                        "Conversations", "There is no conversation {id} in the trash."
                    ).format(id=conversation_id)
                )
            self._purge(session, [conversation_id])

    def empty_trash(self) -> int:
        """Delete every conversation in the trash for good; returns how many went."""
        with self._db.write() as session:
            ids = list(
                session.scalars(
                    select(Conversation.id).where(
                        Conversation.workspace_id == self._workspace_id,
                        Conversation.deleted.is_(True),
                    )
                )
            )
            self._purge(session, ids)
            return len(ids)

    def _purge(self, session: Session, conversation_ids: list[str]) -> None:
        if not conversation_ids:
            return
        message_ids = list(
            session.scalars(select(Message.id).where(Message.conversation_id.in_(conversation_ids)))
        )
        tool_call_ids = list(
            session.scalars(select(ToolCall.id).where(ToolCall.message_id.in_(message_ids)))
        )
        session.expunge_all()  # rows go by statement; no stale ORM object may be flushed after
        self._recorder.purge_many(session, ToolCall, tool_call_ids, workspace_id=self._workspace_id)
        self._recorder.purge_many(session, Message, message_ids, workspace_id=self._workspace_id)
        self._recorder.purge_many(
            session, Conversation, conversation_ids, workspace_id=self._workspace_id
        )

    def messages(self, conversation_id: str) -> list[MessageRecord]:
        """Every message of the conversation, superseded branches included, oldest first."""
        with self._db.read() as session:
            rows = session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id, Message.deleted.is_(False))
                .order_by(Message.created_at_ms, Message.id)
            )
            return [MessageRecord.of(row) for row in rows]

    def thread(self, conversation_id: str, through: str | None = None) -> list[MessageRecord]:
        """The messages a person sees: the newest branch, oldest first; with ``through``, the
        branch that holds that message (one a person browsed to with ‹ ›)."""
        messages = self.messages(conversation_id)
        return branch_through(messages, through) if through else current_branch(messages)

    def message(self, message_id: str) -> MessageRecord:
        with self._db.read() as session:
            row = session.get(Message, message_id)
            if row is None:
                raise ConversationNotFound(
                    translate("Conversations", "There is no message {id}.").format(id=message_id)
                )
            return MessageRecord.of(row)

    def recover_interrupted(self, exclude: Collection[str] = ()) -> int:
        """Mark answers left ``streaming`` by a process that died as ``interrupted``.

        Only for the process that owns the data dir while no other is alive
        (``core.ownership``); ``exclude`` are the answers it is streaming itself. Their text is
        what was saved before the end, a prefix of the answer. Returns how many were recovered.
        """
        with self._db.write() as session:
            rows = list(
                session.scalars(
                    select(Message).where(
                        Message.workspace_id == self._workspace_id,
                        Message.state == MessageState.STREAMING,
                        Message.id.not_in(list(exclude)),
                    )
                )
            )
            # Only this device's: another device's answer in flight arrives "streaming" by
            # sync, and it is not ours to end (its own device settles it).
            device = self._recorder.clock.device
            rows = [
                r
                for r in rows
                if clock_device((r.field_clocks or {}).get("state", "")) in ("", device)
            ]
            for row in rows:
                if row.error:
                    error = row.error
                elif row.content:
                    error = translate(
                        "Conversations",
                        "ConvoSphere closed before this answer was finished. "
                        "What arrived is kept: Continue picks up where it stopped.",
                    )
                else:
                    error = translate(
                        "Conversations",
                        "ConvoSphere closed before any of this answer arrived. Retry asks again.",
                    )
                self._recorder.update(
                    session,
                    row,
                    content=row.content,
                    metrics=dict(row.metrics or {}),
                    state=MessageState.INTERRUPTED,
                    error=error,
                )
            return len(rows)

    def _update(self, conversation_id: str, **fields: object) -> ConversationRecord:
        with self._db.write() as session:
            row = session.get(Conversation, conversation_id)
            if row is None or row.deleted:
                raise ConversationNotFound(
                    translate("Conversations", "There is no conversation {id}.").format(
                        id=conversation_id
                    )
                )
            self._recorder.update(session, row, **fields)
            return ConversationRecord.of(row)

    def _set_deleted(self, conversation_id: str, deleted: bool) -> None:
        with self._db.write() as session:
            row = session.get(Conversation, conversation_id)
            if row is None:
                raise ConversationNotFound(
                    translate("Conversations", "There is no conversation {id}.").format(
                        id=conversation_id
                    )
                )
            self._recorder.update(session, row, deleted=deleted)


def current_branch(messages: Iterable[MessageRecord]) -> list[MessageRecord]:
    """Follow the newest child from the newest root: the thread as last continued."""
    children: dict[str | None, list[MessageRecord]] = defaultdict(list)
    ids = set()
    ordered = sorted(messages, key=lambda m: (m.created_at_ms, m.id))
    for message in ordered:
        ids.add(message.id)
    for message in ordered:
        parent = message.parent_id if message.parent_id in ids else None
        children[parent].append(message)
    branch: list[MessageRecord] = []
    parent_id: str | None = None
    while children.get(parent_id):
        newest = children[parent_id][-1]
        branch.append(newest)
        parent_id = newest.id
    return branch


def branch_through(messages: Iterable[MessageRecord], message_id: str) -> list[MessageRecord]:
    """The thread that holds ``message_id``: its ancestors, it, then its newest descendants
    (the newest branch if there is no such message)."""
    ordered = sorted(messages, key=lambda m: (m.created_at_ms, m.id))
    by_id = {m.id: m for m in ordered}
    if message_id not in by_id:
        return current_branch(ordered)
    path: list[MessageRecord] = []
    at: MessageRecord | None = by_id[message_id]
    while at is not None:
        path.append(at)
        at = by_id.get(at.parent_id) if at.parent_id else None
    path.reverse()
    children: dict[str, list[MessageRecord]] = defaultdict(list)
    for message in ordered:
        if message.parent_id in by_id:
            children[message.parent_id].append(message)
    while children.get(path[-1].id):
        path.append(children[path[-1].id][-1])
    return path


def siblings(messages: Iterable[MessageRecord], message: MessageRecord) -> list[MessageRecord]:
    """The versions of a message: those with its parent and role (regenerated answers, edited
    questions), oldest first; itself among them."""
    ordered = sorted(messages, key=lambda m: (m.created_at_ms, m.id))
    ids = {m.id for m in ordered}
    parent = message.parent_id if message.parent_id in ids else None
    return [
        m
        for m in ordered
        if (m.parent_id if m.parent_id in ids else None) == parent and m.role == message.role
    ]


def untitled() -> str:
    """ "New conversation" in the user's language."""
    return translate("Conversations", UNTITLED)


def title_from(text: str) -> str:
    """An automatic title from the first question: its first line, without Markdown, cut at a
    word near 60 characters."""
    for line in text.splitlines():
        plain = " ".join(re.sub(r"[#*_`>\[\]]+", " ", line).split())
        if plain:
            break
    else:
        return untitled()
    if len(plain) <= TITLE_LENGTH:
        return plain
    cut = plain[:TITLE_LENGTH].rsplit(" ", 1)[0] or plain[:TITLE_LENGTH]
    return cut.rstrip(" ,.;:") + "…"


def _written_by(row: Message, device: str) -> bool:
    """Whether this device set the answer's state (or no clock says who did)."""
    return clock_device((row.field_clocks or {}).get("state", "")) in ("", device)
