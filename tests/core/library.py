"""Helpers for tests of tags and bulk actions: documents made as the importer makes them."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

from core.db.models import Document
from core.jobs import JobInfo, JobRunner
from core.root import Root


def add_documents(
    services: Root,
    count: int,
    *,
    files_from: Path | None = None,
    doc_type: str = "text",
    start: int = 0,
    created_at_ms: int | None = None,
) -> list[str]:
    """Make ``count`` documents through the recorder; with ``files_from``, real stored files."""
    ids: list[str] = []
    with services.database.write() as session:
        for i in range(start, start + count):
            body = f"document {i}\n".encode() * (i % 7 + 1)
            if files_from is not None:
                source = files_from / f"doc-{i:05d}.txt"
                source.parent.mkdir(parents=True, exist_ok=True)
                source.write_bytes(body)
                sha = services.files.put(source).sha256
            else:
                sha = hashlib.sha256(body).hexdigest()
            row = services.recorder.create(
                session,
                Document,
                workspace_id=services.workspace_id,
                title=f"Document {i:05d}",
                doc_type=doc_type,
                file_sha256=sha,
                size_bytes=len(body),
                pages=i % 13 + 1,
                source_name=f"doc-{i:05d}.txt",
                state="ready",
            )
            if created_at_ms is not None:
                row.created_at_ms = created_at_ms
            ids.append(row.id)
    return ids


def run_job(services: Root, job_id: str, timeout: float = 30) -> JobInfo:
    """Run the job with a real ``JobRunner`` on a fresh asyncio loop until it settles."""

    async def go() -> JobInfo:
        runner = JobRunner(services.jobs)
        await runner.start()
        try:
            return await runner.wait(job_id, timeout=timeout)
        finally:
            await runner.stop()

    return asyncio.run(go())
