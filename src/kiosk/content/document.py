"""A pack document (the JSON shape of content.json) from a validated pack or the loaded content.

Exports write these documents as workbooks, and tests compare them: two packs hold the same
content when their documents are equal. Both functions give the same canonical shape:
localised text as objects, phones in E.164, optional fields left out when empty, images as
paths relative to the folder returned with them.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from kiosk.content.schema import FORMAT, ContentPack, Exhibitor, ImageFile


def _drop_none(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None and v != [] and v != {}}


def _rel(image: ImageFile | None) -> str | None:
    return image.rel if image is not None else None


def pack_document(pack: ContentPack) -> dict[str, Any]:
    """The validated pack as a document; its images are relative to ``pack.folder``."""
    event = asdict(pack.event)
    event["starts"], event["ends"] = pack.event.starts.isoformat(), pack.event.ends.isoformat()
    document: dict[str, Any] = {"format": FORMAT, "event": _drop_none(event)}
    if pack.organizer is not None:
        document["organizer"] = pack.organizer.to_json()
    if pack.brand is not None:
        brand = pack.brand
        document["brand"] = _drop_none(
            {
                "name": brand.name,
                "tagline": brand.tagline,
                "logo": _rel(brand.logo),
                "attract": [a.rel for a in brand.attract],
            }
        )
    document["pavilions"] = [
        _drop_none({"id": p.id, "name": p.name, "map": _rel(p.map)}) for p in pack.pavilions
    ]
    document["sectors"] = [{"id": s.id, "name": s.name} for s in pack.sectors]
    document["exhibitors"] = [_exhibitor(e) for e in pack.exhibitors]
    document["consent"] = pack.consent.to_json()
    return document


def _exhibitor(item: Exhibitor) -> dict[str, Any]:
    booth = _drop_none(asdict(item.booth)) if item.booth is not None else None
    products = [
        _drop_none({"name": p.name, "origin": p.origin, "image": _rel(p.image)})
        for p in item.products
    ]
    contact = _drop_none(asdict(item.contact)) if item.contact is not None else None
    return _drop_none(
        {
            "id": item.id,
            "name": item.name,
            "pavilion": item.pavilion,
            "country": item.country,
            "sectors": list(item.sectors),
            "booth": booth,
            "summary": item.summary,
            "description": item.description,
            "logo": _rel(item.logo),
            "products": products,
            "contact": contact,
        }
    )


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
                }
            ),
        }
        if event.organizer:
            document["organizer"] = event.organizer
        if event.brand:
            brand = dict(event.brand)
            brand["logo"] = image(brand.get("logo"))
            brand["attract"] = [image(a) for a in brand.get("attract", [])]
            document["brand"] = _drop_none(brand)
        document["pavilions"] = [
            _drop_none({"id": p.slug, "name": p.name, "map": image(p.map_path)})
            for p in sorted(event.pavilions, key=lambda p: p.position)
        ]
        document["sectors"] = [
            {"id": s.slug, "name": s.name} for s in sorted(event.sectors, key=lambda s: s.position)
        ]
        document["exhibitors"] = [
            _loaded_exhibitor(e, image) for e in sorted(event.exhibitors, key=lambda e: e.position)
        ]
        document["consent"] = event.consent
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
