"""Text recognition (OCR) on this device, for scanned PDFs and images.

Engine: RapidOCR (``rapidocr``) on onnxruntime, with the PP-OCR models that ship inside its
wheel, so nothing is downloaded at run time (Tesseract needs a binary and tessdata bundled per
OS; onnxtr downloads its models on first use). Page images of PDFs come from poppler through
``pdf2image``; where poppler is missing a fallback rasterizer is used (the desktop app sets one
that renders with QtPdf) and the reason is logged. Each page's text and word boxes are stored
in ``page_text`` (derived data, keyed by the file's hash) so the viewer can highlight a cited
passage on the page image.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, select

from core.db.models import PageText
from core.i18n import translate
from core.knowledge.formats import (
    Block,
    DamagedDocument,
    DocType,
    DocumentUnreadable,
    NoTextLayer,
    ParsedDocument,
)

if TYPE_CHECKING:
    from PIL.Image import Image

    from core.db.session import Database

logger = logging.getLogger(__name__)

OCR_DPI = 150
ENGINE = "rapidocr-3.10.0"
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


class OcrUnavailable(DocumentUnreadable):
    """Text recognition cannot run here (no way to render the PDF's pages)."""


@dataclass(frozen=True)
class OcrWord:
    """A recognised word; the box is in fractions of the page's width and height."""

    text: str
    score: float
    x0: float
    y0: float
    x1: float
    y1: float

    def to_json(self) -> list[Any]:
        return [self.text, round(self.score, 4), *(round(v, 5) for v in self.box)]

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.y0, self.x1, self.y1)

    @classmethod
    def from_json(cls, data: list[Any]) -> OcrWord:
        text, score, x0, y0, x1, y1 = data
        return cls(str(text), float(score), float(x0), float(y0), float(x1), float(y1))


@dataclass(frozen=True)
class OcrLine:
    """A line of text as recognised, with its words."""

    text: str
    words: tuple[OcrWord, ...]
    top: float
    bottom: float


@dataclass(frozen=True)
class RecognisedPage:
    """One page's recognised text: its size (points for PDFs, pixels for images) and lines."""

    page: int
    width: float
    height: float
    lines: tuple[OcrLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def words(self) -> list[OcrWord]:
        return [word for line in self.lines for word in line.words]

    def paragraphs(self) -> list[str]:
        """Lines joined into paragraphs; a gap taller than a line starts a new one."""
        found: list[list[str]] = []
        previous: OcrLine | None = None
        for line in self.lines:
            height = line.bottom - line.top
            gap = line.top - previous.bottom if previous is not None else 0.0
            if previous is None or gap > 0.9 * max(height, 1e-6):
                found.append([])
            found[-1].append(line.text)
            previous = line
        return [" ".join(lines) for lines in found]


class PageRasterizer(Protocol):
    """Renders the pages of a PDF as images."""

    name: str

    def page_count(self, path: Path) -> int: ...

    def render(self, path: Path, page: int, dpi: int) -> Image:
        """Page ``page`` (from 1) as an RGB image at ``dpi``."""
        ...


class PopplerRasterizer:
    """Pages through poppler's ``pdftoppm`` (``pdf2image``), as the product's design names."""

    name = "poppler (pdf2image)"  # i18n: not UI (for the log)

    def available(self) -> bool:
        import shutil

        return shutil.which("pdftoppm") is not None and shutil.which("pdfinfo") is not None

    def page_count(self, path: Path) -> int:
        from pdf2image import pdfinfo_from_path

        return int(pdfinfo_from_path(str(path))["Pages"])

    def render(self, path: Path, page: int, dpi: int) -> Image:
        from pdf2image import convert_from_path

        images = convert_from_path(str(path), dpi=dpi, first_page=page, last_page=page)
        return images[0].convert("RGB")

    def thumbnail(self, path: Path, width: int) -> Image:
        from pdf2image import convert_from_path

        images = convert_from_path(str(path), first_page=1, last_page=1, size=(width, None))
        return images[0].convert("RGB")


class TextRecognizer:
    """Recognises the text of scanned PDFs and images; keeps each page's words in app.db.

    The engine loads on first use (~2 s) and is shared by the process; calls are serialised
    (onnxruntime uses every core for one page already).
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.poppler = PopplerRasterizer()
        self.fallback: PageRasterizer | None = None
        self.fallback_used = False  # pages were rendered without poppler (the UI says so)
        self._engine: Any = None
        self._lock = threading.Lock()

    def rasterizer(self) -> PageRasterizer:
        """Poppler if installed, else the fallback (QtPdf in the app); raises if neither."""
        if self.poppler.available():
            return self.poppler
        if self.fallback is not None:
            logger.info("poppler is missing: rendering PDF pages with %s", self.fallback.name)
            self.fallback_used = True
            return self.fallback
        raise OcrUnavailable(
            translate(
                "KnowledgeImport",
                "Scanned PDFs need poppler to render their pages for text recognition, and it is "
                "not installed (on Debian or Ubuntu: apt install poppler-utils). The app renders "
                "them with QtPdf instead: import the file from the app.",
            )
        )

    def recognise_image(self, image: Image, page: int) -> RecognisedPage:
        """The text on one page image."""
        import numpy as np

        rgb = image.convert("RGB")
        pixels = np.asarray(rgb)[:, :, ::-1].copy()  # the engine expects OpenCV's BGR
        with self._lock:
            if self._engine is None:
                from rapidocr import RapidOCR

                self._engine = RapidOCR(
                    params={"Global.use_cls": False, "Global.log_level": "warning"}
                )
            result = self._engine(pixels, return_word_box=True)
        width, height = rgb.size
        return RecognisedPage(page, float(width), float(height), _lines(result, width, height))

    def read_pdf(self, path: Path, name: str, sha: str) -> ParsedDocument:
        """A scanned PDF's text by OCR, page by page, stored as it goes."""
        rasterizer = self.rasterizer()
        try:
            pages = rasterizer.page_count(path)
        except Exception as exc:  # poppler and QtPdf fail in their own ways on a broken file
            raise DamagedDocument(
                translate(
                    "KnowledgeImport", "{name} is damaged: its pages cannot be rendered."
                ).format(name=name)
            ) from exc
        parsed = ParsedDocument(DocType.PDF, pages=pages)

        def images() -> Iterator[tuple[int, Image, float, float]]:
            for page in range(1, pages + 1):
                image = rasterizer.render(path, page, OCR_DPI)
                scale = 72 / OCR_DPI
                yield page, image, image.width * scale, image.height * scale

        parsed.blocks = self._blocks(images(), name, sha)
        return parsed

    def read_image(self, path: Path, name: str, sha: str) -> ParsedDocument:
        """An image's text by OCR (each frame of a multi-page TIFF is a page)."""
        from PIL import Image as PilImage
        from PIL import ImageSequence, UnidentifiedImageError

        try:
            opened = PilImage.open(path)
            frames = getattr(opened, "n_frames", 1)
        except (UnidentifiedImageError, OSError) as exc:
            raise DamagedDocument(
                translate("KnowledgeImport", "{name} is damaged or not an image.").format(name=name)
            ) from exc
        parsed = ParsedDocument(DocType.IMAGE, pages=frames)

        def images() -> Iterator[tuple[int, Image, float, float]]:
            with opened:
                for index, frame in enumerate(ImageSequence.Iterator(opened), 1):
                    image = frame.convert("RGB")
                    yield index, image, float(image.width), float(image.height)

        parsed.blocks = self._blocks(images(), name, sha)
        return parsed

    def _blocks(
        self, images: Iterator[tuple[int, Image, float, float]], name: str, sha: str
    ) -> Iterator[Block]:
        found = False
        with self.database.write() as session:
            session.execute(delete(PageText).where(PageText.file_sha256 == sha))
        for page, image, width, height in images:
            recognised = self.recognise_image(image, page)
            self._store(sha, recognised, width, height)
            for paragraph in recognised.paragraphs():
                found = True
                yield Block(paragraph, page)
        if not found:
            raise NoTextLayer(
                translate(
                    "KnowledgeImport",
                    "{name} has no text layer, and text recognition (OCR) found no words in it.",
                ).format(name=name)
            )

    def _store(self, sha: str, page: RecognisedPage, width: float, height: float) -> None:
        with self.database.write() as session:
            session.merge(
                PageText(
                    file_sha256=sha,
                    page=page.page,
                    width=width,
                    height=height,
                    text=page.text,
                    words=[w.to_json() for w in page.words],
                    engine=ENGINE,
                )
            )

    def page_words(self, sha: str, page: int) -> list[OcrWord]:
        """The recognised words of a page (none for a file that was not recognised)."""
        with self.database.read() as session:
            row = session.get(PageText, (sha, page))
            return [OcrWord.from_json(w) for w in row.words] if row is not None else []

    def page_text(self, sha: str, page: int | None = None) -> dict[int, str]:
        """Recognised text by page: one page, or all of them."""
        with self.database.read() as session:
            query = select(PageText.page, PageText.text).where(PageText.file_sha256 == sha)
            if page is not None:
                query = query.where(PageText.page == page)
            return {int(p): str(t) for p, t in session.execute(query.order_by(PageText.page))}


def _lines(result: Any, width: int, height: int) -> tuple[OcrLine, ...]:
    """The engine's lines, top to bottom, with word boxes as fractions of the page."""
    if result.txts is None:
        return ()
    lines: list[OcrLine] = []
    word_lines = result.word_results or ()
    for index, text in enumerate(result.txts):
        box = result.boxes[index]
        ys = [float(point[1]) for point in box]
        words: list[OcrWord] = []
        if index < len(word_lines):
            for word, score, points in word_lines[index]:
                if not word or points is None:
                    continue
                xs = [float(p[0]) for p in points]
                wys = [float(p[1]) for p in points]
                words.append(
                    OcrWord(
                        str(word),
                        float(score),
                        min(xs) / width,
                        min(wys) / height,
                        max(xs) / width,
                        max(wys) / height,
                    )
                )
        lines.append(OcrLine(str(text), tuple(words), min(ys) / height, max(ys) / height))
    lines.sort(key=lambda line: (round(line.top, 3), line.words[0].x0 if line.words else 0.0))
    return tuple(lines)
