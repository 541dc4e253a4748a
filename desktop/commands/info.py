"""``convosphere info``: where the data lives and what schema it has."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from core import __version__
from core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from core.root import Root

LABELS = {
    "version": QT_TRANSLATE_NOOP("CliInfo", "version"),
    "data_dir": QT_TRANSLATE_NOOP("CliInfo", "data dir"),
    "database": QT_TRANSLATE_NOOP("CliInfo", "database"),
    "schema": QT_TRANSLATE_NOOP("CliInfo", "schema"),
    "device_id": QT_TRANSLATE_NOOP("CliInfo", "device id"),
    "workspace_id": QT_TRANSLATE_NOOP("CliInfo", "workspace id"),
}
"""The fact's key (as ``--json`` prints it) → its label in the human output."""


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    info = commands.add_parser(
        "info",
        parents=[common],
        help=translate("CliInfo", "show where the data lives and the schema version"),
    )
    info.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    info.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Root) -> int:
    from core.db.migrate import current_revision

    facts = {
        "version": __version__,
        "data_dir": str(services.paths.data_dir),
        "database": str(services.paths.database),
        "schema": current_revision(services.paths.database),
        "device_id": services.device_id,
        "workspace_id": services.workspace_id,
    }
    if args.json:
        print(json.dumps(facts, indent=2))
    else:
        labels = {key: translate("CliInfo", LABELS[key]) for key in facts}
        width = max(map(len, labels.values()))
        for key, value in facts.items():
            print(f"{labels[key]:<{width}}  {value}")
    return 0
