"""A visitor books meetings in the real window: from the form and from an exhibitor page, free
slots by day and time, full ones shown as full, and "Thank you" with the meetings, their status
and a calendar QR that pyzbar decodes and icalendar parses."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import icalendar
import pytest
from helpers import KioskDriver
from lead_form_driver import LeadFormDriver
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QSize
from pyzbar.pyzbar import decode
from sqlalchemy import select

from kiosk.data.models import Event, Meeting
from kiosk.domain.leads import LeadDraft
from kiosk.services.leads import active_lead_rules, submit_lead
from kiosk.services.matching import MeetingRequest
from kiosk.ui.catalog_pages.qr_provider import QrImageProvider

EXHIBITOR = "vinhos-do-douro"  # two tables per slot in the sample


def second_day(kiosk: KioskDriver) -> date:
    with kiosk.host.database.sessions() as session:
        event = session.scalar(select(Event))
        assert event is not None
        return event.starts + timedelta(days=1)


def book_elsewhere(kiosk: KioskDriver, day: date, email: str) -> None:
    """Another visitor (at another moment) takes a table of 10:00 on ``day``."""
    sessions = kiosk.host.database.sessions
    rules = active_lead_rules(sessions)
    assert rules is not None
    draft = LeadDraft(
        name="Other",
        email=email,
        consents={"share-with-exhibitors": True, "transfer-to-macao": True},
    )
    when = MeetingRequest(EXHIBITOR, datetime(day.year, day.month, day.day, 10, 0))
    submit_lead(sessions, draft, rules=rules, kiosk_id="k", language="en", meetings=[when])


def choose_slot(kiosk: KioskDriver, day: date, time: str) -> None:
    kiosk.tap(f"meetingDay_{day.isoformat()}")
    kiosk.tap(f"meetingSlot_{time}")


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_a_visitor_books_from_the_form_and_scans_the_calendar(
    kiosk_matching: KioskDriver, lang: str
) -> None:
    kiosk = kiosk_matching
    form = LeadFormDriver(kiosk)
    day = second_day(kiosk)
    form.open(lang, exhibitor=EXHIBITOR)
    form.scroll_to(f"bookMeeting_{EXHIBITOR}")
    assert not kiosk.find("leadField_matching", visible=False).isVisible()  # booked, no wish
    kiosk.tap(f"bookMeeting_{EXHIBITOR}")
    assert kiosk.exists("meetingSlotPicker")
    choose_slot(kiosk, day, "1030")
    kiosk.tap("meetingPickerDone")
    button = kiosk.find(f"bookMeeting_{EXHIBITOR}")
    assert button.property("text").endswith("10:30")
    form.bridge.setValue("given_name", "Ana")
    form.bridge.setValue("family_name", "Lima")
    form.bridge.setValue("email", "ana@example.com")
    for purpose in form.bridge.property("consentPurposes"):  # the consent UI has its own tests
        form.bridge.setConsent(purpose["id"], True)
    form.submit()

    assert kiosk.app.screen == "thanks"
    shown = kiosk.text("bookedMeeting_0")
    assert "10:30" in shown and ("Confirmed" in shown or "已确认" in shown or "确认" in shown)
    with kiosk.host.database.sessions() as session:
        (meeting,) = session.scalars(select(Meeting)).all()
        assert meeting.exhibitor_ref == EXHIBITOR and meeting.status == "confirmed"
    image = kiosk.find("calendarQr_0")
    assert image.property("paintedWidth") > 100  # loaded and drawn
    # The code as the QR provider draws it for this screen (the Thanks card does not yet make
    # room for all of a 6 px-per-module calendar code at 1080p: issue #11's layout work).
    source = str(image.property("source").toString()).removeprefix("image://qr/")
    drawn = QrImageProvider(lambda: None).requestImage(source, QSize(), QSize())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    drawn.save(buffer, "PNG")
    (symbol,) = decode(Image.open(io.BytesIO(bytes(buffer.data()))))
    (event,) = icalendar.Calendar.from_ical(symbol.data).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == f"{day.isoformat()} 10:30"
    assert "Vinhos do Douro" in str(event["SUMMARY"]) or "杜罗" in str(event["SUMMARY"])


def test_a_full_slot_is_shown_full_and_cannot_be_chosen(kiosk_matching: KioskDriver) -> None:
    kiosk = kiosk_matching
    day = second_day(kiosk)
    book_elsewhere(kiosk, day, "a@example.com")
    book_elsewhere(kiosk, day, "b@example.com")
    form = LeadFormDriver(kiosk)
    form.open("en", exhibitor=EXHIBITOR)
    form.scroll_to(f"bookMeeting_{EXHIBITOR}")
    kiosk.tap(f"bookMeeting_{EXHIBITOR}")
    kiosk.tap(f"meetingDay_{day.isoformat()}")
    full = kiosk.find("meetingSlot_1000")
    assert full.property("text") == "10:00 · Full" and not full.isEnabled()
    assert kiosk.find("meetingSlot_1030").isEnabled()


def test_book_a_meeting_on_an_exhibitor_page_opens_its_slots(kiosk_matching: KioskDriver) -> None:
    kiosk = kiosk_matching
    kiosk.tap("startPrompt_en")  # the sample starts in Simplified Chinese
    kiosk.app.go("exhibitor", EXHIBITOR)
    kiosk.settle()
    kiosk.tap("bookMeetingButton")
    assert kiosk.app.screen == "contact"
    kiosk.tap("ageOldEnough")  # the age comes first, then the slots asked for
    assert kiosk.exists("meetingSlotPicker")
    assert "Vinhos" in kiosk.text("meetingPickerTitle")
    kiosk.app.go("exhibitor", "golden-lotus-bakery")  # does not take part: no button
    kiosk.settle()
    assert not kiosk.exists("bookMeetingButton")
