"""Entry point of ``convosphere`` and ``python -m desktop``: the GUI, or a CLI subcommand."""

from __future__ import annotations

import os
import sys

# Before anything can import onnxruntime or chromadb: both phone home unless told not to.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line; run a subcommand headless, or open the main window."""
    from desktop.cli import build_parser, names_a_command, run_command, start_language

    argv = sys.argv[1:] if argv is None else argv
    start_language(argv)  # before any text is made, --help's included
    args = build_parser(with_commands=names_a_command(argv)).parse_args(argv)
    if args.command:
        return run_command(args)
    from desktop.app import run_app

    opening = (args.open_document, args.open_page) if args.open_document else None
    return run_app(data_dir=args.data_dir, smoke=args.smoke, page=args.page, document=opening)


if __name__ == "__main__":
    sys.exit(main())
