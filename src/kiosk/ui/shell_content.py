"""What the shell screens (attract loop, home, about) show of the loaded content. Qt-free.

The shell needs only a slice of the catalogue: the brand, the event, the organiser and a few
exhibitor highlights for the attract loop. ``from_catalog`` takes that slice from the catalogue
service's ``Catalog`` (see UI_CONTRACT.md); the formatting helpers pick what a visitor reads in
each language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_interval

from kiosk.domain.languages import language
from kiosk.domain.ltext import LText

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


@dataclass(frozen=True)
class ShellContent:
    brand_name: str = DEFAULT_BRAND
    tagline: LText = field(default_factory=dict)
    logo: Path | None = None
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


def pick_highlights(
    exhibitors: Iterable[Any], limit: int = MAX_HIGHLIGHTS
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
    return tuple(
        Highlight(e.id, dict(e.name), dict(e.summary or {}), e.country, e.logo_thumb or e.logo)
        for e in chosen[:limit]
    )


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
        highlights=pick_highlights(catalog.exhibitors),
    )


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
    try:
        from kiosk.services.catalog import load_catalog
    except ImportError:  # until the catalogue service of UI_CONTRACT.md is merged
        return _from_database(sessions, content_dir)
    return from_catalog(load_catalog(sessions, content_dir))


def _from_database(sessions: Any, content_dir: Path) -> ShellContent:
    """Interim reader of the same slice, straight from the content tables."""
    from types import SimpleNamespace

    from kiosk.services.catalog import active_event

    def path(value: str | None) -> Path | None:
        return None if not value else content_dir / value

    with sessions() as session:
        event = active_event(session)
        if event is None:
            return ShellContent()
        brand = dict(event.brand or {})
        organizer = dict(event.organizer or {})
        exhibitors = [
            SimpleNamespace(
                id=e.slug,
                name=e.name,
                summary=e.summary,
                country=e.country,
                pavilion_id=e.pavilion.slug,
                logo=path(e.logo_path),
                logo_thumb=path(e.logo_thumb_path),
            )
            for e in event.exhibitors
        ]
        return ShellContent(
            brand_name=brand.get("name") or DEFAULT_BRAND,
            tagline=dict(brand.get("tagline") or {}),
            logo=path(brand.get("logo")),
            attract=tuple(p for p in map(path, brand.get("attract") or ()) if p),
            event_name=dict(event.name),
            venue=dict(event.venue or {}),
            starts=event.starts,
            ends=event.ends,
            organizer_name=dict(organizer.get("name") or {}),
            organizer_email=organizer.get("email"),
            organizer_phone=organizer.get("phone"),
            organizer_website=organizer.get("website"),
            exhibitor_count=len(exhibitors),
            highlights=pick_highlights(exhibitors),
        )
