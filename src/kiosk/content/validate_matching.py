"""The ``matching`` section of a content pack: business matching sessions and who takes part.

Kept apart from :mod:`kiosk.content.validate` (which calls :func:`check_matching`) because it is
one self-contained block with rules of its own: sessions fall on the event's days, slots fit the
session, an exhibitor's sessions never overlap (it cannot sit at two tables at once).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.content import fields
from kiosk.content.problems import describe, item, join, quote
from kiosk.content.schema import (
    MATCHING_MODES,
    Matching,
    MatchingExhibitor,
    MatchingSession,
)
from kiosk.domain.messages import Message

if TYPE_CHECKING:
    from kiosk.content.validate import _Checker

MAX_CAPACITY = 100  # tables or representatives one exhibitor has per slot
MAX_HOLD_MINUTES = 7 * 24 * 60
DEFAULT_HOLD_MINUTES = 120
MIN_SLOT, MAX_SLOT = 5, 240
MAX_SESSIONS = 200


def check_matching(
    checker: _Checker,
    value: Any,
    path: str,
    *,
    exhibitor_ids: set[str],
    days: tuple[date, date] | None,
) -> Matching | None:
    """The section at ``path`` as a :class:`Matching`, or None with every problem reported."""
    obj = checker.fields(value, path, ("mode", "sessions", "exhibitors"), ("pending_hold_minutes",))
    if obj is None:
        return None
    mode = checker.opt(obj, path, "mode", lambda v, p: _mode(checker, v, p))
    hold = checker.opt(
        obj, path, "pending_hold_minutes", lambda v, p: _whole(checker, v, p, 1, MAX_HOLD_MINUTES)
    )
    raw_sessions = checker.opt(obj, path, "sessions", checker.non_empty_list) or []
    sessions_path = join(path, "sessions")
    if len(raw_sessions) > MAX_SESSIONS:
        checker.add(
            sessions_path,
            Message("content.too_many_sessions", count=len(raw_sessions), limit=MAX_SESSIONS),
        )
    checker.unique_ids(raw_sessions, sessions_path)
    sessions = [
        _session(checker, s, item(sessions_path, i), days) for i, s in enumerate(raw_sessions)
    ]
    by_id = {s.id: s for s in sessions if s is not None}
    raw_exhibitors = checker.opt(obj, path, "exhibitors", checker.listing) or []
    exhibitors_path = join(path, "exhibitors")
    checker.unique_ids(raw_exhibitors, exhibitors_path)
    exhibitors = [
        _exhibitor(checker, e, item(exhibitors_path, i), exhibitor_ids, by_id)
        for i, e in enumerate(raw_exhibitors)
    ]
    if mode is None or None in sessions or None in exhibitors or not raw_sessions:
        return None
    return Matching(
        mode=mode,
        pending_hold_minutes=DEFAULT_HOLD_MINUTES if hold is None else hold,
        sessions=tuple(s for s in sessions if s is not None),
        exhibitors=tuple(e for e in exhibitors if e is not None),
    )


def _mode(checker: _Checker, value: Any, path: str) -> str | None:
    if value in MATCHING_MODES:
        return str(value)
    first, second = MATCHING_MODES
    checker.add(
        path, Message("content.matching_mode", value=quote(value), first=first, second=second)
    )
    return None


def _whole(checker: _Checker, value: Any, path: str, low: int, high: int) -> int | None:
    if isinstance(value, float) and value.is_integer():  # 30.0 is the JSON number 30
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        checker.add(path, Message("content.expected_whole", got=describe(value)))
        return None
    if not low <= value <= high:
        checker.add(path, Message("content.whole_range", value=value, low=low, high=high))
        return None
    return value


def _session(
    checker: _Checker, value: Any, path: str, days: tuple[date, date] | None
) -> MatchingSession | None:
    obj = checker.fields(value, path, ("id", "date", "start", "end", "slot_minutes", "place"))
    if obj is None:
        return None
    ident = checker.opt(obj, path, "id", checker.ident)
    day = checker.opt(obj, path, "date", checker.checked(fields.iso_date, 10))
    start = checker.opt(obj, path, "start", checker.checked(fields.clock_time, 5))
    end = checker.opt(obj, path, "end", checker.checked(fields.clock_time, 5))
    slot = checker.opt(
        obj, path, "slot_minutes", lambda v, p: _whole(checker, v, p, MIN_SLOT, MAX_SLOT)
    )
    place = checker.opt(obj, path, "place", checker.ltext)
    if day is not None and days is not None and not days[0] <= day <= days[1]:
        checker.add(
            join(path, "date"),
            Message(
                "content.session_outside_event",
                day=str(day),
                starts=str(days[0]),
                ends=str(days[1]),
            ),
        )
        day = None
    if start is not None and end is not None:
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if minutes <= 0:
            checker.add(
                join(path, "end"),
                Message("content.session_end", end=f"{end:%H:%M}", start=f"{start:%H:%M}"),
            )
            return None
        if slot is not None and minutes < slot:
            checker.add(
                join(path, "slot_minutes"),
                Message(
                    "content.slot_too_long", slot=slot, start=f"{start:%H:%M}", end=f"{end:%H:%M}"
                ),
            )
            return None
    if None in (ident, day, start, end, slot, place):
        return None
    return MatchingSession(ident, day, start, end, slot, place)  # type: ignore[arg-type]


def _exhibitor(
    checker: _Checker,
    value: Any,
    path: str,
    exhibitor_ids: set[str],
    sessions: dict[str, MatchingSession],
) -> MatchingExhibitor | None:
    obj = checker.fields(value, path, ("id", "capacity"), ("sessions", "place"))
    if obj is None:
        return None
    ident = checker.opt(
        obj, path, "id", lambda v, p: checker.reference(v, p, exhibitor_ids, "exhibitor")
    )
    capacity = checker.opt(
        obj, path, "capacity", lambda v, p: _whole(checker, v, p, 1, MAX_CAPACITY)
    )
    known = set(sessions)
    chosen = checker.opt(
        obj,
        path,
        "sessions",
        lambda v, p: checker.each(v, p, lambda s, q: checker.reference(s, q, known, "session")),
    )
    place = checker.opt(obj, path, "place", checker.ltext)
    session_ids = tuple(dict.fromkeys(chosen)) if chosen else tuple(sessions)
    _overlaps(checker, join(path, "sessions"), [sessions[s] for s in session_ids if s in sessions])
    if ident is None or capacity is None:
        return None
    return MatchingExhibitor(ident, capacity, session_ids, place)


def _overlaps(checker: _Checker, path: str, chosen: list[MatchingSession]) -> None:
    """An exhibitor in two sessions at the same time would be booked twice at once."""

    def span(s: MatchingSession) -> tuple[datetime, datetime]:
        start = datetime.combine(s.date, s.start)
        return start, start + timedelta(
            minutes=(s.end.hour * 60 + s.end.minute) - (s.start.hour * 60 + s.start.minute)
        )

    ordered = sorted(chosen, key=span)
    for before, after in itertools.pairwise(ordered):
        if span(after)[0] < span(before)[1]:
            checker.add(path, Message("content.sessions_overlap", first=before.id, second=after.id))
