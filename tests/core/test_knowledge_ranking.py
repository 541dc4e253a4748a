"""Ranking on real text: the founding documents of ``bench/data/public_domain`` (public domain)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.knowledge.chunker import CHUNKER_VERSION
from core.knowledge.keyword import keyword_query
from core.knowledge.library import KnowledgeBase
from core.knowledge.ranking import PLAIN_RRF, TUNED, Ranking, looks_like_question
from core.knowledge.search import HybridSearcher, SearchHit, SearchMode
from core.knowledge.stems import word_stem
from core.paths import AppPaths
from core.root import open_root
from tests.knowledge_fixtures.running import run_job

FOUNDING = Path(__file__).resolve().parents[2] / "bench" / "data" / "public_domain"


@pytest.fixture(scope="module")
def founding(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    """The Bill of Rights, the Constitution and the rest, imported once for the module."""
    root = tmp_path_factory.mktemp("founding")
    services = open_root(AppPaths(root / "data", root / "data" / "config"))
    texts = sorted(p for p in FOUNDING.glob("*.md") if p.name != "README.md")
    run_job(services, services.knowledge.import_paths(texts))
    yield services.knowledge
    services.close()


def search_with(
    knowledge: KnowledgeBase, ranking: Ranking, query: str, mode: SearchMode = SearchMode.HYBRID
) -> list[SearchHit]:
    searcher = HybridSearcher(
        knowledge.database,
        knowledge.workspace_id,
        knowledge.vector_side,
        CHUNKER_VERSION,
        ranking,
    )
    return searcher.search(query, limit=5, mode=mode)


def test_a_question_in_plain_words_gets_the_answer_first(founding: KnowledgeBase) -> None:
    question = "What does the police need before searching my house?"
    hits = founding.search(question, limit=5)
    assert hits[0].heading_path == "The Bill of Rights › Amendment IV"
    assert "probable cause" in hits[0].text
    before = search_with(founding, PLAIN_RRF, question)
    assert before[0].heading_path == "The Bill of Rights › Amendment III", (
        "plain RRF put the soldiers-in-houses amendment first: the word 'house' won"
    )
    assert "probable cause" in before[1].text or "probable cause" in before[2].text


def test_more_questions_get_their_answer_first_than_with_plain_fusion(
    founding: KnowledgeBase,
) -> None:
    questions = {
        "Is a child born in the United States a citizen?": "born or naturalized",
        "When did women get the right to vote?": "on account of sex",
        "What does the police need before searching my house?": "probable cause",
    }
    for question, answer in questions.items():
        assert answer in founding.search(question, limit=1)[0].text, question
    plain_first = sum(
        answer in search_with(founding, PLAIN_RRF, question)[0].text
        for question, answer in questions.items()
    )
    assert plain_first == 0


def test_a_word_finds_its_other_forms_and_marks_them(founding: KnowledgeBase) -> None:
    hits = search_with(founding, TUNED, "searching", SearchMode.KEYWORD)
    assert hits and hits[0].heading_path == "The Bill of Rights › Amendment IV"
    marked = [hits[0].snippet[s:e] for s, e in hits[0].highlights]
    assert "searches" in marked and all(word.startswith("search") for word in marked)
    assert search_with(founding, PLAIN_RRF, "searching", SearchMode.KEYWORD) == []


def test_word_stems_are_prefixes_that_keep_short_words_whole() -> None:
    forms = {
        "searching": "search",
        "searches": "search",
        "dictionary": "dictionar",
        "states": "state",
        "roses": "rose",
        "stopped": "stop",
        "called": "call",
        "class": "class",
        "bus": "bus",
        "used": "used",
    }
    assert {word: word_stem(word) for word in forms} == forms
    assert all(word.startswith(stem) for word, stem in forms.items())
    assert keyword_query("searching houses").expression == '"search"* OR "hous"*'
    assert keyword_query("searching houses", stem=False).expression == '"searching" OR "houses"'
    assert keyword_query("searching hou", prefix_last=True).expression == '"search"* OR "hou"*'


def test_questions_are_told_from_keyword_queries() -> None:
    for question in (
        "When did women get the right to vote?",
        "how are senators elected",
        "Wie wird der Präsident gewählt",
        "¿Cómo se elige al presidente",
        "right to vote?",
    ):
        assert looks_like_question(question), question
    for keywords in ("right to vote women", "speedy public trial", "Präsident Wahl", ""):
        assert not looks_like_question(keywords), keywords
    assert TUNED.weights("Who may vote?")[0] < TUNED.weights("vote age")[0]
