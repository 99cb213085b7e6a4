"""iCalendar for booked meetings: what the visitor's phone adds to its calendar from the QR.

Written by the ``icalendar`` library: one VEVENT per meeting, DTSTART/DTEND in the event's time
zone (TZID plus its VTIMEZONE), LOCATION (the place and the venue), SUMMARY naming the exhibitor
and DESCRIPTION with the exhibitor's contact and the meeting's status. The same text is the QR
on "Thank you" and the file ``kiosk matching ics`` writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data.models import ACTIVE_MEETING, Contact, Exhibitor
from kiosk.data.types import utcnow
from kiosk.domain.ltext import localize
from kiosk.errors import KioskError
from kiosk.services.catalog import active_event
from kiosk.services.matching import MeetingView, meetings, program_of

PRODID = "-//Pavilion Kiosk//Business matching//EN"
# A QR of about this many bytes still scans from a phone held at arm's length (version ~25 at
# error correction M); more meetings than fit get one QR each.
QR_BYTES = 1500

_STATUS_WORDS = {
    "confirmed": "Confirmed",
    "pending": "Pending confirmation by staff",
}


def meeting_calendar(
    meetings: Sequence[MeetingView],
    *,
    lang: str,
    contacts: Mapping[str, Mapping[str, object]],
    venue: Mapping[str, str] | None = None,
    now: datetime,
    timezones: bool = True,
) -> bytes:
    """One VCALENDAR holding ``meetings``; ``contacts`` maps exhibitor id to its contact.
    Without ``timezones`` the VTIMEZONE is left out (TZID alone names the zone, which phones
    know): the QR stays small enough to scan from a hand's length."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    for meeting in meetings:
        calendar.add_component(_event(meeting, lang, contacts.get(meeting.exhibitor), venue, now))
    if timezones:
        calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(
    meeting: MeetingView,
    lang: str,
    contact: Mapping[str, object] | None,
    venue: Mapping[str, str] | None,
    now: datetime,
) -> Event:
    name = localize(meeting.exhibitor_name, lang)
    event = Event()
    event.add("uid", f"{meeting.id}@pavilion-kiosk")
    event.add("dtstamp", now)
    event.add("dtstart", meeting.local_start)
    event.add("dtend", meeting.local_end)
    event.add("summary", f"Business matching: {name}")
    place = [localize(meeting.place, lang)] if meeting.place else []
    if venue:
        place.append(localize(dict(venue), lang))
    if place:
        event.add("location", ", ".join(p for p in place if p))
    lines = [f"Meeting with {name} (table {meeting.table_no})"]
    lines.append(_STATUS_WORDS.get(meeting.status, meeting.status.replace("_", " ").capitalize()))
    if contact:
        person = contact.get("person")
        if isinstance(person, dict):
            lines.append(f"Contact: {localize(person, lang)}")
        for key, label in (("email", "Email"), ("phone", "Phone"), ("wechat", "WeChat")):
            if contact.get(key):
                lines.append(f"{label}: {contact[key]}")
    event.add("description", "\n".join(lines))
    event.add("status", "CONFIRMED" if meeting.status == "confirmed" else "TENTATIVE")
    return event


def calendars_for_qr(
    meetings: Sequence[MeetingView], **kwargs: object
) -> list[tuple[tuple[MeetingView, ...], bytes]]:
    """One calendar for all the meetings if it fits a QR, else one per meeting."""
    kwargs["timezones"] = False
    whole = meeting_calendar(meetings, **kwargs)  # type: ignore[arg-type]
    if len(whole) <= QR_BYTES or len(meetings) <= 1:
        return [(tuple(meetings), whole)]
    return [((m,), meeting_calendar([m], **kwargs)) for m in meetings]  # type: ignore[arg-type]


def lead_meetings_calendar(
    session: Session, lead_id: str, *, lang: str = "en", now: datetime | None = None
) -> tuple[list[MeetingView], bytes]:
    """The lead's booked meetings (pending or confirmed) and their calendar."""
    event = active_event(session)
    program = program_of(event)
    if event is None or program is None:
        raise KioskError("the loaded event has no business matching sessions", exit_code=2)
    views = meetings(session, program, lead_id=lead_id, statuses=ACTIVE_MEETING)
    if not views:
        raise KioskError(f"lead {lead_id} has no booked meeting in event {event.id}", exit_code=2)
    return views, meeting_calendar(
        views,
        lang=lang,
        contacts=exhibitor_contacts(session, event.id, {v.exhibitor for v in views}),
        venue=event.venue,
        now=now or utcnow(),
    )


def exhibitor_contacts(
    session: Session, event_id: str, exhibitors: set[str]
) -> dict[str, dict[str, object]]:
    """Exhibitor id -> its contact card's fields, for the meetings' descriptions."""
    rows = session.execute(
        select(Exhibitor.slug, Contact)
        .join(Contact, Contact.exhibitor_pk == Exhibitor.pk)
        .where(Exhibitor.event_id == event_id, Exhibitor.slug.in_(sorted(exhibitors)))
    ).all()
    return {
        slug: {
            "person": c.person,
            "email": c.email,
            "phone": c.phone,
            "wechat": c.wechat,
        }
        for slug, c in rows
    }


def calendar_qr_png(data: bytes, *, module_px: int = 6) -> bytes:
    """The QR a phone camera reads as a calendar event (the iCalendar text, UTF-8)."""
    from kiosk.services.qr import render_png

    return render_png(data.decode("utf-8"), module_px=module_px)
