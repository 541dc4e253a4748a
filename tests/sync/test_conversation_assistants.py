"""A conversation's several assistants sync like its other fields: the round, the summariser
and who wrote each answer reach the other device (and an offline edit of the round wins by
its clock)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.chat.records import AssistantRecord
from core.db.models import Message
from tests.sync.harness import Device, World

EMAIL = "ada@example.com"


@pytest.fixture
def world(tmp_path: Path, server_database_url: str) -> Iterator[World]:
    made = World(tmp_path, database_url=server_database_url)
    made.user(EMAIL)
    yield made
    made.close()


def settle(*devices: Device) -> None:
    for _ in range(2):
        for device in devices:
            device.sync()


def test_the_round_and_the_labels_of_its_answers_reach_the_other_device(world: World) -> None:
    a, b = world.device(EMAIL), world.device(EMAIL)
    chat = a.root.chat
    make = chat.assistants.create
    optimist = make(AssistantRecord(id="", name="Optimist", instructions="Bright.")).id
    skeptic = make(AssistantRecord(id="", name="Skeptic", instructions="Doubt.")).id
    chair = make(AssistantRecord(id="", name="Chair", instructions="Sum up.")).id
    conversation = chat.conversations.create(title="Panel").id
    chat.set_assistants(conversation, [skeptic, optimist], chair)
    with a.write() as session:
        a.root.recorder.create(
            session, Message, workspace_id=a.root.workspace_id, conversation_id=conversation,
            role="assistant", content="I doubt it.", state="complete", assistant_id=skeptic,
        )  # fmt: skip
    settle(a, b)
    there = b.root.chat.conversations.get(conversation)
    assert there.assistant_ids == (skeptic, optimist)
    assert there.summarizer_id == chair
    (answer,) = b.root.chat.conversations.messages(conversation)
    assert answer.assistant_id == skeptic
    assert b.root.chat.assistants.names()[skeptic] == "Skeptic"
    # Changed on the other device (Skeptic out, no summariser): back on the first.
    b.root.chat.set_assistants(conversation, [optimist])
    settle(a, b)
    back = a.root.chat.conversations.get(conversation)
    assert back.assistant_ids == (optimist,) and back.summarizer_id is None
