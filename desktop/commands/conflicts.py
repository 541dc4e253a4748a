"""``convosphere conflicts``: the versions sync kept when two devices edited the same long text
(an assistant's instructions, a document's file), and choosing between them."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.conflicts import ConflictRecord
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "conflicts",
        parents=[common],
        help=translate("CliConflicts", "versions kept from conflicting edits, and choosing"),
    )
    actions = group.add_subparsers(dest="conflicts_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliConflicts", "every kept version here")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    listing.set_defaults(handler=run_list)
    show = actions.add_parser(
        "show",
        parents=[common],
        help=translate("CliConflicts", "a kept version beside the current"),
    )
    show.add_argument(
        "id", help=translate("CliConflicts", "the version's id (or its first characters)")
    )
    show.set_defaults(handler=run_show)
    for name, text in (
        ("choose", QT_TRANSLATE_NOOP("CliConflicts", "use the kept version (an edit that syncs)")),
        (
            "keep",
            QT_TRANSLATE_NOOP(
                "CliConflicts", "keep the current value; set every kept version of it aside"
            ),
        ),
        ("discard", QT_TRANSLATE_NOOP("CliConflicts", "delete this kept version only")),
    ):
        action = actions.add_parser(name, parents=[common], help=translate("CliConflicts", text))
        action.add_argument(
            "id", help=translate("CliConflicts", "the version's id (or its first characters)")
        )
        action.set_defaults(handler=run_resolve, how=name)


def _find(services: Root, prefix: str) -> ConflictRecord | str:
    """The version an id (or its start) names, or a message saying why there is none."""
    found = [v for v in services.conflicts.all() if v.id.startswith(prefix.strip())]
    if len(found) > 1:
        message = translate(
            "CliConflicts", "“{prefix}” names {count} versions: give more of the id"
        )
        return message.format(prefix=prefix, count=number(len(found)))
    if found:
        return found[0]
    return translate("CliConflicts", "no kept version {prefix} (see `conflicts list`)").format(
        prefix=prefix
    )


def run_list(args: argparse.Namespace, services: Root) -> int:
    versions = services.conflicts.all()
    if args.json:
        print(json.dumps([v.to_json() for v in versions], indent=2))
        return 0
    if not versions:
        print(translate("CliConflicts", "No kept versions: nothing to choose."))
    for version in versions:
        print(f"{version.id}  {version.entity} “{version.item_name}” — {version.field_label}")
    return 0


def run_show(args: argparse.Namespace, services: Root) -> int:
    found = _find(services, args.id)
    if isinstance(found, str):
        return fail(found, 2)
    print(f"{found.entity} “{found.item_name}” — {found.field_label}")
    print("--- " + translate("CliConflicts", "current"))
    print(found.current_text)
    print("--- " + translate("CliConflicts", "kept version"))
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
            message = translate(
                "CliConflicts", "“{name}” uses the kept version now; it syncs as your edit."
            )
            print(message.format(name=found.item_name))
        elif args.how == "keep":
            count = conflicts.keep_current(found.id)
            message = translate(
                "CliConflicts",
                "“{name}” keeps its current value; %n kept version(s) set aside.",
                None,
                count,
            )
            print(message.format(name=found.item_name))
        else:
            conflicts.discard(found.id)
            message = translate("CliConflicts", "The kept version of “{name}” is deleted.")
            print(message.format(name=found.item_name))
    except UserError as error:
        return fail(str(error))
    return 0
