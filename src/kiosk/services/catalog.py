"""Read-side of the content: which event is shown and what it holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import Event, Exhibitor
from kiosk.data.settings_repo import ACTIVE_EVENT, get_setting

DEFAULT_BRAND = "MICE² Macao x Hengqin"


@dataclass(frozen=True)
class CatalogSummary:
    """What the first screen needs: the brand and how many exhibitors are loaded."""

    event_id: str | None
    event_name: dict[str, str]
    brand: dict[str, Any]
    exhibitor_count: int

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
        return CatalogSummary(event.id, dict(event.name), dict(event.brand or {}), int(count or 0))
