"""Finding passages: hybrid search, filters, snippets, retrieval for chat, and the parts below."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db.models import Document
from core.knowledge.chunker import Chunker
from core.knowledge.embedder import TOKENIZER_PATH, ModelTokens, on_device_embedder
from core.knowledge.formats import Block
from core.knowledge.keyword import keyword_query
from core.knowledge.library import KnowledgeBase
from core.knowledge.retriever import KnowledgeRetriever, sources_prompt
from core.knowledge.search import SearchFilters, SearchMode, make_snippet
from core.knowledge.vectors import chroma_client
from core.paths import AppPaths
from core.root import Root, open_root
from core.sources import KnowledgeScope, best_snippet
from desktop.cli import build_parser
from tests.knowledge_fixtures import files
from tests.knowledge_fixtures.running import run_job


@pytest.fixture(scope="module")
def library_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Root]:
    """A data dir with one document of each kind, imported once for the module."""
    root = tmp_path_factory.mktemp("library")
    services = open_root(AppPaths(root / "data", root / "data" / "config"))
    folder = files.corpus(root / "in")
    run_job(services, services.knowledge.import_paths([folder]))
    yield services
    services.close()


@pytest.fixture
def library(library_root: Root) -> KnowledgeBase:
    return library_root.knowledge


def titles(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.title for h in hits]


def test_keyword_query_quotes_what_people_type() -> None:
    query = keyword_query('bearing "temp" AND NOT (x OR y*) col:val the', stem=False)
    assert query.expression == '"bearing" OR "temp" OR "x" OR "y" OR "col" OR "val"'
    stemmed = keyword_query('bearing "temp" AND NOT (x OR y*) col:val the')
    assert stemmed.expression == '"bear"* OR "temp" OR "x" OR "y" OR "col" OR "val"'
    assert keyword_query("the of").expression == '"the" OR "of"', "all stop words: keep them"
    assert keyword_query("turb", prefix_last=True).expression == '"turb"*'
    assert keyword_query("?!").expression is None


def test_hybrid_search_finds_by_words_and_by_meaning(library: KnowledgeBase) -> None:
    by_words = library.search("bearing temperature")
    assert by_words[0].title == "Turbine Manual" and by_words[0].page_start == 1
    assert by_words[0].keyword_rank == 1 and by_words[0].vector_rank is not None
    by_meaning = library.search("how do I get rid of insects on my plants", limit=3)
    assert by_meaning[0].title == "Garden Notes"
    assert by_meaning[0].heading_path == "Vegetables › Pests"
    sales_tax = library.search("function that adds tax to a bill", limit=3)
    assert "invoice" in titles(sales_tax)


def test_search_modes_and_filters(library: KnowledgeBase) -> None:
    keyword = library.search("roses pruned", mode=SearchMode.KEYWORD)
    assert titles(keyword) == ["Garden Notes"] and keyword[0].vector_rank is None
    vector = library.search("roses pruned", mode=SearchMode.VECTOR, limit=2)
    assert vector[0].keyword_rank is None
    only_pdf = library.search("budget", filters=SearchFilters(doc_types=("pdf",)))
    assert set(titles(only_pdf)) <= {"Turbine Manual"}
    with library.database.read() as session:
        travel = session.scalars(select(Document).where(Document.title == "Travel Policy")).one()
    one_doc = library.search("euros", filters=SearchFilters(document_ids=(travel.id,)))
    assert set(titles(one_doc)) == {"Travel Policy"}
    future = SearchFilters(imported_after_ms=travel.created_at_ms + 10**9)
    assert library.search("euros", filters=future) == []
    assert library.search("euros", filters=SearchFilters(tags=("no-such-tag",))) == []
    per_doc = library.search("the", limit=20, per_document=True)
    assert len(titles(per_doc)) == len(set(titles(per_doc)))


def test_search_by_tag(library: KnowledgeBase, library_root: Root) -> None:
    with library.database.read() as session:
        garden = session.scalars(select(Document).where(Document.title == "Garden Notes")).one()
    tags = library_root.library.tags
    tags.tag_documents([garden.id], ["Outdoors"])
    hits = library.search("water", filters=SearchFilters(tags=("outdoors",)))
    assert set(titles(hits)) == {"Garden Notes"}


def test_snippets_mark_the_matched_words() -> None:
    text = "word " * 100 + "The Bearing temperature is key. " + "word " * 100
    snippet, marks = make_snippet(text, ["bearing", "temperature"], width=80)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[s:e] for s, e in marks] == ["Bearing", "temperature"]


def test_search_as_you_type_matches_a_word_being_typed(library: KnowledgeBase) -> None:
    hits = library.search("sourdou", as_you_type=True, mode=SearchMode.KEYWORD)
    assert set(titles(hits)) == {"Bread Recipe"}
    assert library.search("   ") == []


def test_retriever_numbers_passages_for_chat_with_pages(library: KnowledgeBase) -> None:
    passages = KnowledgeRetriever(library).retrieve("What to do after an emergency stop?", limit=3)
    assert [p.number for p in passages] == list(range(1, len(passages) + 1))
    assert len(passages) >= 2, "irrelevant passages are left out rather than padded in"
    top = passages[0]
    assert top.title == "Turbine Manual" and top.page_start is not None and top.chunk_id
    assert "emergency stop" in top.text.lower()
    prompt = sources_prompt(passages)
    assert prompt.count("[1] Turbine Manual, p") == 1 and "[2]" in prompt
    text = library.document_text(top.document_id)
    assert top.chunk_id in [s.chunk_id for s in text.sections]


def test_the_cli_prints_ranked_results_as_json(
    library_root: Root, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["search", "sourdough starter", "--json", "--type", "html"])
    assert args.handler(args, library_root) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["title"] == "Bread Recipe" and rows[0]["rank"] == 1 and rows[0]["score"] > 0
    args = build_parser().parse_args(["search", "bearing", "--limit", "1"])
    assert args.handler(args, library_root) == 0
    out = capsys.readouterr().out
    assert "Turbine Manual, p" in out and "**bearing**" in out


def test_embeddings_put_related_sentences_close() -> None:
    embedder = on_device_embedder()
    cat, kitten, tax = embedder.embed(
        ["A cat sits on the mat.", "A kitten rests on a rug.", "File your taxes by April."]
    )
    assert float(cat @ kitten) > 0.5 > float(cat @ tax) + 0.3
    assert abs(float(cat @ cat) - 1.0) < 1e-4
    assert TOKENIZER_PATH.is_file() and (TOKENIZER_PATH.parent / "LICENSE.txt").is_file()


def test_chroma_is_opened_with_telemetry_off(library_root: Root) -> None:
    client = chroma_client(library_root.paths.chroma_dir)
    assert client.get_settings().anonymized_telemetry is False


def test_chunker_respects_headings_bounds_tokens_and_overlaps() -> None:
    chunker = Chunker(ModelTokens(), target_tokens=40, overlap_tokens=10)
    sentences = " ".join(f"Sentence number {i} talks about turbines." for i in range(12))
    blocks = [
        Block("Intro paragraph.", 1, ("A",)),
        Block(sentences, 2, ("A", "B")),
        Block("Last words here.", 3, ("C",)),
    ]
    chunks = list(chunker.chunks(blocks))
    assert chunks[0].text == "Intro paragraph." and chunks[0].heading_path == "A"
    middle = [c for c in chunks if c.heading_path == "A › B"]
    assert len(middle) >= 3 and all(c.token_count <= 40 for c in middle)
    assert middle[0].text.split(". ")[-1] in middle[1].text, "consecutive chunks overlap"
    assert chunks[-1].heading_path == "C" and chunks[-1].page_start == 3
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert list(chunker.chunks(blocks)) == chunks, "deterministic"
    long_word = Block("x" * 3000, 1)
    assert all(c.token_count <= 40 for c in chunker.chunks([long_word]))


def test_settings_offer_the_on_device_model_by_default(services: Root) -> None:
    assert services.settings.get("knowledge.embedding_model") == "on-device"
    assert services.knowledge.embedder().model_id == "all-minilm-l6-v2-int8"


def test_import_command_help_lists_it() -> None:
    parser = build_parser()
    args = parser.parse_args(["import", "a.pdf", "folder"])
    assert args.paths == ["a.pdf", "folder"] and callable(args.handler)
    assert isinstance(parser.parse_args(["kb", "check", "--repair"]), argparse.Namespace)


def test_files_outside_the_library_are_not_searched(services: Root, tmp_path: Path) -> None:
    knowledge = services.knowledge
    assert knowledge.search("anything at all") == []


def test_big_indexes_leave_words_found_in_most_passages_out_of_the_query(
    library: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from core.knowledge import keyword

    monkeypatch.setattr(keyword, "FOCUS_FROM_PASSAGES", 0)
    with library.database.read() as session:
        frequency = dict(session.execute(text("SELECT term, doc FROM fts_chunk_vocab")).all())
        total = session.scalar(text("SELECT max(rowid) FROM fts_chunk_docsize"))
        words = {t: n for t, n in frequency.items() if t not in keyword.STOP_WORDS and t.isalpha()}
        common, second = sorted(words, key=lambda t: -words[t])[:2]
        monkeypatch.setattr(keyword, "COMMON_SHARE", (words[second] - 0.5) / total)
        mixed = keyword.keyword_query(f"{common} aphids")
        assert keyword.focused_expression(session, mixed) == '"aphid"*', "searched by its stem"
        both_common = keyword.keyword_query(f"{common} {second}")
        assert keyword.focused_expression(session, both_common) == " ".join(both_common.quoted)
    assert library.search("aphids", mode=SearchMode.KEYWORD)[0].title == "Garden Notes"


def test_retriever_searches_only_the_documents_a_conversation_chose(
    library: KnowledgeBase,
) -> None:
    retriever = KnowledgeRetriever(library)
    question = "How much water?"
    everything = retriever.retrieve(question, limit=5)
    garden = next(h.document_id for h in library.search("aphids") if h.title == "Garden Notes")
    scoped = retriever.retrieve(question, limit=5, scope=KnowledgeScope(document_ids=(garden,)))
    assert len({p.document_id for p in everything}) > 1, "water is in several documents"
    assert scoped and {p.document_id for p in scoped} == {garden}


def test_retriever_on_an_empty_library_loads_no_model(tmp_path: Path) -> None:
    root = open_root(AppPaths(tmp_path / "data", tmp_path / "data" / "config"))
    try:
        assert KnowledgeRetriever(root.knowledge).retrieve("anything at all?") == []
        assert root.knowledge._stores == {}, "no vector store (nor model) was opened"
    finally:
        root.close()


def test_a_cited_passage_shows_the_sentence_that_answers() -> None:
    text = (
        "Chapter two covers desks. Badges are blue. Vacation: every employee gets 25 days. "
        "Parking is free."
    )
    assert best_snippet(text, "How many vacation days does an employee get?").startswith(
        "Vacation: every employee gets 25 days."
    )
    assert best_snippet("word " * 200, "nothing", limit=40).endswith("…")


def test_a_citation_from_another_device_finds_this_devices_passage(
    library: KnowledgeBase,
) -> None:
    """Chunk ids are each device's own; a synced answer's citation is found by its ordinal."""
    from dataclasses import replace

    mine = KnowledgeRetriever(library).retrieve("What to do after an emergency stop?")[0]
    assert mine.ordinal is not None
    theirs = replace(mine, chunk_id=10_000_000)  # the other device's numbering
    assert library.local_passage(theirs).chunk_id == mine.chunk_id
