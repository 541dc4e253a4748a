"""``convosphere conversations list|export|trash|restore``: the chat history without the app."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.i18n import datetime_text, translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "conversations",
        parents=[common],
        help=translate("CliConversations", "list, export, trash or restore conversations"),
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliConversations", "list conversations")
    )
    listing.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help=translate("CliConversations", "in titles and messages"),
    )
    shown = listing.add_mutually_exclusive_group()
    shown.add_argument(
        "--archived",
        action="store_true",
        help=translate("CliConversations", "list archived ones instead"),
    )
    shown.add_argument(
        "--trash",
        action="store_true",
        help=translate("CliConversations", "list the ones in the trash instead"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    listing.set_defaults(handler=run_list)
    export = actions.add_parser(
        "export", parents=[common], help=translate("CliConversations", "export one conversation")
    )
    export.add_argument(
        "id", help=translate("CliConversations", "the conversation's id (see `conversations list`)")
    )
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument(
        "--output",
        metavar="FILE",
        help=translate("CliConversations", "write to FILE instead of stdout"),
    )
    export.set_defaults(handler=run_export)
    trash = actions.add_parser(
        "trash",
        parents=[common],
        help=translate("CliConversations", "move a conversation to the trash"),
    )
    trash.add_argument(
        "id", help=translate("CliConversations", "the conversation's id (see `conversations list`)")
    )
    trash.set_defaults(handler=run_trash)
    restore = actions.add_parser(
        "restore",
        parents=[common],
        help=translate("CliConversations", "bring a conversation back from the trash"),
    )
    restore.add_argument(
        "id",
        help=translate(
            "CliConversations", "the conversation's id (see `conversations list --trash`)"
        ),
    )
    restore.set_defaults(handler=run_restore)


def run_trash(args: argparse.Namespace, services: Root) -> int:
    return _move(services, args.id, to_trash=True)


def run_restore(args: argparse.Namespace, services: Root) -> int:
    return _move(services, args.id, to_trash=False)


def _move(services: Root, conversation_id: str, *, to_trash: bool) -> int:
    from core.chat.conversations import ConversationNotFound

    store = services.chat.conversations
    in_trash = {c.id: c for c in store.trashed()}
    if to_trash and conversation_id in in_trash:
        print(
            translate("CliConversations", "{id} is already in the trash.").format(
                id=conversation_id
            )
        )
        return 0
    if not to_trash and conversation_id not in in_trash:
        try:
            store.get(conversation_id)
        except ConversationNotFound:
            message = translate("CliConversations", "There is no conversation {id}.")
            return fail(message.format(id=conversation_id), 2)
        print(translate("CliConversations", "{id} is not in the trash.").format(id=conversation_id))
        return 0
    try:
        title = (
            in_trash[conversation_id].title if not to_trash else store.get(conversation_id).title
        )
        (store.trash if to_trash else store.restore)(conversation_id)
    except ConversationNotFound as error:
        return fail(str(error), 2)
    title = title or translate("CliConversations", "New conversation")
    if to_trash:
        message = translate("CliConversations", "Moved to the trash: {title} ({id})")
    else:
        message = translate("CliConversations", "Restored: {title} ({id})")
    print(message.format(title=title, id=conversation_id))
    return 0


def run_list(args: argparse.Namespace, services: Root) -> int:

    chat = services.chat
    if args.trash:
        needle = args.search.strip().lower()
        found = [c for c in chat.conversations.trashed() if needle in c.title.lower()]
    else:
        found = chat.conversations.search(args.search, archived=args.archived)
    if args.json:
        rows = [
            {
                "id": c.id,
                "title": c.title,
                "pinned": c.pinned,
                "archived": c.archived,
                "trashed": args.trash,
                "last_message_at_ms": c.last_message_at_ms,
            }
            for c in found
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not found:
        if args.trash:
            print(
                translate("CliConversations", "The trash is empty.")
                if not args.search
                else translate("CliConversations", "Nothing in the trash matches {text}.").format(
                    text=repr(args.search)
                )
            )
        else:
            print(
                translate("CliConversations", "No conversations.")
                if not args.search
                else translate("CliConversations", "No conversation mentions {text}.").format(
                    text=repr(args.search)
                )
            )
        return 0
    for c in found:
        when = datetime.fromtimestamp((c.last_message_at_ms or c.created_at_ms) / 1000)
        pin = "*" if c.pinned else " "
        print(f"{c.id}  {datetime_text(when)} {pin} {c.title}")
    return 0


def run_export(args: argparse.Namespace, services: Root) -> int:
    from core.chat.conversations import ConversationNotFound
    from core.chat.export import export_json, export_markdown

    chat = services.chat
    try:
        conversation = chat.conversations.get(args.id)
    except ConversationNotFound as error:
        return fail(str(error), 2)
    assistant = (
        chat.assistants.get(conversation.assistant_id) if conversation.assistant_id else None
    )
    thread = chat.conversations.thread(conversation.id)
    write = export_json if args.format == "json" else export_markdown
    text = write(
        conversation, thread, assistant.name if assistant else None, chat.assistants.names()
    )
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
