"""An event to capture leads for, inserted straight into a real migrated database.

Shared by the lead tests, the crash-safety child process and the benchmark (which put this
folder on ``sys.path``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import Event, Exhibitor, Pavilion, Sector
from kiosk.data.settings_repo import ACTIVE_EVENT, set_setting
from kiosk.domain.leads import LeadDraft, LeadRules
from kiosk.services.leads import active_lead_rules

EVENT_ID = "ciie-2026"
STARTS = date(2026, 11, 5)
ENDS = date(2026, 11, 10)
EXHIBITORS = ("macau-tea-co", "porto-wines", "luanda-coffee")
SECTORS = ("food-beverage", "services")
REQUIRED = ("share-with-exhibitors", "transfer-to-macao")
OPTIONAL = ("organiser-news",)

CONSENT_BLOCK: dict[str, Any] = {
    "version": "2026-10-01",
    "controller": {"en": "Macao Trade and Investment Promotion Institute"},
    "retention_days": 365,
    "notice": {"en": "Who receives your data, why, for how long, and how to withdraw."},
    "purposes": [
        {"id": REQUIRED[0], "required": True, "text": {"en": "Share with the exhibitors."}},
        {"id": REQUIRED[1], "required": True, "text": {"en": "Transfer to Macao."}},
        {"id": OPTIONAL[0], "required": False, "text": {"en": "Send me news."}},
    ],
}


def insert_event(sessions: sessionmaker[Session], event_id: str = EVENT_ID) -> LeadRules:
    """The sample event with its exhibitors and sectors, made the active one."""
    with sessions.begin() as session:
        event = Event(
            id=event_id,
            name={"en": "8th China International Import Expo"},
            starts=STARTS,
            ends=ENDS,
            timezone="Asia/Shanghai",
            organizer={"name": {"en": "IPIM"}, "email": "privacy@example.org"},
            consent=CONSENT_BLOCK,
            content_sha256="0" * 64,
            source_path="/nowhere",
        )
        pavilion = Pavilion(slug="food", name={"en": "Food"})
        event.pavilions.append(pavilion)
        event.sectors.extend(
            Sector(slug=s, name={"en": s}, position=i) for i, s in enumerate(SECTORS)
        )
        event.exhibitors.extend(
            Exhibitor(slug=x, name={"en": x}, pavilion=pavilion, country="MO", position=i)
            for i, x in enumerate(EXHIBITORS)
        )
        session.add(event)
        set_setting(session, ACTIVE_EVENT, event_id)
    rules = active_lead_rules(sessions)
    assert rules is not None
    return rules


def draft(**overrides: Any) -> LeadDraft:
    """A valid draft (Macao mobile, required consents ticked) with ``overrides`` applied."""
    values: dict[str, Any] = {
        "name": "Chan Tai Man",
        "company": "Macau Tea Co.",
        "email": "chan@example.mo",
        "phone": "6612 3456",
        "country": "MO",
        "consents": dict.fromkeys(REQUIRED, True),
    }
    values.update(overrides)
    return LeadDraft(**values)
