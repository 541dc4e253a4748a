"""Importing documents: every supported kind, duplicates, bad input, and resuming after a kill."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db.models import Chunk, Document
from core.knowledge.chunker import CHUNKER_VERSION
from core.knowledge.formats import MAX_IMPORT_BYTES, DocType
from core.knowledge.readers import read_document
from core.knowledge.vectors import forget_client
from core.paths import AppPaths
from core.root import Root, open_root
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

REPO = Path(__file__).resolve().parents[2]


def documents(services: Root) -> dict[str, Document]:
    with services.database.read() as session:
        return {d.source_name: d for d in session.scalars(select(Document))}


def chunks_of(services: Root, sha: str) -> list[Chunk]:
    with services.database.read() as session:
        query = select(Chunk).where(Chunk.file_sha256 == sha).order_by(Chunk.ordinal)
        return list(session.scalars(query))


def test_every_kind_imports_with_its_metadata_pages_and_headings(
    services: Root, tmp_path: Path
) -> None:
    folder = files.corpus(tmp_path / "in")
    (folder / "photo.heic").write_bytes(b"ftypheic not a document")  # PNGs are read (OCR)
    knowledge = services.knowledge
    info = run_job(services, knowledge.import_paths([folder]))
    assert (info.state, info.done, info.failed) == ("done", 6, 0), "folders skip unsupported"
    docs = documents(services)
    summary = {name: (d.title, d.doc_type, d.pages, d.author) for name, d in docs.items()}
    assert summary == {
        "turbine.pdf": ("Turbine Manual", "pdf", 3, "Wind Co"),
        "garden.md": ("Garden Notes", "markdown", None, "Ada Gardener"),
        "recipe.html": ("Bread Recipe", "html", None, "Paul Baker"),
        "invoice.py": ("invoice", "code", None, None),
        "notes.txt": ("notes", "text", 2, None),
        "travel.docx": ("Travel Policy", "docx", None, "HR Team"),
    }
    turbine = docs["turbine.pdf"]
    assert turbine.size_bytes == (folder / "turbine.pdf").stat().st_size
    assert services.files.contains(turbine.file_sha256)
    assert turbine.created_at_ms > 0 and turbine.state == "ready"
    pdf_chunks = chunks_of(services, turbine.file_sha256)
    assert pdf_chunks[0].page_start == 1 and pdf_chunks[-1].page_end == 3
    assert all(c.chunker_version == CHUNKER_VERSION for c in pdf_chunks)
    garden = chunks_of(services, docs["garden.md"].file_sha256)
    assert [c.heading_path for c in garden] == ["Vegetables", "Vegetables › Pests", "Flowers"]
    recipe = " ".join(c.text for c in chunks_of(services, docs["recipe.html"].file_sha256))
    assert "never indexed" not in recipe and "Home | About" not in recipe
    vectors = knowledge.vectors()
    expected = {c.file_sha256 for d in docs.values() for c in chunks_of(services, d.file_sha256)}
    assert {i.split(":")[0] for i in vectors.all_ids()} == expected


def test_the_same_bytes_imported_twice_are_recognised_not_duplicated(
    services: Root, tmp_path: Path
) -> None:
    first = tmp_path / "garden.md"
    first.write_text(files.GARDEN_MD, encoding="utf-8")
    copy = tmp_path / "copy of garden.md"
    copy.write_text(files.GARDEN_MD, encoding="utf-8")
    knowledge = services.knowledge
    run_job(services, knowledge.import_paths([first]))
    job = knowledge.import_paths([copy])
    assert run_job(services, job).state == "done"
    assert len(documents(services)) == 1
    outcome = knowledge.progress.snapshot(job).outcomes[0]  # type: ignore[union-attr]
    assert outcome.status == "duplicate" and "Garden Notes" in outcome.message
    assert len(list(services.files.root.glob("*/*/*"))) == 1


def bad_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    good = files.pdf(folder / "good.pdf", files.TURBINE_PAGES[:1])
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: 2 GB that takes no disk or time
    empty = folder / "empty.md"
    empty.write_bytes(b"")
    unsupported = folder / "slides.key"
    unsupported.write_bytes(b"PK\x03\x04 keynote")
    return {
        "corrupt": files.corrupt_pdf(folder / "corrupt.pdf", good),
        "password": files.encrypted_pdf(folder / "locked.pdf", good),
        "scanned": files.scanned_pdf(folder / "scan.pdf"),
        "empty": empty,
        "huge": huge,
        "unsupported": unsupported,
        "good": good,
    }


EXPECTED_MESSAGES = {
    "corrupt": "corrupt.pdf is damaged or not a PDF",
    "password": "locked.pdf is password-protected",
    "scanned": "scan.pdf has no text layer",
    "empty": "empty.md is empty (0 bytes)",
    "huge": "huge.txt is 2.0\u00a0GB; files up to 1.0\u00a0GB can be imported",
    "unsupported": "slides.key is not a kind of file the knowledge base reads",
}


def test_each_bad_file_gets_a_clear_status_and_the_batch_goes_on(
    services: Root, tmp_path: Path
) -> None:
    paths = bad_inputs(tmp_path / "bad")
    odd = tmp_path / "Ünïcödé — notes (v2) [final] 'quoted' #1 😀.md"
    odd.write_text("# Odd Name\n\nA file name with odd characters imports fine.\n")
    given = [*paths.values(), odd]
    if sys.platform.startswith("linux"):
        raw = tmp_path / os.fsdecode(b"latin1-\xe9t\xe9.txt")
        raw.write_text("Undecodable file names import as well.\n")
        given.append(raw)
    knowledge = services.knowledge
    job = knowledge.import_paths(given)
    info = run_job(services, job)
    assert info.state == "failed" and info.failed == len(EXPECTED_MESSAGES)
    assert info.done == len(given) - len(EXPECTED_MESSAGES)
    errors = {Path(e.key).name: e.error for e in services.jobs.item_errors(job)}
    for kind, message in EXPECTED_MESSAGES.items():
        assert message in errors[paths[kind].name], kind
    names = set(documents(services))
    assert {"good.pdf", odd.name} <= names
    assert any(name.startswith("latin1-") for name in names) or not sys.platform.startswith("linux")
    stored = {p.name for p in services.files.root.glob("*/*/*")}
    assert stored == {d.file_sha256 for d in documents(services).values()}, "no leftovers"


def test_a_file_over_the_limit_is_refused_before_any_byte_is_copied(
    services: Root, tmp_path: Path
) -> None:
    huge = tmp_path / "disk.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    started = time.monotonic()
    job = services.knowledge.import_paths([huge])
    assert run_job(services, job).failed == 1
    assert time.monotonic() - started < 10
    assert not list(services.files.root.glob("*/*/*"))


def test_reading_a_large_text_file_streams_in_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    paragraph = ("All work and no play makes a dull day. " * 20 + "\n\n").encode()
    with big.open("wb") as handle:
        for _ in range(30_000):  # ~24 MB
            handle.write(paragraph)
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_document(big, DocType.TEXT).blocks)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 30_000
    assert peak < 4 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 24 MB file"


def derived_state(
    data: Path,
) -> tuple[list[tuple[str, int, str, int | None, int | None]], set[str]]:
    """The chunks (sha, ordinal, text, pages) and vector ids of a data dir."""
    services = open_root(AppPaths(data, data / "config"))
    try:
        with services.database.read() as session:
            rows = session.execute(
                select(
                    Chunk.file_sha256, Chunk.ordinal, Chunk.text, Chunk.page_start, Chunk.page_end
                ).order_by(Chunk.file_sha256, Chunk.ordinal)
            ).all()
        ids = set(services.knowledge.vectors().all_ids())
    finally:
        services.close()
    return [tuple(r) for r in rows], ids  # type: ignore[misc]


def cli(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "import", *args, "--quiet", "--data-dir", str(data)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def done_items(data: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{data / 'app.db'}?mode=ro", uri=True, timeout=5)
        try:
            return int(
                con.execute("SELECT count(*) FROM job_item WHERE state='done'").fetchone()[0]
            )
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_an_import_killed_midway_resumes_to_the_same_chunks_and_vectors(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for index, text in enumerate(files.TURBINE_PAGES * 2):
        text = f"Unit {index}. {text}"
        files.pdf(source / f"manual-{index}.pdf", [text, text.upper(), text[::-1]])
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    process = cli(killed, str(source))
    deadline = time.monotonic() + 60
    while done_items(killed) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 2 <= done_items(killed) < 6
    resumed = cli(killed, "--resume")
    _out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert "Resuming 1 interrupted import" in err
    whole = cli(clean, str(source))
    _, err = whole.communicate(timeout=120)
    assert whole.returncode == 0, err
    after_kill, after_clean = derived_state(killed), derived_state(clean)
    forget_client(killed / "chroma")
    forget_client(clean / "chroma")
    assert after_kill[0] == after_clean[0] and len(after_kill[0]) >= 6
    assert after_kill[1] == after_clean[1]
    assert len(after_kill[1]) == len(after_kill[0])


@pytest.mark.parametrize("text", ["", "   ", "a\x00b"])
def test_odd_text_content_is_refused_or_read_without_crashing(tmp_path: Path, text: str) -> None:
    from core.knowledge.formats import DocumentUnreadable

    path = tmp_path / "odd.txt"
    path.write_text(text)
    try:
        list(read_document(path, DocType.TEXT).blocks)
    except DocumentUnreadable as exc:
        assert str(exc).startswith("odd.txt")
