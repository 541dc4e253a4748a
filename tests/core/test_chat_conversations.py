"""Conversations, assistants and exports, over a real app.db."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from core.chat.assistants import DEFAULT_ASSISTANTS, AssistantInvalid, AssistantStore
from core.chat.conversations import ConversationNotFound, ConversationStore, title_from
from core.chat.export import export_json, export_markdown
from core.chat.records import AssistantRecord, MessageState
from core.db.models import Message, OutboxEntry
from core.root import Root


@pytest.fixture
def store(services: Root) -> ConversationStore:
    return ConversationStore(services.database, services.recorder, services.workspace_id)


@pytest.fixture
def assistants(services: Root) -> AssistantStore:
    return AssistantStore(services.database, services.recorder, services.workspace_id)


def add_message(
    services: Root, conversation_id: str, role: str, text: str, **fields: object
) -> str:
    with services.database.write() as session:
        row = services.recorder.create(
            session,
            Message,
            workspace_id=services.workspace_id,
            conversation_id=conversation_id,
            role=role,
            content=text,
            **fields,
        )
        return row.id


def test_search_finds_titles_and_message_text_ignoring_case(
    services: Root, store: ConversationStore
) -> None:
    trip = store.create("Trip to Lisbon")
    budget = store.create("Budget")
    add_message(services, budget.id, "user", "How much did the TRAM tickets cost?")
    odd = store.create("100% sure_thing")
    assert [c.id for c in store.search("lisbon")] == [trip.id]
    assert [c.id for c in store.search("tram")] == [budget.id]
    assert [c.id for c in store.search("100%")] == [odd.id], "% is literal, not a wildcard"
    assert [c.id for c in store.search("p_t")] == [], "_ is literal, not a wildcard"
    assert {c.id for c in store.search("")} == {trip.id, budget.id, odd.id}


def test_pinned_first_then_most_recent_and_archive_hides(store: ConversationStore) -> None:
    older = store.create("Older")
    newer = store.create("Newer")
    assert [c.id for c in store.search()] == [newer.id, older.id]
    store.set_pinned(older.id, True)
    assert [c.id for c in store.search()] == [older.id, newer.id]
    store.set_archived(newer.id, True)
    assert [c.id for c in store.search()] == [older.id]
    assert [c.id for c in store.search(archived=True)] == [newer.id]
    assert store.rename(older.id, "  Renamed \n title ").title == "Renamed title"


def test_trash_and_undo(store: ConversationStore, services: Root) -> None:
    doomed = store.create("Doomed")
    store.trash(doomed.id)
    assert store.search() == []
    with pytest.raises(ConversationNotFound):
        store.get(doomed.id)
    store.restore(doomed.id)
    assert [c.id for c in store.search()] == [doomed.id]
    with services.database.read() as session:
        synced = [
            e.fields for e in session.scalars(select(OutboxEntry)) if e.entity_id == doomed.id
        ]
    assert {"deleted": True} in synced and {"deleted": False} in synced


def test_the_thread_is_the_newest_branch(services: Root, store: ConversationStore) -> None:
    chat = store.create("Branches")
    q1 = add_message(services, chat.id, "user", "Q1")
    old = add_message(services, chat.id, "assistant", "old answer", parent_id=q1)
    new = add_message(services, chat.id, "assistant", "new answer", parent_id=q1)
    assert [m.content for m in store.thread(chat.id)] == ["Q1", "new answer"]
    add_message(services, chat.id, "user", "Q2 on the old branch", parent_id=old)
    assert [m.content for m in store.thread(chat.id)] == ["Q1", "new answer"]
    add_message(services, chat.id, "user", "Q2", parent_id=new)
    assert [m.content for m in store.thread(chat.id)] == ["Q1", "new answer", "Q2"]
    assert len(store.messages(chat.id)) == 5


def test_automatic_titles_come_from_the_first_line_without_markdown() -> None:
    assert title_from("# **How** do I `parse` dates?\nMore detail") == "How do I parse dates?"
    long = "word " * 30
    title = title_from(long)
    assert title.endswith("…") and len(title) <= 61 and " wor…" not in title
    assert title_from("   \n  ") == "New conversation"


def test_exports_carry_role_text_state_and_metrics(
    services: Root, store: ConversationStore
) -> None:
    chat = store.create("Export me")
    question = add_message(services, chat.id, "user", "Why?")
    metrics = {"ttft_ms": 250, "tokens_per_s": 40.0, "output_tokens": 12, "cost_usd": 0.0}
    add_message(
        services,
        chat.id,
        "assistant",
        "Because the connection",
        parent_id=question,
        state=MessageState.INTERRUPTED,
        error="The connection dropped.",
        metrics=metrics,
        model="fake-model",
    )
    thread = store.thread(chat.id)
    data = json.loads(export_json(store.get(chat.id), thread, "General assistant"))
    assert data["title"] == "Export me" and data["assistant"] == "General assistant"
    assert [(m["role"], m["text"], m["state"]) for m in data["messages"]] == [
        ("user", "Why?", "complete"),
        ("assistant", "Because the connection", "interrupted"),
    ]
    assert data["messages"][1]["metrics"]["ttft_ms"] == 250
    markdown = export_markdown(store.get(chat.id), thread)
    assert markdown.startswith("# Export me\n")
    assert "## You\n\nWhy?" in markdown and "## Assistant (fake-model)" in markdown
    assert "**Interrupted: this answer is incomplete.** The connection dropped." in markdown
    assert "250 ms to first token · 40 tokens/s · 12 tokens" in markdown


def test_default_assistants_are_made_once_and_a_deleted_one_stays_deleted(
    assistants: AssistantStore,
) -> None:
    made = assistants.ensure_defaults()
    assert len(made) == len(DEFAULT_ASSISTANTS)
    assert any(a.knowledge_enabled for a in made)
    code = next(a for a in made if a.name == "Code helper")
    assistants.delete(code.id)
    again = assistants.ensure_defaults()
    assert [a.name for a in again] == sorted(
        (a.name for a in made if a.id != code.id), key=str.lower
    )
    assistants.restore(code.id)
    assert assistants.find("code HELPER") is not None


def test_assistants_are_created_edited_and_validated(assistants: AssistantStore) -> None:
    created = assistants.create(
        AssistantRecord(
            id="",
            name="  Translator ",
            instructions="Translate to French.",
            provider="anthropic",
            model="claude-haiku-4-5",
            temperature=0.3,
            max_tokens=800,
            allowed_tools=["search", " search", "calc"],
        )
    )
    assert created.name == "Translator" and created.allowed_tools == ["calc", "search"]
    from dataclasses import replace

    updated = assistants.update(replace(created, temperature=1.2, knowledge_enabled=True))
    assert updated.temperature == 1.2 and updated.knowledge_enabled
    assert assistants.find(created.id) == updated
    for bad, words in (
        (replace(created, name=" "), "needs a name"),
        (replace(created, temperature=3.0), "between 0 and 2"),
        (replace(created, max_tokens=0), "positive"),
        (replace(created, provider="skynet"), "Unknown model provider"),
    ):
        with pytest.raises(AssistantInvalid, match=words):
            assistants.update(bad)
