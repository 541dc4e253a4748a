"""The user's own data on this device: export all of it, or erase all of it (GDPR, locally).

Export is a durable job (``data.export``): one item per part of the data (conversations with
their messages, assistants, documents with their tags and versions, tags, workspaces, settings)
written as JSON next to the target, then the documents' files in ranges, then one ``write zip``
item that packs it all into ``<target>.partial`` and renames it into place. A killed export
resumes; the chosen name never holds half a zip. Secrets (API keys, the sync session) are never
exported: settings come from ``Settings.values()``, which leaves them out.

Erasing (``LocalDataEraser``) removes the secrets this data dir uses, then, once the caller has
closed every service, the entries the app made inside the data dir and its config dir, and
nothing else there: a data dir pointed at a folder with other files keeps them.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db.models import (
    Assistant,
    Conversation,
    Document,
    DocumentVersion,
    Message,
    Tag,
    TagLink,
    Workspace,
)
from core.db.session import Database
from core.errors import UserError
from core.files import FileStore
from core.i18n import translate
from core.jobs import HandlerRegistry, ItemContext, ItemFailed, JobService
from core.paths import AppPaths
from core.secrets import SecretStore
from core.settings import SETTINGS, Settings

EXPORT_KIND = "data.export"
WRITE_ZIP = "write zip"  # i18n: not UI (a job item key)
JSON_PARTS = ("workspaces", "conversations", "assistants", "documents", "tags", "settings")
FILE_RANGE = 20
FORMAT = "convosphere-personal-data"
# What the app itself makes in a data dir (``AppPaths``, the Chroma store, the guard's locks,
# thumbnails, the reading positions): erasing removes these and leaves anything else.
DATA_ENTRIES = (
    "app.db",
    "app.db-wal",
    "app.db-shm",
    "app.db-journal",
    "app.db.backup-*",
    "chroma",
    "files",
    "logs",
    "thumbnails",
    "run",
    "owner.lock",
)
CONFIG_ENTRIES = (
    "device-settings.json",
    "secrets.json",
    ".secrets.json.*.tmp",
    "reading-positions.json",
    "mcp-servers.json",
    "carried-draft.json",
)


class PersonalDataError(UserError):
    """An export or erase that cannot be done as asked; the message says why."""


def staging_dir(target: Path) -> Path:
    """Where an export keeps its parts until the zip is written."""
    return target.with_name(target.name + ".parts")


def check_export_target(target: Path, data_dir: Path) -> Path:
    """The zip to write, made absolute; refused inside the data dir (erasing would take it)
    or where its folder does not exist."""
    target = target.expanduser()
    if not target.is_absolute():
        raise PersonalDataError(
            translate("PersonalData", "Choose a full path for the export, not {path}.").format(
                path=repr(str(target))
            )
        )
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    folder = target.parent
    if not folder.is_dir():
        raise PersonalDataError(
            translate(
                "PersonalData", "The folder {folder} does not exist: choose another place."
            ).format(folder=folder)
        )
    if not os.access(folder, os.W_OK):
        raise PersonalDataError(
            translate(
                "PersonalData", "ConvoSphere may not write to {folder}: choose another place."
            ).format(folder=folder)
        )
    resolved, data = target.resolve(), data_dir.resolve()
    if resolved == data or data in resolved.parents:
        raise PersonalDataError(
            translate(
                "PersonalData",
                "Save the export outside ConvoSphere's data folder: deleting the local data "
                "would delete it too.",
            )
        )
    if target.is_dir():
        raise PersonalDataError(
            translate("PersonalData", "{path} is a folder: choose a file name.").format(path=target)
        )
    return target


def submit_export(jobs: JobService, target: Path, data_dir: Path) -> str:
    """Queue an export of everything to ``target`` (checked first); returns the job id."""
    checked = check_export_target(target, data_dir)
    title = translate("PersonalData", "Export my data to {name}").format(name=checked.name)
    return jobs.submit(EXPORT_KIND, title, {"to": str(checked)})


class PersonalDataExport:
    """The ``data.export`` job: all of this data dir's content, as JSON and files, in a zip."""

    def __init__(
        self, database: Database, files: FileStore, settings: Settings, device_id: str
    ) -> None:
        self.database = database
        self.files = files
        self.settings = settings
        self.device_id = device_id

    def plan(self, params: Mapping[str, Any]) -> Sequence[str]:
        count = len(self._file_hashes())
        ranges = [
            f"files {start + 1}-{min(start + FILE_RANGE, count)}"  # i18n: not UI (an item key)
            for start in range(0, count, FILE_RANGE)
        ]
        return [*(f"json {part}" for part in JSON_PARTS), *ranges, WRITE_ZIP]  # i18n: not UI

    def process(self, ctx: ItemContext) -> None:
        target = Path(str(ctx.params["to"]))
        staging = staging_dir(target)
        try:
            if ctx.key == WRITE_ZIP:
                self._write_zip(ctx, target, staging)
            elif ctx.key.startswith("json "):
                part = ctx.key.split(" ", 1)[1]
                _write_json(staging / f"{part}.json", self._part(part))
            else:
                self._copy_files(ctx, staging)
        except OSError as exc:
            raise ItemFailed(
                translate("PersonalData", "Could not write the export {path}: {error}").format(
                    path=target, error=exc.strerror or exc
                )
            ) from exc

    # --- parts ------------------------------------------------------------------------------

    def _part(self, part: str) -> Any:
        if part == "settings":
            return self.settings.values()
        with self.database.read() as session:
            if part == "workspaces":
                return [_row(w) for w in session.scalars(select(Workspace))]
            if part == "assistants":
                return [_row(a) for a in session.scalars(select(Assistant))]
            if part == "tags":
                return [_row(t) for t in session.scalars(select(Tag))]
            if part == "conversations":
                return _conversations(session)
            if part == "documents":
                return _documents(session)
        raise ValueError(f"unknown export part {part!r}")

    def _file_hashes(self) -> list[str]:
        with self.database.read() as session:
            current = session.scalars(select(Document.file_sha256))
            older = session.scalars(select(DocumentVersion.file_sha256))
            return sorted(set(current) | set(older))

    def _copy_files(self, ctx: ItemContext, staging: Path) -> None:
        first, last = (int(n) for n in ctx.key.split()[-1].split("-"))
        hashes = self._file_hashes()[first - 1 : last]
        missing = []
        folder = staging / "files"
        folder.mkdir(parents=True, exist_ok=True)
        for sha in hashes:
            ctx.check_cancelled()
            source, copy = self.files.path_for(sha), folder / sha
            if copy.is_file():
                continue
            if not source.is_file():
                missing.append(sha)
                continue
            _link_or_copy(source, copy)
            ctx.progressed()
        if missing:
            raise ItemFailed(
                translate(
                    "PersonalData",
                    "%n file(s) are missing from the library and are not in the export ({files}…).",
                    None,
                    len(missing),
                ).format(files=", ".join(m[:12] for m in missing[:3]))
            )

    def _write_zip(self, ctx: ItemContext, target: Path, staging: Path) -> None:
        parts = {p: staging / f"{p}.json" for p in JSON_PARTS}
        absent = [p for p, path in parts.items() if not path.is_file()]
        if absent:
            raise ItemFailed(
                translate("PersonalData", "The export misses its {parts}: retry the job.").format(
                    parts=", ".join(absent)
                )
            )
        files = sorted((staging / "files").glob("*")) if (staging / "files").is_dir() else []
        partial = target.with_name(target.name + ".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for part, path in parts.items():
                archive.write(path, f"{part}.json")
            for path in files:
                ctx.check_cancelled()
                # Documents are mostly compressed already (PDF, DOCX): stored as they are.
                name = f"files/{path.name}"  # i18n: not UI
                archive.write(path, name, compress_type=zipfile.ZIP_STORED)
            archive.writestr("manifest.json", json.dumps(self._manifest(len(files)), indent=2))
        _fsync(partial)
        partial.replace(target)
        shutil.rmtree(staging, ignore_errors=True)

    def _manifest(self, files: int) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": 1,
            "exported_at_ms": time.time_ns() // 1_000_000,
            "device_id": self.device_id,
            "parts": [f"{p}.json" for p in JSON_PARTS],
            "files": files,
            "notes": (  # a machine-readable manifest: always English
                "Times are milliseconds since 1970-01-01 UTC. Each document's file is "
                "files/<sha256> (its 'file' field). API keys and sign-in tokens are not "
                "included."  # i18n: not UI
            ),
        }


def register_jobs(registry: HandlerRegistry, export: PersonalDataExport) -> None:
    registry.register(EXPORT_KIND, export)


# --- rows as JSON -------------------------------------------------------------------------


def _row(row: Any, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """A row's columns as JSON, without sync bookkeeping (field clocks)."""
    left_out = {"field_clocks", *skip}
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in left_out}


def _conversations(session: Session) -> list[dict[str, Any]]:
    messages: dict[str, list[dict[str, Any]]] = {}
    ordered = select(Message).order_by(Message.conversation_id, Message.created_at_ms)
    for message in session.scalars(ordered):
        messages.setdefault(message.conversation_id, []).append(_row(message))
    found = []
    for conversation in session.scalars(select(Conversation).order_by(Conversation.created_at_ms)):
        entry = _row(conversation)
        entry["messages"] = messages.get(conversation.id, [])
        found.append(entry)
    return found


def _documents(session: Session) -> list[dict[str, Any]]:
    tag_names = {t.id: t.name for t in session.scalars(select(Tag).where(Tag.deleted.is_(False)))}
    tags: dict[str, list[str]] = {}
    for link in session.scalars(select(TagLink).where(TagLink.deleted.is_(False))):
        if link.tag_id in tag_names:
            tags.setdefault(link.document_id, []).append(tag_names[link.tag_id])
    versions: dict[str, list[dict[str, Any]]] = {}
    for version in session.scalars(select(DocumentVersion)):
        entry = _row(version)
        entry["file"] = f"files/{version.file_sha256}"  # i18n: not UI
        versions.setdefault(version.document_id, []).append(entry)
    found = []
    for document in session.scalars(select(Document).order_by(Document.created_at_ms)):
        entry = _row(document)
        entry["file"] = f"files/{document.file_sha256}"  # i18n: not UI
        entry["tags"] = sorted(tags.get(document.id, []))
        entry["versions"] = versions.get(document.id, [])
        found.append(entry)
    return found


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    tmp.replace(path)


def _link_or_copy(source: Path, copy: Path) -> None:
    """A hard link where the export lies on the data's disk (no second copy), else a copy."""
    tmp = copy.with_name(copy.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    tmp.replace(copy)


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


# --- erasing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalDataSummary:
    """What erasing removes, for the confirmation to name."""

    workspace_name: str
    conversations: int
    messages: int
    assistants: int
    documents: int
    document_bytes: int
    tags: int
    data_dir: Path


@dataclass(frozen=True)
class EraseReport:
    removed: list[str]
    kept: list[str]  # entries of the data dir the app did not make: left alone


class LocalDataEraser:
    """Erases this data dir: ``summary`` and ``forget_secrets`` while it is open, ``erase``
    after every service has been closed."""

    def __init__(self, paths: AppPaths, database: Database, secrets: SecretStore) -> None:
        self.paths = paths
        self.database = database
        self.secrets = secrets

    def summary(self, workspace_id: str) -> LocalDataSummary:
        from sqlalchemy import func

        with self.database.read() as session:

            def count(model: Any) -> int:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)

            workspace = session.get(Workspace, workspace_id)
            size = session.scalar(select(func.coalesce(func.sum(Document.size_bytes), 0)))
            return LocalDataSummary(
                workspace_name=(
                    workspace.name if workspace is not None else translate("Workspaces", "Personal")
                ),
                conversations=count(Conversation),
                messages=count(Message),
                assistants=count(Assistant),
                documents=count(Document),
                document_bytes=int(size or 0),
                tags=count(Tag),
                data_dir=self.paths.data_dir,
            )

    def secret_names(self, extra: Iterable[str] = ()) -> list[str]:
        """The secrets this data dir's settings name (API keys, the sync session), plus
        ``extra`` (MCP servers' secrets)."""
        names = [s.key.rsplit(".", 1)[-1] for s in SETTINGS if s.secret]
        return sorted({*names, "sync_refresh_token", *extra})

    def forget_secrets(self, extra: Iterable[str] = ()) -> None:
        """Remove the secrets from the keyring and the private file (blocking: may prompt)."""
        for name in self.secret_names(extra):
            self.secrets.delete(name)

    def erase(self) -> EraseReport:
        """Remove what the app made in the data dir and its config dir. Call it only after
        closing the root: the database and the data dir's locks must be released."""
        removed: list[str] = []
        for folder, names in (
            (self.paths.data_dir, DATA_ENTRIES),
            (self.paths.config_dir, CONFIG_ENTRIES),
        ):
            if not folder.is_dir():
                continue
            for pattern in names:
                for path in sorted(folder.glob(pattern)):
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path)  # never follows a link out of the folder
                    else:
                        path.unlink()
                    removed.append(str(path))
        config = self.paths.config_dir
        if config.is_dir() and not any(config.iterdir()):
            config.rmdir()
        data = self.paths.data_dir
        kept = sorted(str(p) for p in data.iterdir()) if data.is_dir() else []
        return EraseReport(removed, kept)
