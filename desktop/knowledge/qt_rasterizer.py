"""QtPdf (pdfium) as the page renderer for OCR and thumbnails where poppler is not installed.

Each call opens the file in a ``QPdfDocument`` of its own, so it is safe from any worker thread;
QtPdf needs no QApplication, so the CLI uses it too. Qt is imported on first use (the CLI sets
one up for every command and most never render a page).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image
    from PySide6.QtPdf import QPdfDocument


class QtPdfRasterizer:
    """Renders PDF pages with QtPdf."""

    name = "QtPdf (poppler is not installed)"  # i18n: not UI (the log names it)

    def _open(self, path: Path) -> QPdfDocument:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise ValueError(f"QtPdf cannot open {path.name}")
        return document

    def page_count(self, path: Path) -> int:
        document = self._open(path)
        try:
            return int(document.pageCount())
        finally:
            document.close()

    def render(self, path: Path, page: int, dpi: int) -> Image:
        from PIL import Image as PilImage
        from PySide6.QtCore import QSize, Qt
        from PySide6.QtGui import QImage, QPainter

        document = self._open(path)
        try:
            points = document.pagePointSize(page - 1)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            rendered = document.render(page - 1, size)
        finally:
            document.close()
        # pdfium leaves the page transparent: paint it on white before dropping alpha.
        white = QImage(rendered.size(), QImage.Format.Format_RGB888)
        white.fill(Qt.GlobalColor.white)
        painter = QPainter(white)
        painter.drawImage(0, 0, rendered)
        painter.end()
        data = bytes(white.constBits())[: white.bytesPerLine() * white.height()]
        return PilImage.frombytes(
            "RGB", (white.width(), white.height()), data, "raw", "RGB", white.bytesPerLine()
        )
