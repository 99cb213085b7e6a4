"""The staff dashboard's figures, computed in the database (a busy event has 100,000 leads).

Counts are for the active event's leads (all leads before any content is loaded). "Today" and
the hours of the day are the event's local time. Labels come in the staff's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, true
from sqlalchemy.orm import Session, aliased, sessionmaker

from kiosk.data.models import (
    AnalyticsEvent,
    Exhibitor,
    Lead,
    LeadConsent,
    LeadExhibitor,
    MatchingRequest,
    Pavilion,
)
from kiosk.data.types import utcnow
from kiosk.domain.countries import country_name
from kiosk.domain.languages import BY_TAG
from kiosk.domain.ltext import localize
from kiosk.domain.zones import event_zone
from kiosk.services.catalog import active_event
from kiosk.services.consent_answers import in_force

TOP_EXHIBITORS = 10


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class ConsentCount:
    purpose: str
    granted: int
    refused: int


@dataclass(frozen=True)
class DashboardStats:
    event_id: str | None
    timezone: str
    today: str  # the event's local date, ISO
    leads_today: int
    leads_total: int
    matching_requests: int
    by_exhibitor: list[Count] = field(default_factory=list)  # most interest first
    by_pavilion: list[Count] = field(default_factory=list)
    by_country: list[Count] = field(default_factory=list)
    by_language: list[Count] = field(default_factory=list)  # the UI language of the form
    consents: list[ConsentCount] = field(default_factory=list)  # answers in force
    leads_per_hour: list[int] = field(default_factory=lambda: [0] * 24)  # today, local hours
    languages_used: list[Count] = field(default_factory=list)  # from analytics events
    taps_per_exhibitor: list[Count] = field(default_factory=list)  # from analytics events

    @property
    def top_exhibitors(self) -> list[Count]:
        return self.by_exhibitor[:TOP_EXHIBITORS]


def _counts(session: Session, query: Select[Any], label: Callable[[str], str]) -> list[Count]:
    rows = session.execute(query).all()
    counts = [Count(str(key or ""), label(str(key or "")), int(n)) for key, n in rows]
    return sorted(counts, key=lambda c: (-c.count, c.label))


def stats(
    sessions: sessionmaker[Session],
    *,
    lang: str = "en",
    clock: Callable[[], datetime] = utcnow,
) -> DashboardStats:
    with sessions() as session:
        event = active_event(session)
        event_id = event.id if event else None
        zone = event_zone(event.timezone if event else None)
        now_local = clock().astimezone(zone)
        day_start = datetime.combine(now_local.date(), time(0), tzinfo=zone)
        day_end = datetime.combine(now_local.date() + timedelta(days=1), time(0), tzinfo=zone)

        of_event: ColumnElement[bool] = Lead.event_id == event_id if event_id else true()
        leads = select(Lead.id).where(of_event)
        names = _exhibitor_names(session, event_id, lang)

        total = session.scalar(select(func.count()).select_from(Lead).where(of_event)) or 0
        today_times = session.scalars(
            select(Lead.created_at).where(
                of_event, Lead.created_at >= day_start, Lead.created_at < day_end
            )
        ).all()
        per_hour = [0] * 24
        for created in today_times:
            per_hour[created.astimezone(zone).hour] += 1

        interest = func.count(LeadExhibitor.lead_id.distinct())
        by_exhibitor = _counts(
            session,
            select(LeadExhibitor.exhibitor_ref, interest)
            .where(LeadExhibitor.lead_id.in_(leads))
            .group_by(LeadExhibitor.exhibitor_ref),
            lambda ref: names.get(ref, ref),
        )
        pavilion_names = {
            slug: localize(name, lang)
            for slug, name in session.execute(
                select(Pavilion.slug, Pavilion.name).where(Pavilion.event_id == event_id)
            )
        }
        by_pavilion = _counts(
            session,
            select(Pavilion.slug, interest)
            .join(
                Exhibitor,
                (Exhibitor.slug == LeadExhibitor.exhibitor_ref) & (Exhibitor.event_id == event_id),
            )
            .join(Pavilion, Pavilion.pk == Exhibitor.pavilion_pk)
            .where(LeadExhibitor.lead_id.in_(leads))
            .group_by(Pavilion.slug),
            lambda slug: pavilion_names.get(slug, slug),
        )
        by_country = _counts(
            session,
            select(Lead.country, func.count()).where(of_event).group_by(Lead.country),
            lambda code: country_name(code, lang) if code else "—",
        )
        by_language = _counts(
            session,
            select(Lead.language, func.count()).where(of_event).group_by(Lead.language),
            lambda tag: BY_TAG[tag].native_name if tag in BY_TAG else tag,
        )
        meetings = session.scalar(
            select(func.count())
            .select_from(MatchingRequest)
            .where(MatchingRequest.lead_id.in_(leads))
        )

        answer = aliased(LeadConsent)
        consent_rows = session.execute(
            select(answer.purpose, answer.granted, func.count(answer.lead_id.distinct()))
            .where(answer.lead_id.in_(leads), in_force(answer))
            .group_by(answer.purpose, answer.granted)
        ).all()
        consents: dict[str, list[int]] = {}
        for purpose, granted, n in consent_rows:
            consents.setdefault(purpose, [0, 0])[0 if granted else 1] += int(n)

        of_event_taps = AnalyticsEvent.event_id == event_id if event_id else true()
        languages_used = _counts(
            session,
            select(AnalyticsEvent.language, func.count())
            .where(of_event_taps, AnalyticsEvent.language.is_not(None))
            .group_by(AnalyticsEvent.language),
            lambda tag: BY_TAG[tag].native_name if tag in BY_TAG else tag,
        )
        taps = _counts(
            session,
            select(AnalyticsEvent.target, func.count())
            .where(of_event_taps, AnalyticsEvent.target.in_(list(names)))
            .group_by(AnalyticsEvent.target),
            lambda ref: names.get(ref, ref),
        )
        return DashboardStats(
            event_id=event_id,
            timezone=str(zone),
            today=now_local.date().isoformat(),
            leads_today=len(today_times),
            leads_total=int(total),
            matching_requests=int(meetings or 0),
            by_exhibitor=by_exhibitor,
            by_pavilion=by_pavilion,
            by_country=by_country,
            by_language=by_language,
            consents=[ConsentCount(p, g, r) for p, (g, r) in sorted(consents.items())],
            leads_per_hour=per_hour,
            languages_used=languages_used,
            taps_per_exhibitor=taps,
        )


def _exhibitor_names(session: Session, event_id: str | None, lang: str) -> dict[str, str]:
    query = select(Exhibitor.slug, Exhibitor.name)
    if event_id:
        query = query.where(Exhibitor.event_id == event_id)
    return {slug: localize(name, lang) for slug, name in session.execute(query)}
