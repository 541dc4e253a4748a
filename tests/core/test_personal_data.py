"""Export all my data, and erase all local data: real data dirs, real jobs, real zips."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from core.jobs import JobInfo, JobState
from core.paths import AppPaths
from core.personal_data import PersonalDataError, check_export_target, submit_export
from core.root import Root, open_root
from tests.core.library import add_documents
from tests.core.library import run_job as run_job_here
from tests.fakes.llm_server import FakeLLMServer, Reply, run_coroutine

SECRET_KEY = "sk-ant-never-exported-0123456789"


def run_job(services: Root, job_id: str) -> JobInfo:
    """The real job runner, on a loop of its own in a thread (a GUI test run before this one
    may have left a running loop on this thread)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run_job_here, services, job_id).result()


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


def chat_once(root: Root, question: str) -> None:
    chat = root.chat

    async def go() -> None:
        try:
            await chat.run(chat.ask(question), None)
        finally:
            await chat.aclose()

    run_coroutine(go())


@pytest.fixture
def filled(services: Root, server: FakeLLMServer, tmp_path: Path) -> Root:
    """A data dir with a conversation, documents with files and a tag, and an API key."""
    server.serve(services)
    server.enqueue(Reply(text="The answer is kept."))
    chat_once(services, "What is kept?")
    ids = add_documents(services, 3, files_from=tmp_path / "sources")
    services.library.tags.tag_documents(ids[:2], ["Contracts"])
    services.secrets.set("anthropic_api_key", SECRET_KEY)
    return services


def test_export_writes_every_part_and_file_but_no_secret(filled: Root, tmp_path: Path) -> None:
    target = tmp_path / "out" / "my-data.zip"
    target.parent.mkdir()
    job = run_job(filled, submit_export(filled.jobs, target, filled.paths.data_dir))
    assert job.state == JobState.DONE and job.failed == 0
    assert target.is_file() and not (target.parent / "my-data.zip.parts").exists()
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        parts = {n: json.loads(archive.read(n)) for n in names if n.endswith(".json")}
        blobs = {n: archive.read(n) for n in names if n.startswith("files/")}
        raw = b"".join(archive.read(n) for n in names)
    conversation = parts["conversations.json"][0]
    assert conversation["title"] == "What is kept?"
    assert [m["content"] for m in conversation["messages"]] == [
        "What is kept?",
        "The answer is kept.",
    ]
    documents = {d["title"]: d for d in parts["documents.json"]}
    assert len(documents) == 3 and documents["Document 00000"]["tags"] == ["Contracts"]
    for document in documents.values():
        data = blobs[document["file"]]
        assert hashlib.sha256(data).hexdigest() == document["file_sha256"]
    assert [t["name"] for t in parts["tags.json"]] == ["Contracts"]
    assert parts["assistants.json"], "the default assistants are the user's too"
    assert parts["settings.json"]["chat.provider"] == "openai_compatible"
    assert parts["manifest.json"]["files"] == 3
    assert SECRET_KEY.encode() not in raw and b"sync_refresh_token" not in raw
    assert all("field_clocks" not in d for d in parts["documents.json"])


def test_export_target_is_checked_before_the_job_starts(services: Root, tmp_path: Path) -> None:
    with pytest.raises(PersonalDataError, match="outside ConvoSphere's data folder"):
        check_export_target(services.paths.data_dir / "export.zip", services.paths.data_dir)
    with pytest.raises(PersonalDataError, match="does not exist"):
        check_export_target(tmp_path / "nowhere" / "x.zip", services.paths.data_dir)
    with pytest.raises(PersonalDataError, match="full path"):
        check_export_target(Path("relative.zip"), services.paths.data_dir)
    assert check_export_target(tmp_path / "mine", services.paths.data_dir).name == "mine.zip"


def test_a_killed_export_resumes_and_never_leaves_half_a_zip(filled: Root, tmp_path: Path) -> None:
    target = tmp_path / "resumed.zip"
    job_id = submit_export(filled.jobs, target, filled.paths.data_dir)
    # As if the app died after the JSON parts: they are on disk, the zip is not.
    staging = tmp_path / "resumed.zip.parts"
    staging.mkdir()
    (staging / "conversations.json").write_text("[]", encoding="utf-8")
    assert not target.exists()
    job = run_job(filled, job_id)
    assert job.state == JobState.DONE
    with zipfile.ZipFile(target) as archive:
        assert len(json.loads(archive.read("conversations.json"))) == 1, "the part was rewritten"


def test_erase_removes_what_the_app_made_and_keeps_other_files(
    filled: Root, tmp_path: Path
) -> None:
    paths = filled.paths
    stranger = paths.data_dir / "my-notes.txt"
    stranger.write_text("not ConvoSphere's", encoding="utf-8")
    eraser = filled.personal_data
    summary = eraser.summary(filled.workspace_id)
    assert (summary.conversations, summary.documents, summary.tags) == (1, 3, 1)
    assert summary.messages == 2 and summary.document_bytes > 0
    filled.tools.servers.add_stdio("notes", "notes-mcp", env={"NOTES_TOKEN": "tok-0123456789"})
    mcp_secrets = filled.tools.servers.secret_names()
    assert len(mcp_secrets) == 1 and filled.secrets.get(mcp_secrets[0]) == "tok-0123456789"
    eraser.forget_secrets(mcp_secrets)
    assert filled.secrets.get("anthropic_api_key") is None
    assert filled.secrets.get(mcp_secrets[0]) is None
    filled.close()
    report = eraser.erase()
    assert str(paths.database) in report.removed
    assert not paths.database.exists() and not paths.files_dir.exists()
    assert not paths.device_settings.exists()
    assert stranger.read_text(encoding="utf-8") == "not ConvoSphere's"
    assert report.kept == [str(stranger)]
    with closing(open_root(AppPaths(paths.data_dir, paths.config_dir))) as fresh:
        assert fresh.usage.summary(days=1).empty
        assert fresh.personal_data.summary(fresh.workspace_id).conversations == 0
