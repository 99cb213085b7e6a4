"""Badge and card scanners on the lead form: a fast burst of keys ending in Enter fills it."""

from __future__ import annotations

import pytest
from helpers import KioskDriver
from lead_form_driver import LeadFormDriver
from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from kiosk.config import Settings
from kiosk.logging_setup import configure_logging, install_exception_hooks
from kiosk.ui import lead_form
from kiosk.ui.card_scanner import BurstDetector, Verdict
from kiosk.ui.recovery import ErrorRecovery

VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Chan;Tai Man;;;\nFN:Chan Tai Man\nORG:Macau Tea Co.\n"
    "TITLE:Director\nEMAIL;TYPE=WORK:chan@example.mo\nTEL;TYPE=CELL:+853 6612 3456\n"
    "END:VCARD\n"
)


@pytest.fixture
def form(kiosk_event: KioskDriver) -> LeadFormDriver:
    return LeadFormDriver(kiosk_event)


def scan(kiosk: KioskDriver, text: str, gap_ms: int = 4) -> None:
    """Keys as a USB scanner (or, with a longer ``gap_ms``, a person) sends them to the
    window, stamped with the times the input system would give them."""
    none = Qt.KeyboardModifier.NoModifier
    start = QDateTime.currentMSecsSinceEpoch() % 1_000_000_000
    for index, char in enumerate(text):
        if char == "\n":
            key, typed = Qt.Key.Key_Return, "\r"
        elif char.isascii() and char.isalnum():
            key, typed = Qt.Key(ord(char.upper())), char
        else:
            key, typed = Qt.Key.Key_unknown, char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, none, typed)
            event.setTimestamp(start + index * gap_ms)
            QGuiApplication.sendEvent(kiosk.window, event)
    kiosk.qtbot.wait(250)  # the burst ends with silence


def test_a_vcard_burst_fills_the_fields_instead_of_the_focused_one(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.open("en")
    form.focus("given_name")
    form.type("Someone")
    form.enter(2)
    form.type("Typed Ltd")  # the company field has the focus when the card is scanned
    scan(kiosk, VCARD)

    values = form.bridge.property("values")
    assert (values["family_name"], values["given_name"]) == ("Chan", "Tai Man")  # from N
    assert (values["company"], values["job_title"]) == ("Macau Tea Co.", "Director")
    assert (values["email"], values["phone"]) == ("chan@example.mo", "+853 6612 3456")
    assert form.text("company") == "Macau Tea Co.", "the burst's keys were taken back out"
    assert form.text("given_name") == "Tai Man"
    assert kiosk.exists("scanNotice")
    assert kiosk.app.screen == "contact", "no Enter of the burst reached the form"


def test_a_mecard_burst_with_chinese_text_fills_the_name(form: LeadFormDriver) -> None:
    form.open("zh-Hant")
    scan(form.kiosk, "MECARD:N:陳,大文;TEL:+85366123456;EMAIL:chan@example.mo;;\n")
    values = form.bridge.property("values")
    assert (values["family_name"], values["given_name"]) == ("陳", "大文")
    assert values["phone"] == "+85366123456"
    assert form.text("email") == "chan@example.mo"


def test_a_person_typing_on_a_keyboard_is_never_taken_for_a_scanner(form: LeadFormDriver) -> None:
    form.open("en")
    form.focus("email")
    scan(form.kiosk, "ann@example.org", gap_ms=60)  # a fast typist
    assert form.text("email") == "ann@example.org"
    assert form.bridge.property("values")["family_name"] == ""
    assert not form.kiosk.exists("scanNotice")


def test_a_fast_burst_that_is_no_card_is_left_as_typed(form: LeadFormDriver) -> None:
    form.open("en")
    form.focus("phone")
    scan(form.kiosk, "4006001234567\n")  # a product barcode, say
    assert form.text("phone") == "4006001234567"
    assert form.bridge.property("values")["family_name"] == ""


def test_the_scanner_only_listens_on_the_form(form: LeadFormDriver) -> None:
    form.open("en")
    form.kiosk.tap("homeButton")
    scan(form.kiosk, VCARD)
    assert form.bridge.property("values")["family_name"] == ""


def test_burst_detector_rules() -> None:
    detector = BurstDetector(max_gap_s=0.03, min_length=8)
    t = 100.0
    assert detector.press("a", enter=False, now=t) is Verdict.START
    for i, char in enumerate("bcdefgh", 1):
        assert detector.press(char, enter=False, now=t + i * 0.005) is Verdict.PASS
    assert detector.press("", enter=True, now=t + 0.04) is Verdict.SWALLOW
    assert detector.finish() == "abcdefgh\n"
    # Too short, or too slow: Enter goes through and nothing is a scan.
    assert detector.press("x", enter=False, now=t + 1) is Verdict.START
    assert detector.press("", enter=True, now=t + 1.01) is Verdict.PASS
    assert detector.finish() is None
    for i, char in enumerate("abcdefghij"):
        assert detector.press(char, enter=False, now=t + 2 + i * 0.05) is Verdict.START
    assert detector.press("", enter=True, now=t + 2.6) is Verdict.PASS
    assert detector.finish() is None


BROKEN_CHARSET = (  # issue #12: raised in the parser, and the recovery wiped the form
    "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=undefined;ENCODING=QUOTED-PRINTABLE:=41\nEND:VCARD\n"
)


def _parser_with_a_bug(text: str) -> None:
    raise RuntimeError("a bug in the card parser")


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("fault", ["odd charset", "bug in the parser"])
def test_a_scan_that_fails_never_wipes_what_the_visitor_typed(
    form: LeadFormDriver, settings: Settings, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    kiosk = form.kiosk
    install_exception_hooks()
    log_file = configure_logging(settings)
    recovery = ErrorRecovery(kiosk.app.reset)  # as ui.app.run wires it
    try:
        form.open("en")
        form.focus("email")
        form.type("ana@example.com")
        form.focus("company")
        form.type("Vinhos SA")
        if fault == "bug in the parser":
            monkeypatch.setattr(lead_form, "parse_card", _parser_with_a_bug)
        scan(kiosk, BROKEN_CHARSET)
        kiosk.qtbot.wait(100)  # a recovery, if any, is queued to the UI thread
    finally:
        recovery.close()
    assert recovery.recoveries == 0
    assert kiosk.app.screen == "contact"
    values = form.bridge.property("values")
    assert values["email"] == "ana@example.com" and form.text("email") == "ana@example.com"
    if fault == "odd charset":
        assert values["family_name"] == "A" and values["company"] == "Vinhos SA"
    else:
        assert values["company"].startswith("Vinhos SA")  # the burst's keys left as typed
        assert "RuntimeError at" in log_file.read_text("utf-8")
        assert "a bug in the card parser" not in log_file.read_text("utf-8")
