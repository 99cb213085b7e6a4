"""Capturing a lead: validate, merge with the same visitor's earlier visits, commit durably.

One call is one transaction. When :func:`submit_lead` returns, the commit has returned (SQLite
in WAL mode with ``synchronous=FULL``), so the UI may show "Thank you". Rows are facts keyed by
UUID and carry the event and kiosk ids, so a later sync can pool several kiosks with idempotent
upserts. A visitor who comes back (same event, same email key or same E.164 number) becomes a
new visit of the existing lead: interests merged, consents appended as history, and the lead's
details only filled in where empty, never overwritten; the visit keeps what was typed.

Storage failures (disk full, read-only file, locked database) become :class:`LeadSaveError`
with a polite message; the transaction is rolled back whole, and the failure is logged and, if
the database still takes writes, recorded in the audit log for staff.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data import storage
from kiosk.data.engine import database_folder
from kiosk.data.models import (
    AuditEntry,
    Event,
    Exhibitor,
    Lead,
    LeadAnswer,
    LeadConsent,
    LeadExhibitor,
    LeadSector,
    LeadVisit,
    MatchingRequest,
    Sector,
    new_uuid,
)
from kiosk.data.transactions import engine_of
from kiosk.data.types import utcnow
from kiosk.domain.languages import BY_TAG
from kiosk.domain.leads import ConsentPolicy, LeadDraft, LeadRules, ValidLead, validate_lead
from kiosk.domain.leads.questions import questions_from_json
from kiosk.domain.matching import BookingRefused
from kiosk.errors import KioskError
from kiosk.services.catalog import active_event
from kiosk.services.matching import MeetingRequest, book_in, program_of

log = logging.getLogger(__name__)

SOURCES = ("kiosk", "staff")

SAVE_FAILED_MESSAGE = (
    "Sorry, your details could not be saved just now. Nothing you entered has been lost: "
    "please try again in a moment, or ask a member of staff for help."
)


class LeadSaveError(KioskError):
    """The database refused the lead; ``reason`` is ``disk_full``, ``read_only``, ``locked``
    or ``storage``, ``detail`` the technical text for staff."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(SAVE_FAILED_MESSAGE)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class SubmitResult:
    lead_id: str
    visit_id: str
    created: bool  # False: a new visit of an existing lead
    visit_count: int
    matched_on: str | None  # "email" or "phone" when merged
    differing: tuple[str, ...]  # lead fields this visit typed differently (kept on the visit)
    meetings: tuple[str, ...] = ()  # ids of the meetings booked with this visit


def lead_rules(session: Session, event: Event) -> LeadRules:
    """What a lead for ``event`` is checked against."""
    rows = session.execute(
        select(Exhibitor.slug, Exhibitor.questions).where(Exhibitor.event_id == event.id)
    ).all()
    sectors = session.scalars(select(Sector.slug).where(Sector.event_id == event.id))
    return LeadRules(
        event_id=event.id,
        starts=event.starts,
        ends=event.ends,
        consent=ConsentPolicy.from_block(event.consent),
        exhibitor_ids=frozenset(slug for slug, _ in rows),
        sector_ids=frozenset(sectors),
        questions={slug: questions_from_json(raw) for slug, raw in rows if raw},
    )


def active_lead_rules(sessions: sessionmaker[Session]) -> LeadRules | None:
    """The rules of the event on show, or None before any content pack was loaded."""
    with sessions() as session:
        event = active_event(session)
        return None if event is None else lead_rules(session, event)


def submit_lead(
    sessions: sessionmaker[Session],
    draft: LeadDraft,
    *,
    rules: LeadRules,
    kiosk_id: str,
    language: str,
    source: str = "kiosk",
    consent_version: str | None = None,
    now: datetime | None = None,
    meetings: Sequence[MeetingRequest] = (),
) -> SubmitResult:
    """Validate ``draft`` and store it, with the ``meetings`` it books, in one durable
    transaction (a booked exhibitor also counts as one the visitor wants to hear from).

    Raises :class:`~kiosk.domain.leads.LeadValidationError` or
    :class:`~kiosk.domain.matching.BookingRefused` (nothing stored) or :class:`LeadSaveError`
    (nothing stored, failure logged).
    """
    if language not in BY_TAG:
        raise KioskError(f"unknown language {language!r}; expected one of {', '.join(BY_TAG)}")
    if source not in SOURCES:
        raise KioskError(f"unknown lead source {source!r}; expected one of {', '.join(SOURCES)}")
    if meetings:
        wanted = dict.fromkeys([*draft.exhibitors, *(m.exhibitor for m in meetings)])
        draft = replace(draft, exhibitors=tuple(wanted))
    lead = validate_lead(draft, rules)
    fact = _Fact(
        event_id=rules.event_id,
        kiosk_id=kiosk_id,
        language=language,
        source=source,
        consent_version=consent_version or rules.consent.version,
        at=now or utcnow(),
    )
    try:
        with sessions.begin() as session:
            _begin_write(session)
            booked = {m.exhibitor for m in meetings}
            result = _store(session, lead, fact, booked)
            if meetings:
                result = _book(session, result, meetings, fact)
            return result
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise _save_failed(sessions, exc, fact) from exc


@dataclass(frozen=True)
class _Fact:
    """Where and when a submission happened; stamped on every row it writes."""

    event_id: str
    kiosk_id: str
    language: str
    source: str
    consent_version: str
    at: datetime

    def stamp(self) -> dict[str, str]:
        """The columns every lead and visit row carries."""
        return {
            "event_id": self.event_id,
            "kiosk_id": self.kiosk_id,
            "source": self.source,
            "language": self.language,
        }


def _begin_write(session: Session) -> None:
    """Take SQLite's write lock before looking for duplicates.

    Otherwise a second writer (``kiosk leads add`` while the kiosk runs) could insert the same
    visitor between our look-up and our insert; and a read transaction that later needs to
    write fails at once with "database is locked" instead of waiting out the busy timeout.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _find_existing(session: Session, lead: ValidLead, event_id: str) -> tuple[Lead, str] | None:
    """The earliest lead of this event that gave the same email key, else the same number.

    One indexed look-up per key: ``event_id = ? AND (email_key = ? OR phone_e164 = ?)`` would
    make SQLite scan every visit of the event.
    """
    keys = (
        ("email", LeadVisit.email_key, lead.email.key if lead.email else None),
        ("phone", LeadVisit.phone_e164, lead.phone.e164 if lead.phone else None),
    )
    for matched_on, column, value in keys:
        if value is None:
            continue
        lead_id = session.scalar(
            select(LeadVisit.lead_id)
            .where(LeadVisit.event_id == event_id, column == value)
            .order_by(LeadVisit.at)
            .limit(1)
        )
        existing = session.get(Lead, lead_id) if lead_id is not None else None
        if existing is not None:
            return existing, matched_on
    return None


def _contact_columns(lead: ValidLead) -> dict[str, str | None]:
    """The contact details as both Lead and LeadVisit store them."""
    return {
        "name": lead.name,
        "family_name": lead.family_name,
        "given_name": lead.given_name,
        "company": lead.company,
        "job_title": lead.job_title,
        "email": lead.email.address if lead.email else None,
        "email_key": lead.email.key if lead.email else None,
        "phone_raw": lead.phone.raw if lead.phone else None,
        "phone_e164": lead.phone.e164 if lead.phone else None,
        "country": lead.country,
    }


# Compared to report a returning visitor's changed details (raw forms differ harmlessly).
_COMPARED = ("name", "company", "job_title", "email_key", "phone_e164", "country")


def _merge_into(existing: Lead, columns: dict[str, str | None], at: datetime) -> tuple[str, ...]:
    """Fill the lead's empty details from this visit; report those typed differently."""
    differing = []
    for name in _COMPARED:
        old, new = getattr(existing, name), columns[name]
        if new is None:
            continue
        if old is None:
            setattr(existing, name, new)
            if name == "email_key":
                existing.email = columns["email"]
            elif name == "phone_e164":
                existing.phone_raw = columns["phone_raw"]

        elif old.casefold() != new.casefold():
            differing.append(name)
    if existing.family_name is None and existing.given_name is None and "name" not in differing:
        existing.family_name = columns["family_name"]  # a lead saved before the name parts
        existing.given_name = columns["given_name"]
    existing.visit_count += 1
    existing.last_visit_at = at
    existing.updated_at = at
    return tuple(differing)


def _store(
    session: Session, lead: ValidLead, fact: _Fact, booked: set[str] | None = None
) -> SubmitResult:
    columns = _contact_columns(lead)
    found = _find_existing(session, lead, fact.event_id)
    if found is None:
        row = Lead(
            id=new_uuid(),
            created_at=fact.at,
            updated_at=fact.at,
            last_visit_at=fact.at,
            visit_count=1,
            **fact.stamp(),
            **columns,
        )
        session.add(row)
        matched_on, differing, known_exhibitors, known_sectors = None, (), set(), set()
    else:
        row, matched_on = found
        differing = _merge_into(row, columns, fact.at)
        known_exhibitors = {e.exhibitor_ref for e in row.exhibitors}
        known_sectors = {s.sector_ref for s in row.sectors}
    visit = LeadVisit(
        id=new_uuid(),
        lead=row,
        at=fact.at,
        message=lead.message,
        **fact.stamp(),
        **columns,
    )
    session.add(visit)
    session.flush()  # parents first: the fact rows below refer to the visit by id only
    facts = _visit_facts(
        lead, fact, row, visit.id, known_exhibitors, known_sectors, booked or set()
    )
    session.add_all(facts)
    return SubmitResult(row.id, visit.id, found is None, row.visit_count, matched_on, differing)


def _visit_facts(
    valid: ValidLead,
    fact: _Fact,
    lead: Lead,
    visit_id: str,
    known_exhibitors: set[str],
    known_sectors: set[str],
    booked: set[str],
) -> list[object]:
    rows: list[object] = [
        LeadConsent(
            id=new_uuid(),
            lead=lead,
            visit_id=visit_id,
            purpose=answer.purpose,
            granted=answer.granted,
            consent_version=fact.consent_version,
            language=fact.language,
            at=fact.at,
            kiosk_id=fact.kiosk_id,
        )
        for answer in valid.consents
    ]
    rows += [
        LeadExhibitor(lead=lead, exhibitor_ref=ref, added_at=fact.at, visit_id=visit_id)
        for ref in valid.exhibitors
        if ref not in known_exhibitors
    ]
    rows += [
        LeadSector(lead=lead, sector_ref=ref, added_at=fact.at, visit_id=visit_id)
        for ref in valid.sectors
        if ref not in known_sectors
    ]
    rows += [
        LeadAnswer(
            id=new_uuid(),
            lead=lead,
            visit_id=visit_id,
            exhibitor_ref=answer.exhibitor,
            question_ref=answer.question,
            value=answer.value,
            at=fact.at,
        )
        for answer in valid.answers
    ]
    if valid.matching is not None:
        rows += [
            MatchingRequest(
                id=new_uuid(),
                lead=lead,
                visit_id=visit_id,
                exhibitor_ref=ref,
                preferred_date=valid.matching.day,
                slot=valid.matching.slot,
                created_at=fact.at,
            )
            for ref in valid.exhibitors
            if ref not in booked  # a booked meeting replaces the wish for that exhibitor
        ]
    return rows


def _book(
    session: Session, result: SubmitResult, requests: Sequence[MeetingRequest], fact: _Fact
) -> SubmitResult:
    """The meetings of this visit, in its transaction; a refusal rolls the lead back too."""
    program = program_of(session.get(Event, fact.event_id))
    if program is None:
        raise BookingRefused("no_matching")
    lead = session.get(Lead, result.lead_id)
    assert lead is not None
    booked = book_in(
        session,
        program=program,
        lead=lead,
        visit_id=result.visit_id,
        requests=requests,
        kiosk_id=fact.kiosk_id,
        now=fact.at,
        returning=not result.created,
    )
    session.flush()
    return replace(result, meetings=tuple(m.id for m in booked))


def failure_reason(exc: BaseException, sessions: sessionmaker[Session] | None = None) -> str:
    """``disk_full``, ``read_only``, ``locked`` or ``storage`` for a database or OS error
    (``sessions``: the database whose disk's free space explains a vague error)."""
    folder = database_folder(engine_of(sessions)) if sessions is not None else None
    return storage.failure_reason(exc, folder)


def _save_failed(sessions: sessionmaker[Session], exc: BaseException, fact: _Fact) -> LeadSaveError:
    """Log the failure for staff (no visitor data in it) and build the visitor's error.

    A known cause (full disk, read-only folder, busy database) is one line in the log; only
    an unexplained failure carries its traceback.
    """
    reason = failure_reason(exc, sessions)
    detail = f"{exc.__class__.__name__}: {getattr(exc, 'orig', None) or exc}"[:500]
    unexplained = exc if reason == storage.STORAGE else None
    log.error("lead not saved (%s): %s", reason, detail, exc_info=unexplained)
    try:
        with sessions.begin() as session:
            session.add(
                AuditEntry(
                    at=utcnow(),
                    actor=fact.source,
                    action="lead.save_failed",
                    detail={"reason": reason, "error": detail, "event_id": fact.event_id},
                    kiosk_id=fact.kiosk_id,
                )
            )
    except (SQLAlchemyError, sqlite3.Error, OSError) as audit_exc:
        log.error("the failure could not be written to the audit log either: %s", audit_exc)
    return LeadSaveError(reason, detail)
