"""``convosphere tags``: list, create, rename, merge and delete tags."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from desktop.commands.jobs import fail

if TYPE_CHECKING:
    from core.library.tags import TagService
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    tags = commands.add_parser("tags", parents=[common], help="list and edit tags")
    actions = tags.add_subparsers(dest="tags_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="every tag with its documents")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run, action=list_tags)
    create = actions.add_parser("create", parents=[common], help="make a tag")
    create.add_argument("name")
    create.add_argument("--color", default="", help="#rrggbb (default: picked from the name)")
    create.add_argument("--description", default="")
    create.set_defaults(handler=run, action=create_tag)
    rename = actions.add_parser("rename", parents=[common], help="give a tag a new name")
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(handler=run, action=rename_tag)
    merge = actions.add_parser("merge", parents=[common], help="fold tags into another")
    merge.add_argument("sources", nargs="+", metavar="SRC")
    merge.add_argument("--into", required=True, metavar="DST")
    merge.set_defaults(handler=run, action=merge_tags)
    delete = actions.add_parser(
        "delete", parents=[common], help="delete a tag (documents are kept)"
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
        print("No tags yet. Make one with: convosphere tags create NAME")
    width = max((len(t.name) for t in found), default=0)
    for tag in found:
        print(f"{tag.name:<{width}}  {tag.color:<7}  {tag.document_count:>6} documents")
    return 0


def create_tag(args: argparse.Namespace, tags: TagService) -> int:
    tag = tags.create(args.name, args.color, args.description)
    print(f"Made the tag “{tag.name}” ({tag.color}).")
    return 0


def rename_tag(args: argparse.Namespace, tags: TagService) -> int:
    tag = tags.rename(args.old, args.new)
    print(f"Renamed “{args.old}” to “{tag.name}”.")
    return 0


def merge_tags(args: argparse.Namespace, tags: TagService) -> int:
    result = tags.merge(args.sources, args.into)
    print(
        f"Merged {result.removed_tags} tag(s) into “{args.into}”: {result.moved} document(s) "
        f"moved, {result.collapsed} already had it."
    )
    return 0


def delete_tag(args: argparse.Namespace, tags: TagService) -> int:
    removed = tags.delete(args.name)
    print(f"Deleted the tag “{args.name}”; it was removed from {removed} document(s).")
    return 0
