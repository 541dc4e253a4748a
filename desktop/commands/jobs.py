"""``convosphere jobs``: list durable jobs, cancel or retry one; and running a job to its end."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.jobs import JobInfo
    from core.root import Root


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    jobs = commands.add_parser("jobs", parents=[common], help="list, cancel or retry jobs")
    actions = jobs.add_subparsers(dest="jobs_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="jobs, newest first")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (50)")
    listing.set_defaults(handler=list_jobs)
    cancel = actions.add_parser("cancel", parents=[common], help="stop a job for good")
    cancel.add_argument("id")
    cancel.set_defaults(handler=cancel_job)
    retry = actions.add_parser(
        "retry", parents=[common], help="run a failed or cancelled job's unfinished items again"
    )
    retry.add_argument("id")
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
        print("No jobs yet.")
    for job in jobs:
        print(f"{job.id}  {job.state:<9}  {job.done:>6}/{job.total:<6}  {job.title}")
    return 0


def cancel_job(args: argparse.Namespace, services: Root) -> int:
    from core.jobs import JobError

    try:
        services.jobs.cancel(args.id)
    except JobError as exc:
        return fail(str(exc))
    print(f"Cancelled {services.jobs.get(args.id).title}.")
    return 0


def retry_job(args: argparse.Namespace, services: Root) -> int:
    from core.jobs import JobError

    try:
        services.jobs.retry(args.id)
    except JobError as exc:
        return fail(str(exc))
    services.jobs.adopt(args.id)  # run here, even while the app owns the background work
    return run_until_done(services, args.id)


def fail(message: str) -> int:
    print(f"convosphere: {message}", file=sys.stderr)
    return 1


def run_until_done(services: Root, job_id: str, *, quiet: bool = False) -> int:
    """Run queued jobs with a ``JobRunner`` until ``job_id`` settles, progress on stderr
    (``quiet``: no progress and no summary, only the exit status)."""
    import asyncio

    from core.jobs import JobState

    def show(info: JobInfo) -> None:
        if info.id != job_id or quiet:
            return
        eta = f", about {info.eta_s:.0f} s left" if info.eta_s is not None else ""
        print(f"\r{info.title}: {info.done}/{info.total}{eta}   ", end="", file=sys.stderr)

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
    print(f"{info.title}: {info.state} ({info.done} of {info.total} done, {info.failed} failed)")
    return 0 if info.state == JobState.DONE else 1
