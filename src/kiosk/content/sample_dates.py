"""The bundled sample pack's dates, moved so that its event (and its matching sessions) lie ahead.

The sample is what a fresh kiosk shows and what demonstrations and screenshots run on; an event
that is already over would offer no meeting slot to book. When the sample is loaded *as the
sample*, every date in it moves by the same number of days so that the event starts on the day
given (today in the event's time zone). A pack loaded by staff is never changed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.content.schema import ContentPack


def event_today(pack: ContentPack, now: datetime) -> date:
    """The date ``now`` falls on in the event's time zone."""
    return now.astimezone(ZoneInfo(pack.event.timezone)).date()


def moved_to(pack: ContentPack, first_day: date) -> ContentPack:
    """``pack`` with its event starting on ``first_day`` (unchanged if it starts later)."""
    shift = first_day - pack.event.starts
    if shift.days <= 0:
        return pack
    event = replace(pack.event, starts=pack.event.starts + shift, ends=pack.event.ends + shift)
    matching = pack.matching
    if matching is not None:
        sessions = tuple(replace(s, date=s.date + shift) for s in matching.sessions)
        matching = replace(matching, sessions=sessions)
    return replace(pack, event=event, matching=matching)
