"""The staff's schedule board: for one day, every exhibitor taking part against every slot time.

Each cell says how the slot stands (``free``, ``pending``, ``confirmed`` (some tables booked),
``full``, or ``none`` when the exhibitor has no slot at that time) and carries its meetings, so
staff can confirm, cancel, move or mark a no-show from it (``kiosk.services.matching``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from kiosk.domain.matching import Program
from kiosk.services.matching import ACTIVE_MEETING, MeetingView, meetings


@dataclass(frozen=True)
class Cell:
    state: str  # none, free, pending, confirmed or full
    capacity: int
    meetings: tuple[MeetingView, ...]


@dataclass(frozen=True)
class BoardRow:
    exhibitor: str
    name: dict[str, str]
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Board:
    day: date
    days: tuple[date, ...]
    times: tuple[str, ...]  # "10:00", one column each
    rows: tuple[BoardRow, ...]


def _state(capacity: int, shown: list[MeetingView]) -> str:
    active = [m for m in shown if m.status in ACTIVE_MEETING]
    if len(active) >= capacity:
        return "full"
    if any(m.status == "pending" for m in active):
        return "pending"
    return "confirmed" if active else "free"


def board(
    session: Session,
    program: Program,
    names: dict[str, dict[str, str]],
    *,
    day: date | None = None,
    now: datetime | None = None,
) -> Board:
    """The board of ``day`` (default: today if it has slots, else the first day with slots)."""
    days = tuple(program.days())
    if day is None or day not in days:
        today = (now or datetime.now(program.zone)).astimezone(program.zone).date()
        day = today if today in days else (days[0] if days else today)
    slots = [s for s in program.slots if s.local_start.date() == day]
    times = tuple(sorted({s.local_start.strftime("%H:%M") for s in slots}))
    shown = [
        v
        for v in meetings(session, program)
        if v.local_start.date() == day and v.status != "expired"
    ]
    by_slot: dict[tuple[str, str], list[MeetingView]] = defaultdict(list)
    for view in shown:
        by_slot[(view.exhibitor, view.local_start.strftime("%H:%M"))].append(view)
    capacity = {(s.exhibitor, s.local_start.strftime("%H:%M")): s.capacity for s in slots}
    rows = []
    for exhibitor in program.capacity:
        if not any(s.exhibitor == exhibitor for s in slots):
            continue
        cells = []
        for time in times:
            key = (exhibitor, time)
            if key not in capacity:
                cells.append(Cell("none", 0, ()))
                continue
            found = by_slot.get(key, [])
            cells.append(Cell(_state(capacity[key], found), capacity[key], tuple(found)))
        rows.append(BoardRow(exhibitor, names.get(exhibitor) or {"en": exhibitor}, tuple(cells)))
    return Board(day, days, times, tuple(rows))
