"""Ingestion throughput: import a generated corpus of PDFs as the app does, in one run.

Default corpus: 200 PDF files, 2,000 pages in all (~300 words a page, words drawn from the
public-domain texts in ``bench/data/public_domain``). Prints pages/s and chunks/s of the whole
import (copy, parse, chunk, embed, store), the raw embedding model's throughput on the very
same chunks (batches of 64, nothing else), their ratio (goal >= 0.7) and the peak memory of
the process (goal <= 600 MB).

    .venv/bin/python bench/ingest.py [--files 200] [--pages 2000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
from fpdf import FPDF  # noqa: E402
from sqlalchemy import select  # noqa: E402

from core.db.models import Chunk  # noqa: E402
from core.paths import AppPaths  # noqa: E402
from core.root import open_root  # noqa: E402

TEXTS = ROOT / "bench" / "data" / "public_domain"


class PeakMemory:
    """Samples the process's resident memory every 50 ms in a thread; ``peak`` in bytes."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._process = psutil.Process()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._process.memory_info().rss)
            self._stop.wait(0.05)


def make_corpus(folder: Path, files: int, pages: int, rng: random.Random) -> None:
    words = re.findall(r"[A-Za-z']+", " ".join(p.read_text() for p in TEXTS.glob("*.md")))
    per_file = [pages // files + (1 if i < pages % files else 0) for i in range(files)]
    for index, count in enumerate(per_file):
        pdf = FPDF()
        pdf.set_font("helvetica", size=10)
        pdf.set_title(f"Generated report {index}")
        for _ in range(count):
            pdf.add_page()
            paragraphs = []
            for _ in range(rng.randint(3, 5)):
                sentences = [
                    " ".join(rng.choice(words) for _ in range(rng.randint(8, 22))).capitalize()
                    + "."
                    for _ in range(rng.randint(3, 6))
                ]
                paragraphs.append(" ".join(sentences))
            pdf.multi_cell(0, 5, "\n\n".join(paragraphs))
        pdf.output(str(folder / f"report-{index:03d}.pdf"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--keep", help="build the corpus and data dir here and keep them")
    args = parser.parse_args()
    root = Path(args.keep or tempfile.mkdtemp(prefix="bench-ingest-"))
    corpus, data = root / "corpus", root / "data"
    corpus.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    make_corpus(corpus, args.files, args.pages, random.Random(11))
    print(
        f"Generated {args.files} PDFs, {args.pages:,} pages in "
        f"{time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    services = open_root(AppPaths(data, data / "config"))
    knowledge = services.knowledge
    knowledge.warm()  # the app loads the model in the background after start, too

    async def run(job_id: str) -> None:
        runner = services.job_runner()
        await runner.start()
        await runner.wait(job_id)
        await runner.stop()

    with PeakMemory() as memory:
        started = time.perf_counter()
        job = knowledge.import_paths([corpus])
        asyncio.run(run(job))
        elapsed = time.perf_counter() - started
    info = services.jobs.get(job)
    snap = knowledge.progress.snapshot(job)
    assert snap is not None
    with services.database.read() as session:
        rows = session.execute(select(Chunk.text, Chunk.heading_path)).all()
    texts = [f"{h}\n{t}" if h else t for t, h in rows]
    embedder = knowledge.embedder()
    started = time.perf_counter()
    for first in range(0, len(texts), 64):
        embedder.embed(texts[first : first + 64])
    raw = len(texts) / (time.perf_counter() - started)
    services.close()
    chunks_per_s = len(texts) / elapsed
    print(
        f"imported {info.done} of {info.total} files ({info.failed} failed), "
        f"{snap.pages:,} pages, {len(texts):,} chunks in {elapsed:.1f} s"
    )
    print(f"pages/s            {snap.pages / elapsed:8.1f}")
    print(f"chunks/s           {chunks_per_s:8.1f}")
    print(f"raw embedding      {raw:8.1f} chunks/s (same chunks, batches of 64)")
    print(f"ratio              {chunks_per_s / raw:8.2f}   (goal >= 0.7)")
    print(f"peak memory        {memory.peak / 1024**2:8.0f} MB (goal <= 600 MB)")


if __name__ == "__main__":
    main()
