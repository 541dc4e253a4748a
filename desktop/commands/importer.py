"""``convosphere import PATH...``: import files and folders into the knowledge base.

Runs the import job here with a ``JobRunner`` until it ends, showing pages and chunks per
second. An import that was interrupted (Ctrl+C, a crash, a kill) goes on where it stopped
the next time any ``convosphere import`` runs; ``--resume`` does only that.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from core.i18n import number, translate
from desktop.commands.words import fail

if TYPE_CHECKING:
    from core.jobs import JobInfo
    from core.knowledge.library import KnowledgeBase
    from core.root import Root

PROGRESS_INTERVAL_S = 0.5


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "import",
        parents=[common],
        help=translate("CliImport", "import files and folders into the knowledge base"),
        description=translate(
            "CliImport",
            "Import PDF, Markdown, text, Word, HTML and source files (folders are "
            "searched recursively). Interrupted imports resume on the next run.",
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=translate("CliImport", "files or folders to import"),
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help=translate("CliImport", "only finish imports that were interrupted"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CliImport", "print the outcome as JSON")
    )
    parser.add_argument(
        "--quiet", action="store_true", help=translate("CliImport", "no progress line")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Root) -> int:
    from core.jobs import JobError, JobState
    from core.knowledge.jobs import INGEST_KIND
    from core.knowledge.scan import scan

    if not args.paths and not args.resume:
        return fail(translate("CliImport", "name files or folders to import (or use --resume)"), 2)
    knowledge = services.knowledge
    unfinished = [
        job.id
        for job in services.jobs.list(
            limit=1000, states={JobState.QUEUED, JobState.RUNNING, JobState.PAUSED}
        )
        if job.kind == INGEST_KIND
    ]
    if unfinished and not services.owner:
        # The app (or another command) has this data dir: it finishes those imports itself.
        message = translate(
            "CliImport",
            "%n earlier import(s) are left to ConvoSphere, which is running.",
            None,
            len(unfinished),
        )
        print(message, file=sys.stderr)
        unfinished = []
    for job_id in unfinished:
        if services.jobs.get(job_id).state is JobState.PAUSED:
            services.jobs.resume(job_id)
    if unfinished:
        message = translate(
            "CliImport", "Resuming %n interrupted import(s)…", None, len(unfinished)
        )
        print(message, file=sys.stderr)
    job_ids = list(reversed(unfinished))
    if args.paths:
        found = scan(args.paths)
        if found.skipped:
            message = translate(
                "CliImport",
                "Leaving out %n file(s) in those folders of kinds that cannot be imported.",
                None,
                found.skipped,
            )
            print(message, file=sys.stderr)
        try:
            job_ids.append(knowledge.import_paths(args.paths))
        except JobError as exc:
            return fail(str(exc))
    if not job_ids:
        print(translate("CliImport", "Nothing to resume."), file=sys.stderr)
        return 0
    try:
        infos = _run_jobs(services, knowledge, job_ids, quiet=args.quiet)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        message = translate(
            "CliImport", "import interrupted; run `convosphere import --resume` to go on."
        )
        return fail(message, 130)
    if services.sources.recognizer.fallback_used:
        message = translate(
            "CliImport",
            "Scanned pages were rendered with QtPdf: poppler (pdftoppm) is not installed "
            "(on Debian or Ubuntu: apt install poppler-utils).",
        )
        print(message, file=sys.stderr)
    return _report(services, knowledge, infos, as_json=args.json)


def _run_jobs(
    services: Root, knowledge: KnowledgeBase, job_ids: list[str], *, quiet: bool
) -> list[JobInfo]:
    import asyncio

    async def go() -> list[JobInfo]:
        runner = services.job_runner()
        await runner.start()
        ticker = (
            None if quiet else asyncio.create_task(_show_progress(services, knowledge, job_ids))
        )
        try:
            return [await runner.wait(job_id) for job_id in job_ids]
        finally:
            if ticker is not None:
                ticker.cancel()
            await runner.stop()

    infos = asyncio.run(go())
    if not quiet:
        print(file=sys.stderr)
    return infos


async def _show_progress(services: Root, knowledge: KnowledgeBase, job_ids: list[str]) -> None:
    import asyncio

    loop = asyncio.get_running_loop()
    while True:
        await asyncio.sleep(PROGRESS_INTERVAL_S)
        line = await loop.run_in_executor(None, progress_line, services, knowledge, job_ids)
        print(f"\r{line[:150]:<150}", end="", file=sys.stderr, flush=True)


def progress_line(services: Root, knowledge: KnowledgeBase, job_ids: list[str]) -> str:
    """ "Importing 3 of 20 files · 120 pages (31.0/s) · 250 chunks (19.8/s) · manual.pdf"."""
    infos = [services.jobs.get(job_id) for job_id in job_ids]
    done = sum(i.done + i.failed for i in infos)
    total = sum(i.total for i in infos)
    pages = chunks = 0
    elapsed = 0.0
    current = None
    for job_id in job_ids:
        snap = knowledge.progress.snapshot(job_id)
        if snap is not None:
            pages += snap.pages
            chunks += snap.chunks
            elapsed = max(elapsed, snap.elapsed_s)
            current = snap.current_file or current
    pages_rate = pages / elapsed if elapsed > 0 else 0.0
    chunks_rate = chunks / elapsed if elapsed > 0 else 0.0
    text = translate(
        "CliImport",
        "Importing {done} of {total} files · {pages} pages ({pages_rate}/s) · "
        "{chunks} chunks ({chunks_rate}/s)",
    ).format(
        done=number(done),
        total=number(total),
        pages=number(pages),
        pages_rate=number(pages_rate, 1),
        chunks=number(chunks),
        chunks_rate=number(chunks_rate, 1),
    )
    return f"{text} · {current}" if current else text


def _report(
    services: Root, knowledge: KnowledgeBase, infos: list[JobInfo], *, as_json: bool
) -> int:
    from core.jobs import JobState
    from core.knowledge.progress import FileOutcome, FileStatus
    from core.knowledge.scan import key_display

    outcomes: list[FileOutcome] = []
    for info in infos:
        snap = knowledge.progress.snapshot(info.id)
        outcomes.extend(snap.outcomes if snap is not None else ())
    errors = [e for info in infos for e in services.jobs.item_errors(info.id, limit=100_000)]
    counts = {status: 0 for status in FileStatus}
    for outcome in outcomes:
        counts[outcome.status] += 1
    failed = max(counts[FileStatus.FAILED], len(errors))
    if as_json:
        print(
            json.dumps(
                {
                    "jobs": [{"id": i.id, "state": str(i.state), "done": i.done} for i in infos],
                    "files": [
                        {
                            "name": o.name,
                            "status": str(o.status),
                            "message": o.message,
                            "document_id": o.document_id,
                        }
                        for o in outcomes
                        if o.status is not FileStatus.FAILED
                    ]
                    + [
                        {"name": key_display(e.key), "status": "failed", "message": e.error}
                        for e in errors
                    ],
                },
                indent=2,
            )
        )
    else:
        for outcome in outcomes:
            if outcome.status in (FileStatus.DUPLICATE, FileStatus.RESTORED):
                print(f"  {outcome.name}: {outcome.message}")
        for error in errors:
            print(f"  {key_display(error.key)}: {error.error}", file=sys.stderr)
        duplicates = counts[FileStatus.DUPLICATE] + counts[FileStatus.RESTORED]
        imported = max(sum(i.done for i in infos) - duplicates, 0)
        summary = translate(
            "CliImport",
            "Imported {imported}, {duplicates} already in the library, {failed} failed.",
        )
        print(
            summary.format(
                imported=translate("CliImport", "%n file(s)", None, imported),
                duplicates=number(counts[FileStatus.DUPLICATE]),
                failed=number(failed),
            )
        )
    settled = all(info.state in (JobState.DONE, JobState.FAILED) for info in infos)
    return 0 if settled and failed == 0 else 1
