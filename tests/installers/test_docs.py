"""The install, deployment and backup pages: every ``convosphere``/``convosphere-server``
command they tell people to type is one the real command lines accept."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from desktop.cli import build_parser
from sync.server.cli import parser as server_parser

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = [
    "install-linux.md",
    "install-windows.md",
    "install-macos.md",
    "server-deployment.md",
    "backup-restore.md",
]
PROGRAM = re.compile(r"(?<![\w/:.-])(convosphere(?:-server)?) ")


def commands(page: str) -> list[tuple[str, list[str]]]:
    text = (DOCS / page).read_text(encoding="utf-8").replace("\\\n", " ")
    found = []
    for line in text.splitlines():
        for match in PROGRAM.finditer(line):
            before = line[: match.start()].rstrip()
            if before and not before.endswith(("--", "&&", "`", "$", ";")):
                continue  # an argument of another command (a Secret's or container's name)
            tail = line[match.end() :]
            tail = re.split(r"\s(?:<|\||#|&&)\s?", tail)[0].split("`")[0].strip()
            args = shlex.split(tail)
            if not args or not (args[0].startswith("-") or args[0] in _SUBCOMMANDS):
                continue  # prose that names the program, not a command line
            found.append((match.group(1), args))
    return found


_SUBCOMMANDS = {
    "info", "import", "search", "ask", "sync", "serve", "users", "workspaces", "migrate",
    "audit", "compact", "conversations",
}  # fmt: skip


@pytest.mark.parametrize("page", PAGES)
def test_every_command_in_the_page_is_accepted_by_the_real_parser(page: str) -> None:
    found = commands(page)
    for program, args in found:
        parse = server_parser() if program == "convosphere-server" else build_parser()
        try:
            parse.parse_args(args)
        except SystemExit:
            pytest.fail(f"{page}: `{program} {shlex.join(args)}` is not a valid command")
    if page in ("server-deployment.md", "backup-restore.md"):
        assert any(p == "convosphere-server" for p, _ in found), "no server command checked"
