"""Reading PDFs with pypdf: text page by page with page numbers, headings from the outline.

The file is read through an open handle (pypdf reads a *path* whole into memory), one page at a
time, so a 1,000-page file never holds more than a page of text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.i18n import translate
from core.knowledge.formats import (
    Block,
    DamagedDocument,
    DocType,
    NoTextLayer,
    ParsedDocument,
    PasswordProtected,
)
from core.knowledge.readers import paragraphs

logger = logging.getLogger(__name__)
_JUNK_TITLES = re.compile(r"^(untitled|microsoft word - .*|document\d*|slide \d+)$", re.I)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")


def read_pdf(path: Path, name: str) -> ParsedDocument:
    """Open a PDF for reading; raises ``PasswordProtected`` or ``DamagedDocument`` up front."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    handle = path.open("rb")
    try:
        reader = PdfReader(handle)
        if reader.is_encrypted and not _unlock(reader):
            raise PasswordProtected(
                translate(
                    "KnowledgeImport",
                    "{name} is password-protected. Open it, save a copy without the password "
                    "(or print it to PDF), and import that copy.",
                ).format(name=name)
            )
        pages = len(reader.pages)
        title, author = _metadata(reader)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        handle.close()
        raise DamagedDocument(
            translate(
                "KnowledgeImport",
                "{name} is damaged or not a PDF ({reason}); open it in a PDF viewer and save a "
                "new copy, then import that.",
            ).format(name=name, reason=_short(exc))
        ) from exc
    except BaseException:
        handle.close()
        raise
    parsed = ParsedDocument(DocType.PDF, title=title, author=author, pages=pages)
    parsed.blocks = _pdf_blocks(reader, handle, name)
    return parsed


def _unlock(reader: Any) -> bool:
    """Open a PDF that is encrypted with an empty user password (only "owner" restrictions)."""
    from pypdf import PasswordType

    try:
        return bool(reader.decrypt("") != PasswordType.NOT_DECRYPTED)
    except Exception:  # pypdf raises several types for unsupported or broken encryption
        logger.info("Could not decrypt a PDF with an empty password", exc_info=True)
        return False


def _metadata(reader: Any) -> tuple[str | None, str | None]:
    try:
        info = reader.metadata
    except Exception:  # broken info dictionaries are common; the text may still be fine
        return None, None
    if info is None:
        return None, None
    title = str(info.title or "").strip() or None
    if title and _JUNK_TITLES.match(title):
        title = None
    author = str(info.author or "").strip() or None
    return title, author


def _outline_by_page(reader: Any) -> dict[int, tuple[str, ...]]:
    """Page index → the outline path that starts on that page (bookmarks as headings)."""
    starts: dict[int, tuple[str, ...]] = {}

    def walk(items: list[Any], parents: tuple[str, ...]) -> None:
        previous: tuple[str, ...] | None = None
        for item in items:
            if isinstance(item, list):
                if previous is not None:
                    walk(item, previous)
                continue
            title = str(getattr(item, "title", "") or "").strip()
            page = reader.get_destination_page_number(item)
            previous = (*parents, title)
            if title and page is not None and page >= 0:
                starts.setdefault(page, previous)

    try:
        walk(reader.outline, ())
    except Exception:  # a broken outline must not cost the text
        logger.info("Ignoring a PDF outline that could not be read", exc_info=True)
    return starts


def _pdf_blocks(reader: Any, handle: Any, name: str) -> Iterator[Block]:
    try:
        outline = _outline_by_page(reader)
        headings: tuple[str, ...] = ()
        readable = 0
        with_text = 0
        for index in range(len(reader.pages)):
            headings = outline.get(index, headings)
            text = _page_text(reader, index)
            if text is None:
                continue
            readable += 1
            text = _HYPHEN_BREAK.sub(r"\1\2", text)
            found = False
            for lines, _ in paragraphs(iter(text.splitlines())):
                found = True
                yield Block(" ".join(line.strip() for line in lines), index + 1, headings)
            with_text += found
        if readable == 0 and len(reader.pages) > 0:
            raise DamagedDocument(
                translate(
                    "KnowledgeImport",
                    "{name} is damaged: none of its pages could be read. Open it in a PDF viewer "
                    "and save a new copy, then import that.",
                ).format(name=name)
            )
        if with_text == 0:
            raise NoTextLayer(
                translate(
                    "KnowledgeImport",
                    "{name} has no text layer (it looks like a scan). Run text recognition (OCR) "
                    "on it, for example with your scanner's software or ocrmypdf, then import it "
                    "again.",
                ).format(name=name)
            )
    finally:
        handle.close()


def _page_text(reader: Any, index: int) -> str | None:
    """The page's text, or None if the page cannot be read (the rest still can)."""
    try:
        return str(reader.pages[index].extract_text() or "")
    except Exception:  # one bad page must not cost the whole document
        logger.info("Skipping unreadable page %d", index + 1, exc_info=True)
        return None


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"
