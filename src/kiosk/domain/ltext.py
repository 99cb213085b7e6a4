"""Localised text (``LText``): a mapping from language tag to string, with the pack's fallback."""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.domain.languages import CONTENT_FALLBACK

LText = Mapping[str, str]


def localize(text: LText | str | None, lang: str) -> str:
    """Pick the string for ``lang``: requested → en → pt → zh-Hant → zh-Hans → any; '' if none."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    value = text.get(lang)
    if value:
        return value
    for tag in CONTENT_FALLBACK:
        value = text.get(tag)
        if value:
            return value
    for value in text.values():
        if value:
            return value
    return ""


def as_ltext(value: LText | str) -> dict[str, str]:
    """Normalise the pack's two spellings: a plain string means ``{"en": s}``."""
    if isinstance(value, str):
        return {"en": value}
    return dict(value)


def localize_short(short: LText | None, name: LText | str | None, lang: str) -> str:
    """What a tile or chip shows: the short name in ``lang``, else the full name in ``lang``
    (never a short name in another language while the full one exists in the visitor's),
    else the short name's, then the name's, fallback."""
    if short and short.get(lang):
        return short[lang]
    if isinstance(name, Mapping) and name.get(lang):
        return name[lang]
    return localize(short, lang) if short else localize(name, lang)
