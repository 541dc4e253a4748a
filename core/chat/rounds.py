"""Several assistants in one conversation: who answers, in what order, and what each is told.

A conversation with assistants of its own (``ConversationRecord.assistant_ids``) answers a
question in a *round*: each assistant in turn, each answer the child of the one before, so every
assistant sees the question and the earlier answers of the round, labelled by who gave them.
An optional summarising assistant answers last. ``@Name`` in a question makes only that
assistant answer. Answers record their assistant (``MessageRecord.assistant_id``), which is
what the transcript, the exports and the CLI label them with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.i18n import translate

if TYPE_CHECKING:
    from core.chat.records import AssistantRecord, ConversationRecord
    from core.chat.resolution import ProviderChoice
    from core.chat.service import ChatService
    from core.chat.tool_loop import ToolUse
    from core.chat.turns import Turn, TurnEvent, TurnResult

SUMMARY_INSTRUCTION = (
    "You answer last in this round, to sum it up: summarise the answers the other assistants "
    "({names}) gave to the user's last question, where they agree and where they differ, "
    "naming who said what. Be brief."
    # i18n: not UI (the model reads it)
)
ROUND_INSTRUCTION = (
    "You are {name}, one of several assistants in this conversation ({names}). The other "
    "assistants' answers appear labelled with their names; answer the user's last question in "
    "your own role, building on them where useful."
    # i18n: not UI (the model reads it)
)


class RoundInvalid(ValueError):
    """The conversation's assistants cannot be set this way; the message says why."""


@dataclass(frozen=True)
class Speaker:
    """Who writes an answer of a several-assistant conversation."""

    assistant: AssistantRecord
    summarizing: bool = False


def round_order(
    conversation: ConversationRecord, assistants: Mapping[str, AssistantRecord]
) -> list[Speaker]:
    """The speakers of a round, in order: the conversation's assistants (those not trashed),
    then the summariser, if there is one."""
    speakers = [Speaker(assistants[a]) for a in conversation.assistant_ids if a in assistants]
    summarizer = conversation.summarizer_id
    if summarizer is not None and summarizer in assistants and speakers:
        speakers.append(Speaker(assistants[summarizer], summarizing=True))
    return speakers


def speakers_for(
    text: str,
    assistant_ids: Sequence[str],
    summarizer_id: str | None,
    assistants: Sequence[AssistantRecord],
) -> list[str]:
    """Who answers ``text``, in turn: the assistant it @mentions alone; else the round's
    assistants (those not trashed), then the summariser; else nobody in particular (empty:
    the conversation's one assistant answers, as without several)."""
    mentioned = find_mention(text, assistants)
    if mentioned is not None:
        return [mentioned.id]
    known = {a.id for a in assistants}
    ordered = [a for a in assistant_ids if a in known]
    if ordered and summarizer_id is not None and summarizer_id in known:
        ordered.append(summarizer_id)
    return ordered


_MENTION = re.compile(r"(?:^|(?<=\s))@")


def find_mention(text: str, assistants: Sequence[AssistantRecord]) -> AssistantRecord | None:
    """The assistant that ``text`` names as ``@Name`` (ignoring case; the longest name that
    fits, so "@Code helper" is not taken for "@Code"), or None."""
    folded = text.casefold()
    by_length = sorted(assistants, key=lambda a: len(a.name), reverse=True)
    for match in _MENTION.finditer(folded):
        rest = folded[match.end() :]
        for assistant in by_length:
            name = assistant.name.casefold()
            if rest.startswith(name) and (len(rest) == len(name) or not rest[len(name)].isalnum()):
                return assistant
    return None


def validated_assistants(
    assistant_ids: Sequence[str], summarizer_id: str | None, known: Mapping[str, AssistantRecord]
) -> tuple[list[str], str | None]:
    """The round's assistants (duplicates dropped, order kept) and the summariser, checked."""
    ordered: list[str] = []
    for assistant_id in assistant_ids:
        if assistant_id not in known:
            raise RoundInvalid(
                translate("Rounds", "There is no assistant “{name}”.").format(name=assistant_id)
            )
        if assistant_id not in ordered:
            ordered.append(assistant_id)
    if summarizer_id is not None:
        if summarizer_id not in known:
            raise RoundInvalid(
                translate("Rounds", "There is no assistant “{name}” to summarise.").format(
                    name=summarizer_id
                )
            )
        if summarizer_id in ordered:
            name = known[summarizer_id].name
            raise RoundInvalid(
                translate(
                    "Rounds",
                    "{name} cannot both answer in the round and summarise it: "
                    "choose another summariser, or take it out of the round.",
                ).format(name=name)
            )
        if not ordered:
            raise RoundInvalid(
                translate("Rounds", "A summariser needs assistants whose answers it sums up.")
            )
    return ordered, summarizer_id


def speaker_prompt(
    speaker: AssistantRecord, summarizing: bool, others: Sequence[str], own: str
) -> str:
    """What the system prompt adds for a speaker of a several-assistant conversation."""
    names = ", ".join(others) or "none"
    if not summarizing and not others:
        return own  # asked alone (an @mention) where no others answer: as itself
    if summarizing:
        return f"{own}\n\n{SUMMARY_INSTRUCTION.format(names=names)}".strip()
    everyone = ", ".join([speaker.name, *others])
    return f"{own}\n\n{ROUND_INSTRUCTION.format(name=speaker.name, names=everyone)}".strip()


def labelled(name: str, text: str) -> str:
    """Another assistant's answer as the next speaker reads it."""
    return f"[{name}] said:\n\n{text}"  # i18n: not UI (the model reads it)


@dataclass(frozen=True)
class RoundAnswer:
    """One answer of a round, as it ended."""

    speaker: Speaker
    result: TurnResult


async def run_round(
    chat: ChatService,
    first: Turn,
    speakers: Sequence[Speaker],
    *,
    on_start: Callable[[Speaker], None] | None = None,
    on_event: Callable[[TurnEvent], None] | None = None,
    choice: ProviderChoice | None = None,
    tools: ToolUse | None = None,
) -> list[RoundAnswer]:
    """Stream ``first`` (the first speaker's answer) and then each later speaker's in turn.

    The round ends early when an answer does not complete (failed, stopped, cut off): no
    later assistant starts. ``choice``: the provider override the first turn was prepared
    with (the CLI's --provider/--model), used for every answer; ``tools``: what each may
    call. Cancelling the task stops the answer streaming (saved as ``stopped``) and the
    round with it."""
    from core.chat.records import MessageState

    answers: list[RoundAnswer] = []
    turn = first
    for index, speaker in enumerate(speakers):
        if index:
            previous = answers[-1].result.answer.id
            turn = await chat.in_worker(chat.reply_as, previous, speaker.assistant.id, choice)
        if on_start is not None:
            on_start(speaker)
        result = await chat.run(turn, on_event, tools=tools)
        answers.append(RoundAnswer(speaker, result))
        if result.state != MessageState.COMPLETE:
            break
    return answers
