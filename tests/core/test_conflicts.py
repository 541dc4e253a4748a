"""Conflict versions (core.conflicts): a real conflict made by two devices syncing through the
real server app, then listed, compared and resolved on the device whose text lost."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.conflicts import ConflictGone, compare
from core.db.models import Assistant, Document, OutboxEntry
from core.knowledge.maintenance import file_in_use
from tests.sync.harness import Device, World

EMAIL = "ada@example.com"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path)
    made.user(EMAIL)
    yield made
    made.close()


def edit(device: Device, assistant_id: str, text: str) -> None:
    with device.write() as session:
        row = session.get(Assistant, assistant_id)
        assert row is not None
        device.root.recorder.update(session, row, instructions=text)


def settle(*devices: Device) -> None:
    for _ in range(2):
        for device in devices:
            device.sync()


def conflicting(world: World) -> tuple[Device, Device, str]:
    """Two devices; the assistant's instructions edited on both, a's edit lost."""
    a, b = world.device(EMAIL), world.device(EMAIL)
    assistant = a.root.chat.assistants.all()[0].id
    settle(a, b)
    edit(a, assistant, "Answer like a pirate.\nKeep it short.")
    time.sleep(0.002)
    edit(b, assistant, "Answer in haiku.\nKeep it short.")
    settle(a, b)
    return a, b, assistant


def test_the_losing_text_is_listed_beside_the_current_one(world: World) -> None:
    a, b, assistant = conflicting(world)
    assert a.root.conflicts.counts("assistant") == {assistant: 1}
    assert b.root.conflicts.counts("assistant") == {}, "b's text won: nothing lost there"
    (version,) = a.root.conflicts.versions("assistant", assistant)
    assert version.value == "Answer like a pirate.\nKeep it short."
    assert version.current == "Answer in haiku.\nKeep it short."
    assert version.field_label == "Instructions"
    assert version.written_on == a.root.device_id and version.written_here
    assert [v.id for v in a.root.conflicts.all()] == [version.id]


def test_choosing_a_version_is_an_edit_that_reaches_the_other_device(world: World) -> None:
    a, b, assistant = conflicting(world)
    (version,) = a.root.conflicts.versions("assistant", assistant)
    a.root.conflicts.choose(version.id)
    assert a.root.conflicts.counts("assistant") == {}
    with a.read() as session:
        assert session.query(OutboxEntry).count() >= 1, "the choice waits to be pushed"
    settle(a, b)
    for device in (a, b):
        found = device.root.chat.assistants.get(assistant)
        assert found is not None and found.instructions == "Answer like a pirate.\nKeep it short."
    assert b.root.conflicts.counts("assistant") == {assistant: 1}, (
        "b's text lost in turn: b keeps it, nothing is dropped"
    )
    with pytest.raises(ConflictGone):
        a.root.conflicts.choose(version.id)


def test_keeping_the_current_text_clears_the_versions_and_changes_nothing(world: World) -> None:
    a, _b, assistant = conflicting(world)
    (version,) = a.root.conflicts.versions("assistant", assistant)
    assert a.root.conflicts.keep_current(version.id) == 1
    assert a.root.conflicts.versions("assistant", assistant) == []
    found = a.root.chat.assistants.get(assistant)
    assert found is not None and found.instructions.startswith("Answer in haiku.")


def test_discarding_drops_only_that_version(world: World) -> None:
    a, b, assistant = conflicting(world)
    edit(a, assistant, "Answer in French.")
    time.sleep(0.002)
    edit(b, assistant, "Answer in German.")
    settle(a, b)
    versions = a.root.conflicts.versions("assistant", assistant)
    assert [v.value for v in versions] == [
        "Answer like a pirate.\nKeep it short.",
        "Answer in French.",
    ]
    a.root.conflicts.discard(versions[0].id)
    assert [v.value for v in a.root.conflicts.versions("assistant", assistant)] == [
        "Answer in French."
    ]


def test_compare_marks_the_changed_words_of_changed_lines() -> None:
    rows = compare(
        "Answer like a pirate.\nKeep it short.", "Answer in haiku.\nKeep it short.\nBe kind."
    )
    assert [r.kind for r in rows] == ["changed", "same", "added"]
    left, right = rows[0].left, rows[0].right
    assert left is not None and right is not None
    assert [s.text for s in left if s.changed] == ["like a pirate"]
    assert [s.text for s in right if s.changed] == ["in haiku"]
    assert "".join(s.text for s in left) == "Answer like a pirate."
    assert rows[2].left is None


def replace_file(device: Device, document_id: str, text: str, tmp: Path) -> str:
    """Give a document another file (as replacing its file does), recorded as an edit."""
    source = tmp / f"{device.root.device_id}-{len(text)}.txt"
    source.write_text(text, encoding="utf-8")
    stored = device.root.files.put(source)
    with device.write() as session:
        row = session.get(Document, document_id)
        assert row is not None
        device.root.recorder.update(session, row, file_sha256=stored.sha256, size_bytes=stored.size)
    return stored.sha256


def test_a_replaced_file_that_lost_is_kept_compared_by_its_text_and_chosen(
    world: World, tmp_path: Path
) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    source = tmp_path / "plan.txt"
    source.write_text("The plan, first draft.\n", encoding="utf-8")
    stored = a.root.files.put(source)
    with a.write() as session:
        document = a.root.recorder.create(
            session, Document, workspace_id=a.root.workspace_id, title="Plan", doc_type="text",
            file_sha256=stored.sha256, size_bytes=stored.size, source_name="plan.txt",
            state="ready",
        ).id  # fmt: skip
    settle(a, b)
    adas = replace_file(a, document, "The plan, by Ada.\nShip in May.\n", tmp_path)
    time.sleep(0.002)
    beas = replace_file(b, document, "The plan, by Bea.\nShip in May.\n", tmp_path)
    settle(a, b)

    (version,) = a.root.conflicts.versions("document", document)
    assert version.is_file and version.field_label == "File"
    assert version.value == adas and version.current == beas
    assert version.value_text == "The plan, by Ada.\nShip in May.\n"
    assert version.current_text == "The plan, by Bea.\nShip in May.\n"
    with a.read() as session:
        assert file_in_use(session, adas), "kb check keeps the file a kept version names"
    assert a.root.files.path_for(adas).is_file()

    a.root.conflicts.choose(version.id)
    assert any(job.title == "Index the chosen file" for job in a.root.jobs.list())
    settle(a, b)
    for device in (a, b):
        with device.read() as session:
            row = session.get(Document, document)
            assert row is not None and row.file_sha256 == adas
        assert device.root.files.path_for(adas).is_file(), "the chosen file came across"
    (theirs,) = b.root.conflicts.versions("document", document)
    assert theirs.value == beas, "b's file lost in turn: kept there"
