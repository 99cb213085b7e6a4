"""The visitor's slot picker (Qt-free part) and the calendar QR a phone reads."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from packs import future_content, write_pack
from PIL import Image
from pyzbar.pyzbar import decode

from kiosk.config import Settings
from kiosk.content.importer import import_pack
from kiosk.data.database import Database
from kiosk.domain.leads import LeadDraft
from kiosk.services.calendar import calendar_qr_png, calendars_for_qr, lead_meetings_calendar
from kiosk.services.leads import active_lead_rules, submit_lead
from kiosk.services.matching import MeetingRequest
from kiosk.services.matching_picker import open_picker

TODAY = date(2026, 12, 6)
NOW = datetime(2026, 12, 6, 4, 0, tzinfo=UTC)


def utc(hour: int, minute: int = 0) -> datetime:
    """A slot start on the first event day (7 Dec), given in Shanghai time."""
    return datetime(2026, 12, 7, hour - 8, minute, tzinfo=UTC)


@pytest.fixture
def loaded(tmp_path: Path, database: Database, settings: Settings) -> Database:
    import_pack(
        database.sessions, write_pack(tmp_path / "p", future_content(TODAY)), settings.content_dir
    )
    return database


def save(database: Database, email: str, *requests: MeetingRequest):
    rules = active_lead_rules(database.sessions)
    assert rules is not None
    draft = LeadDraft(name="Ana", email=email, consents={"share-with-exhibitors": True})
    return submit_lead(
        database.sessions,
        draft,
        rules=rules,
        kiosk_id="k",
        language="en",
        now=NOW,
        meetings=requests,
    )


def test_free_full_over_chosen_and_clash(loaded: Database) -> None:
    save(loaded, "x@example.com", MeetingRequest("exhibitor-0001", utc(14)))
    picker = open_picker(loaded.sessions, NOW)
    assert picker is not None
    assert picker.takes_part("exhibitor-0000") and not picker.takes_part("exhibitor-0002")
    assert picker.days("exhibitor-0001") == [date(2026, 12, 7)]
    states = {
        s.slot.local_start.strftime("%H:%M"): st
        for s, st in picker.slots("exhibitor-0001", date(2026, 12, 7))
    }
    assert states == {"14:00": "full", "14:30": "free"}
    assert picker.choose("exhibitor-0000", utc(14, 30))
    states = {
        s.slot.local_start.strftime("%H:%M"): st
        for s, st in picker.slots("exhibitor-0001", date(2026, 12, 7))
    }
    assert states == {"14:00": "full", "14:30": "clash"}
    assert not picker.choose("exhibitor-0001", utc(14, 30))  # same time as the other
    assert not picker.choose("exhibitor-0001", utc(14))  # full
    assert picker.choose("exhibitor-0000", utc(10))  # one slot per exhibitor: replaces
    assert picker.requests() == [MeetingRequest("exhibitor-0000", utc(10))]
    assert picker.choose("exhibitor-0000", utc(10))  # chosen again: dropped
    assert picker.requests() == []
    later = open_picker(loaded.sessions, NOW + timedelta(days=1, hours=-1))  # 11:00 on day 1
    assert later is not None
    over = [st for _s, st in later.slots("exhibitor-0000", date(2026, 12, 7))]
    assert over == ["over", "over", "over", "free", "free", "free"]


def test_the_calendar_qr_decodes_to_an_icalendar_event(loaded: Database) -> None:
    result = save(
        loaded,
        "a@example.com",
        MeetingRequest("exhibitor-0000", utc(10)),
        MeetingRequest("exhibitor-0001", utc(14, 30)),
    )
    with loaded.sessions() as session:
        views, data = lead_meetings_calendar(session, result.lead_id, now=NOW)
    ((shown, text),) = calendars_for_qr(views, lang="en", contacts={}, now=NOW)
    assert len(shown) == 2  # both fit in one QR
    (symbol,) = decode(Image.open(io.BytesIO(calendar_qr_png(data))))
    calendar = icalendar.Calendar.from_ical(symbol.data)
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [
        "Business matching: Macau Company 0",
        "Business matching: Macau Company 1",
    ]
    assert events[0]["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert icalendar.Calendar.from_ical(text).walk("VEVENT")
