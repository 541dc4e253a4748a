"""The command line: global flags and headless subcommands over the same core services.

Nothing here imports Qt; subcommands run without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from core import __version__

if TYPE_CHECKING:
    from core.services import Services


def build_parser() -> argparse.ArgumentParser:
    """The ``convosphere`` argument parser (later features add subcommands here)."""
    parser = argparse.ArgumentParser(
        prog="convosphere",
        description="ConvoSphere Desktop: an offline-first AI assistant for knowledge work.",
    )
    parser.add_argument("--version", action="version", version=f"ConvoSphere {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data in DIR instead of the per-user data folder "
        "(also: CONVOSPHERE_DATA_DIR)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, migrate the database, paint the main window and quit (for CI and benchmarks)",
    )
    parser.add_argument(
        "--page",
        choices=("chat", "knowledge", "tools", "jobs", "settings"),
        help="open on this page instead of Chat",
    )
    # Subcommands accept --data-dir after their name too: `convosphere info --data-dir DIR`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    info = commands.add_parser(
        "info", parents=[common], help="show where the data lives and the schema version"
    )
    info.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run one headless subcommand; returns the process exit status."""
    from core.db.migrate import DatabaseError
    from core.paths import resolve_paths
    from core.services import open_services

    try:
        services = open_services(resolve_paths(args.data_dir))
    except (DatabaseError, OSError) as exc:
        print(f"convosphere: {exc}", file=sys.stderr)
        return 1
    try:
        if args.command == "info":
            return _info(services, as_json=args.json)
    finally:
        services.close()
    return 2


def _info(services: Services, *, as_json: bool) -> int:
    from core.db.migrate import current_revision

    facts = {
        "version": __version__,
        "data_dir": str(services.paths.data_dir),
        "database": str(services.paths.database),
        "schema": current_revision(services.paths.database),
        "device_id": services.device_id,
        "workspace_id": services.workspace_id,
    }
    if as_json:
        print(json.dumps(facts, indent=2))
    else:
        width = max(map(len, facts))
        for key, value in facts.items():
            print(f"{key.replace('_', ' '):<{width}}  {value}")
    return 0
