"""What kind of document a file is, whether it can be imported, and the errors that say why not.

Each ``DocumentUnreadable`` subclass carries a message a person can act on; the import job
records it as that file's status and goes on with the next file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, size, translate

MAX_IMPORT_BYTES = 1024**3
"""Files above 1 GiB are refused before any byte is copied: parsing streams, but a file that
large is almost always an archive or a disc image, and it would hold an import for hours."""


class DocType(StrEnum):
    """The kinds of document the knowledge base reads."""

    PDF = "pdf"
    MARKDOWN = "markdown"
    TEXT = "text"
    WORD = "docx"
    HTML = "html"
    CODE = "code"
    IMAGE = "image"


_CODE_EXTENSIONS = [
    ".py",
    ".pyi",
    ".js",
    ".mjs",
    ".cjs",
    ".ts",
    ".tsx",
    ".jsx",
    ".java",
    ".kt",
    ".kts",
    ".scala",
    ".c",
    ".h",
    ".cc",
    ".cpp",
    ".cxx",
    ".hpp",
    ".hh",
    ".cs",
    ".go",
    ".rs",
    ".rb",
    ".php",
    ".swift",
    ".m",
    ".mm",
    ".lua",
    ".pl",
    ".pm",
    ".r",
    ".jl",
    ".dart",
    ".sh",
    ".bash",
    ".zsh",
    ".ps1",
    ".bat",
    ".sql",
    ".css",
    ".scss",
    ".vue",
    ".svelte",
    ".ex",
    ".exs",
    ".erl",
    ".hs",
    ".ml",
    ".clj",
    ".groovy",
    ".gradle",
    ".yaml",
    ".yml",
    ".toml",
    ".ini",
    ".cfg",
    ".proto",
    ".graphql",
    ".tf",
    ".cmake",
    ".mk",
]

EXTENSIONS: dict[str, DocType] = {
    ".pdf": DocType.PDF,
    ".md": DocType.MARKDOWN,
    ".markdown": DocType.MARKDOWN,
    ".mdown": DocType.MARKDOWN,
    ".txt": DocType.TEXT,
    ".text": DocType.TEXT,
    ".rst": DocType.TEXT,
    ".log": DocType.TEXT,
    ".docx": DocType.WORD,
    ".html": DocType.HTML,
    ".htm": DocType.HTML,
    ".xhtml": DocType.HTML,
    ".png": DocType.IMAGE,
    ".jpg": DocType.IMAGE,
    ".jpeg": DocType.IMAGE,
    ".tif": DocType.IMAGE,
    ".tiff": DocType.IMAGE,
    **dict.fromkeys(_CODE_EXTENSIONS, DocType.CODE),
}
_CODE_FILE_NAMES = {"makefile", "dockerfile", "cmakelists.txt", "jenkinsfile"}
_HINTS = {
    ".doc": QT_TRANSLATE_NOOP(
        "KnowledgeImport",
        "Old Word documents (.doc) cannot be read: save it as .docx and import that.",
    ),
    ".rtf": QT_TRANSLATE_NOOP(
        "KnowledgeImport",
        "Rich text (.rtf) cannot be read: save it as .docx or plain text and import that.",
    ),
    ".pages": QT_TRANSLATE_NOOP(
        "KnowledgeImport",
        "Apple Pages files cannot be read: export it as PDF or Word and import that.",
    ),
    ".odt": QT_TRANSLATE_NOOP(
        "KnowledgeImport",
        "OpenDocument text cannot be read yet: save it as .docx and import that.",
    ),
    ".epub": QT_TRANSLATE_NOOP(
        "KnowledgeImport",
        "E-books (.epub) cannot be read yet: convert it to PDF or HTML and import that.",
    ),
}


class DocumentUnreadable(UserError):
    """A file that cannot become a document; the message says what a person can do."""


class UnsupportedFileType(DocumentUnreadable):
    """The file is of a kind the knowledge base does not read."""


class EmptyDocument(DocumentUnreadable):
    """The file has no bytes, or no text at all."""


class DocumentTooLarge(DocumentUnreadable):
    """The file is over ``MAX_IMPORT_BYTES``."""


class PasswordProtected(DocumentUnreadable):
    """The PDF needs a password to open."""


class NoTextLayer(DocumentUnreadable):
    """The PDF has pages but no text on them (a scan without OCR)."""


class DamagedDocument(DocumentUnreadable):
    """The file is corrupt, truncated, or not what its name says."""


@dataclass(frozen=True)
class Block:
    """A paragraph (or a run of code lines) with the page it is on and the headings above it.

    ``lines`` blocks (code, preformatted text) are split at line ends, never inside sentences.
    """

    text: str
    page: int | None = None
    headings: tuple[str, ...] = ()
    lines: bool = False


@dataclass
class ParsedDocument:
    """A document being read: its metadata and its blocks (a generator, consumed once).

    ``title`` and ``author`` may be filled in while the blocks are read (a Markdown file's first
    heading becomes its title), so read them after the blocks.
    """

    doc_type: DocType
    title: str | None = None
    author: str | None = None
    pages: int | None = None
    blocks: Iterator[Block] = field(default_factory=lambda: iter(()))


def display_name(path: Path) -> str:
    """The file's name as a person reads it, even if it is not valid UTF-8 on disk."""
    raw = os.fsencode(path.name)
    return raw.decode("utf-8", errors="replace")


def doc_type_of(path: Path) -> DocType | None:
    """The document type from the file name, or None if it is not a supported kind."""
    name = path.name.lower()
    if name in _CODE_FILE_NAMES:
        return DocType.CODE
    return EXTENSIONS.get(path.suffix.lower())


def check_importable(path: Path) -> tuple[DocType, int]:
    """The file's type and size, or a ``DocumentUnreadable`` saying why it cannot be imported."""
    name = display_name(path)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise DocumentUnreadable(
            translate(
                "KnowledgeImport", "{name} no longer exists; it was moved or deleted."
            ).format(name=name)
        ) from exc
    except OSError as exc:
        raise DocumentUnreadable(cannot_read(name, exc.strerror or exc)) from exc
    if not path.is_file():
        raise DocumentUnreadable(
            translate("KnowledgeImport", "{name} is not a regular file.").format(name=name)
        )
    doc_type = doc_type_of(path)
    if doc_type is None:
        hint = _HINTS.get(path.suffix.lower())
        raise UnsupportedFileType(
            translate("KnowledgeImport", hint)
            if hint
            else translate(
                "KnowledgeImport",
                "{name} is not a kind of file the knowledge base reads. Supported: PDF, "
                "Markdown, plain text, Word (.docx), HTML, source code and images (PNG, JPEG, "
                "TIFF).",
            ).format(name=name)
        )
    if info.st_size == 0:
        raise EmptyDocument(
            translate(
                "KnowledgeImport", "{name} is empty (0 bytes); there is nothing to import."
            ).format(name=name)
        )
    if info.st_size > MAX_IMPORT_BYTES:
        raise DocumentTooLarge(
            translate(
                "KnowledgeImport",
                "{name} is {size}; files up to {limit} can be imported. Split it into smaller "
                "files and import those.",
            ).format(name=name, size=format_size(info.st_size), limit=format_size(MAX_IMPORT_BYTES))
        )
    if not os.access(path, os.R_OK):
        raise DocumentUnreadable(
            translate("KnowledgeImport", "{name} cannot be read: permission denied.").format(
                name=name
            )
        )
    return doc_type, info.st_size


def cannot_read(name: str, reason: object) -> str:
    """ "{name} cannot be read: {reason}." in the user's language."""
    return translate("KnowledgeImport", "{name} cannot be read: {reason}.").format(
        name=name, reason=reason
    )


def format_size(count: int) -> str:
    """1536 → "1.5 KB" ("1,5 KB" in German): ``core.i18n.size``."""
    return size(count)
