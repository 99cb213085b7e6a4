"""Leads and events for tests, written straight into a real migrated database.

One lead writer for every test (``add_lead``), as the lead service saves a visit: the lead, its
visit, consent answers, interests, questions' answers, matching requests and meetings, or a
returning visitor's newer details. Two presets name what the tests hold fixed:

- ``make_lead``: a visitor at the event of ``make_event`` (two pavilions, three exhibitors, the
  consent purposes of docs/content-format.md), as the kiosk's lead form saves one;
- ``add_visit``: a form submission as the sync tests replay it, at ``kiosk-a``, with ids derived
  from ``seed`` (uuid5) so that a restarted process writing the same plan makes the same rows.

``insert_event`` and ``draft`` are for the tests of the lead service itself: an event whose
first two purposes are required, and a valid ``LeadDraft`` to submit to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import (
    AnalyticsEvent,
    Event,
    Exhibitor,
    Lead,
    LeadAnswer,
    LeadConsent,
    LeadExhibitor,
    LeadSector,
    LeadVisit,
    MatchingRequest,
    Meeting,
    Pavilion,
    Sector,
    new_uuid,
)
from kiosk.data.settings_repo import ACTIVE_EVENT, KIOSK_ID, set_setting
from kiosk.data.types import utcnow
from kiosk.domain.leads import LeadDraft, LeadRules
from kiosk.domain.leads.contact import email_lookup_key, phone_lookup_key
from kiosk.services.leads import active_lead_rules

EVENT_ID = "ciie-2026"
KIOSK = "kiosk-test"
CONSENT_VERSION = "2026-11-01"
PURPOSES = ("share-with-exhibitors", "transfer-to-macao", "organiser-news")
T0 = datetime(2026, 11, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai

# The event of ``make_event`` (slug: pavilion, country, names).
EXHIBITORS = {
    "macau-tea-co": ("food", "MO", {"en": "Macau Tea Co.", "zh-Hant": "澳門茗茶有限公司"}),
    "porto-wines": ("food", "PT", {"en": "Porto Wines", "pt": "Vinhos do Porto"}),
    "lusofonia-law": ("services", "BR", {"en": "Lusofonia Law"}),
}

# The event of ``insert_event``: the lead service's rules, two purposes required.
STARTS = date(2026, 11, 5)
ENDS = date(2026, 11, 10)
RULES_EXHIBITORS = ("macau-tea-co", "porto-wines", "luanda-coffee")
SECTORS = ("food-beverage", "services")
REQUIRED = PURPOSES[:2]
OPTIONAL = PURPOSES[2:]

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

# ``add_visit``'s seeded ids.
NAMESPACE = uuid.UUID("5b2d3c1e-8f3a-4c55-9a51-1f0e6f1d2a77")


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
            for i, x in enumerate(RULES_EXHIBITORS)
        )
        session.add(event)
        set_setting(session, ACTIVE_EVENT, event_id)
    rules = active_lead_rules(sessions)
    assert rules is not None
    return rules


def add_lead(
    session: Session,
    *,
    event_id: str = EVENT_ID,
    kiosk_id: str = KIOSK,
    name: str = "Ana Silva",
    family_name: str | None = None,
    given_name: str | None = None,
    company: str | None = "Lusa Trading",
    job_title: str | None = None,
    email: str | None = "ana@example.com",
    phone: str | None = "+853 6612 3456",
    country: str | None = "MO",
    language: str = "en",
    message: str | None = None,
    at: datetime = T0,
    consents: Iterable[tuple[str, bool]] = ((p, True) for p in PURPOSES),
    consent_version: str = CONSENT_VERSION,
    exhibitors: Iterable[str] = ("macau-tea-co",),
    sectors: Iterable[str] = (),
    answers: Iterable[tuple[str, str, str]] = (),  # (exhibitor, question, value)
    requests: Iterable[tuple[str, date | None, str | None]] = (),  # (exhibitor, day, slot)
    meetings: Iterable[tuple[str, datetime, int]] = (),  # (exhibitor, start, table)
    lead_id: str | None = None,
    seed: str | None = None,
    plain_keys: bool = False,
) -> Lead:
    """Save one visit: a new lead, or the returning lead ``lead_id`` updated (the latest
    details win). Ids come from ``seed`` when given. The lookup keys are the service's
    (``email_lookup_key``, ``phone_lookup_key``), or with ``plain_keys`` the address in lower
    case and the number as typed."""
    if plain_keys:
        email_key = email.strip().lower() if email else None
        e164 = phone
    else:
        email_key = email_lookup_key(email) if email else None
        e164 = phone_lookup_key(phone, country) if phone else None
    lead = session.get(Lead, lead_id) if lead_id else None
    if lead is None:
        lead = Lead(
            id=lead_id or seeded_id(seed, "lead"),
            event_id=event_id,
            kiosk_id=kiosk_id,
            created_at=at,
            visit_count=1,
            language=language,
        )
        session.add(lead)
    else:
        lead.visit_count += 1
    lead.name, lead.family_name, lead.given_name = name, family_name, given_name
    lead.company, lead.job_title, lead.country = company, job_title, country
    lead.email, lead.email_key, lead.phone_raw, lead.phone_e164 = email, email_key, phone, e164
    lead.updated_at = lead.last_visit_at = at
    visit = LeadVisit(
        id=seeded_id(seed, "visit"),
        lead=lead,
        event_id=event_id,
        at=at,
        kiosk_id=kiosk_id,
        language=language,
        name=name,
        company=company,
        email=email,
        email_key=email_key,
        phone_raw=phone,
        phone_e164=e164,
        country=country,
        message=message,
    )
    session.add(visit)
    session.flush()  # the rows below refer to the visit by column, not relationship
    for purpose, granted in consents:
        session.add(
            LeadConsent(
                id=seeded_id(seed, f"consent:{purpose}"),
                lead_id=lead.id,
                visit_id=visit.id,
                purpose=purpose,
                granted=granted,
                consent_version=consent_version,
                language=language,
                at=at,
                kiosk_id=kiosk_id,
            )
        )
    for model, column, refs, existing in (
        (LeadExhibitor, "exhibitor_ref", exhibitors, lead.exhibitors),
        (LeadSector, "sector_ref", sectors, lead.sectors),
    ):
        known = {getattr(row, column) for row in existing}
        for ref in dict.fromkeys(refs):
            if ref not in known:
                session.add(model(lead=lead, added_at=at, **{column: ref}))
    for ref, question, value in answers:
        session.add(
            LeadAnswer(
                id=seeded_id(seed, f"answer:{ref}:{question}"),
                lead=lead,
                visit_id=visit.id,
                exhibitor_ref=ref,
                question_ref=question,
                value=value,
                at=at,
            )
        )
    for ref, day, slot in requests:
        session.add(
            MatchingRequest(
                id=seeded_id(seed, f"match:{ref}"),
                lead=lead,
                visit_id=visit.id,
                exhibitor_ref=ref,
                preferred_date=day,
                slot=slot,
                created_at=at,
            )
        )
    for ref, starts_at, table in meetings:
        session.add(
            Meeting(
                id=seeded_id(seed, f"meeting:{ref}"),
                lead=lead,
                visit_id=visit.id,
                event_id=event_id,
                exhibitor_ref=ref,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(minutes=30),
                table_no=table,
                status="confirmed",
                kiosk_id=kiosk_id,
                created_at=at,
                updated_at=at,
            )
        )
    session.flush()
    return lead


def make_lead(
    session: Session,
    *,
    consents: Mapping[str, bool] | None = None,
    meetings: Iterable[tuple[str, date | None, str | None]] = (),
    **details: Any,
) -> Lead:
    """A visitor at ``make_event``'s event as the lead form saves one; ``consents`` defaults
    to every purpose granted, ``meetings`` are matching requests (exhibitor, day, slot)."""
    answers = dict.fromkeys(PURPOSES, True) if consents is None else consents
    return add_lead(session, consents=answers.items(), requests=meetings, **details)


def add_visit(
    session: Session,
    *,
    kiosk_id: str = "kiosk-a",
    name: str = "Ana Lima",
    email: str | None = None,
    phone: str | None = None,
    at: datetime | None = None,
    consents: Sequence[tuple[str, bool]] = (("contact", True), ("newsletter", False)),
    exhibitors: Sequence[str] = (),
    matching: Sequence[str] = (),
    company: str | None = None,
    **details: Any,
) -> Lead:
    """A form submission as the sync tests replay it (``seed`` for ids, ``lead_id`` for a
    returning visitor); ``matching`` are morning requests to those exhibitors."""
    return add_lead(
        session,
        kiosk_id=kiosk_id,
        name=name,
        email=email,
        phone=phone,
        company=company,
        country=None,
        at=at or utcnow(),
        consents=consents,
        consent_version="2026-1",
        exhibitors=exhibitors,
        requests=[(ref, None, "am") for ref in matching],
        plain_keys=True,
        **details,
    )


def seeded_id(seed: str | None, part: str) -> str:
    """The id of ``part`` of the visit planned as ``seed`` (the same in every run), or a new one."""
    return str(uuid.uuid5(NAMESPACE, f"{seed}:{part}")) if seed else new_uuid()


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


def _consent(lead_id: str, purpose: str, granted: bool, at: datetime) -> LeadConsent:
    return LeadConsent(
        lead_id=lead_id,
        purpose=purpose,
        granted=granted,
        consent_version=CONSENT_VERSION,
        language="en",
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
