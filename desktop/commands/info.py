"""``convosphere info``: where the data lives and what schema it has."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from core import __version__

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    info = commands.add_parser(
        "info", parents=[common], help="show where the data lives and the schema version"
    )
    info.add_argument("--json", action="store_true", help="machine-readable output")
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
        width = max(map(len, facts))
        for key, value in facts.items():
            print(f"{key.replace('_', ' '):<{width}}  {value}")
    return 0
