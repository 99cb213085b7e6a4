"""Idle reset and the on-screen keyboard, on the real window with real taps and keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import KioskDriver
from keyboard_keys import keyboard_key, press_keys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.config import Settings

FIELD_QML = (
    "import QtQuick; import QtQuick.Controls; TextField { objectName: 'probeField';"
    " x: 100; y: 100; width: 600; height: 80; font.pixelSize: 32 }"
)


def start(kiosk: KioskDriver) -> None:
    kiosk.tap("attractScreen")
    assert kiosk.app.screen == "home"


def add_text_field(kiosk: KioskDriver) -> QQuickItem:
    """A real TextField on the current screen, as a search box or the lead form would have."""
    field = kiosk.add_qml(FIELD_QML, kiosk.current_screen())
    kiosk.settle()
    return field


def test_idle_shows_still_there_and_the_button_keeps_the_visit(kiosk: KioskDriver) -> None:
    start(kiosk)
    kiosk.tap("homeTile_about")
    kiosk.host.idle.set_timeouts(0.3, 20)
    assert not kiosk.exists("stillThereButton")
    kiosk.wait_until(lambda: kiosk.app.idle.countingDown)
    kiosk.settle()
    assert kiosk.exists("stillThereButton")
    assert int(kiosk.text("idleSecondsLeft")) in (19, 20)
    assert not kiosk.exists("backButton"), "the overlay is modal"
    kiosk.host.idle.set_timeouts(30, 20)
    kiosk.tap("stillThereButton")
    assert not kiosk.app.idle.countingDown and not kiosk.exists("stillThereButton")
    assert kiosk.app.screen == "about" and kiosk.exists("aboutScreen")


def test_still_there_button_is_large_and_translated(kiosk: KioskDriver) -> None:
    start(kiosk)
    kiosk.tap("languageButton_zh-Hant")
    kiosk.host.idle.set_timeouts(0.2, 20)
    kiosk.wait_until(lambda: kiosk.app.idle.countingDown)
    kiosk.settle()
    button = kiosk.find("stillThereButton")
    scale = kiosk.window.height() / 1080
    assert button.height() * scale >= 48 * scale and button.height() >= 96
    assert kiosk.text("idleTitle") == "您還在嗎？"


def test_countdown_end_resets_to_attract_and_wipes_every_input(kiosk: KioskDriver) -> None:
    start(kiosk)
    kiosk.tap("languageButton_pt")
    kiosk.tap("homeTile_contact")
    field = add_text_field(kiosk)
    kiosk.tap("probeField")
    for char in "Maria":
        QTest.keyClick(kiosk.window, char)
    assert field.property("text") == "Maria"

    kiosk.host.idle.set_timeouts(0.3, 1)
    kiosk.wait_until(lambda: kiosk.app.screen == "attract", timeout_ms=6000)
    kiosk.settle()
    kiosk.wait_until(lambda: kiosk.current_screen() is None)
    assert kiosk.app.language == "en"
    assert kiosk.exists("attractScreen") and not kiosk.exists("stillThereButton")
    assert all(not i.property("text") for i in kiosk.text_inputs())
    assert not kiosk.items("probeField"), "the visit's screens are gone"
    assert not QGuiApplication.inputMethod().isVisible()


def test_no_idle_countdown_on_the_attract_loop(kiosk: KioskDriver) -> None:
    kiosk.host.idle.set_timeouts(0.2, 1)
    kiosk.settle(600)
    assert not kiosk.app.idle.countingDown and kiosk.app.screen == "attract"


def test_touches_postpone_the_countdown(kiosk: KioskDriver) -> None:
    start(kiosk)
    kiosk.host.idle.set_timeouts(0.6, 20)
    for _ in range(4):
        kiosk.settle(300)
        kiosk.tap("languageButton_pt", settle=False)
    assert not kiosk.app.idle.countingDown


def test_keyboard_appears_for_a_text_field_in_the_visitors_language(kiosk: KioskDriver) -> None:
    start(kiosk)
    kiosk.tap("languageButton_zh-Hans")
    kiosk.tap("homeTile_contact")
    add_text_field(kiosk)
    panel = kiosk.find("inputPanel", visible=False)
    assert not panel.property("active")
    stack_height = kiosk.find("screenStack", visible=False).height()
    kiosk.tap("probeField")
    kiosk.wait_until(lambda: panel.property("active"))
    kiosk.settle()
    assert kiosk.exists("inputPanel")
    assert QGuiApplication.inputMethod().locale().name() == "zh_CN"
    assert kiosk.find("screenStack", visible=False).height() < stack_height, (
        "screens make room for the keys"
    )
    kiosk.tap("languageButton_zh-Hant")
    kiosk.wait_until(lambda: QGuiApplication.inputMethod().locale().name() == "zh_TW")
    kiosk.tap("languageButton_pt")
    kiosk.wait_until(lambda: QGuiApplication.inputMethod().locale().name() == "pt_PT")


@pytest.mark.parametrize("overlay", [False, True])
def test_a_field_tapped_while_the_keys_load_gets_them_once_loaded(
    qapp, qtbot, settings: Settings, database, i18n_cache: Path, overlay: bool
) -> None:
    """The keys load in the background after the first frame. A field tapped before they
    exist asks for them in vain (Qt drops the request): the keys come when loaded, unless
    "Still there?" is up by then (they come back when it goes, as always)."""
    from kiosk.ui.app import prepare_environment
    from kiosk.ui.window import KioskWindowHost

    prepare_environment()
    host = KioskWindowHost(settings, i18n_cache=i18n_cache)
    host.load()
    host.window.setProperty("keyboardRequested", True)  # Main.qml: no load at the first frame
    kiosk = KioskDriver(host, qtbot)
    try:
        qtbot.waitExposed(host.window)
        kiosk.settle()
        start(kiosk)
        add_text_field(kiosk)
        kiosk.tap("probeField")
        loader = kiosk.find("keyboardLoader", visible=False)
        assert loader.property("item") is None, "the keys are still to load"
        if overlay:
            host.idle.set_timeouts(0.05, 20)
            kiosk.wait_until(lambda: kiosk.app.idle.countingDown)
        loader.setProperty("active", True)  # what the first frame starts (KeyboardDock.load)
        kiosk.wait_until(lambda: loader.property("item") is not None)
        kiosk.settle()
        panel = kiosk.find("inputPanel", visible=False)
        assert panel.property("active") != overlay, "keys up unless the overlay is"
        if overlay:
            host.idle.set_timeouts(30, 20)
            kiosk.tap("stillThereButton")
            kiosk.wait_until(lambda: panel.property("active"))
    finally:
        host.close()


def open_keyboard(kiosk: KioskDriver, lang: str = "en") -> QQuickItem:
    """The lead form with a text field focused and the keyboard up; returns the field."""
    start(kiosk)
    kiosk.tap(f"languageButton_{lang}")
    kiosk.tap("homeTile_contact")
    field = add_text_field(kiosk)
    kiosk.tap("probeField")
    kiosk.wait_until(lambda: kiosk.find("inputPanel", visible=False).property("active"))
    kiosk.settle()
    return field


@pytest.mark.parametrize(
    ("lang", "keys", "typed"),
    [
        ("zh-Hans", ("n", "i", " "), "你"),  # Pinyin, first candidate
        ("zh-Hant", ("人", "弓", "火", " "), "你"),  # Cangjie (ONF), first candidate
        ("pt", ("a", "ç", "o"), "aço"),  # the Portuguese layout has its own ç key
    ],
)
def test_typing_on_the_keyboard_in_each_language(
    kiosk: KioskDriver, lang: str, keys: tuple[str, ...], typed: str
) -> None:
    field = open_keyboard(kiosk, lang)
    press_keys(kiosk, *keys)
    kiosk.wait_until(lambda: field.property("text").lower() == typed)  # Latin layouts capitalise


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_still_there_closes_the_keyboard_and_a_tap_on_a_key_types_nothing(
    kiosk: KioskDriver, lang: str
) -> None:
    field = open_keyboard(kiosk, lang)
    key = kiosk.centre(keyboard_key(kiosk, "a"))
    kiosk.host.idle.set_timeouts(0.2, 20)
    kiosk.wait_until(lambda: kiosk.app.idle.countingDown)
    kiosk.wait_until(lambda: not kiosk.find("inputPanel", visible=False).property("active"))
    kiosk.settle()
    assert not QGuiApplication.inputMethod().isVisible()
    assert kiosk.exists("stillThereButton"), "nothing covers the overlay's button"

    kiosk.host.idle.set_timeouts(30, 20)
    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, key)
    kiosk.settle(400)
    assert not kiosk.app.idle.countingDown, "the tap answered the overlay"
    assert field.property("text") == "", "and typed nothing into the form"
    kiosk.wait_until(lambda: kiosk.find("inputPanel", visible=False).property("active"))


def test_the_staff_pin_pad_closes_the_keyboard_and_shows_whole(kiosk: KioskDriver) -> None:
    from staff_driver import open_pad, set_pin

    set_pin(kiosk.host.database.sessions)
    open_keyboard(kiosk)
    open_pad(kiosk)
    kiosk.wait_until(lambda: not kiosk.find("inputPanel", visible=False).property("active"))
    kiosk.settle()
    assert not QGuiApplication.inputMethod().isVisible()
    enter = kiosk.find("pinEnter")
    bottom = enter.mapToItem(kiosk.window.contentItem(), 0, enter.height()).y()
    assert bottom <= kiosk.window.contentItem().height(), "the OK key is on the screen"
