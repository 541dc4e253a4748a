"""Files that arrive by sync as a durable job: shown with progress, and resumed after a quit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.db.models import Document
from core.jobs import JobState
from core.knowledge.jobs import REPROCESS_KIND
from core.root import open_root
from sync.client.client import SyncClient
from sync.client.transfers import FILES_KIND
from sync.protocol import BLOB_BATCH_FILE_BYTES
from tests.sync.harness import Device, World, in_thread

EMAIL = "ada@example.com"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path)
    made.user(EMAIL)
    yield made
    made.close()


def add_file_document(device: Device, name: str, data: bytes, tmp: Path) -> str:
    source = tmp / name
    source.write_bytes(data)
    stored = device.root.files.put(source)
    with device.write() as session:
        row = device.root.recorder.create(
            session, Document, workspace_id=device.root.workspace_id, title=name,
            doc_type="text", file_sha256=stored.sha256, size_bytes=stored.size,
            source_name=name, state="ready",
        )  # fmt: skip
        return row.file_sha256


def run_jobs(device: Device, job_id: str) -> None:
    async def go() -> None:
        runner = device.root.job_runner()
        await runner.start()
        try:
            await runner.wait(job_id, timeout=60)
        finally:
            await runner.stop()

    in_thread(go())


def test_files_that_arrive_are_a_job_with_progress_that_survives_a_quit(
    world: World, tmp_path: Path
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    small = {f"note{n}.txt": f"Note {n}: the tide turns at six.\n".encode() for n in range(5)}
    big = bytes(range(256)) * (BLOB_BATCH_FILE_BYTES // 256 + 10)
    shas = {name: add_file_document(a, name, data, tmp_path) for name, data in small.items()}
    shas["big.bin"] = add_file_document(a, "big.bin", big, tmp_path)
    a.sync()

    in_thread(b.client.sync_now(files_as_job=True))
    jobs = [j for j in b.root.jobs.list() if j.kind == FILES_KIND]
    assert len(jobs) == 1
    job = jobs[0]
    assert job.title.startswith("Download 6 files from sync (")
    assert (job.state, job.total, job.done) == (JobState.QUEUED, 2, 0)  # a batch, the big one
    assert not any(b.root.files.contains(sha) for sha in shas.values())

    # Another round while the job waits does not queue the same files again.
    in_thread(b.client.sync_now(files_as_job=True))
    assert [j.id for j in b.root.jobs.list() if j.kind == FILES_KIND] == [job.id]

    # The app quits before the job ran; at the next start the job is still there and runs.
    paths, transport = b.root.paths, b.client.transport
    b.root.close()
    root = open_root(paths)
    reopened = Device(root, SyncClient(root, transport=transport))
    world.devices[world.devices.index(b)] = reopened
    run_jobs(reopened, job.id)

    finished = reopened.root.jobs.get(job.id)
    assert (finished.state, finished.done, finished.failed) == (JobState.DONE, 2, 0)
    files = reopened.root.files
    for name, data in [*small.items(), ("big.bin", big)]:
        assert files.path_for(shas[name]).read_bytes() == data
    indexing = [j for j in reopened.root.jobs.list() if j.kind == REPROCESS_KIND]
    indexed = {i for j in indexing for i in reopened.root.jobs.params(j.id)["document_ids"]}
    assert len(indexed) == 6, "every document whose file came is indexed"


def test_the_cli_round_brings_the_files_itself(world: World, tmp_path: Path) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    sha = add_file_document(a, "memo.txt", b"Meet at the north gate.\n", tmp_path)
    a.sync()
    (report,) = b.sync()
    assert report.files_down == 1
    assert b.root.files.path_for(sha).read_bytes() == b"Meet at the north gate.\n"
    assert not [j for j in b.root.jobs.list() if j.kind == FILES_KIND]
