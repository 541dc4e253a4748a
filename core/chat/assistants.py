"""Assistants (personas): create, edit, delete to the trash, and a few good defaults.

Blocking (SQLite): the GUI calls these from a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select

from core.changes import ChangeRecorder
from core.chat.records import AssistantRecord
from core.db.models import Assistant, Tombstone
from core.db.session import Database
from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, number, translate
from core.ids import natural_id

PROVIDER_KINDS = ("openai", "anthropic", "openai_compatible")

DEFAULT_ASSISTANTS: tuple[tuple[str, AssistantRecord], ...] = (
    (
        "general",
        AssistantRecord(
            id="",
            name=QT_TRANSLATE_NOOP("Assistants", "General assistant"),
            instructions=QT_TRANSLATE_NOOP(
                "Assistants",
                "You are a helpful, precise assistant. Answer in Markdown; keep answers as short "
                "as the question allows. When you are not sure, say so.",
            ),
        ),
    ),
    (
        "writing",
        AssistantRecord(
            id="",
            name=QT_TRANSLATE_NOOP("Assistants", "Writing editor"),
            instructions=QT_TRANSLATE_NOOP(
                "Assistants",
                "You are a careful editor. Improve clarity, grammar and flow while keeping the "
                "author's voice, and explain any significant change in one line.",
            ),
            temperature=0.4,
        ),
    ),
    (
        "code",
        AssistantRecord(
            id="",
            name=QT_TRANSLATE_NOOP("Assistants", "Code helper"),
            instructions=QT_TRANSLATE_NOOP(
                "Assistants",
                "You are an experienced programmer. Give working code in fenced code blocks "
                "that name their language, explain it briefly, and point out pitfalls.",
            ),
            temperature=0.2,
        ),
    ),
    (
        "research",
        AssistantRecord(
            id="",
            name=QT_TRANSLATE_NOOP("Assistants", "Research with my documents"),
            instructions=QT_TRANSLATE_NOOP(
                "Assistants",
                "Answer from the numbered passages of the user's documents and cite them as "
                "[1], [2]. If the passages do not answer the question, say so plainly.",
            ),
            knowledge_enabled=True,
            temperature=0.2,
        ),
    ),
)


class AssistantInvalid(UserError, ValueError):
    """An assistant field has a value it cannot take; the message says which and why."""


class AssistantStore:
    """The workspace's assistants."""

    def __init__(self, database: Database, recorder: ChangeRecorder, workspace_id: str) -> None:
        self._db = database
        self._recorder = recorder
        self._workspace_id = workspace_id

    def all(self) -> list[AssistantRecord]:
        """Assistants not in the trash, by name."""
        with self._db.read() as session:
            rows = session.scalars(
                select(Assistant)
                .where(Assistant.workspace_id == self._workspace_id, Assistant.deleted.is_(False))
                .order_by(func.lower(Assistant.name))
            )
            return [AssistantRecord.of(row) for row in rows]

    def get(self, assistant_id: str) -> AssistantRecord | None:
        with self._db.read() as session:
            row = session.get(Assistant, assistant_id)
            return None if row is None or row.deleted else AssistantRecord.of(row)

    def names(self) -> dict[str, str]:
        """Every assistant's name by id, trashed ones too: their answers keep their label."""
        with self._db.read() as session:
            rows = session.execute(
                select(Assistant.id, Assistant.name).where(
                    Assistant.workspace_id == self._workspace_id
                )
            )
            return {row.id: row.name for row in rows}

    def find(self, name_or_id: str) -> AssistantRecord | None:
        """An assistant by id, or by name ignoring case."""
        found = self.get(name_or_id)
        if found is not None:
            return found
        key = name_or_id.strip().casefold()
        return next((a for a in self.all() if a.name.casefold() == key), None)

    def create(self, assistant: AssistantRecord) -> AssistantRecord:
        fields = _validated(assistant)
        with self._db.write() as session:
            row = self._recorder.create(
                session, Assistant, workspace_id=self._workspace_id, **fields
            )
            return AssistantRecord.of(row)

    def update(self, assistant: AssistantRecord) -> AssistantRecord:
        """Save the editable fields of an existing assistant (only changed ones are recorded)."""
        fields = _validated(assistant)
        with self._db.write() as session:
            row = session.get(Assistant, assistant.id)
            if row is None:
                raise AssistantInvalid(translate("Assistants", "That assistant no longer exists."))
            self._recorder.update(session, row, **fields)
            return AssistantRecord.of(row)

    def delete(self, assistant_id: str) -> None:
        """Move to the trash; conversations that used it keep working with the defaults."""
        self._set_deleted(assistant_id, True)

    def restore(self, assistant_id: str) -> None:
        self._set_deleted(assistant_id, False)

    def ensure_defaults(self) -> list[AssistantRecord]:
        """Add the default assistants that were never made in this workspace.

        Their ids derive from the workspace, so two devices seeding offline agree, and one the
        user deleted (trashed or for good) is not brought back. Name and instructions are
        written in the language active now: from then on they are the user's text to edit.
        """
        with self._db.write() as session:
            for key, template in DEFAULT_ASSISTANTS:
                row_id = natural_id("default-assistant", self._workspace_id, key)
                gone = session.get(Tombstone, ("assistant", row_id)) is not None
                if session.get(Assistant, row_id) is None and not gone:
                    # Seeded, not recorded: every device makes the same row, and an edit made
                    # on any device must win over this one's later seeding.
                    self._recorder.seed(
                        session,
                        Assistant,
                        workspace_id=self._workspace_id,
                        id=row_id,
                        **_validated(
                            replace(
                                template,
                                id=row_id,
                                name=translate("Assistants", template.name),
                                instructions=translate("Assistants", template.instructions),
                            )
                        ),
                    )
        return self.all()

    def _set_deleted(self, assistant_id: str, deleted: bool) -> None:
        with self._db.write() as session:
            row = session.get(Assistant, assistant_id)
            if row is not None:
                self._recorder.update(session, row, deleted=deleted)


def _validated(assistant: AssistantRecord) -> dict[str, Any]:
    name = assistant.name.strip()
    if not name:
        raise AssistantInvalid(translate("Assistants", "An assistant needs a name."))
    if len(name) > 200:
        raise AssistantInvalid(
            translate(
                "Assistants", "An assistant's name can be at most {count} characters."
            ).format(count=number(200))
        )
    if assistant.provider is not None and assistant.provider not in PROVIDER_KINDS:
        raise AssistantInvalid(
            translate("Assistants", "Unknown model provider “{name}”.").format(
                name=assistant.provider
            )
        )
    temperature = assistant.temperature
    if temperature is not None and not 0 <= temperature <= 2:
        raise AssistantInvalid(translate("Assistants", "Temperature must be between 0 and 2."))
    max_tokens = assistant.max_tokens
    if max_tokens is not None and not 1 <= max_tokens <= 1_000_000:
        raise AssistantInvalid(translate("Assistants", "Max tokens must be a positive number."))
    tools = sorted({t.strip() for t in assistant.allowed_tools if t.strip()})
    fields = replace(
        assistant,
        name=name,
        model=(assistant.model or "").strip() or None,
        allowed_tools=tools,
    ).fields()
    return fields
