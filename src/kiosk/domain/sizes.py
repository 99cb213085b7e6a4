"""File and drive sizes as a reader of the staff's language writes them ("1,2 MB" in
Portuguese, "812字节" in Simplified Chinese), with CLDR's units from Babel.

One formatter for the whole kiosk: the drives and files of staff mode, the export CLI and the
content checker's limits used to have one each, all English.
"""

from __future__ import annotations

from babel.units import format_unit

from kiosk.domain.languages import language

_UNITS = (("digital-gigabyte", 3), ("digital-megabyte", 2), ("digital-kilobyte", 1))


def format_size(size: int, lang: str = "en", *, binary: bool = False) -> str:
    """``14.2 GB``, ``950 MB``, ``12 kB``, ``812 bytes``: one decimal at most, trailing zero
    dropped. Powers of 1000 as a drive's maker counts; ``binary`` for limits set in powers of
    1024 (``20 * 1024 * 1024`` reads "20 MB")."""
    base = 1024 if binary else 1000
    locale = language(lang).babel_locale
    for unit, power in _UNITS:
        if size >= base**power:
            return format_unit(size / base**power, unit, "short", "#,##0.#", locale=locale)
    return format_unit(size, "digital-byte", "long", "#,##0", locale=locale)
