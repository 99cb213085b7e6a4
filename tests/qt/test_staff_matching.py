"""The staff's schedule board in the real window: a day's exhibitors against slot times, a
slot's meetings confirmed, moved, marked no-show and cancelled, and the agendas written."""

from __future__ import annotations

from datetime import datetime, timedelta

from helpers import KioskDriver
from openpyxl import load_workbook
from sqlalchemy import select
from staff_driver import log_in, open_section, set_pin, wait_idle

from kiosk.config import Settings
from kiosk.content.importer import load_pack
from kiosk.content.sample_dates import moved_to
from kiosk.content.validate import validate_pack
from kiosk.data.database import Database
from kiosk.data.models import Event, Meeting
from kiosk.data.types import utcnow
from kiosk.domain.leads import LeadDraft
from kiosk.resources import sample_pack_dir
from kiosk.services.leads import active_lead_rules, submit_lead
from kiosk.services.matching import MeetingRequest

EXHIBITOR = "vinhos-do-douro"


def staff_confirm_sample(database: Database, settings: Settings) -> datetime:
    """The sample, moved ahead, in staff-confirm mode, with a pending meeting at 10:00 on its
    second day; returns that day's 10:00 (local)."""
    pack = moved_to(validate_pack(sample_pack_dir()), utcnow().date())
    assert pack.matching is not None
    from dataclasses import replace

    pack = replace(pack, matching=replace(pack.matching, mode="staff-confirm"))
    load_pack(database.sessions, pack, settings.content_dir)
    with database.sessions() as session:
        event = session.scalar(select(Event))
        assert event is not None
        day = event.starts + timedelta(days=1)
    at = datetime(day.year, day.month, day.day, 10, 0)
    rules = active_lead_rules(database.sessions)
    assert rules is not None
    draft = LeadDraft(
        name="Ana Lima",
        company="Lima Lda",
        email="ana@example.com",
        consents={"share-with-exhibitors": True, "transfer-to-macao": True},
    )
    submit_lead(
        database.sessions,
        draft,
        rules=rules,
        kiosk_id="k",
        language="en",
        meetings=[MeetingRequest(EXHIBITOR, at)],
    )
    return at


def status(database: Database) -> tuple[str, str]:
    with database.sessions() as session:
        meeting = session.scalar(select(Meeting))
        assert meeting is not None
        return meeting.status, meeting.starts_at.isoformat()


def test_staff_confirm_move_and_mark_a_no_show_on_the_board(
    kiosk: KioskDriver, database: Database, settings: Settings
) -> None:
    at = staff_confirm_sample(database, settings)
    set_pin(database.sessions)
    log_in(kiosk)
    open_section(kiosk, "matchingButton")
    kiosk.tap(f"boardDay_{at.date().isoformat()}")
    board = kiosk.find("scheduleBoard")
    assert board is not None
    cell = f"boardCell_{EXHIBITOR}_1000"
    assert kiosk.text(cell) == "1/2"
    kiosk.tap(cell)
    assert "Ana Lima" in kiosk.text("slotMeeting_0") and "Pending" in kiosk.text("slotMeeting_0")
    kiosk.tap("confirmMeeting_0")
    assert status(database)[0] == "confirmed"
    kiosk.tap("moveMeeting_0_1030")
    assert status(database) == (
        "confirmed",
        (at - timedelta(hours=8) + timedelta(minutes=30)).isoformat() + "+00:00",
    )
    assert kiosk.text(f"boardCell_{EXHIBITOR}_1030") == "1/2"
    kiosk.tap("noShowMeeting_0")
    assert status(database)[0] == "no_show"

    kiosk.tap("exportAgendasButton")
    wait_idle(kiosk)
    folder = kiosk.text("agendaFolder").rsplit(" ", 1)[1]
    book = load_workbook(f"{folder}/agenda-{EXHIBITOR}.xlsx", read_only=True)
    assert len(list(book.active.iter_rows(values_only=True))) == 2  # no-shows are not listed
