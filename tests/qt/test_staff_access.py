"""The way into staff mode and out of it, by real taps: the hidden gesture, the PIN pad,
no staff mode before a PIN is set on the PC, wrong PINs and the lockout, the staff session's
own timeout, quitting, and touch targets of at least 48 px on every staff screen."""

from __future__ import annotations

import pytest
from helpers import KioskDriver
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from staff_driver import (
    PIN,
    log_in,
    open_pad,
    open_section,
    set_pin,
    staff,
    tap_corner,
    type_pin,
    wait_pin_checked,
)
from test_kiosk_window import small_targets

from kiosk.data.database import Database
from kiosk.services.staff_pin import FIRST_LOCKOUT_S, StaffPin


def test_holding_the_corner_opens_the_pin_pad_and_a_short_press_does_not(
    kiosk: KioskDriver,
) -> None:
    staff(kiosk).holdMs = 400
    corner = kiosk.find("staffCorner")
    assert corner.childItems() == [], "nothing in the corner hints at staff mode"
    point: QPoint = kiosk.centre(corner)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    QTest.mousePress(kiosk.window, left, none, point)
    kiosk.qtbot.wait(150)
    QTest.mouseRelease(kiosk.window, left, none, point)
    kiosk.settle()
    assert not staff(kiosk).shown and not kiosk.exists("staffPinPad")

    QTest.mousePress(kiosk.window, left, none, point)
    kiosk.wait_until(lambda: kiosk.exists("staffPinPad"), 3000)
    QTest.mouseRelease(kiosk.window, left, none, point)
    assert staff(kiosk).stage == "pin"


def test_five_taps_open_the_pad_four_do_not_and_cancel_closes_it(kiosk: KioskDriver) -> None:
    tap_corner(kiosk, 4)
    assert not kiosk.exists("staffPinPad")
    assert kiosk.app.screen == "home", "the taps still reach the attract loop below"
    tap_corner(kiosk, 1)
    assert kiosk.exists("staffPinPad")
    kiosk.tap("pinCancel")
    assert not kiosk.exists("staffPinPad") and not staff(kiosk).shown
    assert kiosk.app.screen == "home", (
        "a visitor who opened the pad by chance stays where they were"
    )
    assert kiosk.host.idle.property("countingDown") is False


@pytest.mark.parametrize("pin_set", [False, True], ids=["no PIN yet", "PIN set"])
def test_the_gesture_opens_staff_mode_only_once_a_pin_is_set_on_the_pc(
    kiosk: KioskDriver, database: Database, pin_set: bool
) -> None:
    """On a fresh booth the gesture shows a calm notice and no pad: the PIN is set on the PC
    (kiosk set-pin), so whoever finds the gesture first cannot make staff mode theirs."""
    if pin_set:
        set_pin(database.sessions)
    open_pad(kiosk)
    if pin_set:
        assert kiosk.text("pinTitle") == "Staff PIN"
        assert kiosk.find("pinKey_2").isVisible()
        type_pin(kiosk, PIN)
        kiosk.wait_until(lambda: kiosk.exists("staffDashboard"), 10_000)
        return
    assert kiosk.text("pinTitle") == "Staff mode is not set up"
    assert "kiosk set-pin" in kiosk.text("pinHint")
    assert not kiosk.exists("pinKeys") and not kiosk.exists("pinKey_2"), "no keys to type on"
    bridge = staff(kiosk)
    for digit in PIN:  # even typed behind the screen's back, nothing is taken or stored
        bridge.pressDigit(digit)
    bridge.submitPin()
    kiosk.settle()
    assert bridge.pinLength == 0 and not bridge.pinBusy and bridge.stage == "pin"
    assert not StaffPin(database.sessions).is_set()
    kiosk.tap("pinCancel")
    assert not bridge.shown and not kiosk.exists("staffDashboard")
    assert kiosk.app.screen == "home"


def test_wrong_pins_lock_the_pad_and_the_lockout_survives_reopening(
    kiosk: KioskDriver, database: Database
) -> None:
    set_pin(database.sessions)
    open_pad(kiosk)
    assert kiosk.text("pinTitle") == "Staff PIN"
    type_pin(kiosk, "111112")
    wait_pin_checked(kiosk)
    assert kiosk.text("pinMessage") == "Wrong PIN. Attempts left before the pad locks: 4"
    for _ in range(4):
        type_pin(kiosk, "111112")
        wait_pin_checked(kiosk)
    message = kiosk.text("pinMessage")
    assert message.startswith("Too many wrong PINs. Try again in 0:"), message
    seconds = int(message.rsplit(":", 1)[1].rstrip("."))
    assert FIRST_LOCKOUT_S - 2 <= seconds <= FIRST_LOCKOUT_S
    assert not kiosk.find("pinKey_1").isEnabled(), "keys do nothing during a lockout"

    kiosk.tap("pinCancel")
    open_pad(kiosk)
    assert kiosk.text("pinMessage").startswith("Too many wrong PINs"), "counted in the database"
    assert staff(kiosk).lockedSeconds > 0


def test_the_right_pin_opens_the_dashboard_and_ends_the_visit(
    kiosk: KioskDriver, database: Database
) -> None:
    set_pin(database.sessions)
    kiosk.tap("attractScreen")
    kiosk.tap("homeTile_about")
    log_in(kiosk)
    assert kiosk.app.screen == "attract", "whatever a visitor left is gone"
    assert kiosk.exists("staffDashboard") and not kiosk.exists("staffPinPad")
    kiosk.tap("backToVisitorButton")
    assert not staff(kiosk).shown and kiosk.exists("attractScreen")


def test_staff_mode_ends_after_its_own_idle_time(kiosk: KioskDriver, database: Database) -> None:
    set_pin(database.sessions)
    # Long enough for the log-in and the dashboard's figures on a loaded machine: the session
    # starts at the PIN, and a session over before the tap below proves nothing.
    staff(kiosk).session_limit_s = 3.0
    log_in(kiosk)
    kiosk.tap("settingsButton")  # a touch renews the session
    assert staff(kiosk).shown
    kiosk.wait_until(lambda: not staff(kiosk).shown, 10_000)
    kiosk.settle()
    assert kiosk.exists("attractScreen") and not kiosk.exists("staffDashboard")


def test_the_visitor_idle_reset_does_not_touch_staff_mode(
    kiosk: KioskDriver, database: Database
) -> None:
    set_pin(database.sessions)
    kiosk.tap("attractScreen")
    log_in(kiosk)
    # Short visitor timeouts from now on (set before, a slow log-in on a loaded machine met
    # the visitor's reset half-way): a visitor timer left running in staff mode fires.
    kiosk.host.idle.set_timeouts(0.2, 1)
    kiosk.qtbot.wait(1800)  # more than the visitor's idle time and countdown together
    assert staff(kiosk).stage == "dashboard" and kiosk.exists("staffDashboard")
    assert kiosk.host.idle.countingDown is False


def test_quit_closes_the_window_only_once_staff_confirm(
    qapp, kiosk: KioskDriver, database: Database
) -> None:
    set_pin(database.sessions)
    window = kiosk.window
    window.close()
    assert window.isVisible() and not kiosk.app.closeAllowed, "kiosk mode refuses to close"
    log_in(kiosk)
    kiosk.tap("quitButton")
    assert kiosk.exists("quitDialog")
    kiosk.tap("cancelQuitButton")
    assert window.isVisible() and not kiosk.app.closeAllowed
    kiosk.tap("quitButton")
    quit_on_close = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        kiosk.tap("confirmQuitButton", settle=False)
        kiosk.wait_until(lambda: not window.isVisible(), 3000)
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_close)
    assert kiosk.app.closeAllowed


def test_every_staff_touch_target_is_at_least_48_px(kiosk: KioskDriver, database: Database) -> None:
    set_pin(database.sessions)
    open_pad(kiosk)
    assert small_targets(kiosk) == []
    type_pin(kiosk, PIN)
    kiosk.wait_until(lambda: kiosk.exists("staffDashboard"), 10_000)
    for section in ("overviewButton", "exportButton", "wipeButton", "reloadContentButton"):
        open_section(kiosk, section)
        assert small_targets(kiosk) == [], section
    for section in ("settingsButton", "auditButton"):
        open_section(kiosk, section)
        assert small_targets(kiosk) == [], section
    open_section(kiosk, "exportButton")
    kiosk.tap("chooseFolderButton")
    kiosk.tap("folderRoot_data")
    assert small_targets(kiosk) == [], "folder picker"


def test_staff_mode_adds_nothing_heavy_to_the_visitors_start() -> None:
    """The window imports the staff bridge; the services behind its panels (export with
    xlsxwriter and openpyxl, content import with Pillow, dashboard, wipe) load only when staff
    use them."""
    import subprocess
    import sys

    heavy = (
        "xlsxwriter",
        "openpyxl",
        "PIL",
        "kiosk.content.importer",
        "kiosk.services.export.run",
        "kiosk.services.dashboard",
        "kiosk.services.wipe",
        "kiosk.sync.status",
    )
    code = f"import sys, kiosk.ui.window; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
