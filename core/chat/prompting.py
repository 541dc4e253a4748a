"""What is sent to the model for a turn: the assistant's instructions, retrieved passages
numbered [1]..[n], and the thread up to the question."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from core.chat.providers import ChatMessage, ChatRequest
from core.chat.records import AssistantRecord, MessageRecord
from core.chat.rounds import labelled
from core.chat.tool_loop import strip_tool_cards
from core.sources import SourcePassage

CONTINUE_INSTRUCTION = (
    "Your previous answer was cut off. Continue it exactly where it stopped, without repeating "
    "anything and without any preamble."
    # i18n: not UI (the model reads it)
)


def path_to(messages: Iterable[MessageRecord], message_id: str) -> list[MessageRecord]:
    """The messages from the first one down to ``message_id`` along ``parent_id``, in order."""
    by_id = {m.id: m for m in messages}
    path: list[MessageRecord] = []
    current = by_id.get(message_id)
    while current is not None and current not in path:
        path.append(current)
        current = by_id.get(current.parent_id) if current.parent_id else None
    path.reverse()
    return path


def knowledge_prompt(passages: Sequence[SourcePassage]) -> str:
    """The passages as the system prompt shows them, with how to cite them."""
    if not passages:
        return ""
    lines = [
        "Passages from the user's documents follow, numbered. Use them to answer and cite each "
        "one you use as [n] right after the statement it supports. Do not cite passages you "
        "did not use.",
        # i18n: not UI (the model reads it)
    ]
    for passage in passages:
        lines.append(f"\n[{passage.number}] {passage.where}\n{passage.text.strip()}")
    return "\n".join(lines)


def build_request(
    path: Sequence[MessageRecord],
    assistant: AssistantRecord | None,
    passages: Sequence[SourcePassage] = (),
    *,
    continuing: bool = False,
    labels: Mapping[str, str] | None = None,
    speaker_id: str | None = None,
) -> ChatRequest:
    """The request for the thread ``path``; with ``continuing`` the last message is the answer
    to extend and the model is asked to go on from it.

    With ``labels`` (assistant id → name; a conversation of several assistants) the answers of
    assistants other than ``speaker_id`` reach the model as user text labelled with who gave
    them: they are not its own words, and the labels say whose they are."""
    history: list[ChatMessage] = []
    for message in path:
        # An answer's inline tool cards were for the user; the model saw the results then.
        content = message.content
        role = message.role
        if role == "assistant":
            content = strip_tool_cards(content)
        if role not in ("user", "assistant") or not content.strip():
            continue  # failed answers have nothing to show the model
        author = message.assistant_id
        if labels is not None and role == "assistant" and author and author != speaker_id:
            role = "user"
            content = labelled(labels.get(author, "Another assistant"), content)
        if history and history[-1].role == role:
            # Providers want turns to alternate; two questions in a row become one.
            merged = f"{history[-1].content}\n\n{content}"
            history[-1] = ChatMessage(role, merged)
        else:
            history.append(ChatMessage(role, content))
    if continuing:
        history.append(ChatMessage("user", CONTINUE_INSTRUCTION))
    system = "\n\n".join(
        part
        for part in ((assistant.instructions if assistant else ""), knowledge_prompt(passages))
        if part.strip()
    )
    return ChatRequest(
        messages=tuple(history),
        system=system,
        temperature=assistant.temperature if assistant else None,
        max_tokens=assistant.max_tokens if assistant else None,
    )
