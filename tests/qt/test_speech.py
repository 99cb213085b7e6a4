"""Speech (kiosk.ui.speech): the voice chosen per language from what the PC offers, the heading
and each control touched read aloud in accessibility mode or when staff set it, repeat, stop and
volume, and plain words where the PC has no voice. The window tests use Qt's mock engine (English
voices only); one test asks the PC's real engine and checks whichever answer it gives."""

from __future__ import annotations

import os

import pytest
from helpers import KioskDriver
from sqlalchemy import select

from kiosk.data.models import AuditEntry
from kiosk.data.settings_repo import get_setting
from kiosk.ui.speech import ALWAYS, SpeechBridge, Voice, choose_voice, speech_checks

# What speech-dispatcher with espeak-ng offers (names and locales as Qt reports them).
ESPEAK = [
    Voice("Chinese (Cantonese)", "Cantonese", "HongKong", "yue_HK"),
    Voice("Chinese (Cantonese)+Adam", "Cantonese", "HongKong", "yue_HK"),
    Voice("Chinese (Mandarin, latin as Pinyin)", "C", "", "C"),
    Voice("Portuguese (Portugal)", "Portuguese", "Brazil", "pt_BR"),
    Voice("English (Scotland)", "English", "UnitedKingdom", "en_GB"),
    Voice("English (Great Britain)", "English", "UnitedKingdom", "en_GB"),
    Voice("English (America)", "English", "UnitedStates", "en_US"),
]
WINDOWS = [  # a Windows 11 PC with the Chinese (Taiwan) and Portuguese (Portugal) voices
    Voice("Microsoft Hanhan", "Chinese", "Taiwan", "zh_TW"),
    Voice("Microsoft Huihui", "Chinese", "China", "zh_CN"),
    Voice("Microsoft Helia", "Portuguese", "Portugal", "pt_PT"),
    Voice("Microsoft Maria", "Portuguese", "Brazil", "pt_BR"),
    Voice("Microsoft Zira", "English", "UnitedStates", "en_US"),
]


@pytest.mark.parametrize(
    ("voices", "tag", "expected"),
    [
        (ESPEAK, "zh-Hant", "Chinese (Cantonese)"),
        (ESPEAK, "zh-Hans", "Chinese (Mandarin, latin as Pinyin)"),
        (ESPEAK, "pt", "Portuguese (Portugal)"),
        (ESPEAK, "en", "English (Great Britain)"),
        (WINDOWS, "zh-Hant", "Microsoft Hanhan"),
        (WINDOWS, "zh-Hans", "Microsoft Huihui"),
        (WINDOWS, "pt", "Microsoft Helia"),
        (WINDOWS, "en", "Microsoft Zira"),
        (WINDOWS[4:], "pt", None),
        (WINDOWS[4:], "zh-Hant", None),
        (ESPEAK[2:], "zh-Hant", "Chinese (Mandarin, latin as Pinyin)"),  # no Cantonese
        ([], "en", None),
    ],
)
def test_the_voice_for_each_language(voices: list[Voice], tag: str, expected: str | None) -> None:
    chosen = choose_voice(tag, voices)
    assert (chosen.name if chosen else None) == expected


def speech_of(kiosk: KioskDriver) -> SpeechBridge:
    return kiosk.host.bridges["speech"]


def heard(kiosk: KioskDriver) -> list[str]:
    said: list[str] = []
    speech_of(kiosk).spoken.connect(said.append)
    return said


def test_accessibility_mode_reads_the_heading_and_each_control_touched(
    kiosk_event: KioskDriver,
) -> None:
    kiosk = kiosk_event
    speech = speech_of(kiosk)
    said = heard(kiosk)
    kiosk.tap("attractScreen")
    assert not speech.property("active") and not kiosk.exists("speechControls")
    kiosk.tap("accessibilityButton")
    assert speech.property("active") and speech.property("available")
    assert speech.property("voiceName") in ("Bob", "Anne")  # the mock engine's en_GB voices
    kiosk.wait_until(lambda: "Welcome" in said)
    kiosk.scroll_to("homeTile_about")  # accessibility mode's tiles scroll on a low screen
    kiosk.tap("homeTile_about")
    assert any(text.startswith("About") for text in said), said
    heading = kiosk.text("aboutEventHeading")
    kiosk.wait_until(lambda: said[-1] == heading)
    said.clear()
    kiosk.tap("speechRepeat")
    assert said == [heading], "what was read last, not the button's own name"
    said.clear()
    kiosk.tap("speechStop")
    assert said == []
    volume = speech.property("volume")
    kiosk.tap("speechLouder")
    assert speech.property("volume") > volume
    kiosk.tap("speechQuieter")
    kiosk.tap("speechQuieter")
    assert speech.property("volume") < volume
    kiosk.tap("speechStop")
    kiosk.app.reset()
    kiosk.settle(300)
    assert not speech.property("active") and speech.property("volume") == pytest.approx(0.8)


def test_a_language_without_a_voice_says_so(kiosk_event: KioskDriver) -> None:
    kiosk = kiosk_event
    said = heard(kiosk)
    kiosk.tap("attractScreen")
    kiosk.tap("accessibilityButton")
    kiosk.tap("languageButton_pt")  # the mock engine has no Portuguese voice
    speech = speech_of(kiosk)
    assert not speech.property("available")
    assert kiosk.text("speechNoVoice").startswith("Este PC não tem voz para esta língua")
    assert not kiosk.exists("speechRepeat")
    said.clear()
    kiosk.scroll_to("homeTile_about")
    kiosk.tap("homeTile_about")
    kiosk.settle(600)
    assert said == []  # nothing handed to an engine that cannot say it


def test_staff_can_have_every_visitor_read_to(kiosk_event: KioskDriver, database) -> None:
    kiosk = kiosk_event
    speech = speech_of(kiosk)
    speech.setAlways(True)
    assert speech.property("active")
    with database.sessions() as session:
        assert get_setting(session, ALWAYS) == "1"
        details = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "settings.changed")
        ).all()
    assert {"speech_always": True} in details
    kiosk.app.reset()
    kiosk.settle(300)
    assert speech.property("active"), "not reset with the visitor"
    again = SpeechBridge(database.sessions, kiosk.host.bridges["access"])
    assert again.property("always")


def test_doctor_lists_a_voice_or_its_absence_for_every_language(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PC's own engine (speech-dispatcher here, when installed and able to list voices):
    each language has a line; a voice found is named, a missing one says so with a fix."""
    monkeypatch.delenv("KIOSK_TTS_ENGINE", raising=False)
    lines = {name: (ok, detail, fix) for name, ok, detail, fix in speech_checks()}
    if "speech" in lines:  # no engine at all
        assert lines["speech"][0] is False and "speech-dispatcher" in lines["speech"][2]
        return
    assert set(lines) == {"voice zh-Hant", "voice zh-Hans", "voice pt", "voice en"}
    for ok, detail, fix in lines.values():
        assert ok == (not detail.startswith("no voice"))
        assert "apt install" in fix
    if lines["voice zh-Hant"][0] and "Cantonese" in os.popen("espeak-ng --voices=yue").read():
        assert "Cantonese" in lines["voice zh-Hant"][1]


def test_a_finger_on_a_touchscreen_is_read_once(kiosk_event: KioskDriver) -> None:
    """A touchscreen's finger (a TouchEnd, not a mouse release) is read, once."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    kiosk = kiosk_event
    kiosk.tap("attractScreen")
    kiosk.tap("accessibilityButton")
    kiosk.settle(600)
    said = heard(kiosk)
    kiosk.scroll_to("homeTile_about")
    tile = kiosk.find("homeTile_about")
    centre = kiosk.centre(tile)
    device = QTest.createTouchDevice()
    QTest.touchEvent(kiosk.window, device).press(0, QPoint(centre)).commit()
    QTest.touchEvent(kiosk.window, device).release(0, QPoint(centre)).commit()
    kiosk.settle(100)
    assert kiosk.app.screen == "about"
    names = [text for text in said if text.startswith("About")]
    assert len(names) == 1, said
