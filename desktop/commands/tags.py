"""``convosphere tags``: list, create, rename, merge and delete tags."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from core.i18n import number, translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.library.tags import TagService
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    tags = commands.add_parser(
        "tags", parents=[common], help=translate("CliTags", "list and edit tags")
    )
    actions = tags.add_subparsers(dest="tags_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliTags", "every tag with its documents")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    listing.set_defaults(handler=run, action=list_tags)
    create = actions.add_parser("create", parents=[common], help=translate("CliTags", "make a tag"))
    create.add_argument("name")
    create.add_argument(
        "--color", default="", help=translate("CliTags", "#rrggbb (default: picked from the name)")
    )
    create.add_argument("--description", default="")
    create.set_defaults(handler=run, action=create_tag)
    rename = actions.add_parser(
        "rename", parents=[common], help=translate("CliTags", "give a tag a new name")
    )
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(handler=run, action=rename_tag)
    merge = actions.add_parser(
        "merge", parents=[common], help=translate("CliTags", "fold tags into another")
    )
    merge.add_argument("sources", nargs="+", metavar="SRC")
    merge.add_argument("--into", required=True, metavar="DST")
    merge.set_defaults(handler=run, action=merge_tags)
    delete = actions.add_parser(
        "delete", parents=[common], help=translate("CliTags", "delete a tag (documents are kept)")
    )
    delete.add_argument("name")
    delete.set_defaults(handler=run, action=delete_tag)


def run(args: argparse.Namespace, services: Root) -> int:
    from core.library.tags import TagError

    tags = services.library.tags
    try:
        return int(args.action(args, tags))
    except TagError as exc:
        return fail(str(exc))


def list_tags(args: argparse.Namespace, tags: TagService) -> int:
    found = tags.list_tags()
    if args.json:
        print(json.dumps([t.__dict__ for t in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(translate("CliTags", "No tags yet. Make one with: convosphere tags create NAME"))
    width = max((len(t.name) for t in found), default=0)
    for tag in found:
        documents = translate("CliTags", "{count} document(s)", None, tag.document_count)
        count = f"{number(tag.document_count):>6}"
        print(f"{tag.name:<{width}}  {tag.color:<7}  {documents.format(count=count)}")
    return 0


def create_tag(args: argparse.Namespace, tags: TagService) -> int:
    tag = tags.create(args.name, args.color, args.description)
    print(
        translate("CliTags", "Made the tag “{name}” ({color}).").format(
            name=tag.name, color=tag.color
        )
    )
    return 0


def rename_tag(args: argparse.Namespace, tags: TagService) -> int:
    tag = tags.rename(args.old, args.new)
    print(translate("CliTags", "Renamed “{old}” to “{new}”.").format(old=args.old, new=tag.name))
    return 0


def merge_tags(args: argparse.Namespace, tags: TagService) -> int:
    result = tags.merge(args.sources, args.into)
    merged = translate("CliTags", "Merged %n tag(s) into “{name}”:", None, result.removed_tags)
    moved = translate("CliTags", "%n document(s) moved", None, result.moved)
    had = translate("CliTags", "{count} already had it.").format(count=number(result.collapsed))
    print(f"{merged.format(name=args.into)} {moved}, {had}")
    return 0


def delete_tag(args: argparse.Namespace, tags: TagService) -> int:
    removed = tags.delete(args.name)
    message = translate(
        "CliTags", "Deleted the tag “{name}”; it was removed from %n document(s).", None, removed
    )
    print(message.format(name=args.name))
    return 0
