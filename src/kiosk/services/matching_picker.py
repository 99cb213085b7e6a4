"""The visitor's slot picker, without Qt: which slots to show, which are chosen, which clash.

The page object in ``kiosk.ui.matching_page`` only turns this into QML properties. Opening the
picker reads the slots of the event once (:func:`open_picker`); choosing a slot never touches
the database: the booking itself is checked again, with the tables as they are then, in the
lead's transaction (``kiosk.services.matching.book_in``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.matching import Program
from kiosk.services.matching import MeetingRequest, SlotState, active_program, slot_states


@dataclass
class Picker:
    """The slots of every exhibitor taking part, and the visitor's choice (one per exhibitor)."""

    program: Program
    states: dict[str, list[SlotState]]  # exhibitor -> its slots in time order
    chosen: dict[str, datetime] = field(default_factory=dict)  # exhibitor -> slot start (UTC)

    def takes_part(self, exhibitor: str) -> bool:
        return exhibitor in self.states

    def days(self, exhibitor: str) -> list[date]:
        return sorted({s.slot.local_start.date() for s in self.states.get(exhibitor, [])})

    def slots(self, exhibitor: str, day: date) -> list[tuple[SlotState, str]]:
        """(slot, state) for one day: ``chosen``, ``free``, ``full``, ``over`` or ``clash`` (the
        visitor already chose another meeting at that time)."""
        result = []
        for state in self.states.get(exhibitor, []):
            if state.slot.local_start.date() != day:
                continue
            result.append((state, self._state_of(exhibitor, state)))
        return result

    def _state_of(self, exhibitor: str, state: SlotState) -> str:
        if self.chosen.get(exhibitor) == state.slot.starts_at:
            return "chosen"
        if state.over:
            return "over"
        if state.bookable == 0:
            return "full"
        for other, start in self.chosen.items():
            slot = self.program.slot_at(other, start)
            if other != exhibitor and slot and state.slot.overlaps(slot.starts_at, slot.ends_at):
                return "clash"
        return "free"

    def choose(self, exhibitor: str, starts_at: datetime) -> bool:
        """Choose (or, chosen again, drop) a slot; False if it cannot be chosen."""
        if self.chosen.get(exhibitor) == starts_at:
            del self.chosen[exhibitor]
            return True
        state = next(
            (s for s in self.states.get(exhibitor, []) if s.slot.starts_at == starts_at), None
        )
        if state is None or self._state_of(exhibitor, state) != "free":
            return False
        self.chosen[exhibitor] = starts_at
        return True

    def drop(self, exhibitor: str) -> None:
        self.chosen.pop(exhibitor, None)

    def requests(self) -> list[MeetingRequest]:
        return [MeetingRequest(e, s) for e, s in sorted(self.chosen.items(), key=lambda i: i[1])]


def open_picker(sessions: sessionmaker[Session], now: datetime) -> Picker | None:
    """The picker for the event on show, or None when it has no matching sessions."""
    with sessions() as session:
        program = active_program(session)
        if program is None:
            return None
        states: dict[str, list[SlotState]] = defaultdict(list)
        for state in slot_states(session, program, now=now):
            states[state.slot.exhibitor].append(state)
    return Picker(program, dict(states))
