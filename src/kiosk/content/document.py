"""The content the kiosk shows as a pack document (the JSON shape of content.json), for
``kiosk content export`` without a pack: localised text as objects, phones in E.164, optional
fields left out when empty, images named as the kiosk's own copies.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from kiosk.content.schema import FORMAT


def _drop_none(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None and v != [] and v != {}}


def loaded_document(sessions: sessionmaker[Session]) -> tuple[dict[str, Any], dict[str, str]]:
    """The active event as a document, and for each image it names the file in the content
    folder it is copied from (the kiosk's own copy: the pack's file may be reduced)."""
    from kiosk.data import models
    from kiosk.data.settings_repo import ACTIVE_EVENT, get_setting
    from kiosk.errors import KioskError

    images: dict[str, str] = {}

    def image(rel: str | None) -> str | None:
        if not rel:
            return None
        name = "images/" + rel.split("/", 2)[-1]  # without "<event>/<import id>/"
        images[name] = rel
        return name

    with sessions() as session:
        event_id = get_setting(session, ACTIVE_EVENT)
        event = session.scalar(
            select(models.Event)
            .where(models.Event.id == event_id)
            .options(
                selectinload(models.Event.pavilions),
                selectinload(models.Event.sectors),
                selectinload(models.Event.exhibitors).selectinload(models.Exhibitor.products),
                selectinload(models.Event.exhibitors).selectinload(models.Exhibitor.contact),
                selectinload(models.Event.exhibitors).selectinload(models.Exhibitor.sectors),
                selectinload(models.Event.exhibitors).selectinload(models.Exhibitor.pavilion),
            )
        )
        if event is None:
            raise KioskError("the kiosk has no content loaded; name a pack to export")
        document: dict[str, Any] = {
            "format": FORMAT,
            "event": _drop_none(
                {
                    "id": event.id,
                    "name": event.name,
                    "venue": event.venue,
                    "starts": event.starts.isoformat(),
                    "ends": event.ends.isoformat(),
                    "timezone": event.timezone,
                    "default_language": event.default_language,
                }
            ),
        }
        if event.organizer:
            document["organizer"] = event.organizer
        if event.brand:
            brand = dict(event.brand)
            brand.pop("logo_size", None)  # the kiosk's note of the logo's shape, not a field
            brand["logo"] = image(brand.get("logo"))
            brand["attract"] = [image(a) for a in brand.get("attract", [])]
            document["brand"] = _drop_none(brand)
        document["pavilions"] = [
            _drop_none(
                {
                    "id": p.slug,
                    "name": p.name,
                    "short_name": p.short_name,
                    "map": image(p.map_path),
                    "positions": p.positions,
                }
            )
            for p in sorted(event.pavilions, key=lambda p: p.position)
        ]
        document["sectors"] = [
            _drop_none({"id": s.slug, "name": s.name, "short_name": s.short_name})
            for s in sorted(event.sectors, key=lambda s: s.position)
        ]
        document["exhibitors"] = [
            _loaded_exhibitor(e, image) for e in sorted(event.exhibitors, key=lambda e: e.position)
        ]
        document["consent"] = event.consent
        if event.matching:
            document["matching"] = event.matching
    return document, images


def _loaded_exhibitor(row: Any, image: Any) -> dict[str, Any]:
    booth = None
    if row.booth_code:
        booth = _drop_none({"code": row.booth_code, "x": row.booth_x, "y": row.booth_y})
    contact = None
    if row.contact is not None:
        keys = ("person", "title", "email", "phone", "website", "wechat")
        contact = _drop_none({k: getattr(row.contact, k) for k in keys})
    sector_order = {s.slug: s.position for s in row.sectors}
    return _drop_none(
        {
            "id": row.slug,
            "name": row.name,
            "short_name": row.short_name,
            "pavilion": row.pavilion.slug,
            "country": row.country,
            "sectors": sorted(sector_order, key=sector_order.__getitem__),
            "booth": booth,
            "summary": row.summary,
            "description": row.description,
            "logo": image(row.logo_path),
            "products": [
                _drop_none({"name": p.name, "origin": p.origin, "image": image(p.image_path)})
                for p in sorted(row.products, key=lambda p: p.position)
            ],
            "contact": contact,
        }
    )


def image_rels(document: dict[str, Any]) -> list[str]:
    """Every image path a document names, each once, in order."""
    found: dict[str, None] = {}
    brand = document.get("brand") or {}
    for rel in [brand.get("logo"), *brand.get("attract", [])]:
        found.setdefault(rel)
    for pavilion in document.get("pavilions", []):
        found.setdefault(pavilion.get("map"))
    for exhibitor in document.get("exhibitors", []):
        found.setdefault(exhibitor.get("logo"))
        for product in exhibitor.get("products", []):
            found.setdefault(product.get("image"))
    return [rel for rel in found if isinstance(rel, str)]
