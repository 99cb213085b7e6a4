"""Content checks for the data-protection parts of a pack's consent block.

``minimum_age``: visitors younger than this are asked for nothing (PIPL Art. 28/31 treat
under-14s' data as sensitive, needing a guardian's consent the kiosk cannot obtain).
``cross_border``: a purpose whose data leaves mainland China must tell the visitor every item
PIPL Art. 39 lists, in each of the kiosk's four languages, since the form shows it in whichever
the visitor chose; a pack that lacks one is refused with the item and language named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from kiosk.domain.languages import LANGUAGES
from kiosk.domain.leads.consent import CROSS_BORDER_ITEMS, DEFAULT_MINIMUM_AGE
from kiosk.domain.ltext import LText

MIN_AGE, MAX_AGE = 1, 21
LANGUAGE_NAMES = {
    "zh-Hant": "Traditional Chinese",
    "zh-Hans": "Simplified Chinese",
    "pt": "Portuguese",
    "en": "English",
}

ITEM_MEANING = {
    "recipient": "the recipient's name",
    "contact": "the recipient's contact details",
    "purpose": "the purpose of the transfer",
    "method": "how the data is processed there",
    "categories": "the categories of personal data sent",
    "rights": "how to exercise one's rights with the recipient",
}


class Checker(Protocol):
    """What these checks need of the pack validator (``validate._Validator``)."""

    def add(self, path: str, message: str) -> None: ...

    def fields(
        self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any] | None: ...

    def opt(
        self, obj: dict[str, Any], path: str, key: str, check: Callable[[Any, str], Any]
    ) -> Any: ...

    def ltext(self, value: Any, path: str) -> LText | None: ...


def minimum_age(checker: Checker, value: Any, path: str) -> int | None:
    if isinstance(value, float) and value.is_integer():  # 16.0 is the JSON number 16
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        checker.add(path, f"expected a whole number of years, got {value!r}")
        return None
    if not MIN_AGE <= value <= MAX_AGE:
        checker.add(
            path, f"{value} is outside {MIN_AGE} to {MAX_AGE} years (default {DEFAULT_MINIMUM_AGE})"
        )
        return None
    return value


def cross_border(checker: Checker, value: Any, path: str) -> dict[str, LText] | None:
    """Every Art. 39 item, each in all four languages; located problems otherwise."""
    obj = checker.fields(value, path, CROSS_BORDER_ITEMS)
    if obj is None:
        return None
    notice: dict[str, LText] = {}
    complete = True
    for item in CROSS_BORDER_ITEMS:
        text = checker.opt(obj, path, item, checker.ltext)
        if text is None:
            complete = False
            continue
        for lang in LANGUAGES:
            if not (text.get(lang.tag) or "").strip():
                name = LANGUAGE_NAMES.get(lang.tag, lang.tag)
                checker.add(
                    f"{path}.{item}.{lang.tag}",
                    f"is missing: {ITEM_MEANING[item]} must be given in {name} too "
                    "(PIPL Art. 39: the visitor is told it in the language they read)",
                )
                complete = False
        notice[item] = text
    return notice if complete else None
