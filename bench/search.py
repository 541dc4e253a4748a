"""Search latency at scale: hybrid search p50/p95 over 100,000 chunks vs a bare Chroma query.

Builds (once, cached in --data-dir) a knowledge base of N chunks of generated English-like text
in app.db (FTS5 via the real triggers) and N vectors in Chroma. Embedding 100,000 chunks on 2
cores takes ~1.5 hours, so the stored vectors are random unit vectors (stated in the output);
queries are embedded by the real on-device model, as in the app. Then times hybrid search
(keyword + vector + fusion + snippets) against a bare Chroma top-50 query of the same
collection. Goal: hybrid p95 <= 100 ms.

Also times search suggestions as you type (titles, headings, tags, a full search history) for
prefixes of 1 to 12 characters, against a raw SQLite prefix query over the same titles and
headings (``LIKE 'prefix%'``, no ranking, no history). Goal: suggestions p95 <= 30 ms.

    .venv/bin/python bench/search.py [--chunks 100000] [--queries 200] [--data-dir DIR]
                                     [--only hybrid|suggest]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sqlalchemy import func, insert, select, text  # noqa: E402

from core.db.models import Chunk, Document  # noqa: E402
from core.knowledge.chunker import CHUNKER_VERSION  # noqa: E402
from core.knowledge.vectors import vector_id  # noqa: E402
from core.paths import AppPaths  # noqa: E402
from core.root import open_root  # noqa: E402

CHUNKS_PER_DOCUMENT = 100
_VOCABULARY = """
turbine bearing temperature blade rotor inspection maintenance oil pressure valve pump
engine gear shaft voltage current circuit breaker relay sensor calibration safety
procedure manual operator alarm shutdown startup torque vibration coupling seal filter
coolant flow meter tank pipe weld crack corrosion fatigue load stress strain design budget
invoice contract payment supplier schedule project report meeting review audit policy
travel expense receipt approval manager team customer order delivery warehouse garden
tomato rose soil water sun seed harvest compost pest aphid leaf root flower history nation
liberty court judge jury trial law right vote election senate congress
"""
WORDS = _VOCABULARY.split()
COMMON = "the of and to in a is that for it as with was on be by this are or at from".split()  # noqa: SIM905


def sentence(rng: random.Random) -> str:
    words = [
        rng.choice(WORDS if rng.random() < 0.45 else COMMON) for _ in range(rng.randint(8, 20))
    ]
    return " ".join(words).capitalize() + "."


def heading(i: int) -> str:
    """A section heading per 10 passages (about 10,000 distinct ones at 100,000 passages)."""
    section, n = i // 10, len(WORDS)
    first, second = WORDS[section % n], WORDS[(section // n + section * 31) % n]
    return f"Part {section % 9 + 1} › {section % 10 + 1}. {first.capitalize()} {second}"


def build(data: Path, chunks: int, rng: random.Random) -> None:
    services = open_root(AppPaths(data, data / "config"))
    knowledge = services.knowledge
    vectors = knowledge.vectors()
    with services.database.read() as session:
        have = session.scalar(select(func.count()).select_from(Chunk)) or 0
    if have >= chunks:
        services.close()
        return
    print(f"Building {chunks:,} chunks (random unit vectors in Chroma)…", file=sys.stderr)
    started = time.perf_counter()
    for first in range(0, chunks, 5000):
        count = min(5000, chunks - first)
        rows, ids, shas = [], [], []
        docs = []
        for i in range(first, first + count):
            sha = f"{i // CHUNKS_PER_DOCUMENT:064x}"
            ordinal = i % CHUNKS_PER_DOCUMENT
            if ordinal == 0:
                docs.append(sha)
            text = " ".join(sentence(rng) for _ in range(8))
            rows.append(
                {
                    "file_sha256": sha,
                    "chunker_version": CHUNKER_VERSION,
                    "ordinal": ordinal,
                    "text": text,
                    "page_start": ordinal // 3 + 1,
                    "page_end": ordinal // 3 + 1,
                    "heading_path": heading(i),
                    "token_count": 200,
                }
            )
            ids.append(vector_id(sha, CHUNKER_VERSION, ordinal))
            shas.append(sha)
        with services.database.write() as session:
            session.execute(insert(Chunk), rows)
            for sha in docs:
                services.recorder.create(
                    session,
                    Document,
                    workspace_id=services.workspace_id,
                    title=f"Manual {int(sha, 16)}",
                    doc_type="pdf",
                    file_sha256=sha,
                    size_bytes=1,
                    pages=34,
                    state="ready",
                )
        unit = np.random.default_rng(first).normal(size=(count, 384)).astype(np.float32)
        unit /= np.linalg.norm(unit, axis=1, keepdims=True)
        vectors.upsert(ids, unit, shas)
        print(f"  {first + count:,} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    services.close()


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--data-dir", help="reuse (or keep) the built store here")
    parser.add_argument("--only", choices=("hybrid", "suggest"), help="time only this")
    args = parser.parse_args()
    rng = random.Random(7)
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="bench-search-"))
    build(data, args.chunks, rng)
    if args.only != "hybrid":
        bench_suggestions(data, args.chunks, args.queries, random.Random(11))
    if args.only == "suggest":
        return
    services = open_root(AppPaths(data, data / "config"))
    knowledge = services.knowledge
    embedder, vectors = knowledge.vector_side()
    knowledge.warm()
    queries = [
        " ".join(rng.choice(WORDS + COMMON) for _ in range(rng.randint(1, 6)))
        for _ in range(args.queries)
    ]
    hybrid: list[float] = []
    bare: list[float] = []
    for query in queries:
        started = time.perf_counter()
        knowledge.search(query, limit=10)
        hybrid.append((time.perf_counter() - started) * 1000)
        vector = embedder.embed([query])[0]
        started = time.perf_counter()
        vectors.query(vector, 50)
        bare.append((time.perf_counter() - started) * 1000)
    services.close()
    h50, h95 = percentiles(hybrid)
    b50, b95 = percentiles(bare)
    print(
        f"{args.chunks:,} chunks ({vectors.count():,} vectors: random unit vectors, "
        f"queries embedded on-device), {len(queries)} queries of 1-6 words"
    )
    print(f"hybrid search       p50 {h50:6.1f} ms   p95 {h95:6.1f} ms   (goal p95 <= 100 ms)")
    print(f"bare Chroma top-50  p50 {b50:6.1f} ms   p95 {b95:6.1f} ms")
    print(f"ratio hybrid/bare   p50 {h50 / b50:6.1f}x   p95 {h95 / b95:6.1f}x")
    print(f"data dir: {data}")


def bench_suggestions(data: Path, chunks: int, count: int, rng: random.Random) -> None:
    """Suggestion latency per keystroke vs a raw SQLite prefix query of titles and headings."""
    from core.knowledge.search_memory import MAX_HISTORY

    services = open_root(AppPaths(data, data / "config"))
    aids = services.search
    memory = aids.memory
    services.settings.set("search.history", True)
    if len(memory.history(limit=MAX_HISTORY)) < MAX_HISTORY:
        for _ in range(MAX_HISTORY):
            memory.record(" ".join(rng.choice(WORDS) for _w in range(rng.randint(1, 4))), "cli")
    started = time.perf_counter()
    candidates = len(aids.suggester.catalog_index())
    built_ms = (time.perf_counter() - started) * 1000
    phrases = [f"{rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(count)]
    prefixes = [p[: rng.randint(1, min(12, len(p)))] for p in phrases]
    raw = text(
        "SELECT title FROM document WHERE workspace_id = :w AND deleted = 0 "
        "AND title LIKE :p ESCAPE '\\' "
        "UNION SELECT DISTINCT heading_path FROM chunk WHERE heading_path LIKE :p ESCAPE '\\' "
        "LIMIT 8"
    )
    suggest: list[float] = []
    baseline: list[float] = []
    found = 0
    for prefix in prefixes:
        started = time.perf_counter()
        found += bool(aids.suggester.suggest(prefix))
        suggest.append((time.perf_counter() - started) * 1000)
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        started = time.perf_counter()
        with services.database.read() as session:
            session.execute(raw, {"w": services.workspace_id, "p": like}).all()
        baseline.append((time.perf_counter() - started) * 1000)
    services.close()
    s50, s95 = percentiles(suggest)
    r50, r95 = percentiles(baseline)
    print(
        f"{chunks:,} chunks: {candidates:,} titles, tags and headings indexed in {built_ms:.0f} ms "
        f"(once, and after they change), {MAX_HISTORY} searches in the history; "
        f"{len(prefixes)} prefixes of 1-12 characters, {found} with suggestions"
    )
    print(f"suggestions         p50 {s50:6.1f} ms   p95 {s95:6.1f} ms   (goal p95 <= 30 ms)")
    print(f"raw SQLite LIKE     p50 {r50:6.1f} ms   p95 {r95:6.1f} ms   (titles + headings)")
    print(f"ratio suggest/raw   p50 {s50 / r50:6.2f}x   p95 {s95 / r95:6.2f}x")


if __name__ == "__main__":
    main()
