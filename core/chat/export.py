"""Conversations exported as Markdown (to read) or JSON (to process), the thread as seen."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from core.chat.metrics import describe_metrics
from core.chat.records import ConversationRecord, MessageRecord, MessageState
from core.i18n import QT_TRANSLATE_NOOP, datetime_text, translate

FORMAT_VERSION = 1
_STATE_NOTES = {
    MessageState.INTERRUPTED: QT_TRANSLATE_NOOP(
        "ChatExport", "Interrupted: this answer is incomplete."
    ),
    MessageState.STOPPED: QT_TRANSLATE_NOOP("ChatExport", "Stopped: this answer is incomplete."),
    MessageState.STREAMING: QT_TRANSLATE_NOOP("ChatExport", "Still being written when exported."),
    MessageState.FAILED: QT_TRANSLATE_NOOP("ChatExport", "No answer."),
}


def export_json(
    conversation: ConversationRecord,
    messages: Sequence[MessageRecord],
    assistant_name: str | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """Every message with its role, text, state (e.g. ``interrupted``), error and metrics;
    with ``names`` (assistant id → name), who wrote each answer of several assistants."""
    names = names or {}
    document: dict[str, Any] = {
        "format": "convosphere.conversation",
        "version": FORMAT_VERSION,
        "id": conversation.id,
        "title": conversation.title,
        "assistant": assistant_name,
        "assistants": [names.get(a, a) for a in conversation.assistant_ids],
        "summarizer": (
            names.get(conversation.summarizer_id, conversation.summarizer_id)
            if conversation.summarizer_id
            else None
        ),
        "provider": conversation.provider,
        "model": conversation.model,
        "pinned": conversation.pinned,
        "archived": conversation.archived,
        "created_at": _iso(conversation.created_at_ms),
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "messages": [
            {
                "id": m.id,
                "parent_id": m.parent_id,
                "role": m.role,
                "assistant": _author(m, names),
                "summary": m.assistant_id is not None
                and m.assistant_id == conversation.summarizer_id,
                "text": m.content,
                "state": m.state,
                "error": m.error,
                "provider": m.provider,
                "model": m.model,
                "created_at": _iso(m.created_at_ms),
                "metrics": m.metrics,
                "sources": m.sources,
            }
            for m in messages
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def export_markdown(
    conversation: ConversationRecord,
    messages: Sequence[MessageRecord],
    assistant_name: str | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """A readable document: a heading per turn (an answer's names the assistant that wrote
    it, given ``names``), state notes, metrics and cited sources."""
    names = names or {}
    title = conversation.title or translate("ChatExport", "Conversation")
    lines = [f"# {title}", ""]
    facts = [translate("ChatExport", "Exported {when}").format(when=datetime_text(datetime.now()))]
    if conversation.assistant_ids:
        several = ", ".join(names.get(a, a) for a in conversation.assistant_ids)
        if conversation.summarizer_id:
            summarizer = names.get(conversation.summarizer_id, conversation.summarizer_id)
            several = translate("ChatExport", "{names}; summarised by {name}").format(
                names=several, name=summarizer
            )
        facts.insert(0, translate("ChatExport", "Assistants: {names}").format(names=several))
    elif assistant_name:
        facts.insert(0, translate("ChatExport", "Assistant: {name}").format(name=assistant_name))
    lines += [f"*{' · '.join(facts)}*", ""]
    for message in messages:
        if message.role == "user":
            who = translate("ChatExport", "You")
        else:
            who = _author(message, names) or translate("ChatExport", "Assistant")
        if message.assistant_id and message.assistant_id == conversation.summarizer_id:
            who = translate("ChatExport", "{name}, summary").format(name=who)
        if message.role == "assistant" and message.model:
            who += f" ({message.model})"
        lines += [f"## {who}", ""]
        if message.content:
            lines += [message.content.rstrip(), ""]
        note = _STATE_NOTES.get(MessageState(message.state)) if _known(message.state) else None
        if note:
            reason = f" {message.error}" if message.error else ""
            lines += [f"> **{translate('ChatExport', note)}**{reason}", ""]
        for passage in message.passages:
            lines.append(f"[{passage.number}]: {passage.where}")
        if message.passages:
            lines.append("")
        summary = describe_metrics(message.metrics) if message.metrics else ""
        if summary:
            lines += [f"<sub>{summary}</sub>", ""]  # i18n: not UI (HTML markup)
    return "\n".join(lines).rstrip() + "\n"


def _author(message: MessageRecord, names: Mapping[str, str]) -> str | None:
    """The name of the assistant that wrote an answer of several assistants' (None: the
    conversation's own, or a question)."""
    if message.role != "assistant" or not message.assistant_id:
        return None
    return names.get(message.assistant_id) or translate("ChatExport", "Deleted assistant")


def _known(state: str) -> bool:
    return state in {s.value for s in MessageState}


def _iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")
