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
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter

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


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """A matching key: ``fold("São Tomé") == "sao tome"``, ``fold("澳門") == fold("澳门")``.

    Remembered: a catalogue load and the lead form fold the same names (every exhibitor,
    every country in four languages) again at each start and content reload."""
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
    """Precomputed folded text and facets of one catalogue.

    A keystroke usually extends the last query ("vin" → "vinh"), and then only the last
    query's matches can match, so those are all that is scanned; recent queries are kept, so
    deleting a letter costs nothing. Facet counts use C-level counting over the matches.
    """

    RECENT = 32

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
        self._recent: dict[tuple[str, ...], list[_Row]] = {(): self._rows}
        self._last: tuple[str, ...] = ()

    def countries(self) -> tuple[str, ...]:
        """Countries present among the exhibitors, Macao and the PSC first."""
        return tuple(sorted({row[3] for row in self._rows}, key=country_order_key))

    def _matching(self, terms: tuple[str, ...]) -> list[_Row]:
        """Rows holding every term (in catalogue order), narrowing the last result if it can."""
        found = self._recent.get(terms)
        if found is not None:
            return found
        last = self._last
        # Every old term inside some new term: the new matches are among the old ones.
        narrows = all(any(old in new for new in terms) for old in last)
        pool = self._recent.get(last, self._rows) if narrows else self._rows
        if len(terms) == 1:
            term = terms[0]
            found = [row for row in pool if term in row[1]]
        else:
            found = [row for row in pool if all(t in row[1] for t in terms)]
        if len(self._recent) >= self.RECENT:
            del self._recent[next(k for k in self._recent if k)]  # oldest, never "all"
        self._recent[terms] = found
        self._last = terms
        return found

    def search(self, filters: Filters) -> SearchResult:
        matched = self._matching(tuple(fold(filters.text).split()))
        pavilion, country, sector = filters.pavilion, filters.country, filters.sector

        def keep(rows: list[_Row], *, p: bool = True, c: bool = True, s: bool = True):
            if p and pavilion is not None:
                rows = [r for r in rows if r[2] == pavilion]
            if c and country is not None:
                rows = [r for r in rows if r[3] == country]
            if s and sector is not None:
                rows = [r for r in rows if sector in r[4]]
            return rows

        return SearchResult(
            ids=tuple(map(_ID, keep(matched))),
            pavilion_counts=dict(Counter(map(_PAVILION, keep(matched, p=False)))),
            country_counts=dict(Counter(map(_COUNTRY, keep(matched, c=False)))),
            sector_counts=dict(Counter(chain.from_iterable(map(_SECTORS, keep(matched, s=False))))),
        )


_Row = tuple[str, str, str, str, frozenset[str]]
_ID, _PAVILION, _COUNTRY, _SECTORS = (itemgetter(i) for i in (0, 2, 3, 4))
