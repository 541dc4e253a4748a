"""The page canvas over PDFs no one here wrote, cut short, or locked (QtPdf, offscreen)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from desktop.knowledge.page_canvas import PageCanvas
from desktop.knowledge.viewer import _PDF_ERRORS
from tests.knowledge_fixtures import files

DEBIAN_PDF = Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf")
pytestmark = pytest.mark.skipif(not DEBIAN_PDF.exists(), reason="apt libtasn1-doc (.ci/run)")


def test_a_real_pdf_opens_at_a_page_and_a_cut_or_locked_copy_gets_a_message(
    qtbot: QtBot, tmp_path: Path
) -> None:
    real = shutil.copyfile(DEBIAN_PDF, tmp_path / "libtasn1.pdf")
    document = QPdfDocument()
    assert document.load(str(real)) == QPdfDocument.Error.None_
    assert document.pageCount() > 20
    canvas = PageCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    painted: list[int] = []
    canvas.painted.connect(painted.append)
    canvas.set_pdf(document, 12)
    canvas.go_to(12)
    canvas.viewport().update()
    qtbot.waitUntil(lambda: 12 in painted, timeout=10_000)
    assert canvas.current_page == 12
    qtbot.waitUntil(lambda: canvas._measure_from >= document.pageCount(), timeout=10_000)
    assert canvas.current_page == 12, "measuring the other pages keeps the place"

    cut = tmp_path / "cut.pdf"
    cut.write_bytes(real.read_bytes()[: real.stat().st_size // 3])
    truncated = QPdfDocument()
    error = truncated.load(str(cut))
    assert error == QPdfDocument.Error.None_ or error in _PDF_ERRORS

    locked = files.encrypted_pdf(tmp_path / "locked.pdf", real)
    encrypted = QPdfDocument()
    error = encrypted.load(str(locked))
    assert error == QPdfDocument.Error.IncorrectPassword
    assert "password-protected" in _PDF_ERRORS[error]
