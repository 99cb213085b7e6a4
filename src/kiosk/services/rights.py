"""Visitors' rights and retention: erase one visitor's leads on request; purge old leads.

Erasure finds a visitor by any email or phone they ever gave (the lead's current details and
every visit), normalised as capture normalises them (``kiosk.domain.contact_keys``), and also
reports which earlier exports hold their data, so the organiser can pass the request on.
Purging deletes leads not updated for longer than the retention period of their event's
consent notice (``retention_days``, 365 by default) or a given number of days, under the
wipe's guards: never a lead still waiting for the central pool this kiosk feeds, and only
leads a verified export to a drive holds as they are now (unless told to delete unexported
ones too). A period shorter than the notice's retention is refused unless asked for
explicitly: it would delete what the organiser was promised to keep.

Both are audited without the personal data the request was about, and both rebuild the
database file afterwards so the deleted rows do not linger on disk.

When the kiosk feeds a central pool, an erasure also reaches the pool: ``queue_central`` records
a pending central erasure with the local deletion, in one transaction, and
``kiosk.sync.erasure.erase_everywhere`` (the layer above) applies it at once if the pool
answers, else the pusher does on its next contact. A purge stays local: retention in the pool
is the pool's own policy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, delete, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.lead_tables import LOCAL, lead_ids_matching
from kiosk.data.models import Event, Lead, PendingCentralErasure
from kiosk.data.types import utcnow
from kiosk.domain.leads.contact import email_lookup_key, phone_lookup_key
from kiosk.errors import KioskError
from kiosk.services import audit
from kiosk.services.export.coverage import exports_holding
from kiosk.services.lead_deletion import compact, delete_audited, delete_leads
from kiosk.services.wipe import guarded

DEFAULT_RETENTION_DAYS = 365


@dataclass(frozen=True)
class ErasureResult:
    deleted: int
    exports: list[tuple[str, datetime]] = field(default_factory=list)  # (folder, when)


@dataclass(frozen=True)
class PurgeResult:
    deleted: int
    cutoffs: dict[str, datetime]  # event id → leads not updated since then were purged
    kept: int = 0  # past the period, but kept by the guards (not exported, not in the pool)


def erase(
    sessions: sessionmaker[Session],
    *,
    email: str | None = None,
    phone: str | None = None,
    region: str | None = None,
    actor: str,
    queue_central: bool = False,
) -> ErasureResult:
    """Delete every lead of the visitor with this email or phone (exactly one of them).

    With ``queue_central`` (the kiosk feeds a pool) an erasure for the pool is recorded in the
    same transaction; ``kiosk.sync.erasure.erase_everywhere`` is the call that also applies it.
    """
    if (email is None) == (phone is None):
        raise KioskError("erase: give either an email address or a phone number")
    key = number = None
    if email is not None:
        key = email_lookup_key(email)
        if key is None:
            raise KioskError(f"erase: {email!r} is not an email address")
    else:
        assert phone is not None
        number = phone_lookup_key(phone, region)
        if number is None:
            hint = "" if region else " (add the country code, e.g. +853, or give --region)"
            raise KioskError(f"erase: {phone!r} is not a phone number{hint}")
    matching = lead_ids_matching(LOCAL, email_key=key, phone_e164=number)
    with sessions.begin() as session:
        ids = set(session.scalars(matching))
        holders = exports_holding(session, ids) if ids else []
        if ids:
            session.execute(delete(Lead).where(Lead.id.in_(ids)))
        detail = {
            "by": "email" if key else "phone",
            "deleted": len(ids),
            "exports_holding": len(holders),
        }
        if queue_central:
            session.add(
                PendingCentralErasure(
                    actor=actor, email_key=key, phone_e164=number, lead_ids=sorted(ids)
                )
            )
            detail["central"] = "queued"
        audit.record(session, "leads.erase", actor=actor, detail=detail)
    if ids:
        compact(sessions)
    folders = [(str((r.files or {}).get("folder", r.destination)), r.finished_at) for r in holders]
    return ErasureResult(len(ids), folders)


def retention_days(session: Session) -> dict[str, int]:
    """Per event with leads: the retention period its consent notice promises, in days."""
    events = {
        event_id: consent for event_id, consent in session.execute(select(Event.id, Event.consent))
    }
    return {
        event_id: int((events.get(event_id) or {}).get("retention_days") or DEFAULT_RETENTION_DAYS)
        for event_id in session.scalars(select(Lead.event_id).distinct())
    }


def retention_cutoffs(
    session: Session, *, older_than_days: int | None, now: datetime
) -> dict[str, datetime]:
    """Per event with leads: the time before which its leads are past retention."""
    return {
        event_id: now - timedelta(days=older_than_days if older_than_days is not None else days)
        for event_id, days in retention_days(session).items()
    }


def _check_period(session: Session, older_than_days: int | None, early: bool) -> None:
    if older_than_days is None or early:
        return
    shorter = {
        event_id: days
        for event_id, days in sorted(retention_days(session).items())
        if older_than_days < days
    }
    if shorter:
        events = ", ".join(f"{event_id} ({days} days)" for event_id, days in shorter.items())
        raise KioskError(
            f"purge refused: {older_than_days} days is shorter than the retention period the"
            f" consent notice states for {events}; to delete leads earlier than promised, say so"
            " with --shorter-than-retention (try --dry-run first)"
        )


def purge(
    sessions: sessionmaker[Session],
    *,
    older_than_days: int | None = None,
    actor: str,
    dry_run: bool = False,
    shorter_than_retention: bool = False,
    unexported: bool = False,
    central_configured: bool = False,
    clock: Callable[[], datetime] = utcnow,
) -> PurgeResult:
    """Delete leads not created or updated within the retention period (or ``older_than_days``).

    Under the wipe's guards (``wipe.guarded``): leads waiting for the pool always stay, and
    leads no verified export holds stay unless ``unexported``. ``shorter_than_retention``
    allows ``older_than_days`` below an event's retention period.
    """
    if older_than_days is not None and older_than_days < 0:
        raise KioskError("purge: the number of days cannot be negative")
    with sessions() as session:
        _check_period(session, older_than_days, shorter_than_retention)
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

    choose = guarded(
        sessions,
        past_retention,
        exported_only=not unexported,
        central_configured=central_configured,
    )
    if dry_run:
        counted = delete_leads(sessions, choose, dry_run=True)
    else:
        detail: dict[str, object] = {
            "older_than_days": older_than_days if older_than_days is not None else "event"
        }
        if unexported:
            detail["unexported"] = True
        counted = delete_audited(sessions, choose, action="leads.purge", actor=actor, detail=detail)
    with sessions() as session:  # past the period but kept by the guards
        stale_left = session.scalar(select(func.count()).select_from(Lead).where(stale)) or 0
    kept = stale_left - (counted.deleted if dry_run else 0)
    return PurgeResult(counted.deleted, cutoffs, kept)
