"""Directory search: case-, accent- and Chinese-script-insensitive, with facet counts.

Every exhibitor gets one folded "haystack" (names, products, sectors, country names and booth in
every language) built once per catalogue, so a keystroke is only substring tests over 5,000
short strings. Folding: NFKC (full-width forms), casefold, accents stripped (São → sao), and
Traditional Chinese mapped to Simplified character by character with OpenCC's table (澳門 and
澳门 fold alike). Character-level mapping is enough for matching and much faster than phrase
conversion.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kiosk.domain.countries import country_name
from kiosk.domain.languages import LANGUAGES
from kiosk.services.catalog import Catalog, ExhibitorView, country_order_key


@cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


_char_cache: dict[str, str] = {}


def _simplify_char(char: str) -> str:
    mapped = _char_cache.get(char)
    if mapped is None:
        converted = _t2s().convert(char)
        mapped = converted if len(converted) == 1 else char
        _char_cache[char] = mapped
    return mapped


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


def fold(text: str) -> str:
    """A matching key: ``fold("São Tomé") == "sao tome"``, ``fold("澳門") == fold("澳门")``."""
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        out.append(_simplify_char(char) if _is_cjk(char) else char)
    return " ".join("".join(out).split())


@dataclass(frozen=True)
class Filters:
    """What the visitor typed and chose; empty means "all"."""

    text: str = ""
    pavilion: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class SearchResult:
    ids: tuple[str, ...]
    pavilion_counts: dict[str, int]
    country_counts: dict[str, int]
    sector_counts: dict[str, int]


def _texts(exhibitor: ExhibitorView, catalog: Catalog) -> Iterable[str]:
    yield from exhibitor.name.values()
    for product in exhibitor.products:
        yield from product.name.values()
    for sector_id in exhibitor.sector_ids:
        sector = catalog.sector(sector_id)
        if sector is not None:
            yield from sector.name.values()
    for language in LANGUAGES:
        yield country_name(exhibitor.country, language.tag)
    if exhibitor.booth_code:
        yield exhibitor.booth_code


class SearchIndex:
    """Precomputed folded text and facets of one catalogue."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._rows = [
            (
                e.id,
                "\n".join(fold(t) for t in _texts(e, catalog)),
                e.pavilion_id,
                e.country,
                frozenset(e.sector_ids),
            )
            for e in catalog.exhibitors
        ]

    def countries(self) -> tuple[str, ...]:
        """Countries present among the exhibitors, Macao and the PSC first."""
        return tuple(sorted({row[3] for row in self._rows}, key=country_order_key))

    def search(self, filters: Filters) -> SearchResult:
        terms = fold(filters.text).split()
        matched = [row for row in self._rows if all(t in row[1] for t in terms)]

        def keep(row, *, pavilion: bool = True, country: bool = True, sector: bool = True):
            return (
                (not pavilion or filters.pavilion is None or row[2] == filters.pavilion)
                and (not country or filters.country is None or row[3] == filters.country)
                and (not sector or filters.sector is None or filters.sector in row[4])
            )

        pavilion_counts = Counter(r[2] for r in matched if keep(r, pavilion=False))
        country_counts = Counter(r[3] for r in matched if keep(r, country=False))
        sector_counts: Counter[str] = Counter()
        for row in matched:
            if keep(row, sector=False):
                sector_counts.update(row[4])
        return SearchResult(
            ids=tuple(r[0] for r in matched if keep(r)),
            pavilion_counts=dict(pavilion_counts),
            country_counts=dict(country_counts),
            sector_counts=dict(sector_counts),
        )
