"""The team commands of ``convosphere-server``: users' status and roles, invites, the audit log.

    convosphere-server --data-dir DIR users disable|enable EMAIL
    convosphere-server --data-dir DIR users set-role EMAIL --role admin|auditor|none
    convosphere-server --data-dir DIR workspaces invite NAME --role R [--email E] [--hours H]
    convosphere-server --data-dir DIR workspaces set NAME --erase-content anonymise|delete
    convosphere-server --data-dir DIR audit verify
    convosphere-server --data-dir DIR audit export [--since DATE] [--format jsonl|csv] [-o FILE]
    convosphere-server --data-dir DIR audit checkpoint

Every change made here is audited with no actor (an operator at the server) and ``via: cli``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, cast

from sync.server.audit import AuditEvent, csv_lines, export_rows, verify
from sync.server.permissions import ServerRole
from sync.server.schemas import GrantableRole, WorkspaceSettings
from sync.server.services import Services
from sync.server.workspaces import by_name


class TeamCliError(Exception):
    """A message for the person at the terminal; exit status 1."""


def since_ms(text: str) -> int:
    """``YYYY-MM-DD`` or an ISO 8601 date-time (UTC unless it says otherwise), as epoch ms."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def add_team_commands(
    commands: Any, users: argparse._SubParsersAction[Any], workspaces: Any
) -> None:
    """Add the team commands to the CLI's parser (``commands`` is its sub-command list)."""
    for action, what in (("disable", "disable (every session ends now)"), ("enable", "enable")):
        command = users.add_parser(action, help=f"{what} a user")
        command.add_argument("email")
    set_role = users.add_parser("set-role", help="give a user a server role (or none)")
    set_role.add_argument("email")
    set_role.add_argument("--role", required=True, choices=["admin", "auditor", "none"])

    invite = workspaces.add_parser("invite", help="make an invite code for a workspace")
    invite.add_argument("name", help="workspace name or id")
    invite.add_argument("--role", required=True, choices=["admin", "editor", "viewer"])
    invite.add_argument("--email", help="only this account may redeem it")
    invite.add_argument("--hours", type=int, default=168, help="valid for (default 168)")

    settings = workspaces.add_parser("set", help="change a team workspace's settings")
    settings.add_argument("name", help="workspace name or id")
    settings.add_argument(
        "--erase-content",
        required=True,
        choices=["anonymise", "delete"],
        help="what happens to an erased member's content here (default: anonymise)",
    )

    audit = commands.add_parser("audit", help="the audit log").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    audit.add_parser("verify", help="walk the hash chain and check the signed checkpoints")
    export = audit.add_parser("export", help="write the entries (oldest first)")
    export.add_argument("--since", type=since_ms, metavar="DATE", help="from this date (UTC)")
    export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    audit.add_parser("checkpoint", help="sign the chain's head now")


def run_team_command(services: Services, args: argparse.Namespace) -> int | None:
    """Run a team command; None if the command is not one of them."""
    if args.command == "users" and args.action in ("disable", "enable", "set-role"):
        with services.db.read() as session:
            user_id = services.accounts.user_id_by_email(session, args.email)
        if args.action == "set-role":
            role = None if args.role == "none" else cast(ServerRole, args.role)
            services.accounts.set_server_role(user_id, role, None)
            print(f"{args.email} now has the server role {args.role}.")
        else:
            services.accounts.set_disabled(user_id, args.action == "disable", None)
            done = "disabled: every session ended" if args.action == "disable" else "enabled"
            print(f"{args.email} is {done}.")
        return 0
    if args.command == "workspaces" and args.action == "set":
        with services.db.read() as session:
            workspace_id = by_name(session, args.name).id
        services.members.set_settings(
            workspace_id, WorkspaceSettings(erase_content=args.erase_content), None
        )
        print(f"{args.name}: an erased member's content is now {args.erase_content}d here.")
        return 0
    if args.command == "workspaces" and args.action == "invite":
        if not 1 <= args.hours <= 720:
            raise TeamCliError("--hours must be between 1 and 720.")
        invite = services.members.invite_by_name(
            args.name, cast(GrantableRole, args.role), args.email, args.hours
        )
        print(invite.code)
        print(
            f"Invite to {args.name!r} as {args.role}, valid until "
            f"{datetime.fromtimestamp(invite.expires_at_ms / 1000, UTC):%Y-%m-%d %H:%M} UTC.",
            file=sys.stderr,
        )
        return 0
    if args.command != "audit":
        return None
    if args.action == "verify":
        return _verify(services)
    if args.action == "checkpoint":
        seq = services.audit.checkpoint()
        print("The audit log is empty." if seq is None else f"Signed checkpoint at entry {seq}.")
        return 0
    return _export(services, args)


def _verify(services: Services) -> int:
    report = verify(services.db, services.audit.signer)
    if report.ok:
        print(
            f"The audit log is intact: {report.entries} entries, {report.checkpoints} signed "
            f"checkpoints (key {services.audit.signer.key_id})."
        )
        return 0
    print(
        f"convosphere-server: the audit log is broken at entry {report.bad_seq}: {report.problem}",
        file=sys.stderr,
    )
    return 2


def _export(services: Services, args: argparse.Namespace) -> int:
    services.audit.record(
        AuditEvent(
            "audit.export",
            details={"format": args.format, "since_ms": args.since, "via": "cli"},
        )
    )
    rows = export_rows(services.db, args.since)
    out: IO[str]
    out = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        if args.format == "csv":
            for line in csv_lines(rows):
                out.write(line)
        else:
            for row in rows:
                out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 0
