"""With the on-screen keyboard up, every control of the staff panel can still be reached: the
panel area ends where the keyboard begins and scrolls (as the rail does), and the focused field
is kept in sight."""

from __future__ import annotations

from helpers import KioskDriver, accepts_input, scroll_into_view, walk
from PySide6.QtQuick import QQuickItem
from staff_driver import event_with_leads, log_in, open_keyboard, open_section, span, wait_idle

from kiosk.data.database import Database


def controls(panel: QQuickItem) -> list[QQuickItem]:
    """The panel's named items that take a press, shown or not yet scrolled to."""
    return [
        i for i in walk(panel, lambda i: not i.isVisible()) if i.objectName() and accepts_input(i)
    ]


def assert_all_reachable(kiosk: KioskDriver, panel: str, keyboard_top: float) -> list[str]:
    """Scroll each control of ``panel`` into the area above the keyboard; returns their names."""
    area = kiosk.find("staffPanelArea")
    area_top, area_bottom = span(area)
    assert area_bottom <= keyboard_top + 1, "the panel area ends where the keyboard begins"
    assert area.property("contentHeight") > area.height(), "the panel is taller: it scrolls"
    names = []
    for item in controls(kiosk.find(panel)):
        name = item.objectName()
        scroll_into_view(item)
        top, bottom = span(item)
        assert area_top <= top and bottom <= keyboard_top, f"{name} is not above the keyboard"
        assert kiosk.exists(name), kiosk.why_unreachable(item)
        names.append(name)
    return names


def keyboard_on(kiosk: KioskDriver, database: Database, section: str, field: str) -> float:
    """Staff mode on ``section`` (a rail button) with a few leads, the keyboard up under
    ``field``; returns the keyboard's top."""
    event_with_leads(database.sessions, 3)
    log_in(kiosk)
    open_section(kiosk, section)
    return open_keyboard(kiosk, field)


def test_every_settings_control_can_be_brought_above_the_keyboard_and_tapped(
    kiosk: KioskDriver, database: Database
) -> None:
    keyboard_top = keyboard_on(kiosk, database, "settingsButton", "kioskIdField")
    names = assert_all_reachable(kiosk, "settingsPanel", keyboard_top)
    assert {"kioskIdField", "saveSettingsButton", "idlePlus", "cursorCheck"} <= set(names)

    cursor = kiosk.find("cursorCheck")
    scroll_into_view(cursor)
    before = cursor.property("checked")
    kiosk.tap("cursorCheck")  # the last control, under the keyboard before it scrolled
    assert cursor.property("checked") is (not before)
    assert kiosk.find("inputPanel", visible=False).property("active"), "the keyboard stays"

    area = kiosk.find("staffPanelArea")
    assert area.property("contentY") > 0
    field = kiosk.find("kioskIdField", visible=False)
    kiosk.find("staffDashboard").forceActiveFocus()
    field.forceActiveFocus()  # focus back in the field: the panel scrolls it into sight
    kiosk.settle(100)
    top, bottom = span(field)
    assert span(area)[0] <= top and bottom <= keyboard_top, "the focused field is in sight"


def test_every_wipe_control_can_be_brought_above_the_keyboard_and_tapped(
    kiosk: KioskDriver, database: Database
) -> None:
    keyboard_top = keyboard_on(kiosk, database, "wipeButton", "wipePhraseField")
    field = kiosk.find("wipePhraseField")
    area_top = span(kiosk.find("staffPanelArea"))[0]
    for shown in (field, kiosk.find("wipeAllButton")):  # the field and its button, untouched
        top, bottom = span(shown)
        assert area_top <= top and bottom <= keyboard_top, f"{shown.objectName()} is hidden"
    field.setProperty("text", "DELETE SOME LEADS")
    names = assert_all_reachable(kiosk, "wipePanel", keyboard_top)
    assert {"wipePhraseField", "wipeAllButton"} <= set(names)

    kiosk.tap("wipeAllButton")
    wait_idle(kiosk)
    assert kiosk.text("wipeResult") == "The phrase does not match. Nothing was deleted."
