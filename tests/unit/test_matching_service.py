"""Bookings: saved with their lead in one transaction, refused whole with the cause named,
pending requests that expire, staff's changes, and the iCalendar a phone reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from packs import future_content, write_pack
from sqlalchemy import func, select

from kiosk.config import Settings
from kiosk.content.importer import import_pack
from kiosk.data.database import Database
from kiosk.data.models import Lead, LeadExhibitor, MatchingLease, Meeting
from kiosk.domain.leads import LeadDraft
from kiosk.domain.matching import BookingRefused
from kiosk.services.calendar import lead_meetings_calendar
from kiosk.services.leads import active_lead_rules, submit_lead
from kiosk.services.matching import (
    MeetingRequest,
    active_program,
    change_status,
    move,
    set_pooled,
    slot_states,
)

TODAY = date(2026, 12, 6)
NOW = datetime(2026, 12, 6, 4, 0, tzinfo=UTC)  # noon in Shanghai, the day before the event
FIRST = TODAY + timedelta(days=1)


def at(hour: int, minute: int = 0, day: date = FIRST) -> datetime:
    """A naive local time of the event, as a visitor or staff give it."""
    return datetime(day.year, day.month, day.day, hour, minute)


@pytest.fixture(params=["auto-confirm", "staff-confirm"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def loaded(tmp_path: Path, database: Database, settings: Settings, mode: str) -> Database:
    pack = write_pack(tmp_path / "pack", future_content(TODAY, mode=mode))
    import_pack(database.sessions, pack, settings.content_dir)
    return database


def book(
    database: Database,
    *requests: tuple[str, datetime],
    email: str = "ana@example.com",
    now: datetime = NOW,
):
    rules = active_lead_rules(database.sessions)
    assert rules is not None
    draft = LeadDraft(
        name="Ana Lima", company="Lima Lda", email=email, consents={"share-with-exhibitors": True}
    )
    return submit_lead(
        database.sessions,
        draft,
        rules=rules,
        kiosk_id="k1",
        language="en",
        now=now,
        meetings=[MeetingRequest(e, t) for e, t in requests],
    )


def counts(database: Database) -> tuple[int, int]:
    with database.sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(Lead)) or 0,
            session.scalar(select(func.count()).select_from(Meeting)) or 0,
        )


def test_a_booking_is_saved_with_its_lead(loaded: Database, mode: str) -> None:
    result = book(loaded, ("exhibitor-0000", at(10)), ("exhibitor-0001", at(14, 30)))
    assert len(result.meetings) == 2
    with loaded.sessions() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
        assert [(m.exhibitor_ref, m.starts_at) for m in rows] == [
            ("exhibitor-0000", datetime(2026, 12, 7, 2, 0, tzinfo=UTC)),
            ("exhibitor-0001", datetime(2026, 12, 7, 6, 30, tzinfo=UTC)),
        ]
        expected = "confirmed" if mode == "auto-confirm" else "pending"
        assert {m.status for m in rows} == {expected}
        assert all((m.expires_at is None) == (mode == "auto-confirm") for m in rows)
        assert all(m.lead_id == result.lead_id and m.visit_id == result.visit_id for m in rows)
        interests = set(session.scalars(select(LeadExhibitor.exhibitor_ref)))
        assert interests == {"exhibitor-0000", "exhibitor-0001"}


REFUSED = [
    ("not_taking_part", [("exhibitor-0002", at(10))]),
    ("no_such_slot", [("exhibitor-0000", at(10, 15))]),
    ("no_such_slot", [("exhibitor-0001", at(10))]),  # takes part in the afternoon only
    ("no_such_slot", [("exhibitor-0000", at(10, day=FIRST + timedelta(days=1)))]),
    ("one_per_exhibitor", [("exhibitor-0000", at(10)), ("exhibitor-0000", at(11))]),
    ("same_time", [("exhibitor-0000", at(14)), ("exhibitor-0001", at(14))]),
]


@pytest.mark.parametrize(("code", "requests"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_refused_booking_saves_nothing(loaded: Database, code: str, requests) -> None:
    with pytest.raises(BookingRefused) as caught:
        book(loaded, *requests)
    assert caught.value.code == code
    assert counts(loaded) == (0, 0)


def test_a_slot_already_over_is_refused(loaded: Database) -> None:
    later = datetime(2026, 12, 7, 2, 5, tzinfo=UTC)  # 10:05 in Shanghai on the first day
    with pytest.raises(BookingRefused) as caught:
        book(loaded, ("exhibitor-0000", at(10)), now=later)
    assert caught.value.code == "slot_over"
    assert "already over" in str(caught.value)
    assert counts(loaded) == (0, 0)


def test_a_full_slot_is_refused_and_shown_full(loaded: Database) -> None:
    book(loaded, ("exhibitor-0000", at(10)), email="a@example.com")
    book(loaded, ("exhibitor-0000", at(10)), email="b@example.com")
    with pytest.raises(BookingRefused) as caught:
        book(loaded, ("exhibitor-0000", at(10)), email="c@example.com")
    assert caught.value.code == "slot_full"
    assert counts(loaded) == (2, 2)
    with loaded.sessions() as session:
        program = active_program(session)
        assert program is not None
        states = slot_states(session, program, now=NOW, exhibitor="exhibitor-0000")
    assert [(s.slot.local_start.hour, s.slot.local_start.minute, s.full) for s in states][:2] == [
        (10, 0, True),
        (10, 30, False),
    ]
    assert len(states) == 6  # four morning and two afternoon slots of 30 minutes


def test_a_returning_visitor_cannot_book_the_same_time_twice(loaded: Database) -> None:
    book(loaded, ("exhibitor-0000", at(14)))
    with pytest.raises(BookingRefused) as caught:
        book(loaded, ("exhibitor-0001", at(14)))  # same email: the same visitor
    assert caught.value.code == "same_time"
    assert counts(loaded) == (1, 1)


def test_a_pending_request_gives_its_table_back_when_its_hold_runs_out(
    tmp_path: Path, database: Database, settings: Settings
) -> None:
    pack = write_pack(tmp_path / "pack", future_content(TODAY, mode="staff-confirm"))
    import_pack(database.sessions, pack, settings.content_dir)
    first = book(database, ("exhibitor-0001", at(14)), email="a@example.com")
    with pytest.raises(BookingRefused):
        book(database, ("exhibitor-0001", at(14)), email="b@example.com")
    later = NOW + timedelta(minutes=61)  # the pack holds a pending request for 60 minutes
    book(database, ("exhibitor-0001", at(14)), email="b@example.com", now=later)
    with database.sessions() as session:
        statuses = dict(session.execute(select(Meeting.lead_id, Meeting.status)).all())
    assert statuses[first.lead_id] == "expired"
    assert sorted(statuses.values()) == ["expired", "pending"]


def test_staff_confirm_cancel_move_and_no_show(loaded: Database, mode: str) -> None:
    result = book(loaded, ("exhibitor-0000", at(10)))
    meeting_id = result.meetings[0]
    if mode == "staff-confirm":
        assert change_status(loaded.sessions, meeting_id, "confirm", now=NOW).status == "confirmed"
    with pytest.raises(Exception, match="cannot be confirmed"):
        change_status(loaded.sessions, meeting_id, "confirm", now=NOW)
    moved = move(loaded.sessions, meeting_id, at(11, 30), now=NOW)
    assert moved.starts_at == datetime(2026, 12, 7, 3, 30, tzinfo=UTC)
    with pytest.raises(BookingRefused, match="no meeting slot"):
        move(loaded.sessions, meeting_id, at(12), now=NOW)
    assert change_status(loaded.sessions, meeting_id, "no_show", now=NOW).status == "no_show"
    other = book(loaded, ("exhibitor-0001", at(14)), email="z@example.com").meetings[0]
    assert change_status(loaded.sessions, other, "cancel", now=NOW).status == "cancelled"
    book(loaded, ("exhibitor-0001", at(14)), email="y@example.com")  # its table is free again


def test_a_pooled_kiosk_books_only_the_tables_it_holds(loaded: Database) -> None:
    set_pooled(loaded.sessions, True)
    with pytest.raises(BookingRefused) as caught:
        book(loaded, ("exhibitor-0000", at(10)))
    assert caught.value.code == "slot_full"
    with loaded.sessions.begin() as session:
        session.add(
            MatchingLease(
                event_id="ciie-2023",
                exhibitor_ref="exhibitor-0000",
                starts_at=datetime(2026, 12, 7, 2, tzinfo=UTC),
                table_no=2,
            )
        )
    result = book(loaded, ("exhibitor-0000", at(10)))
    with loaded.sessions() as session:
        assert session.get(Meeting, result.meetings[0]).table_no == 2  # type: ignore[union-attr]


def test_the_calendar_is_an_icalendar_event_in_the_event_time_zone(loaded: Database) -> None:
    result = book(loaded, ("exhibitor-0000", at(10)), ("exhibitor-0001", at(14, 30)))
    with loaded.sessions() as session:
        views, data = lead_meetings_calendar(session, result.lead_id, lang="en", now=NOW)
    assert len(views) == 2
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.name == "VCALENDAR"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    first, second = calendar.walk("VEVENT")
    start = first.decoded("DTSTART")
    assert start == datetime(2026, 12, 7, 10, 0, tzinfo=start.tzinfo)
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert first["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert first.decoded("DTEND") - start == timedelta(minutes=30)
    assert "Macau Company 0" in str(first["SUMMARY"])
    assert str(first["LOCATION"]).startswith("Business Matching Area")
    assert "sales0@example.mo" in str(first["DESCRIPTION"])
    assert str(second["LOCATION"]).startswith("Booth F-1")


def test_a_booking_replaces_the_day_wish_for_its_exhibitor_only(loaded: Database) -> None:
    from kiosk.data.models import MatchingRequest

    rules = active_lead_rules(loaded.sessions)
    assert rules is not None
    draft = LeadDraft(
        name="Ana Lima",
        email="ana@example.com",
        exhibitors=("exhibitor-0002",),  # takes no part in matching: a wish
        matching=True,
        matching_day=FIRST.isoformat(),
        matching_slot="pm",
        consents={"share-with-exhibitors": True},
    )
    submit_lead(
        loaded.sessions,
        draft,
        rules=rules,
        kiosk_id="k1",
        language="en",
        now=NOW,
        meetings=[MeetingRequest("exhibitor-0000", at(10))],
    )
    with loaded.sessions() as session:
        wishes = session.scalars(select(MatchingRequest.exhibitor_ref)).all()
        booked = session.scalars(select(Meeting.exhibitor_ref)).all()
    assert (wishes, booked) == (["exhibitor-0002"], ["exhibitor-0000"])
