"""Retrieval quality: recall@5 and MRR of keyword, vector and hybrid search on real text.

Two corpora, each with its own questions; every question names the document and a phrase the
right passage contains (the phrase occurs once in its corpus). About half are paraphrases that
share few words with the answer (where vectors help), half use the text's own words (where
keywords help).

- Founding documents: public-domain U.S. founding documents and the Gettysburg Address
  (``bench/data/public_domain/``, 44 questions in ``retrieval_questions.json``). The ranking
  weights were tuned on this set (``--tune`` reruns that search).
- Python Language Reference: excerpts of Python 3.11's reference (PSF licence,
  ``bench/data/python_reference/``, 46 questions in ``python_reference_questions.json``),
  held out: nothing was tuned on it.

Each set is measured before (plain reciprocal rank fusion, words as typed: ``PLAIN_RRF``) and
after (``TUNED``: weights by kind of query, word stems) in the same run. Goals: hybrid beats
both sides alone, and "after" keeps recall@5 and lifts MRR on both sets.

    .venv/bin/python bench/retrieval.py [--json] [--tune]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.knowledge.chunker import CHUNKER_VERSION  # noqa: E402
from core.knowledge.library import KnowledgeBase  # noqa: E402
from core.knowledge.ranking import PLAIN_RRF, TUNED, Ranking  # noqa: E402
from core.knowledge.search import HybridSearcher, SearchMode  # noqa: E402
from core.paths import AppPaths  # noqa: E402
from core.root import open_root  # noqa: E402

DATA = ROOT / "bench" / "data"
K = 5


@dataclass(frozen=True)
class QuestionSet:
    name: str
    folder: str
    questions: str
    tuned_on: bool


SETS = (
    QuestionSet("founding documents", "public_domain", "retrieval_questions.json", True),
    QuestionSet("Python reference", "python_reference", "python_reference_questions.json", False),
)
RANKINGS = {"before": PLAIN_RRF, "after": TUNED}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument(
        "--tune", action="store_true", help="search the fusion weights on the tuning set"
    )
    args = parser.parse_args()
    if args.tune:
        tune(next(s for s in SETS if s.tuned_on))
        return
    results: dict[str, dict[str, object]] = {}
    for question_set in SETS:
        with indexed(question_set) as (knowledge, questions, documents):
            figures = {
                label: {
                    mode.value: score(knowledge, questions, mode, ranking) for mode in SearchMode
                }
                for label, ranking in RANKINGS.items()
            }
        results[question_set.name] = {
            "questions": len(questions),
            "documents": documents,
            "tuned_on": question_set.tuned_on,
            **figures,
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print_table(results)


def print_table(results: dict[str, dict[str, object]]) -> None:
    print(f"recall@{K} and MRR@{K}; before = plain RRF, after = weighted fusion + word stems")
    for name, figures in results.items():
        role = "weights tuned on it" if figures["tuned_on"] else "held out"
        print(
            f"\n{name}: {figures['questions']} questions, {figures['documents']} documents, {role}"
        )
        print(f"  {'mode':<8} {'before R@5':>10} {'MRR':>6}   {'after R@5':>9} {'MRR':>6}")
        before, after = figures["before"], figures["after"]
        assert isinstance(before, dict) and isinstance(after, dict)
        for mode in SearchMode:
            (r0, m0), (r1, m1) = before[mode.value], after[mode.value]
            print(f"  {mode.value:<8} {r0:>10.3f} {m0:>6.3f}   {r1:>9.3f} {m1:>6.3f}")
        hybrid = after["hybrid"]
        beats = all(hybrid[1] > after[m][1] for m in ("keyword", "vector"))
        kept = hybrid[0] >= before["hybrid"][0] and hybrid[1] > before["hybrid"][1]
        print(f"  hybrid beats both alone (MRR): {'yes' if beats else 'NO'}")
        print(f"  after keeps recall@{K} and lifts MRR: {'yes' if kept else 'NO'}")


@contextmanager
def indexed(question_set: QuestionSet) -> Iterator[tuple[KnowledgeBase, list[dict[str, str]], int]]:
    """A temporary data dir with one question set's corpus imported, and its questions."""
    with tempfile.TemporaryDirectory() as tmp:
        services = open_root(AppPaths(Path(tmp), Path(tmp) / "config"))
        folder = DATA / question_set.folder
        texts = sorted(p for p in folder.glob("*.md") if p.name != "README.md")
        job = services.knowledge.import_paths(texts)

        async def run() -> None:
            runner = services.job_runner()
            await runner.start()
            await runner.wait(job)
            await runner.stop()

        asyncio.run(run())
        questions = json.loads((DATA / question_set.questions).read_text(encoding="utf-8"))
        try:
            yield services.knowledge, questions, len(texts)
        finally:
            services.close()


def score(
    knowledge: KnowledgeBase, questions: list[dict[str, str]], mode: SearchMode, ranking: Ranking
) -> tuple[float, float]:
    """(recall@K, MRR@K): a hit is right if its passage has the question's phrase (each phrase
    occurs once in the corpus, so it also names the document)."""
    searcher = HybridSearcher(
        knowledge.database, knowledge.workspace_id, knowledge.vector_side, CHUNKER_VERSION, ranking
    )
    found = 0
    reciprocal = 0.0
    for question in questions:
        hits = searcher.search(question["q"], limit=K, mode=mode)
        for rank, hit in enumerate(hits, 1):
            if question["contains"] in hit.text:
                found += 1
                reciprocal += 1 / rank
                break
    return found / len(questions), reciprocal / len(questions)


def tune(question_set: QuestionSet) -> None:
    """Hybrid recall@K and MRR for a grid of fusion weights on one set, best first.

    Ties go to the weights nearest plain RRF (the smallest total change)."""
    grid = []
    for question_keyword, keywords_vector, k in itertools.product(
        (1.0, 0.7, 0.5, 0.3), (1.0, 0.7, 0.5), (30, 60)
    ):
        grid.append(
            replace(
                TUNED,
                question_weights=(question_keyword, 1.0),
                keyword_weights=(1.0, keywords_vector),
                rrf_k=k,
            )
        )
    with indexed(question_set) as (knowledge, questions, _):
        rows = [(score(knowledge, questions, SearchMode.HYBRID, r), r) for r in grid]

    def change(r: Ranking) -> float:
        weights = (*r.question_weights, *r.keyword_weights)
        return sum(abs(1.0 - w) for w in weights) + abs(r.rrf_k - 60) / 60

    rows.sort(key=lambda row: (-row[0][1], -row[0][0], change(row[1])))
    print(f"tuning on {question_set.name} ({len(questions)} questions), hybrid, stems on:")
    print("questions (keyword, vector)  keyword queries (keyword, vector)  k   recall@5  MRR")
    for (recall, mrr), r in rows:
        print(
            f"{r.question_weights!s:<28} {r.keyword_weights!s:<34} {r.rrf_k:<3} "
            f"{recall:.3f}     {mrr:.3f}"
        )


if __name__ == "__main__":
    main()
