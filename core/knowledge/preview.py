"""Seeing the source: a document's stored file, clean text, page text, thumbnails and exports.

Files are served only from the content-addressed store (``files/ab/cd/<sha256>``), found by the
document's id; a title never becomes a path until ``safe_file_name`` has cleaned it. Blocking
throughout: call it off the GUI thread.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.db.models import Document
from core.errors import UserError
from core.i18n import translate
from core.knowledge.formats import Block, DocType, DocumentUnreadable
from core.knowledge.library import DocumentNotFound
from core.knowledge.ocr import OcrWord, TextRecognizer

if TYPE_CHECKING:
    from PIL.Image import Image

    from core.db.session import Database
    from core.files import FileStore

THUMBNAIL_WIDTH = 240
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\x7f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
_SUFFIXES = {
    DocType.PDF: ".pdf",
    DocType.MARKDOWN: ".md",
    DocType.TEXT: ".txt",
    DocType.WORD: ".docx",
    DocType.HTML: ".html",
    DocType.CODE: ".txt",
    DocType.IMAGE: ".png",
}


class ExportError(UserError):
    """A file could not be saved or exported; the message says what to do."""


@dataclass(frozen=True)
class SourceFile:
    """A document's stored original: where it is, what it is, what to call a copy of it."""

    document_id: str
    title: str
    doc_type: DocType
    path: Path
    sha256: str
    pages: int | None
    file_name: str
    recognised: bool


@dataclass(frozen=True)
class TextPreview:
    """What the viewer shows for a document without pages: rendered from the file's own text.

    ``kind`` says how: "markdown" (``text`` is Markdown), "code" (``text`` is the source,
    ``language`` its lexer name), "text" (plain), or "blocks" (Word and HTML: paragraphs with
    their headings, never the original markup, so no script or remote load ever runs).
    """

    kind: str
    text: str = ""
    language: str = ""
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class PageBoxes:
    """Boxes on a page (fractions of its width and height) to highlight."""

    page: int
    boxes: tuple[tuple[float, float, float, float], ...]


def safe_file_name(title: str, suffix: str) -> str:
    """A file name made from a title: no separators, control characters or reserved names."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split()).strip(". ")
    if not name or _RESERVED.match(name):
        name = f"document {name}".strip()
    name = name[:120].rstrip(". ")
    if suffix and not name.lower().endswith(suffix.lower()):
        name += suffix
    return name


def locate_words(words: Sequence[str], passage: str) -> tuple[int, int] | None:
    """Where ``passage`` is in ``words``: the index of its first and one past its last word.

    Compares words case-insensitively without punctuation, so text extracted by another tool
    (OCR, pdfium) still matches; the passage's first and last few words anchor the span.
    """
    wanted = [w.casefold() for w in _WORD.findall(passage)]
    have = [" ".join(_WORD.findall(w)).casefold() for w in words]
    flat: list[tuple[str, int]] = []
    for index, word in enumerate(have):
        flat.extend((part, index) for part in word.split())
    if not wanted or not flat:
        return None
    tokens = [t for t, _ in flat]
    start = _find(tokens, wanted[: min(6, len(wanted))], 0)
    if start is None:
        start = _find(tokens, wanted[: min(3, len(wanted))], 0)
    if start is None:
        return None
    tail = wanted[-min(6, len(wanted)) :]
    end = _find(tokens, tail, start)
    last = end + len(tail) - 1 if end is not None else min(start + len(wanted), len(flat)) - 1
    return flat[start][1], flat[last][1] + 1


def _find(tokens: list[str], needle: list[str], start: int) -> int | None:
    size = len(needle)
    for index in range(start, len(tokens) - size + 1):
        if tokens[index : index + size] == needle:
            return index
    return None


class ReadingPositions:
    """The last page read of each document, in a small file on this device."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def get(self, document_id: str) -> int | None:
        value = self._read().get(document_id)
        return int(value) if isinstance(value, int) else None

    def set(self, document_id: str, page: int) -> None:
        with self._lock:
            data = self._read()
            data[document_id] = int(page)
            if len(data) > 2000:  # keep the file small: the most recent positions
                data = dict(list(data.items())[-2000:])
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".positions-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            Path(tmp).replace(self.path)

    def _read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


class DocumentSources:
    """A document's original file and what the viewer, the CLI and exports make of it."""

    def __init__(
        self,
        database: Database,
        files: FileStore,
        recognizer: TextRecognizer,
        thumbnails_dir: Path,
        positions: ReadingPositions,
    ) -> None:
        self.database = database
        self.files = files
        self.recognizer = recognizer
        self.thumbnails_dir = thumbnails_dir
        self.positions = positions

    def source(self, document_id: str) -> SourceFile:
        """The stored original of a document (or ``DocumentNotFound``, ``DocumentUnreadable``)."""
        with self.database.read() as session:
            document = session.get(Document, document_id)
            if document is None or document.deleted:
                raise DocumentNotFound(
                    translate(
                        "DocumentPreview",
                        "No document has the id “{id}”: it may have been deleted. "
                        "`convosphere docs list` shows the ids.",
                    ).format(id=document_id)
                )
            from core.db.models import PageText

            recognised = session.get(PageText, (document.file_sha256, 1)) is not None
            title, sha, pages = document.title, document.file_sha256, document.pages
            doc_type, source_name = DocType(document.doc_type), document.source_name
        path = self.files.path_for(sha)
        if not path.is_file():
            raise DocumentUnreadable(
                translate(
                    "DocumentPreview",
                    "The stored copy of “{title}” is missing from the library; import the file "
                    "again.",
                ).format(title=title)
            )
        suffix = Path(source_name).suffix.lower() or _SUFFIXES.get(doc_type, "")
        return SourceFile(
            document_id,
            title,
            doc_type,
            path,
            sha,
            pages,
            safe_file_name(title, suffix),
            recognised,
        )

    # --- text -----------------------------------------------------------------------------

    def text_preview(self, document_id: str) -> TextPreview:
        """The clean text of a document without pages (Markdown, text, code, Word, HTML)."""
        from core.knowledge.readers import open_text, read_document, sniff_encoding

        source = self.source(document_id)
        if source.doc_type in (DocType.MARKDOWN, DocType.TEXT, DocType.CODE):
            encoding = sniff_encoding(source.path, source.title)
            with open_text(source.path, encoding) as handle:
                text = handle.read()
            if source.doc_type is DocType.MARKDOWN:
                return TextPreview("markdown", text)
            if source.doc_type is DocType.CODE:
                return TextPreview("code", text, language=Path(source.file_name).suffix[1:])
            return TextPreview("text", text)
        parsed = read_document(source.path, source.doc_type, source.title)
        return TextPreview("blocks", blocks=tuple(parsed.blocks))

    def page_text(self, document_id: str, page: int | None = None) -> str:
        """A page's text (OCR text for scans), or the whole text; pages count from 1."""
        source = self.source(document_id)
        if source.recognised:
            pages = self.recognizer.page_text(source.sha256, page)
            if page is not None and page not in pages:
                raise DocumentUnreadable(_no_page(source.title, page))
            return "\n\n".join(pages.values())
        if source.doc_type is DocType.PDF:
            return self._pdf_text(source, page)
        if page not in (None, 1):
            preview = self.text_preview(document_id)
            if preview.kind != "blocks":
                pages_of = preview.text.split("\f")
                if page is not None and 1 <= page <= len(pages_of):
                    return pages_of[page - 1]
            raise DocumentUnreadable(_no_page(source.title, page))
        preview = self.text_preview(document_id)
        if preview.kind == "blocks":
            return "\n\n".join(block.text for block in preview.blocks)
        return preview.text

    def _pdf_text(self, source: SourceFile, page: int | None) -> str:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            reader = PdfReader(source.path)
            if reader.is_encrypted:
                reader.decrypt("")
            count = len(reader.pages)
            if page is not None and not 1 <= page <= count:
                raise DocumentUnreadable(
                    translate(
                        "DocumentPreview", "“{title}” has pages 1–{count}, not {page}."
                    ).format(title=source.title, count=count, page=page)
                )
            chosen = [page - 1] if page is not None else range(count)
            return "\n\n".join(reader.pages[i].extract_text() or "" for i in chosen)
        except (PyPdfError, ValueError, KeyError) as exc:
            raise DocumentUnreadable(
                translate("DocumentPreview", "“{title}” cannot be read: {reason}.").format(
                    title=source.title, reason=exc
                )
            ) from exc

    def passage_boxes(self, document_id: str, page: int, passage: str) -> PageBoxes:
        """Where a cited passage is on a recognised (OCR) page, as word boxes; empty if the
        page was not recognised or the passage is not on it."""
        source = self.source(document_id)
        words = self.recognizer.page_words(source.sha256, page)
        span = locate_words([w.text for w in words], passage)
        if span is None:
            return PageBoxes(page, ())
        return PageBoxes(page, tuple(w.box for w in words[span[0] : span[1]]))

    def page_words(self, document_id: str, page: int) -> list[OcrWord]:
        return self.recognizer.page_words(self.source(document_id).sha256, page)

    # --- thumbnails -----------------------------------------------------------------------

    def thumbnail(self, document_id: str, width: int = THUMBNAIL_WIDTH) -> Path:
        """A PNG of the document's first page, made once per file (cached by its hash)."""
        source = self.source(document_id)
        name = f"{source.sha256}-{width}.png"  # i18n: not UI (a cache file)
        target = self.thumbnails_dir / source.sha256[:2] / name
        if target.is_file():
            return target
        image = self._first_page(source, width)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".thumb-", suffix=".png")
        os.close(fd)
        image.save(tmp, "PNG")
        Path(tmp).replace(target)
        return target

    def _first_page(self, source: SourceFile, width: int) -> Image:
        from PIL import Image as PilImage
        from PIL import UnidentifiedImageError

        if source.doc_type is DocType.PDF:
            try:
                poppler = self.recognizer.poppler
                if poppler.available():
                    return poppler.thumbnail(source.path, width)
                rasterizer = self.recognizer.rasterizer()
                image = rasterizer.render(source.path, 1, 36)
                return _fit(image, width)
            except DocumentUnreadable:
                raise
            except Exception as exc:  # poppler and QtPdf fail in their own ways
                raise DocumentUnreadable(
                    translate(
                        "DocumentPreview",
                        "The first page of “{title}” cannot be rendered ({reason}).",
                    ).format(title=source.title, reason=exc)
                ) from exc
        if source.doc_type is DocType.IMAGE:
            try:
                with PilImage.open(source.path) as opened:
                    return _fit(opened.convert("RGB"), width)
            except (UnidentifiedImageError, OSError) as exc:
                raise DocumentUnreadable(
                    translate("DocumentPreview", "“{title}” is not a readable image.").format(
                        title=source.title
                    )
                ) from exc
        return _text_page(source.title, self._opening_text(source), width)

    def _opening_text(self, source: SourceFile) -> str:
        """The first words of a text document as a reader sees them (no markup)."""
        from core.knowledge.readers import read_document

        words: list[str] = []
        for block in read_document(source.path, source.doc_type, source.title).blocks:
            words.append(block.text)
            if sum(len(w) for w in words) > 1500:
                break
        return " ".join(words)[:1500]

    # --- exports --------------------------------------------------------------------------

    def save_copy(self, document_id: str, target: Path) -> Path:
        """Copy the stored original to ``target`` (a path the person chose)."""
        source = self.source(document_id)
        try:
            shutil.copyfile(source.path, target)
        except OSError as exc:
            raise ExportError(
                translate(
                    "DocumentPreview", "Could not save “{title}” to {path}: {reason}."
                ).format(title=source.title, path=target, reason=exc)
            ) from exc
        return target

    def export_pages(self, document_id: str, first: int, last: int, target: Path) -> int:
        """Write pages ``first``–``last`` (from 1) of a PDF to ``target``; returns the count."""
        from pypdf import PdfReader, PdfWriter
        from pypdf.errors import PyPdfError

        source = self.source(document_id)
        if source.doc_type is not DocType.PDF:
            raise ExportError(
                translate(
                    "DocumentPreview", "“{title}” has no pages to export: save a copy instead."
                ).format(title=source.title)
            )
        try:
            reader = PdfReader(source.path)
            if reader.is_encrypted:
                reader.decrypt("")
            count = len(reader.pages)
            if not 1 <= first <= last <= count:
                raise ExportError(
                    translate(
                        "DocumentPreview",
                        "“{title}” has pages 1–{count}; choose a range within them.",
                    ).format(title=source.title, count=count)
                )
            writer = PdfWriter()
            for index in range(first - 1, last):
                writer.add_page(reader.pages[index])
            with target.open("wb") as handle:
                writer.write(handle)
        except (PyPdfError, ValueError, KeyError) as exc:
            raise ExportError(
                translate(
                    "DocumentPreview", "Could not export pages of “{title}”: {reason}."
                ).format(title=source.title, reason=exc)
            ) from exc
        except OSError as exc:
            raise ExportError(
                translate("DocumentPreview", "Could not write {path}: {reason}.").format(
                    path=target, reason=exc
                )
            ) from exc
        return last - first + 1


def _no_page(title: str, page: int | None) -> str:
    return translate("DocumentPreview", "“{title}” has no page {page}.").format(
        title=title, page=page
    )


def _fit(image: Image, width: int) -> Image:
    height = max(1, round(image.height * width / max(image.width, 1)))
    return image.resize((width, height))


def _text_page(title: str, text: str, width: int) -> Image:
    """A page-like picture of a text document's beginning (for the thumbnail grid)."""
    from PIL import Image as PilImage
    from PIL import ImageDraw, ImageFont

    height = round(width * 1.414)
    image = PilImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    size = max(8, width // 24)
    try:
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype(
            "DejaVuSans.ttf", size
        )
        bold: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype(
            "DejaVuSans-Bold.ttf", size + 2
        )
    except OSError:
        font = bold = ImageFont.load_default()
    margin = width // 12
    y = margin
    draw.text((margin, y), title[:40], fill="black", font=bold)
    y += size * 2
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) > width - 2 * margin and line:
            draw.text((margin, y), line, fill="#444444", font=font)
            y += round(size * 1.4)
            line = word
            if y > height - margin:
                break
        else:
            line = trial
    if line and y <= height - margin:
        draw.text((margin, y), line, fill="#444444", font=font)
    return image
