"""Read side of the leads for staff: counts per event and the latest leads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import Lead, LeadExhibitor, LeadVisit, MatchingRequest


@dataclass(frozen=True)
class LeadCounts:
    event_id: str
    leads: int
    returning: int  # leads with more than one visit
    from_staff: int  # leads first entered by staff from a paper card
    visits: int
    matching_requests: int


@dataclass(frozen=True)
class LeadRow:
    id: str
    event_id: str
    created_at: datetime
    last_visit_at: datetime
    source: str
    name: str
    company: str | None
    email: str | None
    phone_e164: str | None
    visit_count: int
    exhibitors: int


def lead_counts(sessions: sessionmaker[Session], event_id: str | None = None) -> list[LeadCounts]:
    """Counts for ``event_id``, or for every event that has leads (by event id)."""
    with sessions() as session:
        leads = select(
            Lead.event_id,
            func.count(),
            func.sum(case((Lead.visit_count > 1, 1), else_=0)),
            func.sum(case((Lead.source == "staff", 1), else_=0)),
        ).group_by(Lead.event_id)
        visits = select(LeadVisit.event_id, func.count()).group_by(LeadVisit.event_id)
        matching = (
            select(Lead.event_id, func.count())
            .join(MatchingRequest, MatchingRequest.lead_id == Lead.id)
            .group_by(Lead.event_id)
        )
        if event_id is not None:
            leads = leads.where(Lead.event_id == event_id)
        visit_counts = dict(session.execute(visits).all())
        matching_counts = dict(session.execute(matching).all())
        rows = session.execute(leads.order_by(Lead.event_id)).all()
        return [
            LeadCounts(
                event_id=event,
                leads=int(n),
                returning=int(returning or 0),
                from_staff=int(staff or 0),
                visits=int(visit_counts.get(event, 0)),
                matching_requests=int(matching_counts.get(event, 0)),
            )
            for event, n, returning, staff in rows
        ]


def latest_leads(
    sessions: sessionmaker[Session], *, event_id: str | None = None, limit: int = 20
) -> list[LeadRow]:
    """The most recently seen leads first (a returning visitor counts as recent)."""
    exhibitors = (
        select(func.count())
        .where(LeadExhibitor.lead_id == Lead.id)
        .correlate(Lead)
        .scalar_subquery()
    )
    query = select(Lead, exhibitors).order_by(Lead.last_visit_at.desc()).limit(max(limit, 0))
    if event_id is not None:
        query = query.where(Lead.event_id == event_id)
    with sessions() as session:
        return [
            LeadRow(
                id=lead.id,
                event_id=lead.event_id,
                created_at=lead.created_at,
                last_visit_at=lead.last_visit_at,
                source=lead.source,
                name=lead.name,
                company=lead.company,
                email=lead.email,
                phone_e164=lead.phone_e164,
                visit_count=lead.visit_count,
                exhibitors=int(count),
            )
            for lead, count in session.execute(query)
        ]
