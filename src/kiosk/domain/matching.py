"""Business matching rules, free of the database: the slots of an event and what may be booked.

A :class:`Program` is built from the event's stored matching section (the content pack's, see
``kiosk.content.schema.Matching``) and its time zone. Times a visitor or staff give are local to
the event; everything stored is UTC. :func:`check_request` is the whole rule for one booking
given what is already booked, so the service, the CLI and the tests share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.domain.ltext import localize
from kiosk.domain.messages import Message
from kiosk.errors import KioskError

AUTO_CONFIRM = "auto-confirm"
STAFF_CONFIRM = "staff-confirm"

# Why a meeting cannot be booked, by code: the message's code in kiosk.domain.message_texts.
REFUSALS: dict[str, str] = {
    "not_taking_part": "booking.not_taking_part",
    "no_such_slot": "booking.no_such_slot",
    "slot_over": "booking.slot_over",
    "slot_full": "booking.slot_full",
    "one_per_exhibitor": "booking.one_per_exhibitor",
    "same_time": "booking.same_time",
    "no_matching": "booking.no_matching",
}


class BookingRefused(KioskError):
    """A meeting that cannot be booked; ``code`` names the cause (a key of REFUSALS)."""

    exit_code = 2

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(Message(REFUSALS[code], **params))


@dataclass(frozen=True)
class Slot:
    """One meeting slot of one exhibitor: UTC times, local label, tables, place."""

    exhibitor: str
    starts_at: datetime  # UTC
    ends_at: datetime
    local_start: datetime  # in the event's time zone
    capacity: int
    session_id: str
    place: Mapping[str, str]

    @property
    def key(self) -> tuple[str, datetime]:
        return self.exhibitor, self.starts_at

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        return self.starts_at < ends_at and starts_at < self.ends_at

    def place_text(self, lang: str) -> str:
        return localize(dict(self.place), lang)


@dataclass(frozen=True, eq=False)
class Program:
    """An event's matching sessions, expanded into slots per exhibitor."""

    event_id: str
    zone: ZoneInfo
    mode: str
    hold: timedelta
    slots: tuple[Slot, ...]
    capacity: Mapping[str, int]  # exhibitor -> tables per slot

    @classmethod
    def from_section(cls, event_id: str, timezone: str, section: Mapping[str, Any]) -> Program:
        zone = ZoneInfo(timezone)
        sessions = {s["id"]: s for s in section["sessions"]}
        slots: list[Slot] = []
        capacity: dict[str, int] = {}
        for part in section["exhibitors"]:
            capacity[part["id"]] = part["capacity"]
            for session_id in part.get("sessions") or list(sessions):
                session = sessions[session_id]
                place = part.get("place") or session["place"]
                slots.extend(_expand(part["id"], part["capacity"], session, place, zone))
        slots.sort(key=lambda s: (s.starts_at, s.exhibitor))
        return cls(
            event_id=event_id,
            zone=zone,
            mode=section["mode"],
            hold=timedelta(minutes=section.get("pending_hold_minutes", 120)),
            slots=tuple(slots),
            capacity=capacity,
        )

    def takes_part(self, exhibitor: str) -> bool:
        return exhibitor in self.capacity

    def slots_of(self, exhibitor: str) -> list[Slot]:
        return [s for s in self.slots if s.exhibitor == exhibitor]

    def slot_at(self, exhibitor: str, starts_at: datetime) -> Slot | None:
        return self._index.get((exhibitor, starts_at))

    @cached_property
    def _index(self) -> dict[tuple[str, datetime], Slot]:
        return {s.key: s for s in self.slots}

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def to_utc(self, local: datetime) -> datetime:
        """A naive local time of the event (what a visitor or staff types) in UTC."""
        if local.tzinfo is None:
            local = local.replace(tzinfo=self.zone)
        return local.astimezone(UTC)

    def days(self) -> list[date]:
        return sorted({s.local_start.date() for s in self.slots})

    @property
    def initial_status(self) -> str:
        return "confirmed" if self.mode == AUTO_CONFIRM else "pending"


def _expand(
    exhibitor: str, capacity: int, session: Mapping[str, Any], place: Mapping[str, str], zone
) -> Iterable[Slot]:
    day = date.fromisoformat(session["date"])
    start = datetime.combine(day, time.fromisoformat(session["start"]), tzinfo=zone)
    end = datetime.combine(day, time.fromisoformat(session["end"]), tzinfo=zone)
    step = timedelta(minutes=session["slot_minutes"])
    at = start
    while at + step <= end:
        yield Slot(
            exhibitor=exhibitor,
            starts_at=at.astimezone(UTC),
            ends_at=(at + step).astimezone(UTC),
            local_start=at,
            capacity=capacity,
            session_id=session["id"],
            place=place,
        )
        at += step


@dataclass(frozen=True)
class Booked:
    """A meeting already holding a table (active), as the rule needs to see it."""

    exhibitor: str
    starts_at: datetime
    ends_at: datetime
    table_no: int


def check_request(
    program: Program,
    exhibitor: str,
    starts_at: datetime,
    *,
    now: datetime,
    visitor: Sequence[Booked],
    taken_tables: Iterable[int],
    own_tables: Iterable[int] | None,
) -> tuple[Slot, int]:
    """The slot and the table to book, or :class:`BookingRefused` naming the first cause.

    ``visitor`` are the visitor's active meetings (those of this submission included);
    ``taken_tables`` the tables of the slot already booked; ``own_tables`` the tables this
    kiosk may book (its leases), or None when it owns them all (no central pool).
    """
    when = program.local(starts_at).strftime("%Y-%m-%d %H:%M")
    if not program.takes_part(exhibitor):
        raise BookingRefused("not_taking_part", exhibitor=exhibitor)
    slot = program.slot_at(exhibitor, starts_at)
    if slot is None:
        raise BookingRefused("no_such_slot", exhibitor=exhibitor, when=when, zone=str(program.zone))
    if slot.starts_at <= now:
        raise BookingRefused("slot_over", when=when)
    if any(b.exhibitor == exhibitor for b in visitor):
        raise BookingRefused("one_per_exhibitor", exhibitor=exhibitor)
    if any(slot.overlaps(b.starts_at, b.ends_at) for b in visitor):
        raise BookingRefused("same_time", when=when)
    tables = range(1, slot.capacity + 1) if own_tables is None else sorted(own_tables)
    taken = set(taken_tables)
    free = [t for t in tables if t not in taken and 1 <= t <= slot.capacity]
    if not free:
        raise BookingRefused("slot_full", exhibitor=exhibitor, when=when)
    return slot, free[0]


def parse_meet(value: str) -> tuple[str, datetime]:
    """``EXHIBITOR@YYYY-MM-DDTHH:MM`` (local time of the event) as (exhibitor, naive time)."""
    exhibitor, sep, when = value.partition("@")
    if not sep or not exhibitor.strip():
        raise KioskError(
            f"--meet {value!r}: expected EXHIBITOR@YYYY-MM-DDTHH:MM, e.g. vinhos-do-douro@"
            "2026-11-05T10:30",
            exit_code=2,
        )
    try:
        at = datetime.strptime(when.strip(), "%Y-%m-%dT%H:%M")
    except ValueError:
        raise KioskError(
            f"--meet {value!r}: {when!r} is not a time in the form YYYY-MM-DDTHH:MM", exit_code=2
        ) from None
    return exhibitor.strip(), at
