"""``convosphere jobs``: list durable jobs, cancel or retry one; and running a job to its end."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from core.i18n import number, translate
from desktop.commands.words import fail, state

if TYPE_CHECKING:
    from core.jobs import JobInfo
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    jobs = commands.add_parser(
        "jobs", parents=[common], help=translate("CliJobs", "list, cancel or retry jobs")
    )
    actions = jobs.add_subparsers(dest="jobs_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CliJobs", "jobs, newest first")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    listing.add_argument(
        "--limit", type=int, default=50, help=translate("CliJobs", "at most this many (50)")
    )
    listing.set_defaults(handler=list_jobs)
    cancel = actions.add_parser(
        "cancel", parents=[common], help=translate("CliJobs", "stop a job for good")
    )
    cancel.add_argument("id", help=translate("CliJobs", "the job's id (see `jobs list`)"))
    cancel.set_defaults(handler=cancel_job)
    retry = actions.add_parser(
        "retry",
        parents=[common],
        help=translate("CliJobs", "run a failed or cancelled job's unfinished items again"),
    )
    retry.add_argument("id", help=translate("CliJobs", "the job's id (see `jobs list`)"))
    retry.set_defaults(handler=retry_job)


def job_dict(info: JobInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "kind": info.kind,
        "title": info.title,
        "state": str(info.state),
        "total": info.total,
        "done": info.done,
        "failed": info.failed,
        "error": info.error,
        "created_at_ms": info.created_at_ms,
        "finished_at_ms": info.finished_at_ms,
    }


def list_jobs(args: argparse.Namespace, services: Root) -> int:
    jobs = services.jobs.list(limit=args.limit)
    if args.json:
        print(json.dumps([job_dict(j) for j in jobs], indent=2))
        return 0
    if not jobs:
        print(translate("CliJobs", "No jobs yet."))
    states = [state(job.state) for job in jobs]
    width = max([9, *map(len, states)])
    for job, word in zip(jobs, states, strict=True):
        print(
            f"{job.id}  {word:<{width}}  {number(job.done):>6}/{number(job.total):<6}  {job.title}"
        )
    return 0


def cancel_job(args: argparse.Namespace, services: Root) -> int:
    from core.jobs import JobError

    try:
        services.jobs.cancel(args.id)
    except JobError as exc:
        return fail(str(exc))
    title = services.jobs.get(args.id).title
    print(translate("CliJobs", "Cancelled {title}.").format(title=title))
    return 0


def retry_job(args: argparse.Namespace, services: Root) -> int:
    from core.jobs import JobError

    try:
        services.jobs.retry(args.id)
    except JobError as exc:
        return fail(str(exc))
    services.jobs.adopt(args.id)  # run here, even while the app owns the background work
    return run_until_done(services, args.id)


def run_until_done(services: Root, job_id: str, *, quiet: bool = False) -> int:
    """Run queued jobs with a ``JobRunner`` until ``job_id`` settles, progress on stderr
    (``quiet``: no progress and no summary, only the exit status)."""
    import asyncio

    from core.jobs import JobState

    def show(info: JobInfo) -> None:
        if info.id != job_id or quiet:
            return
        line = f"{info.title}: {number(info.done)}/{number(info.total)}"
        if info.eta_s is not None:
            left = translate("CliJobs", "about {seconds} s left")
            line += ", " + left.format(seconds=number(info.eta_s, 0))
        print(f"\r{line}   ", end="", file=sys.stderr)

    async def go() -> JobInfo:
        runner = services.job_runner()
        runner.subscribe(show)
        await runner.start()
        try:
            return await runner.wait(job_id)
        finally:
            await runner.stop()

    info = asyncio.run(go())
    if quiet:
        return 0 if info.state == JobState.DONE else 1
    print(file=sys.stderr)
    for error in services.jobs.item_errors(job_id):
        print(f"  {error.key}: {error.error}", file=sys.stderr)
    print(
        translate("CliJobs", "{title}: {state} ({done} of {total} done, {failed} failed)").format(
            title=info.title,
            state=state(info.state),
            done=number(info.done),
            total=number(info.total),
            failed=number(info.failed),
        )
    )
    return 0 if info.state == JobState.DONE else 1
