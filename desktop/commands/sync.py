"""``convosphere sync``: sign this device in to a sync server, see where it stands, sync now.

Exit status: 0 when done; 1 when the server cannot be reached or refused (the message says
why; nothing is lost: changes wait in the outbox); 2 for a bad argument.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import TYPE_CHECKING, Any

from core.i18n import datetime_text, number, translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "sync",
        parents=[common],
        help=translate("CliSync", "sign in to a sync server, see its state, sync now"),
    )
    actions = group.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    login = actions.add_parser(
        "login", parents=[common], help=translate("CliSync", "sign this device in")
    )
    login.add_argument(
        "url", help=translate("CliSync", "the server's address, e.g. https://sync.example.com")
    )
    login.add_argument("--email")
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            "CliSync", "read the password from standard input (never from the command line)"
        ),
    )
    way = login.add_mutually_exclusive_group()
    way.add_argument(
        "--sso",
        action="store_true",
        help=translate(
            "CliSync",
            "sign in with your company account in the system browser (single sign-on)",
        ),
    )
    way.add_argument(
        "--ldap",
        action="store_true",
        help=translate(
            "CliSync",
            "check the password against the company directory (LDAP); the server also does "
            "this by itself for the email domains it is set up for",
        ),
    )
    login.set_defaults(handler=run_login)
    logout = actions.add_parser(
        "logout", parents=[common], help=translate("CliSync", "sign this device out")
    )
    logout.set_defaults(handler=run_logout)
    status = actions.add_parser(
        "status", parents=[common], help=translate("CliSync", "where sync stands")
    )
    status.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    status.set_defaults(handler=run_status)
    now = actions.add_parser(
        "now",
        parents=[common],
        help=translate("CliSync", "one push/pull round for every synced workspace"),
    )
    now.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    now.set_defaults(handler=run_now)


def _signed_in(server: object, email: object) -> str:
    return translate("CliSync", "Signed in to {server} as {email}.").format(
        server=server, email=email
    )


def run_login(args: argparse.Namespace, services: Root) -> int:
    from core.errors import UserError
    from sync.client.client import open_sync_client

    client = open_sync_client(services)
    if args.sso:
        if args.email or args.password_stdin:
            message = translate(
                "CliSync", "--sso signs in in the browser: leave out --email and --password-stdin"
            )
            return fail(message, 2)
        try:
            notes = asyncio.run(client.login_sso(args.url, _open_browser))
        except UserError as error:
            return fail(str(error))
        print(_signed_in(client.server_url, services.settings.get("sync.email")))
        for note in notes:
            print(note)
        return 0
    if not args.email or not args.password_stdin:
        message = translate(
            "CliSync", "give --email E --password-stdin (or --sso to sign in in the browser)"
        )
        return fail(message, 2)
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        return fail(translate("CliSync", "no password on standard input"), 2)
    try:
        if args.ldap:
            notes = asyncio.run(client.login_ldap(args.url, args.email, password))
        else:
            notes = asyncio.run(client.login(args.url, args.email, password))
    except UserError as error:
        return fail(str(error))
    print(_signed_in(client.server_url, args.email))
    for note in notes:
        print(note)
    return 0


def _open_browser(url: str) -> None:
    """Open the sign-in page in the system browser, and say so (a remote shell has none)."""
    import webbrowser

    print(translate("CliSync", "Opening your browser to sign in:"), flush=True)
    print(f"  {url}", flush=True)
    if not webbrowser.open(url):
        message = translate(
            "CliSync", "No browser could be opened here: open the address above yourself."
        )
        print(message, flush=True)


def run_logout(args: argparse.Namespace, services: Root) -> int:
    from sync.client.client import open_sync_client

    asyncio.run(open_sync_client(services).logout())
    print(translate("CliSync", "Signed out. Everything stays on this device."))
    return 0


def run_status(args: argparse.Namespace, services: Root) -> int:
    from sync.client.client import open_sync_client

    status = open_sync_client(services).status()
    if args.json:
        print(json.dumps(status.to_json(), indent=2))
        return 0
    if not status.signed_in:
        print(translate("CliSync", "Not signed in: this device keeps its data to itself."))
    else:
        print(_signed_in(status.server_url, status.email))
    for line in status.workspaces:
        mark = "*" if line.current else " "
        state = translate("CliSync", "this device only")
        if line.synced:
            waiting = translate("CliSync", "%n change(s) waiting", None, line.waiting)
            when = translate("CliSync", "last synced {when}").format(
                when=_when(line.last_synced_ms)
            )
            state = f"{waiting} · {when}"
        print(f"{mark} {line.name}  ({state})")
    return 0


def run_now(args: argparse.Namespace, services: Root) -> int:
    from core.errors import UserError
    from desktop.commands.jobs import run_until_done
    from sync.client.client import open_sync_client

    client = open_sync_client(services)
    try:
        reports = asyncio.run(client.sync_now())
    except UserError as error:
        return fail(str(error))
    jobs = [
        job.id
        for job in services.jobs.list(limit=50)
        if job.kind == "knowledge.reprocess" and job.state in ("queued", "running")
    ]
    for job_id in jobs:  # documents that came: indexed here, so search finds them at once
        run_until_done(services, job_id, quiet=True)
    if args.json:
        print(json.dumps([r.to_json() for r in reports], indent=2))
        return 0
    for report in reports:
        sent = translate("CliSync", "sent %n change(s)", None, report.pushed)
        if report.rejected:
            refused = translate("CliSync", "{count} refused").format(
                count=number(len(report.rejected))
            )
            sent = f"{sent}, {refused}"
        message = translate(
            "CliSync", "{workspace}: {sent}, received {pulled}; files up {up}, down {down}."
        )
        print(
            message.format(
                workspace=report.workspace_id,
                sent=sent,
                pulled=number(report.pulled),
                up=number(report.files_up),
                down=number(report.files_down),
            )
        )
        for why in dict.fromkeys([*report.rejected, *report.notices]):
            print(f"  {why}")
    if not reports:
        print(
            translate(
                "CliSync", "No workspace syncs yet: run `convosphere sync login URL --email E`."
            )
        )
    return 0


def _when(stamp_ms: int | None) -> str:
    if stamp_ms is None:
        return translate("CliSync", "never")
    return datetime_text(stamp_ms / 1000)
