"""Keyword search over chunks with SQLite FTS5 (``fts_chunk``, kept in step by triggers).

User input is never passed to MATCH as is: each word is quoted (FTS5 syntax in a query would
be an error, or worse, a different query), stop words are dropped (a word in most rows makes
a query slow and adds nothing to its ranking), and the words are OR-ed so a question finds
passages that share only some of its words; bm25 ranks those that share more first. A word
with an inflection is searched by its stem as a prefix ("searching" as ``"search"*``), so the
other forms of a word are found too.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.knowledge.stems import word_stem

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
# i18n: not UI (words the keyword search ignores)
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


@dataclass(frozen=True)
class KeywordQuery:
    """A user's words made safe for MATCH: ``expression`` is None when nothing is searchable.

    ``quoted`` holds each term ready for MATCH (the last may end in ``*`` when typing);
    ``stems`` what each term is searched as: its stem (a prefix, ``"stem"*``) or itself.
    """

    terms: tuple[str, ...]
    expression: str | None
    quoted: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()


def keyword_query(query: str, *, prefix_last: bool = False, stem: bool = True) -> KeywordQuery:
    """Quote each word, drop stop words (unless that drops all), OR them together.

    With ``stem`` a word with an inflection is searched by its stem, so "searching" also
    finds "searches" (see ``core.knowledge.stems``). With ``prefix_last`` the last word also
    matches longer words (search as you type), as long as it has at least two letters (the
    prefix index covers 2 and 3); a word still being typed is not stemmed.
    """
    words = [w.lower() for w in _WORD.findall(query)]
    kept = [w for w in words if w not in STOP_WORDS] or words
    terms = tuple(dict.fromkeys(kept))
    if not terms:
        return KeywordQuery((), None)
    typing = prefix_last and len(terms[-1]) >= 2 and bool(words) and words[-1] == terms[-1]
    stems = [word_stem(t) if stem else t for t in terms]
    if typing:
        stems[-1] = terms[-1]
    quoted = [
        '"' + s.replace('"', '""') + '"' + ("*" if s != t else "")
        for s, t in zip(stems, terms, strict=True)
    ]
    if typing:
        quoted[-1] += "*"
    return KeywordQuery(terms, " OR ".join(quoted), tuple(quoted), tuple(stems))


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
    for term, searched in zip(query.terms, query.stems, strict=True):
        if searched != term:
            frequency[term] = _prefix_frequency(session, searched)
    rare = [
        quoted
        for term, searched, quoted in zip(query.terms, query.stems, query.quoted, strict=True)
        if (quoted.endswith("*") and searched == term)  # a word being typed
        or frequency.get(term, 0) <= COMMON_SHARE * total
    ]
    if rare:
        return " OR ".join(rare)
    return " ".join(query.quoted)


def _prefix_frequency(session: Session, prefix: str) -> int:
    """How many passages have a word starting with ``prefix``, at most (a passage with two
    such words counts twice): enough to tell a common stem from a rare one."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    found = session.scalar(
        text("SELECT sum(doc) FROM fts_chunk_vocab WHERE term >= :lower AND term < :upper"),
        {"lower": prefix, "upper": upper},
    )
    return int(found or 0)


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
