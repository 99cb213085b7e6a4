""" "You are here" in the real kiosk window on the bundled sample pack: the marker sits on the
kiosk's chosen position of the map it belongs to (checked on the item and in the pixels the
window draws), on that map only, on the exhibitor page's mini-map too, and nowhere before staff
choose a position."""

from __future__ import annotations

import pytest
from helpers import KioskDriver, shown
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

MARKER_INK = QColor("#042A29")  # Theme.primaryDeep: the marker's dot


def open_map(kiosk: KioskDriver, pavilion: str) -> None:
    kiosk.tap("attractScreen")
    kiosk.tap("homeTile_map")
    kiosk.tap(f"mapTab_{pavilion}")
    kiosk.settle(200)


def spot(kiosk: KioskDriver, fx: float, fy: float) -> QPointF:
    """Where the fraction (fx, fy) of the shown map is, in window coordinates."""
    content = kiosk.find("mapContent")
    return content.mapToScene(QPointF(fx * content.width(), fy * content.height()))


def ink_near(kiosk: KioskDriver, point: QPointF, radius: int = 4) -> bool:
    """The window draws the marker's dark dot around ``point``."""
    image = kiosk.window.grabWindow()
    ratio = image.devicePixelRatio()
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            colour = image.pixelColor(
                round((point.x() + dx) * ratio), round((point.y() + dy) * ratio)
            )
            if (
                max(
                    abs(colour.red() - MARKER_INK.red()),
                    abs(colour.green() - MARKER_INK.green()),
                    abs(colour.blue() - MARKER_INK.blue()),
                )
                <= 12
            ):
                return True
    return False


def test_no_marker_before_staff_choose_a_position(kiosk_sample: KioskDriver) -> None:
    kiosk = kiosk_sample
    assert not kiosk.host.bridges["here"].property("shown")
    open_map(kiosk, "food")
    assert not kiosk.exists("youAreHereMarker")
    assert not ink_near(kiosk, spot(kiosk, 0.5, 0.9))


@pytest.mark.parametrize(
    ("key", "fx", "fy"), [("food/entrance", 0.5, 0.9), ("food/tasting", 0.86, 0.5)]
)
def test_the_marker_sits_on_the_chosen_position(
    kiosk_sample: KioskDriver, key: str, fx: float, fy: float
) -> None:
    kiosk = kiosk_sample
    here = kiosk.host.bridges["here"]
    here.choose(key)
    assert here.property("chosen") == key and here.property("error") == ""
    open_map(kiosk, "food")
    assert kiosk.exists("youAreHereMarker")
    marker = kiosk.find("youAreHereMarker")
    at = marker.mapToScene(QPointF(marker.width() / 2, marker.height() / 2))
    expected = spot(kiosk, fx, fy)
    assert (at.x(), at.y()) == pytest.approx((expected.x(), expected.y()), abs=0.5)
    assert ink_near(kiosk, expected), "the dot is drawn there"
    labels = [t for t in kiosk.visible_texts() if t == "您在这里"]
    assert labels, "labelled in the visitor's language (the sample starts in zh-Hans)"

    kiosk.tap("mapTab_services")
    kiosk.settle(200)
    assert not kiosk.exists("youAreHereMarker"), "another pavilion's map"
    assert not ink_near(kiosk, spot(kiosk, fx, fy))


def test_the_exhibitor_page_marks_it_on_the_mini_map(kiosk_sample: KioskDriver) -> None:
    kiosk = kiosk_sample
    kiosk.host.bridges["here"].choose("food/tasting")
    catalog = kiosk.host.bridges["mapPage"].catalog
    near = min(
        (e for e in catalog.exhibitors if e.pavilion_id == "food" and e.booth_x is not None),
        key=lambda e: (e.booth_x - 0.86) ** 2 + (e.booth_y - 0.5) ** 2,
    )
    far = next(e for e in catalog.exhibitors if e.pavilion_id == "services")
    kiosk.tap("attractScreen")
    kiosk.host.app_bridge.go("exhibitor", near.id)
    kiosk.settle(200)
    marker = kiosk.find("miniMapYouAreHere", visible=False)  # the page scrolls to it
    image = kiosk.find("boothMiniMapImage", visible=False)
    crop = kiosk.find("boothMiniMap", visible=False)
    at = marker.mapToScene(QPointF(marker.width() / 2, marker.height() / 2))
    expected = image.mapToScene(QPointF(0.86 * image.width(), 0.5 * image.height()))
    assert (at.x(), at.y()) == pytest.approx((expected.x(), expected.y()), abs=0.5)
    assert shown(marker)
    inside = crop.mapFromScene(at)
    assert 0 <= inside.x() <= crop.width() and 0 <= inside.y() <= crop.height(), "in the crop"
    kiosk.host.app_bridge.go("exhibitor", far.id)
    kiosk.settle(200)
    assert not shown(kiosk.find("miniMapYouAreHere", visible=False))


def test_a_position_the_new_content_lacks_shows_nothing(kiosk_sample: KioskDriver) -> None:
    kiosk = kiosk_sample
    here = kiosk.host.bridges["here"]
    here.choose("food/nowhere")
    assert "is not a position on the maps" in here.property("error")
    assert here.property("errorMessage")["code"] == "position.unknown", "translated on screen"
    assert here.property("chosen") == "" and not here.property("shown")
    here.choose("services/lounge")
    assert here.property("shown") and here.property("pavilionId") == "services"
    here.choose("")
    assert not here.property("shown")


def test_staff_choose_the_position_in_settings(kiosk_sample: KioskDriver) -> None:
    from staff_driver import log_in, open_section, set_pin

    from kiosk.services import kiosk_position

    kiosk = kiosk_sample
    kiosk.window.resize(1920, 1080)
    kiosk.settle(200)
    sessions = kiosk.host.database.sessions
    set_pin(sessions)
    log_in(kiosk)
    open_section(kiosk, "settingsButton")
    kiosk.app.setLanguage("en")
    kiosk.settle(100)  # the buttons are laid out again in English
    area = kiosk.find("staffPanelArea")  # the panel scrolls: the choices are at its foot
    area.setProperty("contentY", max(0.0, area.property("contentHeight") - area.height()))
    kiosk.settle(100)
    assert kiosk.text("positionChoice_food/tasting") == "Food and Drinks Pavilion: Tasting area"
    kiosk.tap("positionChoice_food/tasting")
    assert kiosk_position.stored(sessions) == kiosk_position.KioskPosition("food", "tasting")
    assert kiosk.find("positionChoice_food/tasting").property("variant") == "primary"
    kiosk.tap("positionChoice_none")
    assert kiosk_position.stored(sessions) is None
