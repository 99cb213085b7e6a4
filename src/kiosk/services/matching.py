"""Business matching: slots, free tables, bookings saved with their lead, staff's changes.

A booking is made inside the lead's own transaction (:func:`book_in`, called by
``kiosk.services.leads.submit_lead``), so "Thank you" means the lead and its meetings are both
on disk, or neither. The rule for one request is :func:`kiosk.domain.matching.check_request`;
the tables it may use are every table of the slot for a kiosk alone, or only those leased to
this kiosk from the central pool (``matching_leases``) when several kiosks share one (see
``kiosk.sync.leases``). A pending request whose hold has run out gives its table back: it is
marked ``expired`` before anything is booked or counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import (
    ACTIVE_MEETING,
    AuditEntry,
    Event,
    Exhibitor,
    Lead,
    MatchingLease,
    Meeting,
    new_uuid,
)
from kiosk.data.settings_repo import KIOSK_ID, get_setting, set_setting
from kiosk.data.types import utcnow
from kiosk.domain.matching import Booked, BookingRefused, Program, Slot, check_request
from kiosk.domain.messages import Message
from kiosk.errors import KioskError
from kiosk.services.catalog import active_event

POOLED = "matching.pooled"  # "1": this kiosk books only tables leased from the central pool


@dataclass(frozen=True)
class MeetingRequest:
    """One meeting asked for: an exhibitor and a slot start (UTC, or naive local time)."""

    exhibitor: str
    starts_at: datetime


def program_of(event: Event | None) -> Program | None:
    """The event's matching program, or None when its pack has no matching section."""
    if event is None or not event.matching:
        return None
    key = (event.id, event.content_sha256, event.imported_at)
    cached = _PROGRAMS.get(key)
    if cached is None:
        cached = Program.from_section(event.id, event.timezone, event.matching)
        _PROGRAMS.clear()  # one event is on show: keep only its program
        _PROGRAMS[key] = cached
    return cached


# Expanding an event's sessions into slots takes milliseconds with thousands of slots; an
# import gives the event a new imported_at, so a reloaded pack is never served stale.
_PROGRAMS: dict[tuple[str, str, datetime], Program] = {}


def active_program(session: Session) -> Program | None:
    return program_of(active_event(session))


def set_pooled(sessions: sessionmaker[Session], pooled: bool) -> None:
    """Record whether this kiosk shares a central pool (then it books only leased tables)."""
    with sessions.begin() as session:
        if get_setting(session, POOLED) != ("1" if pooled else "0"):
            set_setting(session, POOLED, "1" if pooled else "0")


def is_pooled(session: Session) -> bool:
    return get_setting(session, POOLED) == "1"


def expire_pending(
    session: Session, event_id: str, now: datetime, exhibitors: Sequence[str] | None = None
) -> int:
    """Pending requests past their hold become ``expired`` and free their table (through the
    ORM, so the change is queued for the central pool like any other); of some exhibitors only
    when given (a booking looks at those it books: one index range each)."""
    query = select(Meeting).where(
        Meeting.event_id == event_id,
        Meeting.status == "pending",
        Meeting.expires_at <= now,
    )
    if exhibitors is not None:
        query = query.where(Meeting.exhibitor_ref.in_(list(exhibitors)))
    expired = session.scalars(query).all()
    for meeting in expired:
        meeting.status, meeting.updated_at = "expired", now
    if expired:
        session.flush()
    return len(expired)


def _active(event_id: str):
    return (Meeting.event_id == event_id) & Meeting.status.in_(ACTIVE_MEETING)


def taken_tables(
    session: Session, program: Program, exhibitors: Sequence[str] | None = None
) -> dict[tuple[str, datetime], set[int]]:
    """(exhibitor, start) -> tables booked, for the active meetings of the event (of some
    exhibitors only, when given)."""
    taken: dict[tuple[str, datetime], set[int]] = defaultdict(set)
    query = select(Meeting.exhibitor_ref, Meeting.starts_at, Meeting.table_no).where(
        _active(program.event_id)
    )
    if exhibitors is not None:
        query = query.where(Meeting.exhibitor_ref.in_(list(exhibitors)))
    rows = session.execute(query)
    for exhibitor, starts_at, table in rows:
        taken[(exhibitor, starts_at)].add(table)
    return taken


def own_tables(
    session: Session, program: Program, exhibitors: Sequence[str] | None = None
) -> dict[tuple[str, datetime], set[int]] | None:
    """Tables leased to this kiosk per slot; None when it owns them all (no pool)."""
    if not is_pooled(session):
        return None
    own: dict[tuple[str, datetime], set[int]] = defaultdict(set)
    query = select(
        MatchingLease.exhibitor_ref, MatchingLease.starts_at, MatchingLease.table_no
    ).where(MatchingLease.event_id == program.event_id)
    if exhibitors is not None:
        query = query.where(MatchingLease.exhibitor_ref.in_(list(exhibitors)))
    rows = session.execute(query)
    for exhibitor, starts_at, table in rows:
        own[(exhibitor, starts_at)].add(table)
    return own


def book_in(
    session: Session,
    *,
    program: Program,
    lead: Lead,
    visit_id: str | None,
    requests: Sequence[MeetingRequest],
    kiosk_id: str,
    now: datetime,
    returning: bool = True,
) -> list[Meeting]:
    """Book ``requests`` for ``lead`` in the caller's transaction; all or none (the caller's
    rollback undoes any when one is refused with :class:`BookingRefused`). ``returning``:
    the lead existed before this transaction (it may hold meetings already)."""
    wanted = sorted({r.exhibitor for r in requests})
    visitor = (
        [
            Booked(m.exhibitor_ref, m.starts_at, m.ends_at, m.table_no)
            for m in session.scalars(
                select(Meeting).where(Meeting.lead_id == lead.id, _active(program.event_id))
            )
            if not _expired(m, now)
        ]
        if returning
        else []  # a visitor first seen in this transaction has no meetings yet
    )
    taken = _tables_in_use(session, program, wanted, now)
    own = own_tables(session, program, wanted)
    booked: list[Meeting] = []
    for request in requests:
        starts_at = program.to_utc(request.starts_at)
        slot, table = check_request(
            program,
            request.exhibitor,
            starts_at,
            now=now,
            visitor=visitor,
            taken_tables=taken.get((request.exhibitor, starts_at), ()),
            own_tables=None if own is None else own.get((request.exhibitor, starts_at), ()),
        )
        meeting = _meeting(program, slot, table, lead, visit_id, kiosk_id, now)
        session.add(meeting)
        booked.append(meeting)
        visitor.append(Booked(slot.exhibitor, slot.starts_at, slot.ends_at, table))
        taken[slot.key].add(table)
    return booked


def _expired(meeting: Meeting, now: datetime) -> bool:
    return (
        meeting.status == "pending" and meeting.expires_at is not None and meeting.expires_at <= now
    )


def _tables_in_use(
    session: Session, program: Program, exhibitors: Sequence[str], now: datetime
) -> dict[tuple[str, datetime], set[int]]:
    """The tables booked at these exhibitors' slots, in one read that also marks the pending
    requests whose hold ran out ``expired`` (their tables are free again)."""
    taken: dict[tuple[str, datetime], set[int]] = defaultdict(set)
    expired = False
    rows = session.scalars(
        select(Meeting).where(
            _active(program.event_id), Meeting.exhibitor_ref.in_(list(exhibitors))
        )
    )
    for meeting in rows:
        if _expired(meeting, now):
            meeting.status, meeting.updated_at = "expired", now
            expired = True
        else:
            taken[(meeting.exhibitor_ref, meeting.starts_at)].add(meeting.table_no)
    if expired:
        session.flush()  # before a new meeting takes a table the expired one held
    return taken


def _meeting(
    program: Program, slot: Slot, table: int, lead: Lead, visit_id: str | None, kiosk: str, now
) -> Meeting:
    status = program.initial_status
    return Meeting(
        id=new_uuid(),
        lead=lead,
        visit_id=visit_id,
        event_id=program.event_id,
        exhibitor_ref=slot.exhibitor,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        table_no=table,
        status=status,
        expires_at=now + program.hold if status == "pending" else None,
        kiosk_id=kiosk,
        created_at=now,
        updated_at=now,
    )


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class SlotState:
    """One slot as the picker and the board show it."""

    slot: Slot
    confirmed: int
    pending: int
    bookable: int  # tables this kiosk could still book now
    over: bool

    @property
    def free(self) -> int:
        return max(self.slot.capacity - self.confirmed - self.pending, 0)

    @property
    def full(self) -> bool:
        return self.bookable == 0 and not self.over


def slot_states(
    session: Session, program: Program, *, now: datetime, exhibitor: str | None = None
) -> list[SlotState]:
    """Every slot (of one exhibitor, or all) with its bookings, in time order."""
    counts: dict[tuple[str, datetime], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    taken: dict[tuple[str, datetime], set[int]] = defaultdict(set)
    query = select(
        Meeting.exhibitor_ref,
        Meeting.starts_at,
        Meeting.status,
        Meeting.expires_at,
        Meeting.table_no,
    ).where(_active(program.event_id))
    if exhibitor is not None:
        query = query.where(Meeting.exhibitor_ref == exhibitor)
    for ref, starts_at, status, expires_at, table in session.execute(query):
        if status == "pending" and expires_at is not None and expires_at <= now:
            continue  # expired: its table is free again
        counts[(ref, starts_at)][status] += 1
        taken[(ref, starts_at)].add(table)
    own = own_tables(session, program)
    slots = program.slots if exhibitor is None else program.slots_of(exhibitor)
    states = []
    for slot in slots:
        found = counts.get(slot.key, {})
        mine = range(1, slot.capacity + 1) if own is None else own.get(slot.key, set())
        bookable = len([t for t in mine if t not in taken.get(slot.key, set())])
        states.append(
            SlotState(
                slot,
                found.get("confirmed", 0),
                found.get("pending", 0),
                bookable,
                slot.starts_at <= now,
            )
        )
    return states


def states_from(
    program: Program, views: Sequence[MeetingView], *, now: datetime, exhibitor: str | None = None
) -> list[SlotState]:
    """Slot states counted from meetings read elsewhere (the central pool's): every free table
    counts as bookable, since leases are the kiosks' business."""
    counts: dict[tuple[str, datetime], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for view in views:
        if view.status in ACTIVE_MEETING:
            counts[(view.exhibitor, view.starts_at)][view.status] += 1
    slots = program.slots if exhibitor is None else program.slots_of(exhibitor)
    states = []
    for slot in slots:
        found = counts.get(slot.key, {})
        used = found.get("confirmed", 0) + found.get("pending", 0)
        states.append(
            SlotState(
                slot,
                found.get("confirmed", 0),
                found.get("pending", 0),
                max(slot.capacity - used, 0),
                slot.starts_at <= now,
            )
        )
    return states


@dataclass(frozen=True)
class MeetingView:
    """A meeting with what staff and the visitor need to see of it."""

    id: str
    lead_id: str
    exhibitor: str
    exhibitor_name: dict[str, str]
    starts_at: datetime
    ends_at: datetime
    local_start: datetime
    local_end: datetime
    table_no: int
    status: str
    place: dict[str, str]
    visitor: str
    company: str | None
    email: str | None
    phone: str | None
    kiosk_id: str
    created_at: datetime


def meetings(
    session: Session,
    program: Program,
    *,
    lead_id: str | None = None,
    exhibitor: str | None = None,
    statuses: Sequence[str] | None = None,
) -> list[MeetingView]:
    """Meetings of the event (of one lead or exhibitor), in time order."""
    query = (
        select(Meeting, Lead)
        .join(Lead, Lead.id == Meeting.lead_id)
        .where(Meeting.event_id == program.event_id)
        .order_by(Meeting.starts_at, Meeting.exhibitor_ref, Meeting.table_no)
    )
    if lead_id is not None:
        query = query.where(Meeting.lead_id == lead_id)
    if exhibitor is not None:
        query = query.where(Meeting.exhibitor_ref == exhibitor)
    if statuses is not None:
        query = query.where(Meeting.status.in_(list(statuses)))
    names = dict(
        session.execute(
            select(Exhibitor.slug, Exhibitor.name).where(Exhibitor.event_id == program.event_id)
        ).all()
    )
    views = []
    for meeting, lead in session.execute(query).all():
        views.append(
            meeting_view(
                program,
                names,
                id=meeting.id,
                lead_id=lead.id,
                exhibitor=meeting.exhibitor_ref,
                starts_at=meeting.starts_at,
                ends_at=meeting.ends_at,
                table_no=meeting.table_no,
                status=meeting.status,
                visitor=lead.name,
                company=lead.company,
                email=lead.email,
                phone=lead.phone_e164,
                kiosk_id=meeting.kiosk_id,
                created_at=meeting.created_at,
            )
        )
    return views


# --------------------------------------------------------------------------- staff


class MeetingNotFound(KioskError):
    exit_code = 2


# A meeting's status and what staff do to one, in words (kiosk.domain.message_texts).
STATUS_NAMES = {
    "pending": Message("meeting.pending"),
    "confirmed": Message("meeting.confirmed"),
    "cancelled": Message("meeting.cancelled"),
    "no_show": Message("meeting.no_show"),
    "conflict": Message("meeting.conflict"),
}
STATUS_WORDS = {  # inside a sentence: "meeting m-1 is cancelled"
    "pending": Message("term.meeting.pending"),
    "confirmed": Message("term.meeting.confirmed"),
    "cancelled": Message("term.meeting.cancelled"),
    "no_show": Message("term.meeting.no_show"),
    "conflict": Message("term.meeting.conflict"),
}
ACTION_NAMES = {
    "confirm": "meeting.confirm",
    "cancel": "meeting.cancel",
    "no_show": "meeting.mark_no_show",
}

_CHANGES = {
    "confirm": (("pending",), "confirmed"),
    "cancel": (ACTIVE_MEETING, "cancelled"),
    "no_show": (("confirmed",), "no_show"),
}


def _load(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        found = session.scalars(
            select(Meeting).where(Meeting.id.startswith(meeting_id)).limit(2)
        ).all()
        if len(found) != 1:
            raise MeetingNotFound(f"no meeting with id {meeting_id!r} (see kiosk matching list)")
        meeting = found[0]
    return meeting


def change_status(
    sessions: sessionmaker[Session],
    meeting_id: str,
    action: str,
    *,
    actor: str = "cli",
    now: datetime | None = None,
) -> Meeting:
    """Confirm, cancel or mark a no-show (``action``); refused if the status does not allow it."""
    allowed, status = _CHANGES[action]
    now = now or utcnow()
    with sessions.begin() as session:
        meeting = _load(session, meeting_id)
        expire_pending(session, meeting.event_id, now)
        session.refresh(meeting)
        if meeting.status not in allowed:
            raise KioskError(
                Message(
                    "matching.cannot_change",
                    meeting=meeting.id,
                    status=STATUS_WORDS[meeting.status],
                    action=Message(ACTION_NAMES[action]),
                ),
                exit_code=2,
            )
        before = meeting.status
        meeting.status = status
        meeting.expires_at = None
        meeting.updated_at = now
        _audit(session, actor, f"matching.{action}", meeting, before=before, kiosk=meeting.kiosk_id)
        session.flush()
        session.expunge(meeting)
        return meeting


def move(
    sessions: sessionmaker[Session],
    meeting_id: str,
    local_start: datetime,
    *,
    actor: str = "staff",
    now: datetime | None = None,
) -> Meeting:
    """Move a meeting to another slot of the same exhibitor (the visitor's other meetings and
    the slot's free tables are checked as for a new booking)."""
    now = now or utcnow()
    with sessions.begin() as session:
        meeting = _load(session, meeting_id)
        program = active_program(session)
        if program is None or program.event_id != meeting.event_id:
            raise KioskError(Message("matching.other_event"), exit_code=2)
        expire_pending(session, program.event_id, now)
        session.refresh(meeting)
        if meeting.status not in ACTIVE_MEETING:
            raise KioskError(
                Message(
                    "matching.not_movable", meeting=meeting.id, status=STATUS_NAMES[meeting.status]
                )
            )
        target = program.to_utc(local_start)
        others = [
            Booked(m.exhibitor_ref, m.starts_at, m.ends_at, m.table_no)
            for m in session.scalars(
                select(Meeting).where(
                    Meeting.lead_id == meeting.lead_id,
                    _active(program.event_id),
                    Meeting.id != meeting.id,
                )
            )
        ]
        taken = taken_tables(session, program)
        taken[(meeting.exhibitor_ref, meeting.starts_at)].discard(meeting.table_no)
        own = own_tables(session, program)
        slot, table = check_request(
            program,
            meeting.exhibitor_ref,
            target,
            now=now,
            visitor=others,
            taken_tables=taken.get((meeting.exhibitor_ref, target), ()),
            own_tables=None if own is None else own.get((meeting.exhibitor_ref, target), ()),
        )
        before = program.local(meeting.starts_at).isoformat(timespec="minutes")
        meeting.starts_at, meeting.ends_at, meeting.table_no = slot.starts_at, slot.ends_at, table
        meeting.updated_at = now
        _audit(session, actor, "matching.move", meeting, before=before, kiosk=meeting.kiosk_id)
        session.flush()
        session.expunge(meeting)
        return meeting


def _audit(session: Session, actor: str, action: str, meeting: Meeting, **detail: str) -> None:
    session.add(
        AuditEntry(
            actor=actor,
            action=action,
            kiosk_id=get_setting(session, KIOSK_ID),
            detail={
                "meeting": meeting.id,
                "exhibitor": meeting.exhibitor_ref,
                "starts_at": meeting.starts_at.isoformat(timespec="minutes"),
                "status": meeting.status,
                "before": detail.get("before", ""),
            },
        )
    )


__all__ = [
    "POOLED",
    "BookingRefused",
    "MeetingRequest",
    "MeetingView",
    "SlotState",
    "active_program",
    "book_in",
    "change_status",
    "expire_pending",
    "meetings",
    "move",
    "program_of",
    "set_pooled",
    "slot_states",
]


def meeting_view(
    program: Program,
    names: dict[str, dict[str, str]],
    *,
    exhibitor: str,
    starts_at: datetime,
    ends_at: datetime,
    **facts: Any,
) -> MeetingView:
    """A meeting as staff lists and agendas show it, from the kiosk's rows or the pool's:
    the exhibitor's name, the local times and the place come from the event's programme."""
    slot = program.slot_at(exhibitor, starts_at)
    return MeetingView(
        exhibitor=exhibitor,
        exhibitor_name=names.get(exhibitor) or {"en": exhibitor},
        starts_at=starts_at,
        ends_at=ends_at,
        local_start=program.local(starts_at),
        local_end=program.local(ends_at),
        place=dict(slot.place) if slot is not None else {},
        **facts,
    )
