"""``convosphere search "query"``: hybrid search of the knowledge base from the command line.

Also ``search --suggest PREFIX`` (what the search box would suggest) and ``search history``
(the searches run on this device; ``--clear`` forgets them). To search for the word "history"
itself, use ``search --query history``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP, datetime_text, number, translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "search",
        parents=[common],
        help=translate("CliSearch", "search the knowledge base (keywords and meaning)"),
        description=translate(
            "CliSearch",
            "Prints passages ranked by hybrid (keyword + vector) search, with document, "
            "page and score. `search history` lists the searches run on this device; "
            "`search --suggest PREFIX` lists suggestions for what has been typed.",
        ),
    )
    parser.add_argument(
        "query",
        nargs="?",
        help=translate("CliSearch", 'what to look for, or "history" for the search history'),
    )
    parser.add_argument(
        "--query",
        dest="query_text",
        metavar="TEXT",
        help=translate("CliSearch", 'what to look for (any text, even "history")'),
    )
    parser.add_argument(
        "--suggest",
        metavar="PREFIX",
        help=translate("CliSearch", "list search suggestions for PREFIX and exit"),
    )
    parser.add_argument(
        "--clear",
        action="store_true",
        help=translate("CliSearch", "with history: forget every search"),
    )
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        help=translate("CliSearch", "only documents with this tag"),
    )
    parser.add_argument(
        "--type",
        action="append",
        default=[],
        dest="types",
        choices=("pdf", "markdown", "text", "docx", "html", "code", "image"),
        help=translate("CliSearch", "only documents of this type"),
    )
    parser.add_argument(
        "--document",
        action="append",
        default=[],
        help=translate("CliSearch", "only this document id"),
    )
    parser.add_argument(
        "--after", type=_date, help=translate("CliSearch", "imported on or after YYYY-MM-DD")
    )
    parser.add_argument(
        "--before", type=_date, help=translate("CliSearch", "imported before YYYY-MM-DD")
    )
    parser.add_argument(
        "--limit",
        type=int,
        help=translate("CliSearch", "at most this many results (10; suggestions: 8; history: 100)"),
    )
    parser.add_argument(
        "--per-document",
        action="store_true",
        help=translate("CliSearch", "only the best passage of each document"),
    )
    parser.add_argument(
        "--mode",
        choices=("hybrid", "keyword", "vector"),
        default="hybrid",
        help=translate("CliSearch", "(hybrid)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    parser.set_defaults(handler=run)


def _date(text: str) -> int:
    try:
        return int(datetime.fromisoformat(text).timestamp() * 1000)
    except ValueError as exc:
        message = translate("CliSearch", "not a date (YYYY-MM-DD): {text}").format(text=text)
        raise argparse.ArgumentTypeError(message) from exc


def run(args: argparse.Namespace, services: Root) -> int:
    if args.suggest is not None:
        return _suggest(args, services)
    if args.query_text is None and args.query == "history":
        return _history(args, services)
    query = args.query_text if args.query_text is not None else args.query
    if query is None or not query.strip():
        message = translate(
            "CliSearch",
            "say what to search for: convosphere search WORDS "
            "(or search history, or search --suggest PREFIX)",
        )
        return fail(message, 2)
    args.query = query
    return _search(args, services)


def _search(args: argparse.Namespace, services: Root) -> int:
    from core.knowledge.embedder import EmbeddingUnavailable
    from core.knowledge.search import SearchFilters, SearchMode

    filters = SearchFilters(
        tags=tuple(args.tag),
        doc_types=tuple(args.types),
        document_ids=tuple(args.document),
        imported_after_ms=args.after,
        imported_before_ms=args.before,
    )
    try:
        hits = services.knowledge.search(
            args.query,
            filters=filters,
            limit=max(1, args.limit or 10),
            mode=SearchMode(args.mode),
            per_document=args.per_document,
        )
    except EmbeddingUnavailable as exc:
        return fail(str(exc))
    services.search.memory.record(args.query, "cli")
    correction = services.search.spelling.did_you_mean(args.query)
    hint = ""
    if correction is not None:
        hint = translate("CliSearch", "Did you mean: {query}?").format(query=correction.query)
    if args.json:
        rows = [
            {
                "rank": rank,
                "score": round(hit.score, 6),
                "document_id": hit.document_id,
                "title": hit.title,
                "type": hit.doc_type,
                "page_start": hit.page_start,
                "page_end": hit.page_end,
                "heading_path": hit.heading_path,
                "chunk_id": hit.chunk_id,
                "snippet": hit.snippet,
                "highlights": [list(span) for span in hit.highlights],
            }
            for rank, hit in enumerate(hits, 1)
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        if hint:
            print(hint, file=sys.stderr)  # stdout stays a JSON document
        return 0
    if hint:
        print(hint)
    if not hits:
        print(translate("CliSearch", "No passages found."))
        return 0
    for rank, hit in enumerate(hits, 1):
        where = f"{hit.title}, {hit.pages}" if hit.pages else hit.title
        print(f"{rank:>2}. {number(hit.score, 4)}  {where}")
        if hit.heading_path:
            print(f"      {hit.heading_path}")
        print(f"      {_marked(hit.snippet, hit.highlights)}")
    return 0


def _marked(snippet: str, highlights: tuple[tuple[int, int], ...]) -> str:
    """The snippet with matched words in **bold** markers (plain text, any terminal)."""
    out, at = [], 0
    for start, end in highlights:
        out += [snippet[at:start], "**", snippet[start:end], "**"]
        at = end
    out.append(snippet[at:])
    return "".join(out)


def _suggest(args: argparse.Namespace, services: Root) -> int:
    found = services.search.suggester.suggest(args.suggest, limit=max(1, args.limit or 8))
    if args.json:
        rows = [{"text": s.text, "kind": str(s.kind), "label": s.label} for s in found]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not found:
        message = translate("CliSearch", "No suggestions for “{prefix}”.")
        print(message.format(prefix=args.suggest.strip()))
        return 0
    width = min(60, max(len(s.text) for s in found))
    for suggestion in found:
        print(f"{suggestion.text:<{width}}  {suggestion.label}")
    return 0


def _history(args: argparse.Namespace, services: Root) -> int:
    memory = services.search.memory
    if args.clear:
        count = memory.clear_history()
        print(translate("CliSearch", "Forgot %n search(es).", None, count))
        return 0
    history = memory.history(limit=max(1, args.limit or 100))
    if not memory.enabled():
        message = translate(
            "CliSearch",
            "Search history is off: searches are not recorded (setting “Remember searches”).",
        )
        print(message, file=sys.stderr)
    if args.json:
        rows = [
            {
                "query": p.query,
                "source": p.source,
                "run_count": p.run_count,
                "last_run": _iso(p.last_run_ms),
                "last_run_ms": p.last_run_ms,
            }
            for p in history
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not history:
        print(translate("CliSearch", "No searches recorded."))
        return 0
    for past in history:
        when = datetime_text(past.last_run_ms / 1000)
        times = f"  ({number(past.run_count)}×)" if past.run_count > 1 else ""
        source = SOURCES.get(past.source, past.source)
        shown = translate("CliSearch", source) if past.source == "knowledge" else source
        print(f"{when}  {shown:<10}  {past.query}{times}")
    return 0


# Where a search was run (as stored) → how the history names it; only the page is translated.
SOURCES = {
    "knowledge": QT_TRANSLATE_NOOP("CliSearch", "Knowledge"),
    "palette": "Ctrl+K",
    "cli": "CLI",
}


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat(timespec="seconds")
