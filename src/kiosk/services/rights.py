"""Visitors' rights and retention: erase one visitor's leads on request; purge old leads.

Erasure finds a visitor by any email or phone they ever gave (the lead's current details and
every visit), normalised as capture normalises them (``kiosk.domain.contact_keys``), and also
reports which earlier exports hold their data, so the organiser can pass the request on.
Purging deletes leads not updated for longer than the retention period of their event's
consent notice (``retention_days``, 365 by default) or a given number of days.

Both are audited without the personal data the request was about, and both rebuild the
database file afterwards so the deleted rows do not linger on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import Event, Lead, LeadVisit
from kiosk.data.types import utcnow
from kiosk.domain.leads.contact import email_lookup_key, phone_lookup_key
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.export.coverage import exports_holding
from kiosk.services.lead_deletion import compact, delete_leads

DEFAULT_RETENTION_DAYS = 365


@dataclass(frozen=True)
class ErasureResult:
    deleted: int
    exports: list[tuple[str, datetime]] = field(default_factory=list)  # (folder, when)


@dataclass(frozen=True)
class PurgeResult:
    deleted: int
    cutoffs: dict[str, datetime]  # event id → leads not updated since then were purged


def erase(
    sessions: sessionmaker[Session],
    *,
    email: str | None = None,
    phone: str | None = None,
    region: str | None = None,
    actor: str,
) -> ErasureResult:
    """Delete every lead of the visitor with this email or phone (exactly one of them)."""
    if (email is None) == (phone is None):
        raise KioskError("erase: give either an email address or a phone number")
    if email is not None:
        key = email_lookup_key(email)
        if key is None:
            raise KioskError(f"erase: {email!r} is not an email address")
        match = or_(
            Lead.email_key == key,
            func.lower(Lead.email) == key,
            exists().where(LeadVisit.lead_id == Lead.id, func.lower(LeadVisit.email) == key),
        )
        by = "email"
    else:
        assert phone is not None
        number = phone_lookup_key(phone, region)
        if number is None:
            hint = "" if region else " (add the country code, e.g. +853, or give --region)"
            raise KioskError(f"erase: {phone!r} is not a phone number{hint}")
        match = or_(
            Lead.phone_e164 == number,
            exists().where(LeadVisit.lead_id == Lead.id, LeadVisit.phone_e164 == number),
        )
        by = "phone"
    with sessions.begin() as session:
        ids = set(session.scalars(select(Lead.id).where(match)))
        holders = exports_holding(session, ids) if ids else []
        if ids:
            session.execute(delete(Lead).where(Lead.id.in_(ids)))
        audit.record(
            session,
            "leads.erase",
            actor=actor,
            detail={"by": by, "deleted": len(ids), "exports_holding": len(holders)},
        )
    if ids:
        compact(sessions)
    folders = [(str((r.files or {}).get("folder", r.destination)), r.finished_at) for r in holders]
    return ErasureResult(len(ids), folders)


def retention_cutoffs(
    session: Session, *, older_than_days: int | None, now: datetime
) -> dict[str, datetime]:
    """Per event with leads: the time before which its leads are past retention."""
    events = {
        event_id: consent for event_id, consent in session.execute(select(Event.id, Event.consent))
    }
    cutoffs = {}
    for event_id in session.scalars(select(Lead.event_id).distinct()):
        days = older_than_days
        if days is None:
            consent = events.get(event_id) or {}
            days = int(consent.get("retention_days") or DEFAULT_RETENTION_DAYS)
        cutoffs[event_id] = now - timedelta(days=days)
    return cutoffs


def purge(
    sessions: sessionmaker[Session],
    *,
    older_than_days: int | None = None,
    actor: str,
    dry_run: bool = False,
    clock: Callable[[], datetime] = utcnow,
) -> PurgeResult:
    """Delete leads not created or updated within the retention period (or ``older_than_days``)."""
    if older_than_days is not None and older_than_days < 0:
        raise KioskError("purge: the number of days cannot be negative")
    with sessions() as session:
        cutoffs = retention_cutoffs(session, older_than_days=older_than_days, now=clock())
    if not cutoffs:
        return PurgeResult(0, cutoffs)
    stale = or_(
        *(
            and_(Lead.event_id == event_id, Lead.created_at < cut, Lead.updated_at < cut)
            for event_id, cut in cutoffs.items()
        )
    )

    def past_retention(conn: Connection, ids: list[str]) -> list[str]:
        return list(conn.execute(select(Lead.id).where(Lead.id.in_(ids), stale)).scalars())

    result = delete_leads(sessions, past_retention, dry_run=dry_run)
    if dry_run:
        return PurgeResult(result.deleted, cutoffs)
    with sessions.begin() as session:
        audit.record(
            session,
            "leads.purge",
            actor=actor,
            detail={
                "deleted": result.deleted,
                "older_than_days": older_than_days if older_than_days is not None else "event",
            },
        )
    if result.deleted:
        compact(sessions)
    return PurgeResult(result.deleted, cutoffs)
