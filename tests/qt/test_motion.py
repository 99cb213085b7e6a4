"""Motion in the real window: a touch answers in the very next frame, and the screen changes
it starts stay opaque (issue #11, point 3). How long things take is measured by
tests/benchmarks/bench_tap_settle.py, never asserted here."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from helpers import TEST_MOTION, KioskDriver
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.layout_audit import qml_int

READY = 1  # Image.Ready
# (screen the item is on, the item, what its pressed look is)
SCALED = [
    ("home", "homeTile_exhibitors", 0.98),
    ("home", "homeTile_map", 0.98),
    ("directory", "homeButton", 0.97),
    ("directory", "exhibitorCard_cafe-do-planalto", 0.98),
]


@pytest.fixture
def visitor(kiosk_sample: KioskDriver) -> Iterator[KioskDriver]:
    """The sample pack at the design size, a visit started in English, animations at the
    length a visitor sees them."""
    kiosk_sample.window.resize(1920, 1080)
    kiosk_sample.settle()
    kiosk_sample.tap("startPrompt_en")
    kiosk_sample.host.set_motion_scale(1.0)
    yield kiosk_sample
    kiosk_sample.host.set_motion_scale(TEST_MOTION)


def open_screen(kiosk: KioskDriver, screen: str) -> None:
    if screen != kiosk.app.screen:
        kiosk.app.go(screen)
        kiosk.settle()
    assert kiosk.app.screen == screen


def first_frame_after_press(kiosk: KioskDriver, item: QQuickItem, look: Callable[[], object]):
    """``look()`` as it was when the first frame after a finger came down on ``item`` was
    shown (read at that frame's swap, before anything else runs); the finger is lifted
    after."""
    seen: list[object] = []

    def swapped() -> None:
        if not seen:
            seen.append(look())

    point = kiosk.centre(item)
    kiosk.window.frameSwapped.connect(swapped, Qt.ConnectionType.DirectConnection)
    try:
        QTest.mousePress(
            kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        kiosk.wait_until(lambda: bool(seen), 2000)
    finally:
        kiosk.window.frameSwapped.disconnect(swapped)
        release_outside(kiosk, point)
    return seen[0]


def release_outside(kiosk: KioskDriver, point: QPoint) -> None:
    """Lift the finger after sliding it off: nothing is clicked, the test changes no screen."""
    away = QPoint(point.x(), 2)
    QTest.mouseMove(kiosk.window, away, 10)
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, away, 10
    )
    kiosk.settle(200)


@pytest.mark.parametrize(("screen", "name", "pressed"), SCALED)
def test_a_pressed_control_shows_it_in_the_first_frame(
    visitor: KioskDriver, screen: str, name: str, pressed: float
) -> None:
    """The pressed look is not eased in: eased, the first frame after the touch still showed
    the control as it was, and the visitor saw no answer for a frame or more."""
    open_screen(visitor, screen)
    item = visitor.find(name)
    assert item.scale() == 1.0
    assert first_frame_after_press(visitor, item, item.scale) == pytest.approx(pressed)
    visitor.wait_until(lambda: item.scale() == 1.0)  # and it springs back when let go


@pytest.mark.parametrize("screen", ["home", "about"])
def test_a_pressed_language_button_is_coloured_in_the_first_frame(
    visitor: KioskDriver, screen: str
) -> None:
    open_screen(visitor, screen)
    button = visitor.find("languageButton_pt")
    background = button.property("background")
    before = QColor(background.property("color"))
    theme = visitor.host.engine.singletonInstance("KioskStyle", "Theme")
    pressed_looks = {QColor(theme.property(n)).name() for n in ("surfaceAlt", "pressOnDark")}
    shown = first_frame_after_press(visitor, button, lambda: QColor(background.property("color")))
    assert shown != before
    assert shown.name() in pressed_looks and shown.alpha() == 255, shown.name()
    assert visitor.app.language != "pt", "slid off before lifting: not chosen"


def test_the_map_is_decoded_before_its_screen_opens(visitor: KioskDriver) -> None:
    """The map screen's picture is there in its first frame, every visit: held decoded by the
    shell (Qt's image cache let a map of a few MB go between visits, and the map screen slid
    in empty, then waited for it)."""
    ahead = visitor.find("mapAhead", visible=False)
    visitor.wait_until(lambda: qml_int(ahead, "status") == READY)
    for _ in range(2):  # a first visit to the map, and another one after it
        visitor.app.go("map")  # the screen is built now; no frame has been drawn yet
        image = visitor.find("mapImage", visible=False)
        assert qml_int(image, "status") == READY
        assert image.property("source") == ahead.property("source")
        visitor.settle()
        visitor.app.home()
        visitor.settle()


@pytest.mark.parametrize("way", ["card", "map"])
def test_a_screen_is_built_with_its_content(visitor: KioskDriver, way: str) -> None:
    """The exhibitor page gets its exhibitor before the shell builds it: built with the last
    exhibitor's page and told of the new one after, it was laid out twice while sliding in."""
    page = visitor.host.bridges["exhibitorPage"]
    built: list[str] = []
    late: list[str] = []
    visitor.app.stackChanged.connect(lambda: built.append(visitor.app.screen))
    page.exhibitorChanged.connect(lambda: late.append(page.exhibitorId) if built else None)
    if way == "card":
        open_screen(visitor, "directory")
        built.clear()
        visitor.tap("exhibitorCard_cafe-do-planalto")
    else:
        visitor.app.go("map", "cafe-do-planalto")
        visitor.settle()
        built.clear()
        visitor.tap("boothMarker_cafe-do-planalto")
    assert visitor.app.screen == "exhibitor" and page.exhibitorId == "cafe-do-planalto"
    assert built == ["exhibitor"] and late == []
