"""``convosphere-server``: run the team server and administer it.

    convosphere-server --data-dir DIR serve [--host H --port P] [--auth-config FILE]
    convosphere-server --data-dir DIR users create EMAIL --password-stdin
    convosphere-server --data-dir DIR workspaces create NAME --owner EMAIL
    convosphere-server --data-dir DIR workspaces add-member NAME EMAIL --role editor|viewer
    convosphere-server --data-dir DIR migrate
    convosphere-server --data-dir DIR compact [--workspace NAME]
    (and the team commands: users disable|enable|set-role, workspaces invite, audit verify|
    export|checkpoint; see ``sync.server.cli_team``)

``--data-dir`` holds the SQLite ``server.db`` and ``blobs/``; with ``--database-url
postgresql://…`` (or ``CONVOSPHERE_SERVER_DATABASE_URL``) the database is PostgreSQL and the data
dir holds only blobs; with ``--blob-url s3://bucket/prefix`` (or ``CONVOSPHERE_SERVER_BLOB_URL``,
and ``--s3-endpoint-url`` for a store other than AWS) the blobs are in S3-compatible storage.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import cast

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from sync.protocol import WorkspaceRole
from sync.server.auth_config import AuthConfig, AuthConfigError
from sync.server.cli_team import TeamCliError, add_team_commands, run_team_command
from sync.server.config import ServerConfig
from sync.server.db import SchemaOutOfDate, migrate
from sync.server.errors import ServerError
from sync.server.models import Workspace
from sync.server.services import Services, build_services
from sync.server.workspaces import by_name

DATABASE_URL_ENV = "CONVOSPHERE_SERVER_DATABASE_URL"
AUTH_CONFIG_ENV = "CONVOSPHERE_SERVER_AUTH_CONFIG"
BLOB_URL_ENV = "CONVOSPHERE_SERVER_BLOB_URL"
S3_ENDPOINT_URL_ENV = "CONVOSPHERE_SERVER_S3_ENDPOINT_URL"


class CliError(Exception):
    """A message for the person at the terminal; exit status 1."""


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="convosphere-server", description=__doc__.split("\n")[0])
    main.add_argument("--data-dir", type=Path, help="folder of server.db (SQLite) and blobs/")
    main.add_argument(
        "--database-url",
        default=os.environ.get(DATABASE_URL_ENV),
        help=f"postgresql://… instead of SQLite (or ${DATABASE_URL_ENV})",
    )
    _add_blob_options(main, from_env=True)
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument(
        "--auth-config",
        type=Path,
        default=os.environ.get(AUTH_CONFIG_ENV),
        metavar="FILE",
        help="TOML: single sign-on (OIDC), LDAP and group→role mapping "
        f"(see sync/server/auth_config.py; or ${AUTH_CONFIG_ENV})",
    )
    _add_blob_options(serve, from_env=False)

    users = commands.add_parser("users", help="local accounts").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create_user = users.add_parser("create", help="create a user")
    create_user.add_argument("email")
    create_user.add_argument(
        "--password-stdin", action="store_true", required=True, help="read the password on stdin"
    )

    workspaces = commands.add_parser("workspaces", help="team workspaces").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create_ws = workspaces.add_parser("create", help="create a team workspace")
    create_ws.add_argument("name")
    create_ws.add_argument("--owner", required=True, metavar="EMAIL")
    add_member = workspaces.add_parser("add-member", help="give a user a role in a workspace")
    add_member.add_argument("name")
    add_member.add_argument("email")
    add_member.add_argument("--role", required=True, choices=["admin", "editor", "viewer"])
    add_team_commands(commands, users, workspaces)

    commands.add_parser("migrate", help="bring the database to this build's schema")
    compact = commands.add_parser("compact", help="compact change logs (old cursors resync)")
    compact.add_argument("--workspace", metavar="NAME", help="only this workspace (name or id)")
    return main


def _add_blob_options(command: argparse.ArgumentParser, *, from_env: bool) -> None:
    """Before the command (every command) or after ``serve``: the same settings."""

    def default(env: str) -> str | None:
        if not from_env:
            return argparse.SUPPRESS  # given after ``serve`` or not: the value from before
        return os.environ.get(env) or None

    command.add_argument(
        "--blob-url",
        default=default(BLOB_URL_ENV),
        metavar="s3://BUCKET/PREFIX",
        help="keep blobs in S3-compatible object storage instead of DATA_DIR/blobs; "
        f"credentials the standard AWS way (or ${BLOB_URL_ENV})",
    )
    command.add_argument(
        "--s3-endpoint-url",
        default=default(S3_ENDPOINT_URL_ENV),
        metavar="URL",
        help=f"the S3 API of a store other than AWS: MinIO, Ceph… (or ${S3_ENDPOINT_URL_ENV})",
    )


def config_from(args: argparse.Namespace) -> ServerConfig:
    if args.data_dir is None:
        raise CliError("Give --data-dir DIR (it holds the blobs, and the SQLite database).")
    data_dir: Path = args.data_dir.expanduser().resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    if args.blob_url is None and args.s3_endpoint_url is not None:
        raise CliError("--s3-endpoint-url needs --blob-url s3://bucket/prefix as well.")
    if args.blob_url is not None:
        from sync.server.s3store import BlobUrl, check_endpoint_url

        try:
            BlobUrl.parse(args.blob_url)
            if args.s3_endpoint_url is not None:
                check_endpoint_url(args.s3_endpoint_url)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    return ServerConfig.for_data_dir(
        data_dir,
        args.database_url,
        blob_url=args.blob_url,
        s3_endpoint_url=args.s3_endpoint_url,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        config = config_from(args)
        if args.command == "serve":
            if args.auth_config is not None:
                auth = AuthConfig.load(Path(args.auth_config).expanduser())
                config = dataclasses.replace(config, auth=auth)
            return serve(config, args.host, args.port)
        if args.command == "migrate":
            return run_migrate(config)
        services = build_services(config)
        try:
            return administer(services, args)
        finally:
            services.close()
    except (CliError, ServerError, SchemaOutOfDate, AuthConfigError, TeamCliError) as exc:
        print(f"convosphere-server: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(
            f"convosphere-server: database error: {exc.__class__.__name__}: {exc}", file=sys.stderr
        )
        return 1


def run_migrate(config: ServerConfig) -> int:
    from sync.server.db import Database

    db = Database(config.database_url)
    try:
        before, after = migrate(db)
    finally:
        db.dispose()
    if before == after:
        print(f"The database is already at schema {after}.")
    else:
        print(f"Migrated the database from schema {before or 'none'} to {after}.")
    return 0


def administer(services: Services, args: argparse.Namespace) -> int:
    team_status = run_team_command(services, args)
    if team_status is not None:
        return team_status
    if args.command == "users":
        password = sys.stdin.read().rstrip("\r\n")
        if not password:
            raise CliError("The password on stdin is empty.")
        user_id = services.accounts.create_user(args.email, password)
        print(f"Created user {args.email.strip().casefold()} ({user_id}).")
    elif args.command == "workspaces" and args.action == "create":
        workspace_id = services.workspaces.create_team(args.name, args.owner)
        print(f"Created workspace {args.name!r} ({workspace_id}) owned by {args.owner}.")
    elif args.command == "workspaces":
        role = cast(WorkspaceRole, args.role)
        services.workspaces.add_member(args.name, args.email, role)
        print(f"{args.email} is now {role} of {args.name!r}.")
    elif args.command == "compact":
        with services.db.read() as session:
            if args.workspace:
                targets = [by_name(session, args.workspace)]
            else:
                targets = list(session.scalars(select(Workspace).order_by(Workspace.name)))
            ids = [(w.id, w.name) for w in targets]
        for workspace_id, name in ids:
            kept = services.changes.compact(workspace_id)
            print(f"Compacted {name!r} ({workspace_id}): {kept} changes kept.")
    return 0


def serve(config: ServerConfig, host: str, port: int) -> int:
    import uvicorn

    from sync.server.app import create_app, services_of

    app = create_app(config)
    broadcaster = services_of(app).broadcaster

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            broadcaster.close()  # ends the open event streams, so the stop is prompt
            super().handle_exit(sig, frame)

        @contextmanager
        def capture_signals(self) -> Iterator[None]:
            # uvicorn re-raises the stop signal after its shutdown, which would end this
            # process "killed by SIGTERM" (or with a KeyboardInterrupt trace): a stop asked
            # for is a clean exit here.
            handled = (signal.SIGINT, signal.SIGTERM)
            previous = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
            try:
                yield
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    server = Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="info",
            timeout_graceful_shutdown=2,  # open event streams must not hold up a stop
        )
    )

    async def run() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started and not task.done():
            await asyncio.sleep(0.05)
        if server.started:
            bound = server.servers[0].sockets[0].getsockname()[1] if port == 0 else port
            print(f"Listening on http://{host}:{bound}", flush=True)
        await task

    asyncio.run(run())
    return 0 if server.started else 1


if __name__ == "__main__":
    sys.exit(main())
