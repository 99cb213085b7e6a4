"""Country and region names in the visitor's language, from CLDR data (Babel).

Babel is used rather than a hand-written table so that every ISO 3166-1 code the visitor may
pick has a proper name in Chinese (both scripts) and Portuguese.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from babel import Locale

from kiosk.domain.languages import language

# Macao and the Portuguese-speaking countries of the Forum Macao, in the order the kiosk lists them.
PSC_COUNTRIES: tuple[str, ...] = ("MO", "PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL", "GQ")

# CLDR's formal names ("Macao SAR China") are long for a kiosk card; these short forms are what
# visitors and organisers actually say.
_SHORT_NAMES: dict[str, dict[str, str]] = {
    "MO": {"zh-Hant": "澳門", "zh-Hans": "澳门", "pt": "Macau", "en": "Macao"},
    "HK": {"zh-Hant": "香港", "zh-Hans": "香港", "pt": "Hong Kong", "en": "Hong Kong"},
}
# CLDR territory codes that are not countries or regions a visitor comes from.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"})


@cache
def _territories(lang: str) -> dict[str, str]:
    locale = Locale.parse(language(lang).babel_locale)
    names = {code: name for code, name in locale.territories.items() if is_country_code(code)}
    for code, short in _SHORT_NAMES.items():
        names[code] = short.get(lang, short["en"])
    return names


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 shaped code (CLDR pseudo-codes excluded)."""
    shaped = len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()
    return shaped and code not in _NOT_COUNTRIES


@cache
def known_codes() -> frozenset[str]:
    """Every alpha-2 code with a CLDR name."""
    return frozenset(_territories("en"))


def country_name(code: str, lang: str) -> str:
    """The short name of ``code`` in ``lang`` (``MO`` → 澳門 / 澳门 / Macau / Macao)."""
    return _territories(lang).get(code.upper(), code.upper())


def sorted_countries(lang: str, key: Callable[[str], Any] | None = None) -> list[tuple[str, str]]:
    """All (code, name) pairs for a picker: Macao and the PSC first, then the rest by name,
    compared with ``key`` (a collator's, so the order is the language's; the UI passes ICU's)."""
    names = _territories(lang)
    first = [(c, names[c]) for c in PSC_COUNTRIES if c in names]
    by = key or (lambda name: name)
    rest = sorted(
        ((c, n) for c, n in names.items() if c not in PSC_COUNTRIES), key=lambda p: by(p[1])
    )
    return first + rest
