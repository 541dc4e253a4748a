"""``convosphere kb check [--repair]``: find and repair drift between chunks, FTS and vectors."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from core.i18n import translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    kb = commands.add_parser(
        "kb", parents=[common], help=translate("CliKb", "maintain the knowledge base")
    )
    actions = kb.add_subparsers(dest="kb_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        parents=[common],
        help=translate(
            "CliKb", "compare chunks, keyword index, vectors and files; --repair fixes what differs"
        ),
        description=translate(
            "CliKb", "Run it when no import is running (an import in progress looks like drift)."
        ),
    )
    check.add_argument(
        "--repair", action="store_true", help=translate("CliKb", "make the stores agree again")
    )
    check.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
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
        return fail(str(exc))
    if args.json:
        print(json.dumps({**asdict(report), "clean": report.clean}, indent=2))
    elif report.clean:
        print(translate("CliKb", "The knowledge base is consistent."))
    else:
        if args.repair:
            found = translate("CliKb", "Repaired: {problem}")
        else:
            found = translate("CliKb", "Found: {problem}")
        for line in report.lines():
            print(found.format(problem=line))
        if not args.repair:
            print(translate("CliKb", "Run `convosphere kb check --repair` to fix this."))
    return 0 if report.clean or args.repair else 1
