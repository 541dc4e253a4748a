"""Words the command line shows that it does not write itself: argparse's own messages, and the
states of jobs, documents, messages and tools as core stores them.

argparse looks its messages up with ``gettext`` through its module-level ``_`` and ``ngettext``;
``route_argparse`` points them at ``core.i18n.translate`` (context ``"argparse"``), so ``usage:``,
``options``, ``-h``'s help and every parse error come in the user's language. The messages are
declared here once for lupdate; their ``%(name)s`` and ``%s`` placeholders must stay as they are
(argparse fills them in with ``%``).
"""

from __future__ import annotations

import argparse

from core.i18n import QT_TRANSLATE_NOOP, translate

ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", 'argument "-" with mode %r'),
)
"""argparse's messages a user can meet (Python 3.11's wording); its messages about a wrongly
built parser are for programmers and stay English."""


def _gettext(message: str | None) -> str | None:
    """argparse's ``_``: the message in the active language (``None`` stays ``None``)."""
    return translate("argparse", message) if message else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the form for ``n``, with its ``%s`` left for argparse."""
    if singular == "expected %s argument":
        return translate("argparse", "expected %s argument(s)", None, n)
    if singular == "conflicting option string: %s":
        return translate("argparse", "conflicting option string(s): %s", None, n)
    return singular if n == 1 else plural


def route_argparse() -> None:
    """Make argparse look its messages up in the app's catalogue (call after the language is
    chosen; calling it again changes nothing)."""
    setattr(argparse, "_", _gettext)  # noqa: B010 (typeshed does not declare these names)
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010


STATES = {
    # jobs (core.jobs.JobState)
    "queued": QT_TRANSLATE_NOOP("CliStates", "queued"),
    "running": QT_TRANSLATE_NOOP("CliStates", "running"),
    "paused": QT_TRANSLATE_NOOP("CliStates", "paused"),
    "failed": QT_TRANSLATE_NOOP("CliStates", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("CliStates", "cancelled"),
    "done": QT_TRANSLATE_NOOP("CliStates", "done"),
    # documents
    "pending": QT_TRANSLATE_NOOP("CliStates", "pending"),
    "ready": QT_TRANSLATE_NOOP("CliStates", "ready"),
    # answers (core.chat.records.MessageState)
    "complete": QT_TRANSLATE_NOOP("CliStates", "complete"),
    "streaming": QT_TRANSLATE_NOOP("CliStates", "streaming"),
    "interrupted": QT_TRANSLATE_NOOP("CliStates", "interrupted"),
    "stopped": QT_TRANSLATE_NOOP("CliStates", "stopped"),
    "error": QT_TRANSLATE_NOOP("CliStates", "error"),
    # MCP servers (core.tools.mcp_client.ServerState) and tools (core.tools.model.Risk)
    "starting": QT_TRANSLATE_NOOP("CliStates", "starting"),
    "off": QT_TRANSLATE_NOOP("CliStates", "off"),
    "read-only": QT_TRANSLATE_NOOP("CliStates", "read-only"),
    "writes locally": QT_TRANSLATE_NOOP("CliStates", "writes locally"),
    "reaches the network": QT_TRANSLATE_NOOP("CliStates", "reaches the network"),
}
"""Core's state values (the keys, as stored and as ``--json`` prints them) → their words."""


def state(value: object) -> str:
    """A stored state (``"queued"``, ``JobState.DONE``) in the user's language; an unknown one
    as it is."""
    key = str(value)
    return translate("CliStates", STATES[key]) if key in STATES else key


def fail(message: str, status: int = 1) -> int:
    """Say on stderr why the command failed (``message`` already in the user's language);
    returns ``status``."""
    import sys

    print(f"convosphere: {message}", file=sys.stderr)  # i18n: not UI (the program's name)
    return status
