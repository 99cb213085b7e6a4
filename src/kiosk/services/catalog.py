"""Read-side of the content: the active event's catalogue as plain, immutable values.

The whole catalogue (up to 5,000 exhibitors) is loaded once per content import into frozen
dataclasses, so the UI thread filters and renders from memory and never waits on the database.
Image paths are stored relative to the content folder and resolved here to absolute paths.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from kiosk.data.models import Event, Exhibitor
from kiosk.data.settings_repo import ACTIVE_EVENT, get_setting
from kiosk.domain.countries import PSC_COUNTRIES

DEFAULT_BRAND = "MICE² Macao x Hengqin"

LText = dict[str, str]


@dataclass(frozen=True)
class BrandView:
    name: str
    tagline: LText
    logo: Path | None
    attract: tuple[Path, ...]
    logo_aspect: float = 0.0  # width / height of the logo (0: unknown)


@dataclass(frozen=True)
class OrganizerView:
    name: LText
    email: str | None
    phone: str | None
    website: str | None


@dataclass(frozen=True)
class PositionView:
    """A named place on a map where a kiosk may stand (fractions of the map)."""

    id: str
    label: LText
    x: float
    y: float


@dataclass(frozen=True)
class PavilionView:
    id: str
    name: LText
    map_image: Path | None
    map_width: int | None
    map_height: int | None
    short_name: LText = field(default_factory=dict)  # empty: tiles and chips show ``name``
    positions: tuple[PositionView, ...] = ()

    def position(self, position_id: str) -> PositionView | None:
        return next((p for p in self.positions if p.id == position_id), None)


@dataclass(frozen=True)
class SectorView:
    id: str
    name: LText
    short_name: LText = field(default_factory=dict)


@dataclass(frozen=True)
class ProductView:
    name: LText
    origin: str | None
    image: Path | None
    thumb: Path | None
    exhibitor_id: str


@dataclass(frozen=True)
class ContactView:
    person: LText
    title: LText
    email: str | None
    phone: str | None
    website: str | None
    wechat: str | None
    family_name: LText = field(default_factory=dict)
    given_name: LText = field(default_factory=dict)
    wechat_code: str | None = None  # the text of the exhibitor's WeChat/WeCom contact QR


@dataclass(frozen=True)
class ExhibitorView:
    id: str
    name: LText
    pavilion_id: str
    country: str
    sector_ids: tuple[str, ...]
    booth_code: str | None
    booth_x: float | None
    booth_y: float | None
    summary: LText
    description: LText
    logo: Path | None
    logo_thumb: Path | None
    products: tuple[ProductView, ...]
    contact: ContactView | None
    questions: tuple[dict[str, Any], ...] = ()  # qualifying questions, the pack's JSON shape
    short_name: LText = field(default_factory=dict)


@dataclass(frozen=True)
class Catalog:
    """One event's content, ready to show."""

    event_id: str
    event_name: LText
    venue: LText
    starts: date
    ends: date
    timezone: str
    brand: BrandView
    organizer: OrganizerView | None
    pavilions: tuple[PavilionView, ...]
    sectors: tuple[SectorView, ...]
    exhibitors: tuple[ExhibitorView, ...]
    consent: dict[str, Any]
    default_language: str | None = None  # the language each new visitor starts in
    _by_id: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Any] = {}
        for kind, items in (("e", self.exhibitors), ("p", self.pavilions), ("s", self.sectors)):
            for item in items:
                index[f"{kind}:{item.id}"] = item
        object.__setattr__(self, "_by_id", index)

    def exhibitor(self, exhibitor_id: str) -> ExhibitorView | None:
        return self._by_id.get(f"e:{exhibitor_id}")

    def pavilion(self, pavilion_id: str) -> PavilionView | None:
        return self._by_id.get(f"p:{pavilion_id}")

    def sector(self, sector_id: str) -> SectorView | None:
        return self._by_id.get(f"s:{sector_id}")


@dataclass(frozen=True)
class CatalogSummary:
    """What the first screen needs: the brand and how many exhibitors are loaded."""

    event_id: str | None
    event_name: dict[str, str]
    brand: dict[str, Any]
    exhibitor_count: int
    default_language: str | None = None

    @property
    def brand_name(self) -> str:
        return str(self.brand.get("name") or DEFAULT_BRAND)


def active_event(session: Session) -> Event | None:
    """The event of the last pack that loaded cleanly (or None before any import)."""
    event_id = get_setting(session, ACTIVE_EVENT)
    if event_id is None:
        return None
    return session.get(Event, event_id)


def summary(sessions: sessionmaker[Session]) -> CatalogSummary:
    with sessions() as session:
        event = active_event(session)
        if event is None:
            return CatalogSummary(None, {}, {"name": DEFAULT_BRAND}, 0)
        count = session.scalar(
            select(func.count()).select_from(Exhibitor).where(Exhibitor.event_id == event.id)
        )
        return CatalogSummary(
            event.id,
            dict(event.name),
            dict(event.brand or {}),
            int(count or 0),
            event.default_language,
        )


def _resolve(content_dir: Path, stored: str | None) -> Path | None:
    return content_dir / stored if stored else None


def _ltext(value: Any) -> LText:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"en": value}
    return {str(k): str(v) for k, v in dict(value).items()}


def _brand(raw: dict[str, Any] | None, content_dir: Path) -> BrandView:
    raw = raw or {}
    return BrandView(
        name=str(raw.get("name") or DEFAULT_BRAND),
        tagline=_ltext(raw.get("tagline")),
        logo=_resolve(content_dir, raw.get("logo")),
        attract=tuple(
            path for item in raw.get("attract") or () if (path := _resolve(content_dir, item))
        ),
        logo_aspect=_aspect(raw.get("logo_size")),
    )


def _aspect(size: Any) -> float:
    """Width / height from a stored ``[width, height]``; 0.0 when not known."""
    if isinstance(size, list) and len(size) == 2 and all(isinstance(v, int) for v in size):
        return size[0] / size[1] if size[1] > 0 else 0.0
    return 0.0


def _organizer(raw: dict[str, Any] | None) -> OrganizerView | None:
    if not raw:
        return None
    return OrganizerView(
        name=_ltext(raw.get("name")),
        email=raw.get("email"),
        phone=raw.get("phone"),
        website=raw.get("website"),
    )


def _exhibitor(row: Exhibitor, pavilion_slug: str, content_dir: Path) -> ExhibitorView:
    contact = row.contact
    return ExhibitorView(
        id=row.slug,
        name=_ltext(row.name),
        pavilion_id=pavilion_slug,
        country=row.country,
        sector_ids=tuple(s.slug for s in sorted(row.sectors, key=lambda s: s.position)),
        booth_code=row.booth_code,
        booth_x=row.booth_x,
        booth_y=row.booth_y,
        summary=_ltext(row.summary),
        description=_ltext(row.description),
        logo=_resolve(content_dir, row.logo_path),
        logo_thumb=_resolve(content_dir, row.logo_thumb_path or row.logo_path),
        products=tuple(
            ProductView(
                name=_ltext(p.name),
                origin=p.origin,
                image=_resolve(content_dir, p.image_path),
                thumb=_resolve(content_dir, p.thumb_path or p.image_path),
                exhibitor_id=row.slug,
            )
            for p in row.products
        ),
        contact=None if contact is None else contact_view(contact),
        questions=tuple(row.questions or ()),
        short_name=_ltext(row.short_name),
    )


def contact_view(contact: Any) -> ContactView:
    """A contact as shown, from a stored row or a pack's ``Contact`` (same field names)."""
    return ContactView(
        person=_ltext(contact.person),
        title=_ltext(contact.title),
        email=contact.email,
        phone=contact.phone,
        website=contact.website,
        wechat=contact.wechat,
        family_name=_ltext(contact.family_name),
        given_name=_ltext(contact.given_name),
        wechat_code=contact.wechat_code,
    )


def load_catalog(sessions: sessionmaker[Session], content_dir: Path) -> Catalog | None:
    """The active event's whole catalogue, or None before any content pack is loaded."""
    with sessions() as session:
        event = active_event(session)
        if event is None:
            return None
        rows = session.scalars(
            select(Exhibitor)
            .where(Exhibitor.event_id == event.id)
            .order_by(Exhibitor.position, Exhibitor.pk)
            .options(
                selectinload(Exhibitor.sectors),
                selectinload(Exhibitor.products),
                selectinload(Exhibitor.contact),
            )
        ).all()
        pavilion_slugs = {p.pk: p.slug for p in event.pavilions}
        return Catalog(
            event_id=event.id,
            event_name=_ltext(event.name),
            venue=_ltext(event.venue),
            starts=event.starts,
            ends=event.ends,
            timezone=event.timezone,
            brand=_brand(event.brand, content_dir),
            organizer=_organizer(event.organizer),
            pavilions=tuple(
                PavilionView(
                    id=p.slug,
                    name=_ltext(p.name),
                    map_image=_resolve(content_dir, p.map_path),
                    map_width=p.map_width,
                    map_height=p.map_height,
                    short_name=_ltext(p.short_name),
                    positions=_positions(p.positions),
                )
                for p in event.pavilions
            ),
            sectors=tuple(
                SectorView(id=s.slug, name=_ltext(s.name), short_name=_ltext(s.short_name))
                for s in event.sectors
            ),
            exhibitors=tuple(
                _exhibitor(row, pavilion_slugs[row.pavilion_pk], content_dir) for row in rows
            ),
            consent=dict(event.consent or {}),
            default_language=event.default_language,
        )


def _positions(raw: list[dict[str, Any]] | None) -> tuple[PositionView, ...]:
    return tuple(
        PositionView(str(p["id"]), _ltext(p.get("label")), float(p["x"]), float(p["y"]))
        for p in raw or ()
    )


def country_order_key(code: str) -> tuple[int, str]:
    """Macao and the Portuguese-speaking countries first (in PSC order), then the rest."""
    if code in PSC_COUNTRIES:
        return (PSC_COUNTRIES.index(code), code)
    return (len(PSC_COUNTRIES), code)


def products_by_origin(catalog: Catalog) -> list[tuple[str, list[ProductView]]]:
    """Products grouped by country of origin; unknown origin uses the exhibitor's country."""
    groups: dict[str, list[ProductView]] = defaultdict(list)
    for exhibitor in catalog.exhibitors:
        for product in exhibitor.products:
            groups[product.origin or exhibitor.country].append(product)
    return sorted(groups.items(), key=lambda item: country_order_key(item[0]))
