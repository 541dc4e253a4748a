"""The tools every assistant has: search my documents, read a document page, list tags, the
current time, a calculator. All read only; each takes the narrow part of the app it reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.tools.calculator import calculate
from core.tools.model import BUILTIN_SERVER, Risk, ToolError, ToolSpec, function_name

if TYPE_CHECKING:
    from core.knowledge.library import DocumentText
    from core.library.tags import TagInfo
    from core.sources import PassageRetriever

SEARCH_LIMIT = 8
PAGE_CHARS = 6000


@dataclass(frozen=True)
class BuiltinTool:
    """A tool run in this process: ``run(arguments)`` is blocking and returns text."""

    spec: ToolSpec
    run: Callable[[dict[str, Any]], str]


def _spec(tool: str, title: str, description: str, schema: dict[str, Any]) -> ToolSpec:
    """``title`` in the user's language; ``description`` in English, as the model reads it
    (``ToolSpec.shown_description`` translates it for people)."""
    return ToolSpec(
        name=function_name(BUILTIN_SERVER, tool),
        server=BUILTIN_SERVER,
        tool=tool,
        title=title,
        description=description,
        input_schema=schema,
        risk=Risk.READ_ONLY,
        timeout_s=30.0,
    )


def builtin_tools(
    retriever: PassageRetriever,
    document_text: Callable[[str], DocumentText],
    list_tags: Callable[[], Sequence[TagInfo]],
) -> list[BuiltinTool]:
    """The built-in tools over the knowledge base's search, its document text and the tags."""

    def search(arguments: dict[str, Any]) -> str:
        limit = int(arguments.get("limit") or 5)
        passages = retriever.retrieve(str(arguments["query"]), limit=min(limit, SEARCH_LIMIT))
        if not passages:
            return "No passage of the user's documents matches."  # i18n: not UI (for the model)
        return "\n\n".join(
            f"[{p.number}] {p.where} (document_id {p.document_id})\n{p.text.strip()}"
            for p in passages
        )

    def read_page(arguments: dict[str, Any]) -> str:
        document = document_text(str(arguments["document_id"]))
        page = arguments.get("page")
        sections = [
            s
            for s in document.sections
            if page is None or (s.page_start or 0) <= int(page) <= (s.page_end or s.page_start or 0)
        ]
        if not sections:
            raise ToolError(
                translate("BuiltinTools", "“{title}” has no text on page {page}.").format(
                    title=document.title, page=page
                )
            )
        text = "\n\n".join(s.text for s in sections)
        # The result is for the model to read: it stays English like the tool descriptions.
        where = f"page {page}" if page is not None else "start"  # i18n: not UI
        if len(text) > PAGE_CHARS:
            text = text[:PAGE_CHARS] + "\n[…more on this page]"  # i18n: not UI
        return f"{document.title}, {where}:\n\n{text}"

    def tags(_arguments: dict[str, Any]) -> str:
        found = list_tags()
        if not found:
            return "There are no tags yet."  # i18n: not UI (for the model)
        return "\n".join(f"{t.name} ({t.document_count} documents)" for t in found)

    def now(arguments: dict[str, Any]) -> str:
        zone_name = str(arguments.get("timezone") or "")
        if zone_name:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                zone: dt.tzinfo | None = ZoneInfo(zone_name)
            except (ZoneInfoNotFoundError, ValueError):
                raise ToolError(
                    translate("BuiltinTools", "“{zone}” is not a known IANA time zone.").format(
                        zone=zone_name
                    )
                ) from None
            current = dt.datetime.now(zone)
        else:
            current = dt.datetime.now().astimezone()
        return current.isoformat(timespec="seconds") + f" ({current.strftime('%A')})"

    def calculator(arguments: dict[str, Any]) -> str:
        return str(calculate(str(arguments["expression"])))

    return [
        BuiltinTool(
            _spec(
                "search_documents",
                translate("BuiltinTools", "Search my documents"),
                QT_TRANSLATE_NOOP(
                    "BuiltinTools",
                    "Hybrid keyword and semantic search over the user's documents; returns "
                    "numbered passages with title and page to cite.",
                ),
                {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string", "minLength": 1},
                        "limit": {"type": "integer", "minimum": 1, "maximum": SEARCH_LIMIT},
                    },
                    "required": ["query"],
                    "additionalProperties": False,
                },
            ),
            search,
        ),
        BuiltinTool(
            _spec(
                "read_document_page",
                translate("BuiltinTools", "Read a document page"),
                QT_TRANSLATE_NOOP(
                    "BuiltinTools",
                    "The text of one page of a document (by its document_id from search results).",
                ),
                {
                    "type": "object",
                    "properties": {
                        "document_id": {"type": "string", "minLength": 1},
                        "page": {"type": "integer", "minimum": 1},
                    },
                    "required": ["document_id"],
                    "additionalProperties": False,
                },
            ),
            read_page,
        ),
        BuiltinTool(
            _spec(
                "list_tags",
                translate("BuiltinTools", "List tags"),
                QT_TRANSLATE_NOOP(
                    "BuiltinTools",
                    "The tags of the user's documents, with how many documents each has.",
                ),
                {"type": "object", "properties": {}, "additionalProperties": False},
            ),
            tags,
        ),
        BuiltinTool(
            _spec(
                "current_time",
                translate("BuiltinTools", "Current time"),
                QT_TRANSLATE_NOOP(
                    "BuiltinTools",
                    "The current date and time, in the user's time zone or an IANA zone.",
                ),
                {
                    "type": "object",
                    "properties": {"timezone": {"type": "string"}},
                    "additionalProperties": False,
                },
            ),
            now,
        ),
        BuiltinTool(
            _spec(
                "calculator",
                translate("BuiltinTools", "Calculator"),
                QT_TRANSLATE_NOOP(
                    "BuiltinTools",
                    "Evaluate an arithmetic expression: numbers, + - * / // % ** ( ), sqrt, log, "
                    "exp, sin, cos, tan, abs, round, floor, ceil, min, max, pi, e.",
                ),
                {
                    "type": "object",
                    "properties": {"expression": {"type": "string", "minLength": 1}},
                    "required": ["expression"],
                    "additionalProperties": False,
                },
            ),
            calculator,
        ),
    ]
