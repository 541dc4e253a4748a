"""Search latency at scale: hybrid search p50/p95 over 100,000 chunks vs a bare Chroma query.

Builds (once, cached in --data-dir) a knowledge base of N chunks of generated English-like text
in app.db (FTS5 via the real triggers) and N vectors in Chroma. Embedding 100,000 chunks on 2
cores takes ~1.5 hours, so the stored vectors are random unit vectors (stated in the output);
queries are embedded by the real on-device model, as in the app. Then times hybrid search
(keyword + vector + fusion + snippets) against a bare Chroma top-50 query of the same
collection. Goal: hybrid p95 <= 100 ms.

    .venv/bin/python bench/search.py [--chunks 100000] [--queries 200] [--data-dir DIR]
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
from sqlalchemy import func, insert, select  # noqa: E402

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
                    "heading_path": "",
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
    args = parser.parse_args()
    rng = random.Random(7)
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="bench-search-"))
    build(data, args.chunks, rng)
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


if __name__ == "__main__":
    main()
