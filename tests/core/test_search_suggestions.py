"""Search as you type: suggestions from history, titles, tags and headings; history; saved
searches; "did you mean" from the keyword index's vocabulary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db.models import OutboxEntry, RecentSearch
from core.knowledge.search_memory import SearchNotSaved
from core.knowledge.spelling import edit_distance
from core.knowledge.suggestions import SuggestionKind
from core.paths import AppPaths
from core.root import Root, open_root
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job

ODD_QUERIES = (
    '"',
    '"unclosed quote',
    "AND OR NOT",
    "turbine NEAR(blade, 2)",
    "col:val ^start *",
    "(((",
    "🌱 garden 🍅",
    "tomato'; DROP TABLE chunk; --",
    "\\ % _ [x]",
    " ",
)


@pytest.fixture(scope="module")
def library_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Root]:
    """The fixture corpus imported once (Turbine Manual, Garden Notes with its headings, …)."""
    root = tmp_path_factory.mktemp("suggest")
    services = open_root(AppPaths(root / "data", root / "data" / "config"))
    run_job(services, services.knowledge.import_paths([files.corpus(root / "in")]))
    services.library.tags.create("Plant care")
    yield services
    services.close()


@pytest.fixture
def services(library_root: Root) -> Iterator[Root]:
    library_root.settings.set("search.history", True)
    library_root.search.memory.clear_history()
    for saved in library_root.search.memory.saved():
        library_root.search.memory.delete_saved(saved.id)
    yield library_root


def suggested(services: Root, typed: str) -> list[tuple[str, SuggestionKind]]:
    return [(s.text, s.kind) for s in services.search.suggester.suggest(typed)]


def test_titles_tags_and_headings_complete_what_is_typed(services: Root) -> None:
    assert suggested(services, "turb")[0] == ("Turbine Manual", SuggestionKind.TITLE)
    assert ("Pests", SuggestionKind.HEADING) in suggested(services, "pe")
    assert ("Plant care", SuggestionKind.TAG) in suggested(services, "PLA")
    # A word inside a title matches too, after the titles that start with it.
    assert ("Garden Notes", SuggestionKind.TITLE) in suggested(services, "notes")
    assert suggested(services, "zzqx") == []
    assert suggested(services, "   ") == []


def test_the_users_own_searches_rank_first_and_frequent_ones_higher(services: Root) -> None:
    memory = services.search.memory
    memory.record("turbine oil level", "knowledge")
    memory.record("turbine blade cracks", "palette")
    memory.record("turbine blade cracks", "cli")
    memory.save("turbine emergency stop")
    shown = suggested(services, "tur")
    assert shown[:4] == [
        ("turbine emergency stop", SuggestionKind.SAVED),
        ("turbine blade cracks", SuggestionKind.HISTORY),
        ("turbine oil level", SuggestionKind.HISTORY),
        ("Turbine Manual", SuggestionKind.TITLE),
    ]


def test_history_is_recorded_listed_cleared_and_turned_off(services: Root) -> None:
    memory = services.search.memory
    assert memory.record("  bearing   temperature ", "knowledge")
    assert memory.record("Bearing temperature", "cli")
    assert memory.record("roses", "palette")
    history = memory.history()
    assert [(p.query, p.run_count, p.source) for p in history] == [
        ("roses", 1, "palette"),
        ("Bearing temperature", 2, "cli"),
    ]
    assert memory.clear_history() == 2
    assert memory.history() == []
    services.settings.set("search.history", False)
    assert not memory.record("secret project", "knowledge")
    assert memory.history() == []
    assert all(
        s.kind is not SuggestionKind.HISTORY for s in services.search.suggester.suggest("se")
    )


def test_history_and_saved_searches_never_reach_the_sync_outbox(services: Root) -> None:
    with services.database.read() as session:
        before = session.scalar(select(func.count()).select_from(OutboxEntry))
    services.search.memory.record("private words", "knowledge")
    services.search.memory.save("private words")
    with services.database.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == before
        assert session.scalar(select(func.count()).select_from(RecentSearch)) == 1


def test_saved_searches_are_kept_listed_and_deleted(services: Root) -> None:
    memory = services.search.memory
    first = memory.save("roses pruned")
    again = memory.save("Roses   pruned")
    memory.save("aphids")
    assert again.id == first.id, "saving a query twice keeps one"
    assert [s.query for s in memory.saved()] == ["aphids", "roses pruned"]
    assert memory.delete_saved(first.id)
    assert not memory.delete_saved(first.id)
    assert [s.query for s in memory.saved()] == ["aphids"]
    with pytest.raises(SearchNotSaved, match="Type something"):
        memory.save("   ")


def test_did_you_mean_corrects_misspelled_words_from_the_index(services: Root) -> None:
    spelling = services.search.spelling
    fixed = spelling.did_you_mean("turbin bearnig temprature")
    assert fixed is not None
    assert fixed.query == "turbine bearing temperature"
    assert ("turbin", "turbine") in fixed.words
    assert spelling.did_you_mean("bearing temperature") is None, "known words: no suggestion"
    assert spelling.did_you_mean("xqzvwk") is None, "nothing close: no suggestion"
    assert services.knowledge.search(fixed.query)[0].title == "Turbine Manual"


def test_edit_distance_counts_a_swap_as_one_edit() -> None:
    assert edit_distance("bearnig", "bearing", 2) == 1
    assert edit_distance("turbin", "turbine", 2) == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_characters_never_error(services: Root, query: str) -> None:
    services.search.suggester.suggest(query)
    services.search.spelling.did_you_mean(query)
    services.knowledge.search(query, as_you_type=True)
    services.search.memory.record(query, "knowledge")
    if query.strip():
        assert services.search.memory.history()[0].query == " ".join(query.split())


def test_a_new_document_title_is_suggested_without_restarting(
    services: Root, tmp_path: Path
) -> None:
    note = tmp_path / "zeppelin.md"
    note.write_text(
        "# Zeppelin hangar\n\nAirships were kept in tall hangars.\n\n"
        "## Zeppelin mooring masts\n\nA mast held the nose of the ship.\n",
        encoding="utf-8",
    )
    assert suggested(services, "zep") == []
    run_job(services, services.knowledge.import_paths([note]))
    assert suggested(services, "zep") == [
        ("Zeppelin hangar", SuggestionKind.TITLE),
        ("Zeppelin mooring masts", SuggestionKind.HEADING),
    ]
