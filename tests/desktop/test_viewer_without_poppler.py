"""Where poppler is not installed, scans are still read, searched and shown: QtPdf renders
their pages (for OCR, thumbnails and the viewer), and the CLI and the import strip say so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from core.settings import DeviceSettings
from desktop.knowledge.page import KnowledgePage
from desktop.knowledge.viewer import ViewerTarget
from tests.desktop.conftest import start_app
from tests.desktop.test_document_viewer import WAIT_MS, open_window
from tests.knowledge_fixtures import files

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_poppler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A PATH without poppler's pdftoppm and pdfinfo (as on a fresh Windows or macOS)."""
    empty = tmp_path / "bin-without-poppler"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    return {**os.environ, "PATH": str(empty), "PYTHONIOENCODING": "utf-8"}


def convosphere(env: dict[str, str], data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--data-dir", str(data)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=env, check=False,
    )  # fmt: skip


def test_without_poppler_a_scan_is_read_found_and_shown_at_its_page(
    qtbot: QtBot,
    qapp: QApplication,
    app_paths: AppPaths,
    tmp_path: Path,
    no_poppler: dict[str, str],
) -> None:
    scan = files.scanned_text_pdf(tmp_path / "harbour.pdf", files.SCANNED_PAGES)
    done = convosphere(no_poppler, app_paths.data_dir, "import", str(scan), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "rendered with QtPdf: poppler (pdftoppm) is not installed" in done.stderr
    found = convosphere(
        no_poppler, app_paths.data_dir, "search", "pilot boards every tanker", "--json"
    )
    hits = json.loads(found.stdout)
    assert hits and hits[0]["title"] == "harbour" and hits[0]["page_start"] == 3
    thumb = tmp_path / "thumb.png"
    made = convosphere(
        no_poppler, app_paths.data_dir, "docs", "thumbnail", hits[0]["document_id"], "--to",
        str(thumb),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    with Image.open(thumb) as image:
        assert image.height > image.width and image.getextrema() != ((255, 255),) * 3

    # The app, on the same data: the cited passage marked on page 3 of the page image.
    DeviceSettings(app_paths.device_settings).set("ui.first_run_done", True)
    desktop = start_app(qtbot, qapp, app_paths)
    try:
        services = desktop.services
        assert services is not None and not services.sources.recognizer.poppler.available()
        passage = files.SCANNED_KEY_SENTENCE
        viewer = open_window(desktop, qtbot, ViewerTarget(hits[0]["document_id"], 3, passage))
        qtbot.waitUntil(lambda: bool(viewer.canvas.marks.get(2)), timeout=WAIT_MS)
        assert viewer.canvas.current_page == 3
        assert len(viewer.canvas.marks[2].highlight) >= len(passage.split()) - 1

        # An import from the app's Knowledge page says how its scans were rendered.
        page = desktop.window.go_to("knowledge")
        assert isinstance(page, KnowledgePage)
        deck = "Deck report. The anchor chain was painted green on Tuesday afternoon."
        one = files.scanned_text_pdf(tmp_path / "cargo.pdf", [deck])
        page.import_paths([one])
        qtbot.waitUntil(
            lambda: page.imports.title.text().startswith("Imported 1 file"), timeout=120_000
        )
        assert "rendered with QtPdf: poppler is not installed" in page.imports.detail.text()
        found_deck = services.knowledge.search("anchor chain was painted green")
        assert found_deck and found_deck[0].title == "cargo"
        assert found_deck[0].page_start == 1
    finally:
        desktop.shutdown()
