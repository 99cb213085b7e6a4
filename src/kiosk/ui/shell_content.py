"""What the shell screens (attract loop, home, about) show of the loaded content. Qt-free.

The shell needs only a slice of the catalogue: the brand, the event, the organiser and a few
exhibitor highlights for the attract loop. ``from_catalog`` takes that slice from the catalogue
service's ``Catalog`` (``kiosk.services.catalog``); the formatting helpers pick what a
visitor reads in each language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_interval

from kiosk.domain.languages import LANGUAGES, language
from kiosk.domain.ltext import LText, localize_short

DEFAULT_BRAND = "MICE² Macao x Hengqin"
MAX_HIGHLIGHTS = 12


@dataclass(frozen=True)
class Highlight:
    """An exhibitor shown in the attract loop."""

    id: str
    name: LText
    summary: LText
    country: str
    logo: Path | None
    booth: str | None = None
    pavilion: LText = field(default_factory=dict)


@dataclass(frozen=True)
class ShellContent:
    brand_name: str = DEFAULT_BRAND
    tagline: LText = field(default_factory=dict)
    logo: Path | None = None
    logo_aspect: float = 0.0  # width / height; 0.0 when not known
    attract: tuple[Path, ...] = ()
    event_name: LText = field(default_factory=dict)
    venue: LText = field(default_factory=dict)
    starts: date | None = None
    ends: date | None = None
    organizer_name: LText = field(default_factory=dict)
    organizer_email: str | None = None
    organizer_phone: str | None = None
    organizer_website: str | None = None
    exhibitor_count: int = 0
    highlights: tuple[Highlight, ...] = ()
    default_language: str | None = None  # the pack's event.default_language


def pick_highlights(
    exhibitors: Iterable[Any],
    pavilion_names: Mapping[str, LText] | None = None,
    limit: int = MAX_HIGHLIGHTS,
) -> tuple[Highlight, ...]:
    """Exhibitors worth showing to passers-by: those with a logo and a summary first.

    Within each group the pack's order is kept (organisers put their headliners first), and
    pavilions alternate so the loop shows the breadth of the pavilions rather than one of them.
    """
    ranked: dict[int, list[Any]] = {0: [], 1: [], 2: []}
    for exhibitor in exhibitors:
        rank = (exhibitor.logo is None) + (not exhibitor.summary)
        ranked[rank].append(exhibitor)
    chosen: list[Any] = []
    for rank in (0, 1, 2):
        chosen.extend(_alternate_pavilions(ranked[rank]))
    names = pavilion_names or {}
    return tuple(
        Highlight(
            e.id,
            dict(e.name),
            dict(e.summary or {}),
            e.country,
            e.logo_thumb or e.logo,
            e.booth_code,
            dict(names.get(e.pavilion_id, {})),
        )
        for e in chosen[:limit]
    )


Slide = tuple[str, int]  # ("image", index into attract) | ("highlight", index) | ("brand", -1)


def attract_playlist(images: int, highlights: int) -> list[Slide]:
    """The attract loop's order: the pack's pictures (often designed slides with their own
    text) alternate with featured exhibitors on the brand's background, so neither is drawn
    over the other; the longer list sets the length, the shorter one repeats."""
    if images and highlights:
        return [
            slide
            for k in range(max(images, highlights))
            for slide in (("image", k % images), ("highlight", k % highlights))
        ]
    if images:
        return [("image", k) for k in range(images)]
    if highlights:
        return [("highlight", k) for k in range(highlights)]
    return [("brand", -1)]


def _alternate_pavilions(exhibitors: list[Any]) -> list[Any]:
    queues: dict[str, list[Any]] = {}
    for exhibitor in exhibitors:
        queues.setdefault(exhibitor.pavilion_id, []).append(exhibitor)
    result: list[Any] = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                result.append(queue.pop(0))
    return result


def from_catalog(catalog: Any) -> ShellContent:
    """The shell's slice of a ``kiosk.services.catalog.Catalog`` (None: nothing loaded yet)."""
    if catalog is None:
        return ShellContent()
    brand = catalog.brand
    organizer = catalog.organizer
    return ShellContent(
        brand_name=brand.name or DEFAULT_BRAND,
        tagline=dict(brand.tagline or {}),
        logo=brand.logo,
        logo_aspect=getattr(brand, "logo_aspect", 0.0),
        attract=tuple(brand.attract),
        event_name=dict(catalog.event_name),
        venue=dict(catalog.venue or {}),
        starts=catalog.starts,
        ends=catalog.ends,
        organizer_name=dict(organizer.name) if organizer else {},
        organizer_email=organizer.email if organizer else None,
        organizer_phone=organizer.phone if organizer else None,
        organizer_website=organizer.website if organizer else None,
        exhibitor_count=len(catalog.exhibitors),
        highlights=pick_highlights(
            catalog.exhibitors, {p.id: card_name(p) for p in catalog.pavilions}
        ),
        default_language=getattr(catalog, "default_language", None),
    )


def card_name(named: Any) -> LText:
    """What a card shows of a pavilion in each language, by the tiles' and chips' rule
    (``localize_short``): the featured card is a card, "Food and Drinks Pavilion", not the
    official hundred characters."""
    short = getattr(named, "short_name", None)
    return {lang.tag: localize_short(short, named.name, lang.tag) for lang in LANGUAGES}


def event_dates(starts: date | None, ends: date | None, lang: str) -> str:
    """The event's dates as a visitor reads them: "5–10 Nov 2023", "2023年11月5日至10日"."""
    if starts is None or ends is None:
        return ""
    return format_interval(starts, ends, "yMMMd", locale=language(lang).qt_locale)


def display_phone(number: str | None) -> str:
    """An E.164 number grouped for reading ("+853 2871 0300"); other text as it is."""
    if not number:
        return ""
    import phonenumbers  # 60 ms of metadata: not on the way to the first frame

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def load(sessions: Any, content_dir: Path) -> ShellContent:
    """The shell's content from the database (the catalogue of the active event)."""
    from kiosk.services.catalog import load_catalog

    return from_catalog(load_catalog(sessions, content_dir))
