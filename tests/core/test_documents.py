"""Document queries: filters by tags, type, date and text; sorting; trash; rows by id."""

from __future__ import annotations

import pytest

from core.library.documents import DocumentCatalog, DocumentFilter, DocumentSort, SortColumn
from core.library.tags import TagService
from core.root import Root
from tests.core.library import add_documents

DAY = 86_400_000


@pytest.fixture
def library(services: Root) -> tuple[DocumentCatalog, dict[str, str], list[str]]:
    """Six documents: tags red on 0-2, blue on 2-4; types text/pdf; one a day apart."""
    ids = [
        add_documents(services, 1, start=i, doc_type="pdf" if i % 2 else "text",
                      created_at_ms=(i + 1) * DAY)[0]
        for i in range(6)
    ]  # fmt: skip
    tags = TagService(services.database, services.recorder, services.workspace_id)
    tags.tag_documents(ids[0:3], ["red"])
    tags.tag_documents(ids[2:5], ["blue"])
    by_name = {t.name: t.id for t in tags.list_tags()}
    return DocumentCatalog(services.database, services.workspace_id), by_name, ids


def test_tag_filters_any_all_none(
    library: tuple[DocumentCatalog, dict[str, str], list[str]],
) -> None:
    catalog, tag, ids = library
    red, blue = tag["red"], tag["blue"]
    asc = DocumentSort(SortColumn.ADDED, descending=False)
    assert catalog.matching_ids(DocumentFilter(tags_any=(red, blue)), asc) == ids[0:5]
    assert catalog.matching_ids(DocumentFilter(tags_all=(red, blue)), asc) == [ids[2]]
    assert catalog.matching_ids(DocumentFilter(tags_none=(red,)), asc) == ids[3:]
    assert catalog.count(DocumentFilter(tags_any=(blue,), tags_none=(red,))) == 2


def test_type_date_and_text_filters(
    library: tuple[DocumentCatalog, dict[str, str], list[str]],
) -> None:
    catalog, _, ids = library
    asc = DocumentSort(SortColumn.ADDED, descending=False)
    assert catalog.matching_ids(DocumentFilter(doc_types=("pdf",)), asc) == ids[1::2]
    window = DocumentFilter(added_from_ms=2 * DAY, added_to_ms=4 * DAY)
    assert catalog.matching_ids(window, asc) == ids[1:3]
    assert catalog.matching_ids(DocumentFilter(text="ment 00004"), asc) == [ids[4]]
    assert catalog.matching_ids(DocumentFilter(text="100%"), asc) == []
    assert sorted(catalog.doc_types()) == ["pdf", "text"]


@pytest.mark.parametrize("column", list(SortColumn))
def test_every_column_sorts_both_ways(
    library: tuple[DocumentCatalog, dict[str, str], list[str]], column: SortColumn
) -> None:
    catalog, _, ids = library
    up = catalog.matching_ids(None, DocumentSort(column, descending=False))
    down = catalog.matching_ids(None, DocumentSort(column, descending=True))
    assert sorted(up) == sorted(ids) == sorted(down)
    if column is SortColumn.TITLE:
        assert up == ids and down == ids[::-1]


def test_sort_by_tags_puts_untagged_last(
    library: tuple[DocumentCatalog, dict[str, str], list[str]],
) -> None:
    catalog, _, ids = library
    order = catalog.matching_ids(None, DocumentSort(SortColumn.TAGS, descending=False))
    assert set(order[:3]) == {ids[2], ids[3], ids[4]}  # "blue" first
    assert order[-1] == ids[5]


def test_rows_come_in_the_order_asked_with_tags_and_pages(
    library: tuple[DocumentCatalog, dict[str, str], list[str]],
) -> None:
    catalog, _, ids = library
    rows = catalog.rows([ids[2], ids[0], "no-such-id"])
    assert [r.id for r in rows] == [ids[2], ids[0]]
    assert [t.name for t in rows[0].tags] == ["blue", "red"]
    page = catalog.page(None, DocumentSort(SortColumn.TITLE, descending=False), offset=4, limit=5)
    assert [r.id for r in page] == ids[4:]


def test_filter_round_trips_through_job_params() -> None:
    where = DocumentFilter(tags_any=("a",), doc_types=("pdf",), added_from_ms=5, text="x")
    assert DocumentFilter.from_params(where.to_params()) == where
    assert DocumentFilter(trashed=True).is_empty and not where.is_empty
