"""Keyword search over chunks with SQLite FTS5 (``fts_chunk``, kept in step by triggers).

User input is never passed to MATCH as is: each word is quoted (FTS5 syntax in a query would
be an error, or worse, a different query), stop words are dropped (a word in most rows makes
a query slow and adds nothing to its ranking), and the words are OR-ed so a question finds
passages that share only some of its words; bm25 ranks those that share more first.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

_WORD = re.compile(r"\w+", re.UNICODE)
TIME_LIMIT_S = 0.25
COMMON_SHARE = 0.1
FOCUS_FROM_PASSAGES = 20_000
_STOP_WORDS_TEXT = """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


@dataclass(frozen=True)
class KeywordQuery:
    """A user's words made safe for MATCH: ``expression`` is None when nothing is searchable.

    ``quoted`` holds each term ready for MATCH (the last may end in ``*`` when typing).
    """

    terms: tuple[str, ...]
    expression: str | None
    quoted: tuple[str, ...] = ()


def keyword_query(query: str, *, prefix_last: bool = False) -> KeywordQuery:
    """Quote each word, drop stop words (unless that drops all), OR them together.

    With ``prefix_last`` the last word also matches longer words (search as you type), as long
    as it has at least two letters (the prefix index covers 2 and 3).
    """
    words = [w.lower() for w in _WORD.findall(query)]
    kept = [w for w in words if w not in STOP_WORDS] or words
    terms = tuple(dict.fromkeys(kept))
    if not terms:
        return KeywordQuery((), None)
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if prefix_last and len(terms[-1]) >= 2 and words and words[-1] == terms[-1]:
        quoted[-1] += "*"
    return KeywordQuery(terms, " OR ".join(quoted), tuple(quoted))


def focused_expression(session: Session, query: KeywordQuery) -> str | None:
    """The MATCH expression to run: frequent words are left out when rarer ones are present.

    A word in more than ``COMMON_SHARE`` of all passages adds almost nothing to bm25 (its
    inverse document frequency is near zero) but makes FTS5 score tens of thousands of rows:
    it is what makes a query slow. Rare words are OR-ed; when every word is common, they are
    AND-ed instead (cheap, and the passages that have them all are the relevant ones). Only
    from ``FOCUS_FROM_PASSAGES`` passages on: in a small library "common" says little.
    """
    if query.expression is None or len(query.quoted) == 1:
        return query.expression
    total = int(session.scalar(text("SELECT max(rowid) FROM fts_chunk_docsize")) or 0)
    if total < FOCUS_FROM_PASSAGES:
        return query.expression  # small indexes answer any query fast: rank by every word
    rows = session.execute(
        text(
            "SELECT term, doc FROM fts_chunk_vocab WHERE term IN "
            f"({', '.join(':t' + str(i) for i in range(len(query.terms)))})"
        ),
        {f"t{i}": term for i, term in enumerate(query.terms)},
    )
    frequency = {str(term): int(doc) for term, doc in rows}
    rare = [
        quoted
        for term, quoted in zip(query.terms, query.quoted, strict=True)
        if quoted.endswith("*") or frequency.get(term, 0) <= COMMON_SHARE * total
    ]
    if rare:
        return " OR ".join(rare)
    return " ".join(query.quoted)


def keyword_search(
    session: Session,
    query: KeywordQuery,
    *,
    chunker_version: int,
    limit: int,
    files: Collection[str] | None = None,
) -> list[tuple[int, float]]:
    """Chunk ids and bm25 scores (lower is better), best first; at most ``TIME_LIMIT_S`` spent.

    A query that runs out of time returns nothing rather than leave a person waiting (the
    vector side still answers). Without a file filter the chunk table is not joined: that
    lookup per matching row costs more than the ranking, so the version is checked after.
    """
    if query.expression is None or (files is not None and not files):
        return []
    expression = focused_expression(session, query)
    params: dict[str, object] = {"match": expression, "version": chunker_version, "limit": limit}
    if files is None:
        sql = text(
            "SELECT rowid, bm25(fts_chunk, 1.0, 0.5) AS score FROM fts_chunk "
            "WHERE fts_chunk MATCH :match ORDER BY score LIMIT :limit"
        )
    else:
        names = [f"f{i}" for i in range(len(files))]
        params.update(zip(names, sorted(files), strict=True))
        sql = text(
            "SELECT c.id, bm25(fts_chunk, 1.0, 0.5) AS score FROM fts_chunk "
            "JOIN chunk c ON c.id = fts_chunk.rowid "
            "WHERE fts_chunk MATCH :match AND c.chunker_version = :version "
            f"AND c.file_sha256 IN ({', '.join(':' + n for n in names)}) "
            "ORDER BY score LIMIT :limit"
        )
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    deadline = time.monotonic() + TIME_LIMIT_S
    raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        found = [(int(row[0]), float(row[1])) for row in session.execute(sql, params)]
    except Exception as exc:
        if "interrupted" in str(exc):
            return []
        raise
    finally:
        raw.set_progress_handler(None, 0)
    if files is None and found:
        current = set(
            session.scalars(
                text(
                    "SELECT id FROM chunk WHERE chunker_version = :version AND id IN "
                    f"({', '.join(str(chunk_id) for chunk_id, _ in found)})"
                ),
                {"version": chunker_version},
            )
        )
        found = [hit for hit in found if hit[0] in current]
    return found


def rebuild_index(session: Session) -> None:
    """Rebuild the whole FTS index from the chunk table (repairs any drift)."""
    session.execute(text("INSERT INTO fts_chunk(fts_chunk) VALUES ('rebuild')"))


def index_is_consistent(session: Session) -> bool:
    """FTS5's own check that the index matches the chunk table."""
    try:
        session.execute(
            text("INSERT INTO fts_chunk(fts_chunk, rank) VALUES ('integrity-check', 1)")
        )
    except Exception as exc:
        if "corrupt" in str(exc).lower() or "malformed" in str(exc).lower():
            return False
        raise
    return True
