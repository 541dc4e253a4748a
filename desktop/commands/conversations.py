"""``convosphere conversations list|export``: read the chat history without the app."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "conversations", parents=[common], help="list or export conversations"
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list conversations")
    listing.add_argument("--search", metavar="TEXT", default="", help="in titles and messages")
    listing.add_argument("--archived", action="store_true", help="list archived ones instead")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)
    export = actions.add_parser("export", parents=[common], help="export one conversation")
    export.add_argument("id", help="the conversation's id (see `conversations list`)")
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace, services: Root) -> int:

    chat = services.chat
    found = chat.conversations.search(args.search, archived=args.archived)
    if args.json:
        rows = [
            {
                "id": c.id,
                "title": c.title,
                "pinned": c.pinned,
                "archived": c.archived,
                "last_message_at_ms": c.last_message_at_ms,
            }
            for c in found
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(
            "No conversations." if not args.search else f"No conversation mentions {args.search!r}."
        )
        return 0
    for c in found:
        when = datetime.fromtimestamp((c.last_message_at_ms or c.created_at_ms) / 1000)
        pin = "*" if c.pinned else " "
        print(f"{c.id}  {when:%Y-%m-%d %H:%M} {pin} {c.title}")
    return 0


def run_export(args: argparse.Namespace, services: Root) -> int:
    from core.chat.conversations import ConversationNotFound
    from core.chat.export import export_json, export_markdown

    chat = services.chat
    try:
        conversation = chat.conversations.get(args.id)
    except ConversationNotFound as error:
        print(f"convosphere: {error}", file=sys.stderr)
        return 2
    assistant = (
        chat.assistants.get(conversation.assistant_id) if conversation.assistant_id else None
    )
    thread = chat.conversations.thread(conversation.id)
    write = export_json if args.format == "json" else export_markdown
    text = write(conversation, thread, assistant.name if assistant else None)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
