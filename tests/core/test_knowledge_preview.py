"""Scans and images made searchable by OCR; a document's source, page text, thumbnails, exports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from core.db.models import Document
from core.knowledge.formats import DocumentUnreadable
from core.knowledge.preview import ExportError, locate_words, safe_file_name
from core.root import Root
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

ROOT = Path(__file__).resolve().parents[2]
THIRD_PAGE = files.SCANNED_KEY_SENTENCE


def convosphere(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--data-dir", str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=env, check=False,
    )  # fmt: skip


def imported(services: Root, *paths: Path) -> dict[str, Document]:
    info = run_job(services, services.knowledge.import_paths(list(paths)), timeout=300)
    assert info.state == "done", services.jobs.item_errors(info.id)
    with services.database.read() as session:
        from sqlalchemy import select

        return {d.source_name: d for d in session.scalars(select(Document))}


def test_a_scanned_pdf_and_a_png_are_found_by_search_at_their_page(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    files.scanned_text_pdf(folder / "harbour.pdf", files.SCANNED_PAGES)
    files.text_png(folder / "notice.png", "Visitors must sign the register at the gate house.")
    data = tmp_path / "data"
    done = convosphere(data, "import", str(folder), "--quiet")
    assert done.returncode == 0, done.stderr
    found = convosphere(data, "search", "pilot boards every tanker", "--json", "--mode", "keyword")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits and hits[0]["title"] == "harbour" and hits[0]["page_start"] == 3
    assert "Ostravik" in hits[0]["snippet"]
    found = convosphere(data, "search", "sign the register at the gate", "--json")
    hits = json.loads(found.stdout)
    assert hits and hits[0]["type"] == "image" and "gate house" in hits[0]["snippet"]
    listing = json.loads(convosphere(data, "docs", "list", "--json").stdout)
    scan_id = next(d["id"] for d in listing if d["title"] == "harbour")
    text = convosphere(data, "docs", "text", scan_id, "--page", "3")
    page_three = " ".join(text.stdout.split())
    assert text.returncode == 0 and "pilot boards every tanker" in page_three
    assert "ferry to Halden" not in page_three, "only page 3"
    png = tmp_path / "thumb.png"
    made = convosphere(data, "docs", "thumbnail", scan_id, "--to", str(png))
    assert made.returncode == 0, made.stderr
    with Image.open(png) as thumb:
        assert thumb.width == 240 and thumb.height > thumb.width
    os.environ["CONVOSPHERE_PRINT_ONLY"] = "1"  # the app's command, not a window
    try:
        shown = convosphere(data, "docs", "show", scan_id, "--page", "3")
    finally:
        del os.environ["CONVOSPHERE_PRINT_ONLY"]
    assert shown.returncode == 0, shown.stderr
    assert f"--open-document {scan_id} --open-page 3" in shown.stdout
    missing = convosphere(data, "docs", "text", "no-such-id")
    assert missing.returncode != 0 and "No document has the id" in missing.stderr


def test_ocr_word_boxes_put_a_cited_passage_where_it_is_on_the_page(
    services: Root, tmp_path: Path
) -> None:
    path = files.scanned_text_pdf(tmp_path / "harbour.pdf", files.SCANNED_PAGES)
    document = imported(services, path)["harbour.pdf"]
    sources = services.sources
    assert sources.source(document.id).recognised and document.pages == 3
    opening = "Pilot orders. Entry 3.0: the Dagny moored at berth 2"
    boxes = sources.passage_boxes(document.id, 3, opening).boxes
    assert len(boxes) == len(opening.split())
    x0, y0, _x1, _y1 = boxes[0]
    # The test draws the text 120 px from the left and 150 px from the top of a 1240 x 1754 page.
    assert abs(x0 - 120 / 1240) < 0.01 and abs(y0 - 150 / 1754) < 0.01
    boxes = sources.passage_boxes(document.id, 3, THIRD_PAGE).boxes
    assert len(boxes) >= len(THIRD_PAGE.split()) - 1 and min(b[1] for b in boxes) > 0.3
    assert sources.passage_boxes(document.id, 2, THIRD_PAGE).boxes == ()


def test_page_text_exports_and_copies_come_from_the_store(services: Root, tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "turbine.pdf", files.TURBINE_PAGES, title="Turbine/Manual: v2")
    document = imported(services, path)["turbine.pdf"]
    sources = services.sources
    assert "red button" in sources.page_text(document.id, 3)
    assert "red button" not in sources.page_text(document.id, 1)
    with pytest.raises(DocumentUnreadable, match="pages 1–3, not 9"):
        sources.page_text(document.id, 9)
    source = sources.source(document.id)
    assert source.file_name == "Turbine Manual v2.pdf"
    assert source.path.is_relative_to(services.paths.files_dir)
    out = tmp_path / "out"
    out.mkdir()
    assert sources.export_pages(document.id, 2, 3, out / "part.pdf") == 2
    assert len(PdfReader(out / "part.pdf").pages) == 2
    with pytest.raises(ExportError, match="pages 1–3"):
        sources.export_pages(document.id, 2, 7, out / "bad.pdf")
    sources.save_copy(document.id, out / source.file_name)
    assert (out / source.file_name).read_bytes() == path.read_bytes()
    first = sources.thumbnail(document.id)
    assert first.is_relative_to(services.paths.data_dir / "thumbnails")
    assert sources.thumbnail(document.id).stat().st_mtime_ns == first.stat().st_mtime_ns


def test_a_title_never_becomes_a_path() -> None:
    assert safe_file_name("../../etc/passwd", ".pdf") == "etc passwd.pdf"
    assert safe_file_name("a\\b:c*?<>|\x00d", ".txt") == "a b c d.txt"
    assert safe_file_name("CON", ".txt") == "document CON.txt"
    assert safe_file_name("...", ".md") == "document.md"
    assert len(safe_file_name("x" * 500, ".pdf")) <= 124


def test_a_passage_is_located_in_text_extracted_by_another_tool() -> None:
    words = [
        "Check",
        "the",
        "oil-level",
        "every",
        "morning",
        ",",
        "before",
        "starting",
        "the",
        "turbine",
        ".",
    ]
    assert locate_words(words, "the oil level every morning before starting") == (1, 8)
    assert locate_words(words, "nothing like it") is None


DEBIAN_PDF = Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf")


@pytest.mark.skipif(not DEBIAN_PDF.exists(), reason="apt package libtasn1-doc (see .ci/run)")
def test_real_truncated_and_encrypted_pdfs_open_or_say_why(services: Root, tmp_path: Path) -> None:
    real = tmp_path / "libtasn1.pdf"
    shutil.copyfile(DEBIAN_PDF, real)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(real.read_bytes()[: real.stat().st_size // 3])
    locked = files.encrypted_pdf(tmp_path / "locked.pdf", real)
    job = services.knowledge.import_paths([real, truncated, locked])
    info = run_job(services, job, timeout=300)
    errors = {Path(e.key).name: e.error for e in services.jobs.item_errors(job)}
    assert "libtasn1.pdf" not in errors
    assert "locked.pdf is password-protected" in (errors.get("locked.pdf") or "")
    if "truncated.pdf" in errors:
        assert "damaged" in (errors["truncated.pdf"] or "")
    assert info.done >= 1
    with services.database.read() as session:
        from sqlalchemy import select

        real_doc = session.scalars(select(Document).where(Document.source_name == real.name)).one()
    assert "ASN.1" in services.sources.page_text(real_doc.id, 1) + services.sources.page_text(
        real_doc.id, 2
    )
