"""``convosphere kb check [--repair]``: find and repair drift between chunks, FTS and vectors."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    kb = commands.add_parser("kb", parents=[common], help="maintain the knowledge base")
    actions = kb.add_subparsers(dest="kb_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        parents=[common],
        help="compare chunks, keyword index, vectors and files; --repair fixes what differs",
        description="Run it when no import is running (an import in progress looks like drift).",
    )
    check.add_argument("--repair", action="store_true", help="make the stores agree again")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace, services: Root) -> int:
    from core.knowledge.embedder import EmbeddingUnavailable
    from core.knowledge.maintenance import check_knowledge_base

    def say(message: str) -> None:
        if not args.json:
            print(message, file=sys.stderr)

    try:
        report = check_knowledge_base(services.knowledge, repair=args.repair, progress=say)
    except EmbeddingUnavailable as exc:
        print(f"convosphere: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({**asdict(report), "clean": report.clean}, indent=2))
    elif report.clean:
        print("The knowledge base is consistent.")
    else:
        verb = "Repaired" if args.repair else "Found"
        for line in report.lines():
            print(f"{verb}: {line}")
        if not args.repair:
            print("Run `convosphere kb check --repair` to fix this.")
    return 0 if report.clean or args.repair else 1
