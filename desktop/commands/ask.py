"""``convosphere ask``: stream an answer to stdout and save it to the same history as the app.

With two or more ``--assistant`` (or ``--conversation`` of a conversation that has several),
the assistants answer in a round, each under a "── Name ──" heading, each seeing the answers
before its own; ``--summarizer`` adds one that sums the round up. The round stops at the first
answer that does not complete.

Exit status: 0 when the answer completed; 1 when it failed or was cut off (the message says
why, and a partial answer is saved, marked interrupted); 2 for a bad argument; 130 on Ctrl+C
(what arrived is saved, marked stopped).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from core.i18n import translate
from desktop.commands.words import fail, state

if TYPE_CHECKING:
    from core.chat.service import ChatService
    from core.chat.tool_loop import ToolUse
    from core.chat.turns import TurnEvent
    from core.root import Root

PROVIDER_CHOICES = ("openai", "anthropic", "openai_compatible")


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    ask = commands.add_parser(
        "ask",
        parents=[common],
        help=translate(
            "CliAsk", "ask a question; the answer streams to stdout and is saved to your history"
        ),
        description=translate(
            "CliAsk",
            "Ask a question. The answer streams to stdout as it arrives and is saved "
            "to the same history the app shows. Use - as the prompt to read it from stdin.",
        ),
    )
    ask.add_argument("prompt", nargs="+", help=translate("CliAsk", "the question (quote it)"))
    ask.add_argument(
        "--assistant",
        action="append",
        default=[],
        metavar="NAME",
        help=translate(
            "CliAsk",
            "answer as this assistant (name or id); give it twice or more for a round: "
            "each answers in turn, seeing the answers before its own",
        ),
    )
    ask.add_argument(
        "--summarizer",
        metavar="NAME",
        help=translate(
            "CliAsk",
            "with two or more --assistant: this assistant answers last, summing the round up",
        ),
    )
    ask.add_argument(
        "--provider",
        choices=PROVIDER_CHOICES,
        help=translate("CliAsk", "override the model provider"),
    )
    ask.add_argument("--model", metavar="M", help=translate("CliAsk", "override the model"))
    ask.add_argument(
        "--base-url",
        metavar="URL",
        help=translate(
            "CliAsk",
            "address of an OpenAI-compatible server, e.g. "
            "http://127.0.0.1:11434/v1 (implies --provider openai_compatible)",
        ),
    )
    ask.add_argument(
        "--conversation",
        metavar="ID",
        help=translate("CliAsk", "add to this conversation instead of a new one"),
    )
    documents = ask.add_mutually_exclusive_group()
    documents.add_argument(
        "--documents",
        dest="documents",
        action="store_const",
        const=True,
        help=translate(
            "CliAsk", "search your documents and cite them (default: as the assistant says)"
        ),
    )
    documents.add_argument(
        "--no-documents",
        dest="documents",
        action="store_const",
        const=False,
        help=translate("CliAsk", "do not search your documents"),
    )
    ask.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help=translate(
            "CliAsk", "search only documents with this tag (repeatable; implies --documents)"
        ),
    )
    ask.add_argument(
        "--tools",
        action="store_true",
        help=translate(
            "CliAsk",
            "let the model call tools (built-in and your MCP servers'); in a terminal only "
            "read-only ones run",
        ),
    )
    ask.add_argument(
        "--approve-all",
        action="store_true",
        help=translate(
            "CliAsk", "with --tools: also run tools that write or reach the network, without asking"
        ),
    )
    ask.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Root) -> int:
    import asyncio

    from core.chat.conversations import ConversationNotFound
    from core.chat.resolution import ProviderChoice
    from core.chat.rounds import RoundInvalid
    from core.sources import KnowledgeScope

    prompt = " ".join(args.prompt)
    if prompt == "-":
        prompt = sys.stdin.read()
    if not prompt.strip():
        return fail(translate("CliAsk", "the prompt is empty"), 2)
    chat = services.chat
    chosen: list[str] = []
    for name in [*args.assistant, *([args.summarizer] if args.summarizer else [])]:
        assistant = chat.assistants.find(name)
        if assistant is None:
            names = ", ".join(a.name for a in chat.assistants.all())
            message = translate("CliAsk", "no assistant {name} (have: {names})")
            return fail(message.format(name=repr(name), names=names), 2)
        chosen.append(assistant.id)
    summarizer_id = chosen.pop() if args.summarizer else None
    if summarizer_id is not None and len(chosen) < 2:
        return fail(translate("CliAsk", "--summarizer needs two or more --assistant"), 2)
    several = len(chosen) > 1
    first = chosen[0] if several else None
    if args.conversation and not chosen:
        # A conversation of several assistants goes on in rounds, as in the app.
        first = _first_speaker(chat, args.conversation)
    assistant_id = chosen[0] if len(chosen) == 1 else None
    kind = args.provider or ("openai_compatible" if args.base_url else None)
    choice = ProviderChoice(kind, args.model, args.base_url)
    knowledge = None
    if args.documents is not None or args.tag:
        knowledge = KnowledgeScope(use=args.documents is not False, tags=tuple(args.tag))
    try:
        turn = chat.ask(
            prompt,
            conversation_id=args.conversation,
            assistant_id=assistant_id,
            choice=choice,
            knowledge=knowledge,
            answer_as=first,
            assistants=chosen if several else None,
            summarizer_id=summarizer_id,
        )
    except (ConversationNotFound, RoundInvalid) as error:
        return fail(str(error), 2)
    tools = _tool_use(services, args.approve_all) if args.tools or args.approve_all else None
    if first is not None:
        return asyncio.run(_round(chat, turn, choice, tools))
    return asyncio.run(_stream(chat, turn, tools))


def _first_speaker(chat: ChatService, conversation_id: str) -> str | None:
    """The assistant that opens a round of this conversation (None: it has no round)."""
    from core.chat.conversations import ConversationNotFound
    from core.chat.rounds import round_order

    try:
        conversation = chat.conversations.get(conversation_id)
    except ConversationNotFound:
        return None  # ask() says so
    speakers = round_order(conversation, {a.id: a for a in chat.assistants.all()})
    return speakers[0].assistant.id if speakers else None


async def _round(chat: ChatService, first: Any, choice: Any, tools: ToolUse | None) -> int:
    """Each assistant of the round answers in turn under a heading with its name."""
    from core.chat.errors import kept
    from core.chat.events import TextDelta
    from core.chat.records import MessageState
    from core.chat.rounds import Speaker, round_order, run_round

    out = sys.stdout
    conversation = first.conversation
    speakers = round_order(conversation, {a.id: a for a in chat.assistants.all()})
    began: list[Speaker] = []

    def start(speaker: Speaker) -> None:
        if began:
            out.write("\n\n")
        began.append(speaker)
        name = speaker.assistant.name
        if speaker.summarizing:
            name = translate("CliAsk", "{name} (summary)").format(name=name)
        out.write(f"── {name} ──\n")
        out.flush()

    def show(event: TurnEvent) -> None:
        if isinstance(event, TextDelta):
            out.write(event.text)
            out.flush()

    try:
        answers = await run_round(
            chat, first, speakers, on_start=start, on_event=show, choice=choice, tools=tools
        )
    finally:
        await chat.aclose()
    out.write("\n")
    out.flush()
    last = answers[-1].result
    if last.state == MessageState.COMPLETE and len(answers) == len(speakers):
        if sys.stderr.isatty():
            note = translate("CliAsk", "(conversation {id})").format(id=conversation.id)
            print(note, file=sys.stderr)
        return 0
    name = answers[-1].speaker.assistant.name
    if last.error:
        why = str(last.error).replace(kept(), "").strip()
    else:
        why = translate("CliAsk", "its answer {state}.").format(state=state(last.state))
    message = translate(
        "CliAsk",
        "{name}: {why} The round stopped there; the answers so far are saved in conversation {id}.",
    )
    return fail(message.format(name=name, why=why, id=conversation.id))


def _tool_use(services: Root, approve_all: bool) -> ToolUse:
    """Tools for a terminal: read-only ones run, others only with --approve-all."""
    from core.chat.tool_loop import ToolUse
    from core.tools.model import Risk
    from core.tools.runner import Approval, ApprovalRequest

    async def approve(request: ApprovalRequest) -> Approval:
        if approve_all or request.spec.risk is Risk.READ_ONLY:
            return Approval.ONCE
        message = translate("CliAsk", "not running {tool} ({risk}); add --approve-all to allow it.")
        fail(message.format(tool=request.spec.tool, risk=state(request.spec.risk)))
        return Approval.DENY

    runner = services.tools.runner
    return ToolUse(runner, approve, runner.max_steps)


async def _stream(chat: ChatService, turn: Any, tools: ToolUse | None = None) -> int:
    from core.chat.errors import kept
    from core.chat.events import TextDelta
    from core.chat.records import MessageState
    from core.chat.turns import Retrying

    out = sys.stdout

    def show(event: TurnEvent) -> None:
        if isinstance(event, TextDelta):
            out.write(event.text)
            out.flush()
        elif isinstance(event, Retrying):
            retrying = translate("CliAsk", "{error} Retrying…").format(error=event.error)
            print(f"convosphere: {retrying}", file=sys.stderr, flush=True)  # i18n: not UI

    try:
        result = await chat.run(turn, show, tools=tools)
    finally:
        await chat.aclose()
    passages = result.answer.passages
    if (
        (out.isatty() or passages)
        and result.answer.content
        and not result.answer.content.endswith("\n")
    ):
        out.write("\n")
    if passages:
        # The same sources the app shows under the answer; [n] in the text points here.
        out.write("\n" + translate("CliAsk", "Sources:") + "\n")
        for passage in passages:
            out.write(f"[{passage.number}] {passage.where}\n")
    out.flush()
    if result.state == MessageState.COMPLETE:
        if sys.stderr.isatty():
            note = translate("CliAsk", "(conversation {id})").format(id=turn.conversation.id)
            print(note, file=sys.stderr)
        return 0
    # The stored message names the app's Continue and Retry buttons; here, say what to type.
    print(file=sys.stderr)
    fail(str(result.error).replace(kept(), "").strip())
    if result.answer.content:
        conversation = turn.conversation.id
        message = translate(
            "CliAsk",
            "the partial answer is saved in conversation {id} (marked {state}); Continue or "
            "Retry it in the app, or ask on with --conversation {id}.",
        )
        fail(message.format(id=conversation, state=state(result.state)))
    return 1
