"""Search suggestions as you type, from what is on this device only.

Candidates come from the user's saved searches and search history, document titles, tag names
and section headings of the indexed passages. Titles, tags and headings are read once into an
in-memory prefix index (a sorted list of every word-start of every candidate), rebuilt only
when a cheap fingerprint of those tables changes, so a keystroke costs a fingerprint check, a
binary search and a short history query: well under a frame at 100,000 passages. Blocking:
call it off the GUI thread (it is thread-safe).
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import text

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.knowledge.chunker import HEADING_SEPARATOR
from core.knowledge.search_memory import clean_query

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.db.session import Database
    from core.knowledge.search_memory import SearchMemory
    from core.knowledge.spelling import SpellingHelper
    from core.settings import Settings

DEFAULT_LIMIT = 8
SCAN_CAP = 1500  # word-starts looked at per keystroke: bounds a one-letter prefix's cost
PAST_SEARCHES = 200  # recent searches offered as suggestions
MAX_CANDIDATE_CHARS = 120
_WORD_START = re.compile(r"(?:^|(?<=[\s\-_/(\[\"'.,:;]))\w", re.UNICODE)


class SuggestionKind(StrEnum):
    SAVED = "saved"
    HISTORY = "history"
    TITLE = "title"
    TAG = "tag"
    HEADING = "heading"


# Where a suggestion comes from decides most of its rank: the user's own words first.
_KIND_WEIGHT = {
    SuggestionKind.SAVED: 50,
    SuggestionKind.HISTORY: 40,
    SuggestionKind.TITLE: 30,
    SuggestionKind.TAG: 25,
    SuggestionKind.HEADING: 20,
}
KIND_LABELS = {
    SuggestionKind.SAVED: QT_TRANSLATE_NOOP("Search", "Saved search"),
    SuggestionKind.HISTORY: QT_TRANSLATE_NOOP("Search", "Recent search"),
    SuggestionKind.TITLE: QT_TRANSLATE_NOOP("Search", "Document"),
    SuggestionKind.TAG: QT_TRANSLATE_NOOP("Search", "Tag"),
    SuggestionKind.HEADING: QT_TRANSLATE_NOOP("Search", "Heading"),
}
"""Where a suggestion comes from, in English (``Suggestion.label`` translates it)."""


@dataclass(frozen=True)
class Suggestion:
    """A completion of what was typed: the text to search for and where it comes from."""

    text: str
    kind: SuggestionKind

    @property
    def label(self) -> str:
        return translate("Search", KIND_LABELS[self.kind])


def fold(value: str) -> str:
    """Case- and accent-insensitive form used for matching (like the keyword index's)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(value.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Candidate:
    text: str
    kind: SuggestionKind
    folded: str
    boost: float = 0.0

    @classmethod
    def of(cls, text: str, kind: SuggestionKind, boost: float = 0.0) -> _Candidate:
        return cls(text, kind, fold(text), boost)


class PrefixIndex:
    """Candidates found by a prefix of any of their words, in O(log n + matches)."""

    def __init__(self, candidates: list[_Candidate]) -> None:
        self.candidates = candidates
        keys: list[tuple[str, int, int]] = []
        for number, candidate in enumerate(candidates):
            folded = candidate.folded
            for match in _WORD_START.finditer(folded):
                keys.append((folded[match.start() :], match.start(), number))
        keys.sort()
        self._keys = keys
        self._texts = [k[0] for k in keys]

    def __len__(self) -> int:
        return len(self.candidates)

    def find(self, prefix: str) -> dict[int, bool]:
        """Matching candidates → whether the match is at the very start of the candidate."""
        found: dict[int, bool] = {}
        at = bisect.bisect_left(self._texts, prefix)
        end = min(len(self._keys), at + SCAN_CAP)
        while at < end and self._texts[at].startswith(prefix):
            _, offset, number = self._keys[at]
            found[number] = found.get(number, False) or offset == 0
            at += 1
        return found


class Suggester:
    """Suggests searches for what has been typed so far (see the module docstring)."""

    def __init__(
        self,
        database: Database,
        workspace_id: str,
        memory: SearchMemory,
        chunker_version: int,
    ) -> None:
        self.database = database
        self.workspace_id = workspace_id
        self.memory = memory
        self.chunker_version = chunker_version
        self._lock = threading.Lock()
        self._index: PrefixIndex | None = None
        self._fingerprint: tuple[object, ...] | None = None
        self._past: list[_Candidate] = []
        self._past_fingerprint: tuple[object, ...] | None = None

    def suggest(self, typed: str, limit: int = DEFAULT_LIMIT) -> list[Suggestion]:
        """The best ``limit`` completions of ``typed``, best first (none for blank input)."""
        prefix = fold(typed).lstrip()
        if not prefix:
            return []
        index, past = self._current()
        # Sort keys, smallest best: at the start of the text, then kind, shorter, alphabetical.
        scored: dict[str, tuple[tuple[float, float, int, str], Suggestion]] = {}

        def offer(candidate: _Candidate, at_start: bool) -> None:
            key, kind = candidate.folded, candidate.kind
            if key == prefix and kind not in (SuggestionKind.SAVED, SuggestionKind.HISTORY):
                return  # already typed in full: nothing to complete
            score = (-float(at_start), -_KIND_WEIGHT[kind] - candidate.boost, len(key), key)
            held = scored.get(key)
            if held is None or score < held[0]:
                scored[key] = (score, Suggestion(candidate.text, kind))

        for candidate in past:
            at = _match_at(candidate.folded, prefix)
            if at is not None:
                offer(candidate, at == 0)
        for number, at_start in index.find(prefix).items():
            offer(index.candidates[number], at_start)
        best = heapq.nsmallest(limit, scored.values(), key=lambda item: item[0])
        return [suggestion for _, suggestion in best]

    def catalog_index(self) -> PrefixIndex:
        """The prefix index over titles, tags and headings, rebuilt if they changed."""
        return self._current()[0]

    def _current(self) -> tuple[PrefixIndex, list[_Candidate]]:
        """The catalog index and the past searches, each read again only if it changed."""
        with self._lock, self.database.read() as session:
            fingerprint = self._catalog_fingerprint(session)
            if self._index is None or fingerprint != self._fingerprint:
                self._index = PrefixIndex(self._catalog(session))
                self._fingerprint = fingerprint
            enabled = self.memory.enabled()
            past_fingerprint = (enabled, *self._past_fingerprint_of(session))
            if past_fingerprint != self._past_fingerprint:
                self._past = self._past_searches(session, enabled)
                self._past_fingerprint = past_fingerprint
            return self._index, self._past

    def _past_fingerprint_of(self, session: Session) -> tuple[object, ...]:
        return tuple(
            session.execute(
                text(
                    "SELECT (SELECT count(*) FROM recent_search WHERE workspace_id = :w), "
                    "(SELECT max(last_run_ms) FROM recent_search WHERE workspace_id = :w), "
                    "(SELECT sum(run_count) FROM recent_search WHERE workspace_id = :w), "
                    "(SELECT count(*) FROM saved_search WHERE workspace_id = :w), "
                    "(SELECT max(id) FROM saved_search WHERE workspace_id = :w)"
                ),
                {"w": self.workspace_id},
            ).one()
        )

    def _past_searches(self, session: Session, history_on: bool) -> list[_Candidate]:
        """Saved searches, and (when history is on) the latest ``PAST_SEARCHES`` recent ones."""
        params = {"w": self.workspace_id, "n": PAST_SEARCHES}
        found = [
            _Candidate.of(str(query), SuggestionKind.SAVED)
            for (query,) in session.execute(
                text("SELECT query FROM saved_search WHERE workspace_id = :w"), params
            )
        ]
        if history_on:
            recent = session.execute(
                text(
                    "SELECT query, run_count FROM recent_search WHERE workspace_id = :w "
                    "ORDER BY last_run_ms DESC, id DESC LIMIT :n"
                ),
                params,
            )
            for rank, (query, run_count) in enumerate(recent):
                # Recent and frequent searches first, but never above a saved one.
                boost = min(int(run_count), 5) - rank / 50
                found.append(_Candidate.of(str(query), SuggestionKind.HISTORY, boost))
        return found

    def _catalog_fingerprint(self, session: Session) -> tuple[object, ...]:
        live = "WHERE workspace_id = :w AND deleted = 0"  # i18n: not UI (SQL)
        return tuple(
            session.execute(
                text(
                    f"SELECT (SELECT count(*) FROM document {live}), "
                    "(SELECT max(updated_at_ms) FROM document WHERE workspace_id = :w), "
                    f"(SELECT count(*) FROM tag {live}), "
                    "(SELECT max(updated_at_ms) FROM tag WHERE workspace_id = :w), "
                    "(SELECT max(id) FROM chunk)"
                ),
                {"w": self.workspace_id},
            ).one()
        )

    def _catalog(self, session: Session) -> list[_Candidate]:
        params = {"w": self.workspace_id, "v": self.chunker_version}
        candidates: list[_Candidate] = []
        seen: set[tuple[str, SuggestionKind]] = set()

        def add(value: str, kind: SuggestionKind) -> None:
            cleaned = clean_query(value)[:MAX_CANDIDATE_CHARS]
            candidate = _Candidate.of(cleaned, kind)
            if cleaned and (candidate.folded, kind) not in seen:
                seen.add((candidate.folded, kind))
                candidates.append(candidate)

        for (title,) in session.execute(
            text("SELECT title FROM document WHERE workspace_id = :w AND deleted = 0"), params
        ):
            add(str(title), SuggestionKind.TITLE)
        for (name,) in session.execute(
            text("SELECT name FROM tag WHERE workspace_id = :w AND deleted = 0"), params
        ):
            add(str(name), SuggestionKind.TAG)
        headings = session.execute(
            text(
                "SELECT DISTINCT heading_path FROM chunk WHERE chunker_version = :v "
                "AND heading_path != '' AND file_sha256 IN "
                "(SELECT file_sha256 FROM document WHERE workspace_id = :w AND deleted = 0)"
            ),
            params,
        )
        for (path,) in headings:
            for part in str(path).split(HEADING_SEPARATOR):
                add(part.lstrip("#").strip(), SuggestionKind.HEADING)
        return candidates


def _match_at(folded: str, prefix: str) -> int | None:
    """Where ``prefix`` starts a word of ``folded`` (0: the start), or None."""
    for match in _WORD_START.finditer(folded):
        if folded.startswith(prefix, match.start()):
            return match.start()
    return None


@dataclass(frozen=True)
class SearchAids:
    """What helps a person search: history and saved searches, suggestions, spelling."""

    memory: SearchMemory
    suggester: Suggester
    spelling: SpellingHelper

    @classmethod
    def build(
        cls, database: Database, workspace_id: str, settings: Settings, chunker_version: int
    ) -> SearchAids:
        from core.knowledge.search_memory import SearchMemory
        from core.knowledge.spelling import SpellingHelper

        memory = SearchMemory(database, workspace_id, settings)
        return cls(
            memory,
            Suggester(database, workspace_id, memory, chunker_version),
            SpellingHelper(database),
        )
