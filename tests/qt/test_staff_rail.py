"""With the on-screen keyboard up, every button of the staff side rail can still be reached:
the rail scrolls inside the area above the keyboard instead of hiding its lower buttons."""

from __future__ import annotations

from helpers import KioskDriver, scroll_into_view
from staff_driver import log_in, open_keyboard, open_section, set_pin, span, staff

from kiosk.data.database import Database

RAIL = (
    "overviewButton",
    "exportButton",
    "wipeButton",
    "reloadContentButton",
    "settingsButton",
    "auditButton",
    "quitButton",
)


def test_every_rail_button_stays_reachable_above_the_keyboard(
    kiosk: KioskDriver, database: Database
) -> None:
    set_pin(database.sessions)
    log_in(kiosk)
    open_section(kiosk, "settingsButton")
    keyboard_top = open_keyboard(kiosk, "kioskIdField")
    rail = kiosk.find("staffRail")
    rail_top, rail_bottom = span(rail)
    assert rail_bottom <= keyboard_top + 1, "the rail ends where the keyboard begins"
    assert rail.property("contentHeight") > rail.height(), "too short for every button: scrolls"

    for name in RAIL:
        button = kiosk.find(name, visible=False)
        scroll_into_view(button)
        top, bottom = span(button)
        assert rail_top <= top and bottom <= keyboard_top, f"{name} is not above the keyboard"
        assert kiosk.exists(name), kiosk.why_unreachable(button)
        assert button.height() >= 48, f"{name} is under 48 px at 1080p"  # design units

    kiosk.tap("quitButton")  # the last one, scrolled to: it answers the finger
    assert kiosk.exists("quitDialog")
    kiosk.tap("cancelQuitButton")
    scroll_into_view(kiosk.find("auditButton", visible=False))
    kiosk.tap("auditButton")
    assert staff(kiosk).section == "audit"
