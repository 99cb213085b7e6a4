"""A tiny lead factory for the sync tests: what the lead service writes, through the models.

Ids are derived from ``seed`` (uuid5) when given, so a restarted process writing the same plan
produces the same rows and can tell what it already saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from kiosk.data.models import (
    Lead,
    LeadAnswer,
    LeadConsent,
    LeadExhibitor,
    LeadSector,
    LeadVisit,
    MatchingRequest,
    Meeting,
    new_uuid,
)
from kiosk.data.types import utcnow

NAMESPACE = uuid.UUID("5b2d3c1e-8f3a-4c55-9a51-1f0e6f1d2a77")


def seeded_id(seed: str | None, part: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{seed}:{part}")) if seed else new_uuid()


def add_visit(
    session: Session,
    *,
    event_id: str = "ciie-2026",
    kiosk_id: str = "kiosk-a",
    name: str = "Ana Lima",
    email: str | None = None,
    phone: str | None = None,
    lead_id: str | None = None,
    seed: str | None = None,
    at: datetime | None = None,
    consents: Sequence[tuple[str, bool]] = (("contact", True), ("newsletter", False)),
    exhibitors: Sequence[str] = (),
    sectors: Sequence[str] = (),
    matching: Sequence[str] = (),
    meetings: Sequence[tuple[str, datetime, int]] = (),  # (exhibitor, start, table)
    company: str | None = None,
    answers: Sequence[tuple[str, str, str]] = (),  # (exhibitor, question, value)
    family_name: str | None = None,
    given_name: str | None = None,
) -> Lead:
    """Save one form submission: a new lead, or a returning one updated (latest details win)."""
    at = at or utcnow()
    lead = session.get(Lead, lead_id) if lead_id else None
    email_key = email.strip().lower() if email else None
    if lead is None:
        lead = Lead(
            id=lead_id or seeded_id(seed, "lead"),
            event_id=event_id,
            kiosk_id=kiosk_id,
            name=name,
            company=company,
            email=email,
            email_key=email_key,
            phone_e164=phone,
            phone_raw=phone,
            family_name=family_name,
            given_name=given_name,
            language="en",
            created_at=at,
            updated_at=at,
            last_visit_at=at,
            visit_count=1,
        )
        session.add(lead)
    else:
        lead.name, lead.company, lead.email, lead.email_key = name, company, email, email_key
        lead.phone_e164 = lead.phone_raw = phone
        lead.updated_at = lead.last_visit_at = at
        lead.visit_count += 1
    visit = LeadVisit(
        id=seeded_id(seed, "visit"),
        lead=lead,
        event_id=event_id,
        at=at,
        kiosk_id=kiosk_id,
        language="en",
        name=name,
        company=company,
        email=email,
        email_key=email_key,
        phone_e164=phone,
        phone_raw=phone,
    )
    session.add(visit)
    session.flush()  # consents and requests refer to the visit by column, not relationship
    for purpose, granted in consents:
        session.add(
            LeadConsent(
                id=seeded_id(seed, f"consent:{purpose}"),
                lead=lead,
                visit_id=visit.id,
                purpose=purpose,
                granted=granted,
                consent_version="2026-1",
                language="en",
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
    for ref in matching:
        session.add(
            MatchingRequest(
                id=seeded_id(seed, f"match:{ref}"),
                lead=lead,
                visit_id=visit.id,
                exhibitor_ref=ref,
                slot="am",
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
    return lead
