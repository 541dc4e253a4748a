"""``convosphere workspaces``: list this device's workspaces, choose the current one, publish a
local one to the sync server or replicate one from it."""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import TYPE_CHECKING, Any

from core.i18n import translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "workspaces",
        parents=[common],
        help=translate("CliWorkspaces", "list, choose, share or join workspaces"),
    )
    actions = group.add_subparsers(dest="workspaces_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliWorkspaces", "this device's workspaces")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    listing.set_defaults(handler=run_list)
    use = actions.add_parser(
        "use", parents=[common], help=translate("CliWorkspaces", "the workspace commands work in")
    )
    use.add_argument("name", help=translate("CliWorkspaces", "its name or id"))
    use.set_defaults(handler=run_use)
    share = actions.add_parser(
        "share",
        parents=[common],
        help=translate("CliWorkspaces", "publish a workspace of this device to the sync server"),
    )
    share.add_argument("name", help=translate("CliWorkspaces", "its name or id"))
    share.set_defaults(handler=run_share)
    join = actions.add_parser(
        "join",
        parents=[common],
        help=translate("CliWorkspaces", "replicate a server workspace you are a member of"),
    )
    join.add_argument("name", help=translate("CliWorkspaces", "its name or id on the server"))
    join.set_defaults(handler=run_join)


def _unknown(name: str) -> int:
    message = translate(
        "CliWorkspaces", "no workspace called “{name}” on this device (see `workspaces list`)"
    )
    return fail(message.format(name=name), 2)


def run_list(args: argparse.Namespace, services: Root) -> int:
    from sync.client.client import open_sync_client

    lines = open_sync_client(services).status().workspaces
    if args.json:
        print(json.dumps([line.to_json() for line in lines], indent=2))
        return 0
    for line in lines:
        mark = "*" if line.current else " "
        if line.synced:
            where = translate("CliWorkspaces", "synced, id {id}")
        else:
            where = translate("CliWorkspaces", "this device only, id {id}")
        print(f"{mark} {line.name}  ({where.format(id=line.id)})")
    return 0


def _find(services: Root, name: str) -> str | None:
    from sync.client.client import open_sync_client

    lines = open_sync_client(services).status().workspaces
    found = [w for w in lines if w.id == name or w.name.casefold() == name.casefold()]
    return found[0].id if found else None


def run_use(args: argparse.Namespace, services: Root) -> int:
    workspace_id = _find(services, args.name)
    if workspace_id is None:
        return _unknown(args.name)
    services.settings.set("workspace.current", workspace_id)
    print(translate("CliWorkspaces", "Commands now work in “{name}”.").format(name=args.name))
    return 0


def run_share(args: argparse.Namespace, services: Root) -> int:
    from core.errors import UserError
    from sync.client.client import open_sync_client

    workspace_id = _find(services, args.name)
    if workspace_id is None:
        return _unknown(args.name)
    try:
        info = asyncio.run(open_sync_client(services).share(workspace_id))
    except UserError as error:
        return fail(str(error))
    message = translate(
        "CliWorkspaces", "“{name}” is on the server now; `sync now` sends its contents."
    )
    print(message.format(name=info.name))
    return 0


def run_join(args: argparse.Namespace, services: Root) -> int:
    from core.errors import UserError
    from sync.client.client import open_sync_client

    try:
        info = asyncio.run(open_sync_client(services).join(args.name))
    except UserError as error:
        return fail(str(error))
    message = translate(
        "CliWorkspaces", "“{name}” ({role}) will sync to this device; `sync now` fetches it."
    )
    print(message.format(name=info.name, role=info.role))
    return 0
