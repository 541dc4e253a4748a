"""Exporting documents: a .zip of their original files plus ``manifest.json``, as a job.

Items are ranges of documents ("documents 1-200") and one last ``write zip`` item. A range
checks its documents' files and writes what it found to a part file next to the target; the
last item streams the files into ``<target>.partial`` and renames it into place, so a killed
export resumes without ever leaving a half-written zip under the chosen name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import select

from core.db.models import Document
from core.db.session import Database
from core.files import FileStore
from core.i18n import number, translate
from core.jobs import ItemContext, ItemFailed
from core.library.bulk import ids_in_range, range_keys
from core.library.tags import tags_of

EXPORT_RANGE = 200
WRITE_ZIP = "write zip"  # i18n: not UI (a job item key)
MANIFEST = "manifest.json"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def staging_dir(target: Path) -> Path:
    """Where an export keeps its part files until the zip is written."""
    return target.with_name(target.name + ".parts")


class ExportDocumentsHandler:
    """Writes ``params["to"]``: the original files of ``params["ids"]`` and a manifest."""

    range_size = EXPORT_RANGE

    def __init__(self, database: Database, files: FileStore) -> None:
        self.database = database
        self.files = files

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        return [*range_keys(len(params["ids"]), self.range_size), WRITE_ZIP]

    def process(self, ctx: ItemContext) -> None:
        target = Path(str(ctx.params["to"]))
        try:
            if ctx.key == WRITE_ZIP:
                self._write_zip(ctx, target)
            else:
                self._check_range(ctx, target)
        except OSError as exc:
            raise ItemFailed(
                translate("LibraryExport", "Could not write the export {path}: {error}").format(
                    path=target, error=exc.strerror or exc
                )
            ) from exc

    def _check_range(self, ctx: ItemContext, target: Path) -> None:
        ids = ids_in_range(ctx.params, ctx.key)
        entries, failed = self._entries(ids)
        part = staging_dir(target) / f"{ctx.key.split()[-1]}.json"
        _write_json(part, {"entries": entries, "failed": failed})
        if failed:
            names = "; ".join(f"“{f['title']}”: {f['error']}" for f in failed[:5])
            if len(failed) > 5:
                names = translate("LibraryExport", "{names} and {count} more").format(
                    names=names, count=number(len(failed) - 5)
                )
            raise ItemFailed(
                translate(
                    "LibraryExport",
                    "%n document(s) could not be exported: {names}.",
                    None,
                    len(failed),
                ).format(names=names)
            )

    def _entries(self, ids: Sequence[str]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
        with self.database.read() as session:
            found = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(ids)))}
            tags = tags_of(session, list(found))
        entries: list[dict[str, Any]] = []
        failed: list[dict[str, str]] = []
        for document_id in ids:
            doc = found.get(document_id)
            if doc is None:
                error = translate("LibraryExport", "it was purged")
                failed.append({"id": document_id, "title": document_id, "error": error})
                continue
            path = self.files.path_for(doc.file_sha256)
            if not path.is_file() or path.stat().st_size != doc.size_bytes:
                failed.append(
                    {
                        "id": doc.id,
                        "title": doc.title,
                        "error": translate("LibraryExport", "its file is missing from the library"),
                    }
                )
                continue
            entries.append(_manifest_entry(doc, [t.name for t in tags.get(doc.id, [])]))
        return entries, failed

    def _write_zip(self, ctx: ItemContext, target: Path) -> None:
        staging = staging_dir(target)
        entries: list[dict[str, Any]] = []
        failed = 0
        for key in range_keys(len(ctx.params["ids"]), self.range_size):
            part = staging / f"{key.split()[-1]}.json"
            if not part.is_file():
                failed += 1
                continue
            data = json.loads(part.read_text(encoding="utf-8"))
            entries.extend(data["entries"])
            failed += len(data["failed"])
        _assign_names(entries)
        partial = target.with_name(target.name + ".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for entry in entries:
                ctx.check_cancelled()
                archive.write(self.files.path_for(entry["sha256"]), entry["file"])
            manifest = {
                "format": "convosphere-export",
                "version": 1,
                "exported_at_ms": time.time_ns() // 1_000_000,
                "documents": entries,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
        _fsync(partial)
        partial.replace(target)
        if failed:
            raise ItemFailed(
                translate(
                    "LibraryExport",
                    "The export was written to {path} without %n document(s) that could not be "
                    "read (see the errors above); retry once they are fixed to add them.",
                    None,
                    failed,
                ).format(path=target)
            )
        shutil.rmtree(staging, ignore_errors=True)


def _manifest_entry(doc: Document, tags: list[str]) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "doc_type": doc.doc_type,
        "file": "",
        "original_name": doc.source_name,
        "sha256": doc.file_sha256,
        "size_bytes": doc.size_bytes,
        "pages": doc.pages,
        "author": doc.author,
        "added_at_ms": doc.created_at_ms,
        "state": doc.state,
        "tags": tags,
    }


def _assign_names(entries: list[dict[str, Any]]) -> None:
    """Give each entry a unique, portable path in the zip: ``files/<title>.<ext>``."""
    taken: set[str] = set()
    for entry in entries:
        suffix = PurePath(entry["original_name"]).suffix or f".{entry['doc_type']}"
        stem = _UNSAFE.sub("_", entry["title"]).strip(" .")[:120] or "document"
        if stem.lower().endswith(suffix.lower()):
            stem = stem[: -len(suffix)] or "document"
        name, n = f"files/{stem}{suffix}", 1  # i18n: not UI (a path in the zip)
        while name.casefold() in taken:
            n += 1
            name = f"files/{stem} ({n}){suffix}"  # i18n: not UI (a path in the zip)
        taken.add(name.casefold())
        entry["file"] = name


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
