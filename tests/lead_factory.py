"""Rows for tests, made directly with the models (no dependency on the capture service).

``make_event`` loads a small event's content (two pavilions, three exhibitors, the consent
purposes of docs/content-format.md); ``make_lead`` saves one lead with a visit, its consent answers,
interests and matching requests, as the kiosk's lead form would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import (
    AnalyticsEvent,
    Event,
    Exhibitor,
    Lead,
    LeadConsent,
    LeadExhibitor,
    LeadSector,
    LeadVisit,
    MatchingRequest,
    Pavilion,
)
from kiosk.data.settings_repo import ACTIVE_EVENT, KIOSK_ID, set_setting
from kiosk.domain.leads.contact import email_lookup_key, phone_lookup_key

EVENT_ID = "ciie-2026"
KIOSK = "kiosk-test"
CONSENT_VERSION = "2026-11-01"
PURPOSES = ("share-with-exhibitors", "transfer-to-macao", "organiser-news")
T0 = datetime(2026, 11, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai

EXHIBITORS = {
    "macau-tea-co": ("food", "MO", {"en": "Macau Tea Co.", "zh-Hant": "澳門茗茶有限公司"}),
    "porto-wines": ("food", "PT", {"en": "Porto Wines", "pt": "Vinhos do Porto"}),
    "lusofonia-law": ("services", "BR", {"en": "Lusofonia Law"}),
}


def make_event(sessions: sessionmaker[Session], *, retention_days: int = 365) -> None:
    with sessions.begin() as session:
        event = Event(
            id=EVENT_ID,
            name={"en": "CIIE 2026"},
            starts=date(2026, 11, 5),
            ends=date(2026, 11, 10),
            timezone="Asia/Shanghai",
            consent={
                "version": CONSENT_VERSION,
                "retention_days": retention_days,
                "notice": {"en": "notice"},
                "purposes": [{"id": p, "required": False, "text": {"en": p}} for p in PURPOSES],
            },
            content_sha256="0" * 64,
            source_path="/tmp/pack",
        )
        pavilions = {
            slug: Pavilion(slug=slug, name={"en": slug.title()}, position=i)
            for i, slug in enumerate(("food", "services"))
        }
        event.pavilions = list(pavilions.values())
        session.add(event)
        session.flush()
        for i, (slug, (pav, country, name)) in enumerate(EXHIBITORS.items()):
            session.add(
                Exhibitor(
                    event_id=EVENT_ID,
                    slug=slug,
                    name=name,
                    pavilion_pk=pavilions[pav].pk,
                    country=country,
                    position=i,
                )
            )
        set_setting(session, ACTIVE_EVENT, EVENT_ID)
        set_setting(session, KIOSK_ID, KIOSK)


def make_lead(
    session: Session,
    *,
    name: str = "Ana Silva",
    email: str | None = "ana@example.com",
    phone: str | None = "+853 6612 3456",
    company: str | None = "Lusa Trading",
    job_title: str | None = None,
    country: str | None = "MO",
    language: str = "en",
    at: datetime = T0,
    exhibitors: Iterable[str] = ("macau-tea-co",),
    sectors: Iterable[str] = (),
    consents: Mapping[str, bool] | None = None,
    meetings: Iterable[tuple[str, date | None, str | None]] = (),
    message: str | None = None,
    event_id: str = EVENT_ID,
    lead_id: str | None = None,
) -> Lead:
    """One lead as the form saves it; ``consents`` defaults to every purpose granted."""
    answers = dict.fromkeys(PURPOSES, True) if consents is None else dict(consents)
    e164 = phone_lookup_key(phone, country) if phone else None
    key = email_lookup_key(email) if email else None
    lead = Lead(
        event_id=event_id,
        kiosk_id=KIOSK,
        name=name,
        company=company,
        job_title=job_title,
        email=email,
        email_key=key,
        phone_raw=phone,
        phone_e164=e164,
        country=country,
        language=language,
        created_at=at,
        updated_at=at,
    )
    if lead_id:
        lead.id = lead_id
    visit = LeadVisit(
        at=at,
        event_id=event_id,
        kiosk_id=KIOSK,
        language=language,
        name=name,
        company=company,
        email=email,
        email_key=key,
        phone_raw=phone,
        phone_e164=e164,
        country=country,
        message=message,
    )
    lead.visits.append(visit)
    session.add(lead)
    session.flush()
    for purpose, granted in answers.items():
        session.add(_consent(lead.id, purpose, granted, at, language, visit.id))
    for ref in exhibitors:
        session.add(LeadExhibitor(lead_id=lead.id, exhibitor_ref=ref, added_at=at))
    for ref in sectors:
        session.add(LeadSector(lead_id=lead.id, sector_ref=ref, added_at=at))
    for ref, day, slot in meetings:
        session.add(
            MatchingRequest(
                lead_id=lead.id,
                visit_id=visit.id,
                exhibitor_ref=ref,
                preferred_date=day,
                slot=slot,
                created_at=at,
            )
        )
    session.flush()
    return lead


def add_leads(sessions: sessionmaker[Session], count: int, **kwargs: Any) -> list[str]:
    """``count`` leads a minute apart, each with its own address; returns their ids."""
    start: datetime = kwargs.pop("at", T0)
    ids = []
    with sessions.begin() as session:
        for i in range(count):
            lead = make_lead(
                session,
                name=f"Visitor {i}",
                email=f"visitor{i}@example.com",
                phone=None,
                at=start + timedelta(minutes=i),
                **kwargs,
            )
            ids.append(lead.id)
    return ids


def answer_again(
    sessions: sessionmaker[Session], lead_id: str, purpose: str, granted: bool, at: datetime
) -> None:
    """A later visit's answer to one purpose (e.g. a withdrawal)."""
    with sessions.begin() as session:
        session.add(_consent(lead_id, purpose, granted, at))


def _consent(
    lead_id: str,
    purpose: str,
    granted: bool,
    at: datetime,
    language: str = "en",
    visit_id: str | None = None,
) -> LeadConsent:
    return LeadConsent(
        lead_id=lead_id,
        visit_id=visit_id,
        purpose=purpose,
        granted=granted,
        consent_version=CONSENT_VERSION,
        language=language,
        at=at,
        kiosk_id=KIOSK,
    )


def tap(
    session: Session, target: str, *, kind: str = "tap", at: datetime = T0, language: str = "en"
) -> None:
    session.add(
        AnalyticsEvent(
            at=at, kiosk_id=KIOSK, event_id=EVENT_ID, kind=kind, target=target, language=language
        )
    )
