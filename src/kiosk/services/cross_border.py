"""How many people's data this kiosk has sent abroad this calendar year (PIPL Art. 38/39).

A lead whose visitor said yes to a purpose the pack marks ``cross_border`` has had their data
transferred out of mainland China (the pusher or an export takes it to the organiser in Macao).
The 2024 cross-border provisions count people per calendar year: under 100,000 a year the
security assessment and standard-contract routes do not apply, but Art. 39's notice and
separate consent always do. Staff see the count on the Overview; a person is counted once
however many leads they left (same email, else same phone, else the lead itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import Event, Lead, LeadConsent
from kiosk.data.types import utcnow
from kiosk.domain.leads.consent import ConsentPolicy

# Below this many people a calendar year, PIPL's assessment/contract routes do not apply.
EXEMPT_BELOW = 100_000


@dataclass(frozen=True)
class Transfers:
    year: int
    people: int
    purposes: int  # cross-border purposes in the loaded packs

    @property
    def exempt_from_assessment(self) -> bool:
        return self.people < EXEMPT_BELOW


def cross_border_purposes(session: Session) -> list[tuple[str, str]]:
    """(event id, purpose id) of every purpose that sends data abroad, in every loaded event."""
    found = []
    for event_id, block in session.execute(select(Event.id, Event.consent)):
        try:
            policy = ConsentPolicy.from_block(block)
        except Exception:  # an event without a usable block transfers nothing
            continue
        found += [(event_id, purpose) for purpose in policy.cross_border_ids]
    return found


def transfers_this_year(
    sessions: sessionmaker[Session], *, now: datetime | None = None
) -> Transfers:
    """People who agreed, this calendar year (UTC), to a transfer abroad."""
    moment = now or utcnow()
    year = moment.astimezone(UTC).year
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    with sessions() as session:
        pairs = cross_border_purposes(session)
        if not pairs:
            return Transfers(year, 0, 0)
        person = func.coalesce(Lead.email_key, Lead.phone_e164, Lead.id)
        people = session.scalar(
            select(func.count(func.distinct(person)))
            .select_from(LeadConsent)
            .join(Lead, Lead.id == LeadConsent.lead_id)
            .where(
                LeadConsent.granted.is_(true()),
                LeadConsent.at >= start,
                LeadConsent.at < end,
                or_(*(and_(Lead.event_id == e, LeadConsent.purpose == p) for e, p in pairs)),
            )
        )
    return Transfers(year, int(people or 0), len(pairs))
