"""The command line: global flags and headless subcommands over the same core services.

Subcommands run without a display: of Qt only QtCore (translations, locale) and, for scans,
QtPdf are used.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from core import __version__
from core.i18n import translate

# The pages `--page` opens (what to type: not translated).
PAGES = ("chat", "knowledge", "tools", "jobs", "usage", "settings")

# Subcommand modules under desktop/commands/, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "info",
    "ask",
    "conversations",
    "tags",
    "docs",
    "jobs",
    "importer",
    "search",
    "kb",
    "tools",
    "sync",
    "workspaces",
    "conflicts",
)


def names_a_command(argv: list[str]) -> bool:
    """Whether the arguments ask for a subcommand or for help (which lists the subcommands).

    Opening the window needs only the global flags; building every subcommand's parser costs
    startup time, so ``main`` builds them only when this says so.
    """
    takes_value = {"--data-dir", "--page", "--open-document", "--open-page"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return True
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return True
    return False


"""Every language backend ``start_language`` installed (see there)."""


def start_language(argv: list[str]) -> None:
    """Use the language of the data dir's device settings (else the system's) from here on."""
    from core.paths import resolve_paths
    from core.settings import DeviceSettings
    from desktop import language

    data_dir = None
    for index, arg in enumerate(argv):
        if arg == "--data-dir" and index + 1 < len(argv):
            data_dir = argv[index + 1]
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
    setting = DeviceSettings(resolve_paths(data_dir).device_settings).get("appearance.language")
    language.start(setting)
    from desktop.commands.words import route_argparse

    route_argparse()  # usage:, options, parse errors: in the same language


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The ``convosphere`` argument parser; subcommands come from ``COMMAND_MODULES``."""
    parser = argparse.ArgumentParser(
        prog="convosphere",
        description=translate(
            "Cli", "ConvoSphere Desktop: an offline-first AI assistant for knowledge work."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ConvoSphere {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli",
            "keep all data in DIR instead of the per-user data folder (also: CONVOSPHERE_DATA_DIR)",
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate(
            "Cli",
            "start, migrate the database, paint the main window, wait until the chat page "
            "accepts a question and quit (for CI and benchmarks)",
        ),
    )
    parser.add_argument(
        "--page",
        choices=PAGES,
        help=translate("Cli", "open on this page instead of Chat"),
    )
    parser.add_argument(
        "--open-document",
        metavar="ID",
        help=translate("Cli", "open this document in the viewer"),
    )
    parser.add_argument(
        "--open-page",
        type=int,
        metavar="N",
        help=translate("Cli", "with --open-document: page N"),
    )
    # Subcommands accept --data-dir after their name too: `convosphere info --data-dir DIR`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate("Cli", "keep all data in DIR (as before the command)"),
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop.commands.{name}").register(commands, common)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run one headless subcommand; returns the process exit status."""
    from core.db.migrate import DatabaseError
    from core.logs import configure_logging
    from core.paths import resolve_paths
    from core.root import open_root

    paths = resolve_paths(args.data_dir)
    try:
        configure_logging(paths.logs_dir)
        services = open_root(paths)
    except (DatabaseError, OSError) as exc:
        print(f"convosphere: {exc}", file=sys.stderr)  # i18n: not UI (the program's name)
        return 1
    from desktop.knowledge.qt_rasterizer import QtPdfRasterizer

    services.sources.recognizer.fallback = QtPdfRasterizer()  # scans, where poppler is missing
    try:
        return int(args.handler(args, services))
    except KeyboardInterrupt:
        print("convosphere: " + translate("Cli", "interrupted"), file=sys.stderr)
        return 130
    finally:
        services.close()
