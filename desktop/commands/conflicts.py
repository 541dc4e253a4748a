"""``convosphere conflicts``: the versions sync kept when two devices edited the same long text
(an assistant's instructions, a document's file), and choosing between them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.conflicts import ConflictRecord
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "conflicts", parents=[common], help="versions kept from conflicting edits, and choosing"
    )
    actions = group.add_subparsers(dest="conflicts_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="every kept version here")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", parents=[common], help="a kept version beside the current")
    show.add_argument("id", help="the version's id (or its first characters)")
    show.set_defaults(handler=run_show)
    for name, text in (
        ("choose", "use the kept version (an edit that syncs)"),
        ("keep", "keep the current value; set every kept version of it aside"),
        ("discard", "delete this kept version only"),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("id", help="the version's id (or its first characters)")
        action.set_defaults(handler=run_resolve, how=name)


def fail(message: str, status: int = 1) -> int:
    print(f"convosphere: {message}", file=sys.stderr)
    return status


def _find(services: Root, prefix: str) -> ConflictRecord | str:
    """The version an id (or its start) names, or a message saying why there is none."""
    found = [v for v in services.conflicts.all() if v.id.startswith(prefix.strip())]
    if len(found) > 1:
        return f"“{prefix}” names {len(found)} versions: give more of the id"
    return found[0] if found else f"no kept version {prefix} (see `conflicts list`)"


def run_list(args: argparse.Namespace, services: Root) -> int:
    versions = services.conflicts.all()
    if args.json:
        print(json.dumps([v.to_json() for v in versions], indent=2))
        return 0
    if not versions:
        print("No kept versions: nothing to choose.")
    for version in versions:
        print(f"{version.id}  {version.entity} “{version.item_name}” — {version.field_label}")
    return 0


def run_show(args: argparse.Namespace, services: Root) -> int:
    found = _find(services, args.id)
    if isinstance(found, str):
        return fail(found, 2)
    print(f"{found.entity} “{found.item_name}” — {found.field_label}")
    print("--- current")
    print(found.current_text)
    print("--- kept version")
    print(found.value_text)
    return 0


def run_resolve(args: argparse.Namespace, services: Root) -> int:
    from core.errors import UserError

    found = _find(services, args.id)
    if isinstance(found, str):
        return fail(found, 2)
    conflicts = services.conflicts
    try:
        if args.how == "choose":
            conflicts.choose(found.id)
            print(f"“{found.item_name}” uses the kept version now; it syncs as your edit.")
        elif args.how == "keep":
            count = conflicts.keep_current(found.id)
            print(
                f"“{found.item_name}” keeps its current value; {count} kept version(s) set aside."
            )
        else:
            conflicts.discard(found.id)
            print(f"The kept version of “{found.item_name}” is deleted.")
    except UserError as error:
        return fail(str(error))
    return 0
