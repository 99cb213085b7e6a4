"""Directory search: a table of queries and the exhibitors each must find, plus facet counts."""

from __future__ import annotations

import pytest

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.catalog import load_catalog
from kiosk.services.search import Filters, SearchIndex, fold


@pytest.fixture
def index(catalog_db: Database, settings: Settings) -> SearchIndex:
    return SearchIndex(load_catalog(catalog_db.sessions, settings.content_dir))


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("São Tomé", "sao tome"),
        ("ÇÃÕ", "cao"),
        ("澳門", "澳门"),
        ("ＡＢＣ　１２３", "abc 123"),
        ("  Vinho   do  Porto ", "vinho do porto"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"macau-tea", "sao-tome-cacau", "douro-wines", "hengqin-law"}),
        ("sao", {"sao-tome-cacau"}),  # accents ignored
        ("SÃO TOMÉ", {"sao-tome-cacau"}),  # case and accents
        ("澳門", {"macau-tea", "hengqin-law"}),  # name or country (Macao) in Traditional
        ("澳门", {"macau-tea", "hengqin-law"}),  # Simplified query finds the same
        ("澳門茗茶", {"macau-tea"}),
        ("澳门茗茶", {"macau-tea"}),
        ("macao", {"macau-tea", "hengqin-law"}),
        ("茗茶", {"macau-tea"}),
        ("横琴", {"hengqin-law"}),  # Simplified query, Traditional name
        ("port wine", {"douro-wines"}),  # product name
        ("波特", {"douro-wines"}),  # product name in Chinese
        ("chocolate", {"sao-tome-cacau"}),
        ("jurídicos", {"hengqin-law"}),  # sector name, accented
        ("juridicos", {"hengqin-law"}),
        ("portugal", {"douro-wines"}),  # country name
        ("葡萄牙", {"douro-wines"}),  # country name in Chinese
        ("F-02", {"sao-tome-cacau"}),  # booth
        ("tea macau", {"macau-tea"}),  # every word, any order
        ("tea douro", set()),
        ("xyz", set()),
    ],
)
def test_query_finds(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert set(index.search(Filters(text=query)).ids) == expected


def test_filters_combine(index: SearchIndex) -> None:
    result = index.search(Filters(pavilion="food", country="MO"))
    assert result.ids == ("macau-tea",)
    result = index.search(Filters(sector="food-beverage"))
    assert set(result.ids) == {"sao-tome-cacau", "douro-wines"}
    assert index.search(Filters(text="tea", pavilion="services")).ids == ()


def test_counts_say_what_each_option_would_give(index: SearchIndex) -> None:
    result = index.search(Filters(pavilion="food"))
    # pavilion counts ignore the pavilion filter itself, so the visitor sees the alternatives
    assert result.pavilion_counts == {"food": 3, "services": 1}
    # country counts honour the pavilion filter
    assert result.country_counts == {"MO": 1, "ST": 1, "PT": 1}
    assert result.sector_counts == {"coffee-tea": 1, "food-beverage": 2}
    narrowed = index.search(Filters(text="sao", pavilion="food"))
    assert narrowed.country_counts == {"ST": 1}


def test_countries_listed_macao_and_psc_first(index: SearchIndex) -> None:
    assert index.countries() == ("MO", "PT", "ST")
