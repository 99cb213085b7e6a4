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
from kiosk.domain.messages import Message

MIN_AGE, MAX_AGE = 1, 21
LANGUAGE_NAMES = {
    "zh-Hant": Message("term.language.zh_hant"),
    "zh-Hans": Message("term.language.zh_hans"),
    "pt": Message("term.language.pt"),
    "en": Message("term.language.en"),
}

ITEM_MEANING = {
    "recipient": Message("term.cross_border.recipient"),
    "contact": Message("term.cross_border.contact"),
    "purpose": Message("term.cross_border.purpose"),
    "method": Message("term.cross_border.method"),
    "categories": Message("term.cross_border.categories"),
    "rights": Message("term.cross_border.rights"),
}


class Checker(Protocol):
    """What these checks need of the pack validator (``validate._Validator``)."""

    def add(self, path: str, message: Message) -> None: ...

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
        checker.add(path, Message("content.expected_years", got=repr(value)))
        return None
    if not MIN_AGE <= value <= MAX_AGE:
        checker.add(
            path,
            Message(
                "content.age_range",
                value=value,
                low=MIN_AGE,
                high=MAX_AGE,
                default=DEFAULT_MINIMUM_AGE,
            ),
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
                checker.add(
                    f"{path}.{item}.{lang.tag}",
                    Message(
                        "content.cross_border_language",
                        item=ITEM_MEANING[item],
                        language=LANGUAGE_NAMES.get(lang.tag, lang.tag),
                    ),
                )
                complete = False
        notice[item] = text
    return notice if complete else None
