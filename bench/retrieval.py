"""Retrieval quality: recall@5 and MRR of keyword, vector and hybrid search on real text.

The corpus is public-domain U.S. founding documents and the Gettysburg Address
(``bench/data/public_domain/``, sources in its README); the 44 questions
(``bench/data/retrieval_questions.json``) name the document and a phrase the right passage
contains. About half are paraphrases that share few words with the answer (where vectors
help), half use the text's own words (where keywords help). Goal: hybrid beats both alone.

    .venv/bin/python bench/retrieval.py [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.knowledge.search import SearchMode  # noqa: E402
from core.paths import AppPaths  # noqa: E402
from core.root import open_root  # noqa: E402

DATA = ROOT / "bench" / "data"
K = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args()
    questions = json.loads((DATA / "retrieval_questions.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        services = open_root(AppPaths(Path(tmp), Path(tmp) / "config"))
        knowledge = services.knowledge
        texts = sorted(p for p in (DATA / "public_domain").glob("*.md") if p.name != "README.md")
        job = knowledge.import_paths(texts)

        async def run() -> None:
            runner = services.job_runner()
            await runner.start()
            await runner.wait(job)
            await runner.stop()

        asyncio.run(run())
        results = {mode.value: score(knowledge, questions, mode) for mode in SearchMode}
        services.close()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{len(questions)} questions over {len(texts)} documents, recall@{K} and MRR@{K}:")
    for mode, (recall, mrr) in results.items():
        print(f"  {mode:<8} recall@{K} {recall:.3f}   MRR {mrr:.3f}")
    hybrid = results["hybrid"]
    better = all(hybrid[1] > results[m][1] for m in ("keyword", "vector"))
    print(f"hybrid beats both alone (MRR): {'yes' if better else 'NO'}")


def score(
    knowledge: object, questions: list[dict[str, str]], mode: SearchMode
) -> tuple[float, float]:
    """(recall@K, MRR@K): a hit is right if its passage has the question's phrase (each phrase
    occurs once in the corpus, so it also names the document)."""
    found = 0
    reciprocal = 0.0
    for question in questions:
        hits = knowledge.search(question["q"], limit=K, mode=mode)  # type: ignore[attr-defined]
        for rank, hit in enumerate(hits, 1):
            if question["contains"] in hit.text:
                found += 1
                reciprocal += 1 / rank
                break
    return found / len(questions), reciprocal / len(questions)


if __name__ == "__main__":
    main()
