"""``convosphere search "query"``: hybrid search of the knowledge base from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "search",
        parents=[common],
        help="search the knowledge base (keywords and meaning)",
        description="Prints passages ranked by hybrid (keyword + vector) search, with document, "
        "page and score.",
    )
    parser.add_argument("query", help="what to look for")
    parser.add_argument("--tag", action="append", default=[], help="only documents with this tag")
    parser.add_argument(
        "--type",
        action="append",
        default=[],
        dest="types",
        choices=("pdf", "markdown", "text", "docx", "html", "code", "image"),
        help="only documents of this type",
    )
    parser.add_argument("--document", action="append", default=[], help="only this document id")
    parser.add_argument("--after", type=_date, help="imported on or after YYYY-MM-DD")
    parser.add_argument("--before", type=_date, help="imported before YYYY-MM-DD")
    parser.add_argument("--limit", type=int, default=10, help="at most this many results (10)")
    parser.add_argument(
        "--per-document", action="store_true", help="only the best passage of each document"
    )
    parser.add_argument(
        "--mode", choices=("hybrid", "keyword", "vector"), default="hybrid", help="(hybrid)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def _date(text: str) -> int:
    try:
        return int(datetime.fromisoformat(text).timestamp() * 1000)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def run(args: argparse.Namespace, services: Root) -> int:
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
            limit=max(1, args.limit),
            mode=SearchMode(args.mode),
            per_document=args.per_document,
        )
    except EmbeddingUnavailable as exc:
        print(f"convosphere: {exc}", file=sys.stderr)
        return 1
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
        return 0
    if not hits:
        print("No passages found.")
        return 0
    for rank, hit in enumerate(hits, 1):
        where = f"{hit.title}, {hit.pages}" if hit.pages else hit.title
        print(f"{rank:>2}. {hit.score:.4f}  {where}")
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
