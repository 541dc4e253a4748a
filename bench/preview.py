"""The document viewer, thumbnails and OCR, in one run.

1. "Open at page 250": a 500-page PDF opened in the app's viewer (``DocumentViewer``) as the
   app opens a citation: the split pane made once and reused (another document shown in it
   before each run), the file found off the GUI thread when the answer citing it was shown
   (``CitedFiles``; here by a worker before the clock starts), loaded with QtPdf, laid out,
   scrolled to page 250, until that page is painted. Against a bare ``QPdfDocument`` load and
   render of the same page at the same size (the issue's baseline), and the same bare load and
   render painted in a plain widget (the same end point: on screen). Also printed: the open
   without the file found beforehand, in a new pane (a worker finds it on the clock). Runs
   alternate, so all see the same load on a shared machine; the median and the best run are
   printed. Goal: <= 1.5x the bare figure and <= 300 ms.
2. Thumbnails per second over 200 one-page PDFs (``DocumentSources.thumbnail``, cold cache).
3. OCR pages per minute and character accuracy against the known text of clean 150 dpi scans
   (page images only, rendered through poppler as an import does). Goal: >= 98 %.

    .venv/bin/python bench/preview.py [--runs 7] [--thumbnails 200] [--ocr-pages 4] [--open-only]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fpdf import FPDF  # noqa: E402
from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from core.db.models import Document  # noqa: E402
from core.jobs import RetryPolicy  # noqa: E402
from core.paths import AppPaths  # noqa: E402
from core.root import Root, open_root  # noqa: E402
from tests.knowledge_fixtures import files  # noqa: E402

# CPU time (all threads of the process) per run: on a shared, busy machine wall time also counts
# the time the process waited for a CPU; CPU time does not.
CPU_MS: dict[str, list[float]] = {"viewer": [], "hop": [], "bare": []}
REUSED: dict[str, object] = {}  # the one viewer pane the runs share (the app reuses its pane)
BUILD_MS: list[float] = []  # making and showing the (empty) viewer pane, before ``open``


def steady_heap() -> None:
    """Keep glibc from giving freed heap memory back to the kernel (and taking it again).

    Each render makes a page-sized image (3.7 MB here). With glibc's default, whether that
    image reuses freed memory or grows the heap (about 900 page faults, 0.5 to 1 ms) depends
    on what ran just before: the bare render, right after a viewer run, paid it or not
    depending on the viewer's own allocations, not on its own work. With no trimming, the
    viewer and the bare figures alike are measured on a heap that stays put between runs.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        m_trim_threshold, m_mmap_threshold = -1, -3  # glibc's mallopt parameters
        libc.mallopt(m_trim_threshold, 1 << 30)
        libc.mallopt(m_mmap_threshold, 64 << 20)
    except (OSError, AttributeError):  # not glibc: nothing to steady
        return


def big_pdf(path: Path, pages: int) -> Path:
    document = FPDF()
    document.set_font("helvetica", size=11)
    for page in range(1, pages + 1):
        document.add_page()
        document.multi_cell(0, 6, f"Page {page}. " + "Lorem ipsum dolor sit amet. " * 30)
        document.rect(20, 120, 170, 80)
    document.output(str(path))
    return path


def run_jobs(services: Root, job_id: str) -> None:
    async def go() -> None:
        runner = services.job_runner()
        runner.retry = RetryPolicy(max_attempts=1)
        await runner.start()
        try:
            await runner.wait(job_id, timeout=1800)
        finally:
            await runner.stop()

    asyncio.run(go())


def documents(services: Root) -> dict[str, str]:
    with services.database.read() as session:
        return {d.source_name: d.id for d in session.scalars(select(Document))}


def open_at_page(
    app: QApplication,
    services: Root,
    document_id: str,
    runs: int,
    ops: object = None,
    *,
    known: bool = True,
    other_id: str | None = None,
) -> list[float]:
    """Milliseconds from ``open`` to page 250 painted, per run (the viewer shown before).

    ``known``: as the app opens a citation, the document's stored file was found off the GUI
    thread when the answer's sources were shown (here: by a worker, before the clock starts);
    otherwise ``open`` finds it (a worker and back) on the clock. ``other_id``: as the app's
    split pane, one viewer is made once and reused: before each run it shows that other
    document, so every run loads the file anew into a pane that showed something else.
    """
    import qasync

    from desktop.knowledge.viewer import DocumentViewer, ViewerTarget
    from desktop.operations import Operations

    if ops is None:
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        ops = Operations(loop)
    assert isinstance(ops, Operations)
    loop = ops.loop
    times: list[float] = []
    source = None
    if known:  # found by a worker (the app: when the answer citing it was shown)
        source = loop.run_until_complete(
            ops.run("Finding the file", services.sources.source, document_id)
        )
    reused = REUSED.get("viewer") if other_id is not None else None
    for _ in range(runs):
        if reused is None:
            built = time.perf_counter()
            viewer = DocumentViewer(services.sources, ops)
            viewer.resize(1000, 800)
            viewer.show()
            viewer.repaint()  # the empty pane on screen ("Opening…"), as a click shows it first
            BUILD_MS.append((time.perf_counter() - built) * 1000)
            if other_id is not None:
                REUSED["viewer"] = reused = viewer
        else:
            viewer = reused
        if other_id is not None:  # the citation shown before this one, in the same pane
            shown = asyncio.Event()
            viewer.opened.connect(lambda _s, shown=shown: shown.set())
            viewer.open(ViewerTarget(other_id, 1))
            loop.run_until_complete(asyncio.wait_for(shown.wait(), 30))
            viewer.opened.disconnect()
        loop.run_until_complete(asyncio.sleep(0.05))  # nothing of the pane's own left to do
        painted = asyncio.Event()
        at: list[float] = []

        def seen(page: int, at: list[float] = at, painted: asyncio.Event = painted) -> None:
            if page == 250 and not at:  # the moment it is painted, not when the loop wakes
                at.extend((time.perf_counter(), time.process_time()))
                painted.set()

        viewer.canvas.painted.connect(seen)
        start, cpu = time.perf_counter(), time.process_time()
        viewer.open(ViewerTarget(document_id, 250), source)
        loop.run_until_complete(asyncio.wait_for(painted.wait(), 30))
        times.append((at[0] - start) * 1000)
        CPU_MS["viewer" if known else "hop"].append((at[1] - cpu) * 1000)
        viewer.canvas.painted.disconnect(seen)
        size = viewer.canvas.page_rect(249).toAlignedRect().size()
        if reused is None:
            viewer.close()
            viewer.deleteLater()
        app.processEvents()
    open_at_page.size = size  # type: ignore[attr-defined]
    return times


def bare_render(path: Path, size: QSize, runs: int) -> list[float]:
    """Milliseconds to load the file and render page 250 to an image (the issue's baseline)."""
    times: list[float] = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        document = QPdfDocument()
        document.load(str(path))
        image = document.render(249, size)
        assert not image.isNull()
        times.append((time.perf_counter() - start) * 1000)
        CPU_MS["bare"].append((time.process_time() - cpu) * 1000)
        document.close()
    return times


def bare_painted(app: QApplication, path: Path, size: QSize, runs: int) -> list[float]:
    """Milliseconds to load the file, render page 250 and paint it in a plain shown widget."""
    from PySide6.QtGui import QPainter, QPaintEvent
    from PySide6.QtWidgets import QWidget

    class Page(QWidget):
        image = None
        painted_at = 0.0

        def paintEvent(self, event: QPaintEvent) -> None:
            if self.image is not None:
                painter = QPainter(self)
                painter.fillRect(self.rect(), Qt.GlobalColor.white)
                painter.drawImage(0, 0, self.image)
                painter.end()
                self.painted_at = time.perf_counter()

    times: list[float] = []
    for _ in range(runs):
        widget = Page()
        widget.resize(1000, 800)
        widget.show()
        app.processEvents()
        start = time.perf_counter()
        document = QPdfDocument()
        document.load(str(path))
        widget.image = document.render(249, size)
        widget.repaint()
        times.append((widget.painted_at - start) * 1000)
        document.close()
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return times


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--thumbnails", type=int, default=200)
    parser.add_argument("--ocr-pages", type=int, default=4)
    parser.add_argument("--open-only", action="store_true", help="only the open at page 250")
    args = parser.parse_args()
    steady_heap()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        paths = AppPaths(base / "data", base / "data" / "config")
        services = open_root(paths)
        from desktop.knowledge.qt_rasterizer import QtPdfRasterizer

        services.sources.recognizer.fallback = QtPdfRasterizer()  # as the app: poppler or QtPdf
        try:
            corpus = base / "corpus"
            corpus.mkdir()
            big = big_pdf(corpus / "big.pdf", 500)
            thumbs = base / "thumbs"
            thumbs.mkdir()
            for i in range(args.thumbnails):
                files.pdf(thumbs / f"t{i:03}.pdf", [f"Thumbnail document {i}. " * 20])
            run_jobs(services, services.knowledge.import_paths([big, thumbs]))
            ids = documents(services)

            import qasync

            from desktop.operations import Operations

            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            ops = Operations(loop)
            document_id, other_id = ids["big.pdf"], ids["t000.pdf"]
            open_at_page(app, services, document_id, 1, ops, known=False)  # imports the modules
            open_at_page(app, services, document_id, 1, ops, other_id=other_id)  # the pane
            size: QSize = open_at_page.size  # type: ignore[attr-defined]
            stored = services.sources.source(document_id).path
            bare_render(stored, size, 1)
            bare_painted(app, stored, size, 1)
            viewer_ms: list[float] = []
            hop_ms: list[float] = []
            bare_ms: list[float] = []
            painted_ms: list[float] = []
            CPU_MS["bare"].clear()
            for _ in range(args.runs):  # alternating: a busy moment hits all four alike
                viewer_ms += open_at_page(app, services, document_id, 1, ops, other_id=other_id)
                bare_ms += bare_render(stored, size, 1)
                hop_ms += open_at_page(app, services, document_id, 1, ops, known=False)
                painted_ms += bare_painted(app, stored, size, 1)
            ops.shutdown()
            viewer, bare = statistics.median(viewer_ms), statistics.median(bare_ms)
            painted, hop = statistics.median(painted_ms), statistics.median(hop_ms)
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            print(f"open at page 250 of 500, painted: {viewer:.1f} ms median, "
                  f"{min(viewer_ms):.1f} best of {args.runs} (load average {load:.1f} "
                  f"on {os.cpu_count()} CPUs)")  # fmt: skip
            print("  (as the app opens a citation: the file found off the GUI thread when the "
                  "answer was shown, the split pane made once and reused, another document "
                  "shown in it before)")  # fmt: skip
            print(f"  without the file found beforehand, in a new pane (a worker finds it, on "
                  f"the clock): {hop:.1f} ms median, {min(hop_ms):.1f} best; the new pane "
                  f"built and painted before: {statistics.median(BUILD_MS[-args.runs :]):.1f}"
                  f" ms median")  # fmt: skip
            print(f"bare QPdfDocument load + render of that page ({size.width()}x{size.height()}):"
                  f" {bare:.1f} ms median, {min(bare_ms):.1f} best")  # fmt: skip
            print(f"bare load + render + paint in a plain widget: {painted:.1f} ms median, "
                  f"{min(painted_ms):.1f} best")  # fmt: skip
            cpu_viewer = statistics.median(CPU_MS["viewer"][-args.runs :])
            cpu_bare = statistics.median(CPU_MS["bare"][-args.runs :])
            print(f"CPU time (median): viewer {cpu_viewer:.1f} ms, bare render {cpu_bare:.1f} ms "
                  f"= {cpu_viewer / cpu_bare:.2f}x")  # fmt: skip
            ok = viewer <= 1.5 * bare and viewer <= 300
            print(f"ratio {viewer / bare:.2f}x the bare render (best runs "
                  f"{min(viewer_ms) / min(bare_ms):.2f}x), {viewer / painted:.2f}x the bare "
                  f"render painted (goal <= 1.5x and <= 300 ms): "
                  f"{'met' if ok else 'NOT met'}; without the file found beforehand "
                  f"{hop / bare:.2f}x")  # fmt: skip

            if args.open_only:
                return 0
            thumb_ids = [v for k, v in ids.items() if k.startswith("t")]
            start = time.perf_counter()
            for document_id in thumb_ids:
                services.sources.thumbnail(document_id)
            took = time.perf_counter() - start
            print(f"thumbnails: {len(thumb_ids) / took:.1f}/s over {len(thumb_ids)} PDFs "
                  f"({services.sources.recognizer.rasterizer().name})")  # fmt: skip
            start = time.perf_counter()
            for document_id in thumb_ids:
                services.sources.thumbnail(document_id)
            print(f"thumbnails again (cached by file hash): "
                  f"{len(thumb_ids) / (time.perf_counter() - start):.0f}/s")  # fmt: skip

            truth = [files.SCANNED_PAGES[i % 3] for i in range(args.ocr_pages)]
            scan = files.scanned_text_pdf(base / "scan.pdf", truth)
            recognizer = services.sources.recognizer
            recognizer.recognise_image(files.text_image("warm up"), 1)  # load the models
            start = time.perf_counter()
            parsed = recognizer.read_pdf(scan, "scan.pdf", "0" * 64)
            pages: dict[int, list[str]] = {}
            for block in parsed.blocks:
                pages.setdefault(block.page or 0, []).append(block.text)
            took = time.perf_counter() - start
            errors = chars = 0
            for page, text in enumerate(truth, 1):
                got = " ".join(" ".join(pages.get(page, [])).split())
                want = " ".join(text.split())
                errors += edit_distance(got, want)
                chars += len(want)
            accuracy = 100 * (1 - errors / chars)
            print(f"OCR: {args.ocr_pages / took * 60:.1f} pages/min (render + recognise, "
                  f"{took / args.ocr_pages:.2f} s/page), character accuracy {accuracy:.2f} % "
                  f"(goal >= 98 %: {'met' if accuracy >= 98 else 'NOT met'})")  # fmt: skip
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
