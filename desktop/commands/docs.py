"""``convosphere docs``: list documents; tag, untag, trash, restore and export many at once.

Bulk commands submit a durable job and run it here until it finishes (progress on stderr);
a job interrupted with Ctrl+C goes on the next time the app or a bulk command runs.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.commands.jobs import run_until_done
from desktop.commands.words import fail, state

if TYPE_CHECKING:
    from core.library.actions import BulkActions
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    docs = commands.add_parser(
        "docs", parents=[common], help=translate("CliDocs", "list documents, act on many")
    )
    actions = docs.add_subparsers(dest="docs_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliDocs", "documents with their tags")
    )
    _add_tag_filter(listing)
    listing.add_argument(
        "--trash", action="store_true", help=translate("CliDocs", "list the trash instead")
    )
    listing.add_argument(
        "--limit", type=int, default=0, help=translate("CliDocs", "at most this many (0: all)")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    listing.set_defaults(handler=list_documents)
    for name, what in (
        ("tag", QT_TRANSLATE_NOOP("CliDocs", "add TAG to documents")),
        ("untag", QT_TRANSLATE_NOOP("CliDocs", "remove TAG from documents")),
    ):
        command = actions.add_parser(name, parents=[common], help=translate("CliDocs", what))
        command.add_argument("tag_name", metavar="TAG")
        _add_selection(command, allow_all=True)
        command.set_defaults(handler=run_bulk, action=name)
    for name, what in (
        ("delete", QT_TRANSLATE_NOOP("CliDocs", "move to the trash")),
        ("restore", QT_TRANSLATE_NOOP("CliDocs", "bring back from the trash")),
    ):
        command = actions.add_parser(name, parents=[common], help=translate("CliDocs", what))
        _add_selection(command, allow_all=False)
        command.set_defaults(handler=run_bulk, action=name)
    export = actions.add_parser(
        "export", parents=[common], help=translate("CliDocs", "zip files plus a manifest")
    )
    _add_selection(export, allow_all=False)
    export.add_argument("--to", required=True, metavar="FILE.zip")
    export.set_defaults(handler=run_bulk, action="export")
    empty = actions.add_parser(
        "empty-trash", parents=[common], help=translate("CliDocs", "purge the trash for good")
    )
    empty.set_defaults(handler=run_bulk, action="empty-trash", ids=None, all=False, tags=[])
    _register_preview(actions, common)


def _register_preview(actions: Any, common: argparse.ArgumentParser) -> None:
    show = actions.add_parser(
        "show", parents=[common], help=translate("CliDocs", "open a document in the app's viewer")
    )
    show.add_argument("document_id", metavar="ID")
    show.add_argument(
        "--page", type=int, metavar="N", help=translate("CliDocs", "at page N (from 1)")
    )
    show.set_defaults(handler=show_document)
    text = actions.add_parser(
        "text", parents=[common], help=translate("CliDocs", "print a document's (page's) text")
    )
    text.add_argument("document_id", metavar="ID")
    text.add_argument(
        "--page",
        type=int,
        metavar="N",
        help=translate("CliDocs", "only page N (OCR text for scans)"),
    )
    text.set_defaults(handler=print_text)
    thumb = actions.add_parser(
        "thumbnail", parents=[common], help=translate("CliDocs", "save the first page as PNG")
    )
    thumb.add_argument("document_id", metavar="ID")
    thumb.add_argument("--to", required=True, metavar="FILE.png")
    thumb.set_defaults(handler=save_thumbnail)


def _add_tag_filter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tag", dest="tags", action="append", default=[], metavar="T",
        help=translate("CliDocs", "only documents with tag T (repeat: with all of them)"),
    )  # fmt: skip


def _add_selection(parser: argparse.ArgumentParser, *, allow_all: bool) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--ids", nargs="+", metavar="ID", help=translate("CliDocs", "these documents")
    )
    if allow_all:
        group.add_argument(
            "--all", action="store_true", help=translate("CliDocs", "every document (see --tag)")
        )
        _add_tag_filter(parser)
    else:
        parser.set_defaults(all=False, tags=[])


def _filter(args: argparse.Namespace, services: Root, *, trashed: bool = False) -> Any:
    from core.library.documents import DocumentFilter

    tags = services.library.tags
    tag_ids = tuple(tags.find(name).id for name in args.tags)
    return DocumentFilter(tags_all=tag_ids, trashed=trashed)


def list_documents(args: argparse.Namespace, services: Root) -> int:
    from core.library.documents import DocumentSort, SortColumn
    from core.library.tags import TagError

    try:
        where = _filter(args, services, trashed=args.trash)
    except TagError as exc:
        return fail(str(exc))
    catalog = services.library.catalog
    order = DocumentSort(SortColumn.ADDED, descending=True)
    rows = catalog.page(where, order, 0, args.limit or catalog.count(where) or 1)
    found = [
        {"id": r.id, "title": r.title, "tags": [t.name for t in r.tags], "state": r.state}
        for r in rows
    ]
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(
            translate("CliDocs", "No documents match.")
            if args.tags
            else translate("CliDocs", "No documents yet.")
        )
    states = [state(doc["state"]) for doc in found]
    width = max([8, *map(len, states)])
    for doc, word in zip(found, states, strict=True):
        tags = f"  [{', '.join(doc['tags'])}]" if doc["tags"] else ""
        print(f"{doc['id']}  {word:<{width}}  {doc['title']}{tags}")
    return 0


def run_bulk(args: argparse.Namespace, services: Root) -> int:
    from core.jobs import JobError
    from core.library.bulk import BulkError
    from core.library.tags import TagError

    bulk = services.library.bulk
    try:
        ids = bulk.matching(_filter(args, services)) if args.all else (args.ids or [])
        job_id = _submit(args, bulk, ids)
    except (BulkError, TagError, JobError) as exc:
        return fail(str(exc))
    return run_until_done(services, job_id)


def _submit(args: argparse.Namespace, bulk: BulkActions, ids: list[str]) -> str:
    from pathlib import Path

    action = args.action
    if action == "tag":
        return bulk.tag(ids, args.tag_name)
    if action == "untag":
        return bulk.untag(ids, args.tag_name)
    if action == "delete":
        return bulk.trash(ids)
    if action == "restore":
        return bulk.restore(ids)
    if action == "export":
        return bulk.export(ids, Path(args.to))
    return bulk.empty_trash()


def print_text(args: argparse.Namespace, services: Root) -> int:
    from core.errors import UserError

    try:
        print(services.sources.page_text(args.document_id, args.page))
    except UserError as exc:
        return fail(str(exc))
    return 0


def save_thumbnail(args: argparse.Namespace, services: Root) -> int:
    import shutil
    from pathlib import Path

    from core.errors import UserError

    try:
        made = services.sources.thumbnail(args.document_id)
        shutil.copyfile(made, Path(args.to))
    except UserError as exc:
        return fail(str(exc))
    except OSError as exc:
        message = translate("CliDocs", "Could not write {file}: {reason}.")
        return fail(message.format(file=args.to, reason=exc.strerror or exc))
    print(args.to)
    return 0


def show_document(args: argparse.Namespace, services: Root) -> int:
    """Check the document, then start the app's window at it (a process of its own)."""
    import os
    import subprocess
    import sys

    from core.errors import UserError

    try:
        services.sources.source(args.document_id)
    except UserError as exc:
        return fail(str(exc))
    command = [sys.executable, "-m", "desktop", "--data-dir", str(services.paths.data_dir)]
    command += ["--open-document", args.document_id]
    if args.page:
        command += ["--open-page", str(args.page)]
    if os.environ.get("CONVOSPHERE_PRINT_ONLY"):  # tests: say what would run
        print(" ".join(command))
        return 0
    subprocess.Popen(command, start_new_session=True)
    return 0
