"""How hybrid search orders what keyword and vector search found.

Plain reciprocal rank fusion (RRF) trusts both sides equally. On real documents its first
result was often the second-best passage: a question in a person's own words ("What does the
police need before searching my house?") shares few words with the answer, so the keyword
side ranks whatever has "house" first, while a query of the text's own words is the keyword
side's strength. ``Ranking`` therefore weights the two sides by the kind of query, and
searches words by their stems. The weights were tuned on ``bench/data/retrieval_questions.json``
and checked on a second, held-out question set (``bench/retrieval.py`` prints both).

Tried and left out: boosting passages whose heading or document title shares the query's
words (many passages share a heading and all of them rose: MRR fell on both sets), convex
fusion of normalised scores instead of ranks and re-querying the vectors with the top
passages folded in (both fell on the held-out set), a heavier heading column in bm25 (no
change beyond one question).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

RRF_K = 60
"""The usual RRF constant: damps the difference between neighbouring ranks."""

_QUESTION_WORDS_TEXT = """
    how what why when where which who whom whose can could do does did is are was were should
    shall may might must will would has have had am
    wie warum wann wo welche welcher welches wer wen wem wieso weshalb kann können ist sind
    gibt darf muss
    comment pourquoi quand où quel quelle quels quelles qui que quoi est peut
    cómo como qué por cuándo cuando dónde donde cuál cual cuáles quién quien puedo puede es hay
"""
# i18n: not UI (words the ranking recognises)
_QUESTION_WORDS = frozenset(_QUESTION_WORDS_TEXT.split())
"""First words of a question in English, German, French and Spanish (the app's languages)."""
_FIRST_WORD = re.compile(r"\w+", re.UNICODE)

Fused = tuple[int, float, int | None, int | None]
"""(chunk id, fused score, keyword rank, vector rank); ranks count from 1, None if absent."""


def looks_like_question(query: str) -> bool:
    """Whether ``query`` is asked in a person's own words rather than typed as keywords."""
    text = query.strip()
    if text.endswith(("?", "？")):
        return True
    first = _FIRST_WORD.search(text)
    return first is not None and first.start() <= 1 and first.group().lower() in _QUESTION_WORDS


@dataclass(frozen=True)
class Ranking:
    """How to rank: word stems on or off, and the (keyword, vector) weights of each side of
    the fusion for questions and for keyword queries."""

    stem_words: bool = True
    question_weights: tuple[float, float] = (0.5, 1.0)
    keyword_weights: tuple[float, float] = (1.0, 0.7)
    rrf_k: int = RRF_K

    def weights(self, query: str) -> tuple[float, float]:
        """The (keyword, vector) weights for this query."""
        return self.question_weights if looks_like_question(query) else self.keyword_weights

    def fuse(self, query: str, keyword: Sequence[int], vector: Sequence[int]) -> list[Fused]:
        """Both sides' chunk ids (best first) fused for ``query``; best first."""
        return weighted_rank_fusion(keyword, vector, self.weights(query), self.rrf_k)


PLAIN_RRF = Ranking(stem_words=False, question_weights=(1.0, 1.0), keyword_weights=(1.0, 1.0))
"""The ranking before weighted fusion and stems, kept so the benchmark can compare."""
TUNED = Ranking()
"""What search uses."""


def reciprocal_rank_fusion(keyword: Sequence[int], vector: Sequence[int]) -> list[Fused]:
    """Plain RRF: score = Σ 1 / (60 + rank), ranks from 1; best first."""
    return weighted_rank_fusion(keyword, vector, (1.0, 1.0), RRF_K)


def weighted_rank_fusion(
    keyword: Sequence[int],
    vector: Sequence[int],
    weights: tuple[float, float],
    k: int = RRF_K,
) -> list[Fused]:
    """Weighted RRF: score = w_keyword / (k + keyword rank) + w_vector / (k + vector rank).

    A passage found by one side only gets that side's share. Ties keep the keyword side's
    order, then the vector side's.
    """
    ranks: dict[int, list[int | None]] = {}
    for rank, chunk_id in enumerate(keyword, 1):
        ranks.setdefault(chunk_id, [None, None])[0] = rank
    for rank, chunk_id in enumerate(vector, 1):
        entry = ranks.setdefault(chunk_id, [None, None])
        if entry[1] is None:
            entry[1] = rank
    fused = [
        (
            chunk_id,
            sum(w / (k + r) for w, r in zip(weights, pair, strict=True) if r is not None),
            pair[0],
            pair[1],
        )
        for chunk_id, pair in ranks.items()
    ]
    fused.sort(key=lambda item: -item[1])
    return fused
