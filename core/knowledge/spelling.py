"""“Did you mean”: the closest words of the keyword index's own vocabulary to a misspelled one.

A word of a query that no indexed passage contains is compared (Damerau–Levenshtein: a swap of
two neighbouring letters is one edit) with vocabulary words that begin with the same letter, or
with its second letter (the first was wrong or missing), and are about as long. The vocabulary
is FTS5's (``fts_chunk_vocab``), so every suggestion is a word that will find something.
Blocking (app.db): call it off the GUI thread.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from core.knowledge.keyword import STOP_WORDS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.db.session import Database

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_WORD_CHARS = 3
MAX_WORDS_CHECKED = 8


@dataclass(frozen=True)
class Correction:
    """A query with its unknown words replaced: ``query`` to run, ``words`` (wrong, right)."""

    query: str
    words: tuple[tuple[str, str], ...]


def index_form(word: str) -> str:
    """A word as the keyword index stores it (lower case, accents removed)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance of ``a`` and ``b``; ``limit + 1`` once it is over."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class SpellingHelper:
    """Proposes a corrected query from the keyword index's vocabulary."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def did_you_mean(self, query: str, *, last_is_prefix: bool = False) -> Correction | None:
        """The query with each unknown word replaced by its closest indexed word, or None when
        every word is known (or nothing close is). With ``last_is_prefix`` (still typing) the
        last word counts as known when some indexed word starts with it."""
        all_words = _WORD.findall(query)
        typing = all_words[-1] if last_is_prefix and all_words else None
        words = [w for w in all_words if self._worth_checking(w)]
        if not words:
            return None
        replaced: dict[str, str] = {}
        with self.database.read() as session:
            for word in list(dict.fromkeys(words))[:MAX_WORDS_CHECKED]:
                form = index_form(word)
                if self._known(session, form, prefix=word == typing):
                    continue
                closest = self._closest(session, form)
                if closest is not None:
                    replaced[word] = closest
        if not replaced:
            return None
        corrected = _WORD.sub(lambda m: replaced.get(m.group(0), m.group(0)), query)
        return Correction(" ".join(corrected.split()), tuple(replaced.items()))

    @staticmethod
    def _worth_checking(word: str) -> bool:
        return (
            len(word) >= MIN_WORD_CHARS
            and not any(c.isdigit() for c in word)
            and word.casefold() not in STOP_WORDS
        )

    @staticmethod
    def _known(session: Session, form: str, *, prefix: bool = False) -> bool:
        if prefix:
            found = session.execute(
                text("SELECT 1 FROM fts_chunk_vocab WHERE term >= :t AND term < :end LIMIT 1"),
                {"t": form, "end": form + "\U0010ffff"},
            ).first()
        else:
            found = session.execute(
                text("SELECT 1 FROM fts_chunk_vocab WHERE term = :t"), {"t": form}
            ).first()
        return found is not None

    @staticmethod
    def _closest(session: Session, form: str) -> str | None:
        limit = 1 if len(form) <= 4 else 2
        best: tuple[int, int, str] | None = None  # distance, -passages, word
        for initial in dict.fromkeys(form[:2]):
            rows = session.execute(
                text(
                    "SELECT term, doc FROM fts_chunk_vocab WHERE term >= :low AND term < :high "
                    "AND length(term) BETWEEN :shortest AND :longest"
                ),
                {
                    "low": initial,
                    "high": initial + "\U0010ffff",
                    "shortest": max(1, len(form) - limit),
                    "longest": len(form) + limit,
                },
            )
            for term, passages in rows:
                distance = edit_distance(form, str(term), limit)
                if distance > limit or any(c.isdigit() for c in str(term)):
                    continue
                entry = (distance, -int(passages), str(term))
                if best is None or entry < best:
                    best = entry
        return best[2] if best is not None else None
