"""Tags: validation, one tag per name in any case, rename, merge, delete, analytics."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.db.models import Document, OutboxEntry, Tag, TagLink
from core.library.analytics import TagAnalytics
from core.library.tags import (
    MAX_NAME_LENGTH,
    InvalidTagColor,
    InvalidTagName,
    TagNameTaken,
    TagNotFound,
    TagService,
    normalize_tag_name,
    tag_id_for,
)
from core.root import Root
from tests.core.library import add_documents


@pytest.fixture
def tags(services: Root) -> TagService:
    return TagService(services.database, services.recorder, services.workspace_id)


def test_names_are_trimmed_and_inner_spaces_collapsed() -> None:
    assert normalize_tag_name("  Project   X \t") == "Project X"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("   ", "needs a name"),
        ("a" * (MAX_NAME_LENGTH + 1), f"at most {MAX_NAME_LENGTH} characters"),
        ("bad\x07name", "control characters"),
        ("one, two", "commas"),
    ],
)
def test_invalid_names_are_refused_with_a_clear_message(raw: str, message: str) -> None:
    with pytest.raises(InvalidTagName, match=message):
        normalize_tag_name(raw)


def test_invalid_colour_is_refused(tags: TagService) -> None:
    with pytest.raises(InvalidTagColor, match="#rrggbb"):
        tags.create("x", color="red")
    assert tags.create("y", color="4E79A7").color == "#4e79a7"


def test_a_name_in_any_case_is_one_tag_with_a_deterministic_id(
    tags: TagService, services: Root
) -> None:
    made = tags.create("Research")
    assert made.id == tag_id_for(services.workspace_id, " research ")
    assert made.id != tag_id_for("another-workspace", "research")
    with pytest.raises(TagNameTaken, match="Research"):
        tags.create("RESEARCH")
    assert tags.find("rEsEaRcH").id == made.id


def test_every_tag_write_goes_to_the_outbox(tags: TagService, services: Root) -> None:
    tag = tags.create("Inbox")
    docs = add_documents(services, 3)
    tags.tag_documents(docs, ["Inbox"])
    with services.database.read() as session:
        entities = session.execute(
            select(OutboxEntry.entity, func.count()).group_by(OutboxEntry.entity)
        ).all()
        link = session.scalars(select(TagLink)).first()
    assert dict(entities)["tag"] == 1 and dict(entities)["tag_link"] == 3
    assert link is not None and link.tag_id == tag.id
    assert set(link.field_clocks) == {
        "tag_id",
        "document_id",
        "workspace_id",
        "deleted",
        "created_at_ms",  # sent with the creation: every device orders rows alike
    }


def test_rename_keeps_links_and_refuses_a_clash(tags: TagService, services: Root) -> None:
    docs = add_documents(services, 2)
    tags.tag_documents(docs, ["draft"])
    tags.create("final")
    renamed = tags.rename("draft", "Reviewed")
    assert tags.find("reviewed").document_count == 2
    assert renamed.name == "Reviewed"
    with pytest.raises(TagNameTaken, match="merge"):
        tags.rename("reviewed", "FINAL")
    assert tags.rename("reviewed", "REVIEWED").name == "REVIEWED"  # a change of case is fine


def test_merge_moves_links_and_collapses_duplicates(tags: TagService, services: Root) -> None:
    docs = add_documents(services, 4)
    tags.tag_documents(docs[:3], ["ml"])
    tags.tag_documents(docs[2:], ["machine learning"])
    tags.tag_documents(docs[:1], ["Mach. Learning"])
    result = tags.merge(["ml", "Mach. Learning"], into="machine learning")
    assert (result.moved, result.collapsed, result.removed_tags) == (2, 2, 2)
    assert [t.name for t in tags.list_tags()] == ["machine learning"]
    assert tags.find("machine learning").document_count == 4
    by_doc = tags.tags_for_documents(docs)
    assert all([t.name for t in by_doc[d]] == ["machine learning"] for d in docs)
    with pytest.raises(TagNotFound):
        tags.find("ml")


def test_delete_removes_links_and_leaves_documents(tags: TagService, services: Root) -> None:
    docs = add_documents(services, 5)
    tags.tag_documents(docs, ["obsolete"])
    assert tags.affected_documents(["obsolete"]) == 5
    assert tags.delete("obsolete") == 5
    assert tags.list_tags() == []
    assert tags.tags_for_documents(docs) == {}
    with services.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 5


def test_recreating_a_deleted_tag_brings_the_same_row_back(
    tags: TagService, services: Root
) -> None:
    docs = add_documents(services, 1)
    first = tags.create("Later")
    tags.tag_documents(docs, ["later"])
    tags.delete("later")
    again = tags.create("later", color="#000000")
    tags.tag_documents(docs, ["later"])
    assert again.id == first.id and again.name == "later"
    with services.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Tag)) == 1
        assert session.scalar(select(func.count()).select_from(TagLink)) == 1


def test_a_renamed_tags_old_name_can_be_used_again(tags: TagService) -> None:
    old = tags.create("alpha")
    tags.rename("alpha", "beta")
    fresh = tags.create("alpha")
    assert fresh.id != old.id
    assert {t.name for t in tags.list_tags()} == {"alpha", "beta"}


def test_suggestions_put_prefix_matches_first(tags: TagService, services: Root) -> None:
    docs = add_documents(services, 2)
    tags.tag_documents(docs, ["report"])
    tags.create("annual report")
    tags.create("receipts")
    assert [t.name for t in tags.suggest("re")] == ["report", "receipts", "annual report"]


def test_analytics(tags: TagService, services: Root) -> None:
    docs = add_documents(services, 4)
    tags.tag_documents(docs[:3], ["a"])
    tags.tag_documents(docs[:1], ["b"])
    tags.create("unused")
    analytics = TagAnalytics(services.database, services.workspace_id)
    assert [(t.name, t.document_count) for t in analytics.documents_per_tag()] == [
        ("a", 3),
        ("b", 1),
        ("unused", 0),
    ]
    assert [t.name for t in analytics.unused_tags()] == ["unused"]
    assert analytics.tags_per_document() == {0: 1, 1: 2, 2: 1}
    usage = analytics.usage_over_time()
    assert len(usage) == 1 and usage[0].links_added == 4
