"""Kiosk-mode window rules: full screen, frameless, no cursor, no context menus, big targets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import KioskDriver, accepts_input, effectively_visible, walk
from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QWindow

from kiosk.config import Settings
from kiosk.ui.layout_audit import class_name


@pytest.fixture
def fullscreen(qapp, qtbot, settings: Settings, database, i18n_cache: Path) -> Iterator:
    from kiosk.ui.app import prepare_environment
    from kiosk.ui.window import KioskWindowHost

    prepare_environment()
    host = KioskWindowHost(
        settings.with_overrides(windowed=False, hide_cursor=True), i18n_cache=i18n_cache
    )
    host.load()
    try:
        yield host
    finally:
        host.close()


def test_full_screen_frameless_and_no_cursor(fullscreen) -> None:
    window = fullscreen.window
    assert window.visibility() == QWindow.Visibility.FullScreen
    assert window.flags() & Qt.WindowType.FramelessWindowHint
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    fullscreen.close()
    assert QGuiApplication.overrideCursor() is None, "the cursor is given back on close"


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.kinds.append(event.type())
        return False


def test_context_menu_requests_never_reach_the_window(kiosk: KioskDriver) -> None:
    recorder = Recorder()
    kiosk.window.installEventFilter(recorder)
    try:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
        QGuiApplication.sendEvent(kiosk.window, event)
        assert QEvent.Type.ContextMenu not in recorder.kinds
        kiosk.host.idle.uninstall()  # the check can fail: without the filter it gets through
        QGuiApplication.sendEvent(kiosk.window, event)
        assert QEvent.Type.ContextMenu in recorder.kinds
    finally:
        kiosk.window.removeEventFilter(recorder)


def small_targets(kiosk: KioskDriver) -> list[str]:
    """Touchable items smaller than 48x48 px of the 1080p design canvas."""
    canvas = kiosk.find("canvas", visible=False)
    small = []
    # Qt's keyboard has its own key sizes (and shows only at a text field): not checked here.
    for item in walk(canvas, prune=lambda i: i.objectName() == "keyboardLoader"):
        if not accepts_input(item) or not effectively_visible(item, kiosk.window):
            continue
        rect = canvas.mapRectFromItem(item, QRectF(0, 0, item.width(), item.height()))
        if rect.width() < 48 or rect.height() < 48:
            label = item.objectName() or class_name(item)
            small.append(f"{label} {rect.width():.0f}x{rect.height():.0f}")
    return small


def test_every_touch_target_is_at_least_48_px(kiosk_event: KioskDriver) -> None:
    kiosk = kiosk_event
    assert small_targets(kiosk) == []
    kiosk.tap("attractScreen")
    for tile in ("about", "contact", None):
        if tile:
            kiosk.tap(f"homeTile_{tile}")
        for lang in ("zh-Hant", "pt"):
            kiosk.tap(f"languageButton_{lang}")
            assert small_targets(kiosk) == [], f"{kiosk.app.screen} in {lang}"
        if tile:
            kiosk.tap("homeButton")
    kiosk.host.idle.show_countdown()
    kiosk.settle()
    assert small_targets(kiosk) == []


CLIPPED_ICON_QML = """
import QtQuick
import Kiosk
Rectangle {
    width: 400; height: 400; z: 1000; color: "white"
    Item {
        y: 200; width: 400; height: 200; clip: true
        Icon { name: "person"; size: 64; y: %d; color: "red" }
    }
}
"""


@pytest.mark.parametrize("offset", [-150, -40, 60])  # wholly out, partly out, inside
def test_an_icon_is_clipped_by_the_list_it_scrolled_out_of(kiosk: KioskDriver, offset: int) -> None:
    """Qt's software renderer (booth PCs without a GPU, and offscreen) drew a Shape that lay
    wholly outside its clipping parent unclipped: icons that scrolled out of a page showed
    through over the header above it."""
    kiosk.window.resize(1920, 1080)
    kiosk.add_qml(CLIPPED_ICON_QML % offset, kiosk.window.contentItem())
    kiosk.settle(50)
    image = kiosk.window.grabWindow()

    def red_rows(top: int, bottom: int) -> list[int]:
        return [
            y
            for y in range(top, bottom)
            if any(
                image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 80
                for x in range(0, 80, 2)
            )
        ]

    assert red_rows(0, 200) == [], "the icon drew outside the area that clips it"
    inside = red_rows(200, 400)
    assert bool(inside) == (offset > -64)


@pytest.mark.parametrize(
    ("width", "height"),
    [(1920, 1080), (1366, 768), (1280, 1024), (1024, 768), (1080, 1920), (800, 1280), (3440, 1440)],
)
def test_every_screen_shape_gets_a_canvas_the_layouts_fit(
    kiosk_sample: KioskDriver, width: int, height: int
) -> None:
    """The design canvas scales to fit the window: on a landscape screen it never narrows
    below 1920 or shortens below 1080 design pixels (a 5:4 panel gets more room below, not a
    column one letter wide); a portrait totem gets its own canvas, 1080 wide."""
    kiosk = kiosk_sample
    kiosk.window.resize(width, height)
    kiosk.settle()
    canvas = kiosk.find("canvas", visible=False)
    if height > width:
        assert canvas.width() == pytest.approx(1080, abs=0.5)
    else:
        assert canvas.width() >= 1920 - 0.5 and canvas.height() >= 1080 - 0.5
    assert canvas.width() * canvas.scale() == pytest.approx(width, abs=1)
    assert canvas.height() * canvas.scale() == pytest.approx(height, abs=1)

    kiosk.tap("attractScreen")
    kiosk.wait_until(lambda: kiosk.exists("homeTile_exhibitors"))
    home = kiosk.find("homeTile_exhibitors")
    bar = kiosk.find("languageButton_en")
    assert home.mapToItem(canvas, 0, 0).y() >= bar.mapToItem(canvas, 0, bar.height()).y(), (
        "Home's tiles start below the language bar"
    )
    kiosk.tap("homeTile_contact")
    kiosk.tap("ageOldEnough")  # the age gate comes first
    notice = kiosk.find("consentNotice")
    assert notice.width() >= 480, "the consent notice is a readable column"


@pytest.mark.parametrize(("width", "height"), [(1080, 1920), (1280, 1024), (3840, 2160)])
def test_a_resized_window_never_sweeps_the_hidden_keyboard_across_the_screen(
    kiosk: KioskDriver, width: int, height: int
) -> None:
    """When the window changes size the hidden keyboard moves at once: animated, it crossed
    the screen and its keys swallowed taps meant for the screen (a totem's first touch)."""
    kiosk.wait_until(
        lambda: any(p.height() > 0 for p in kiosk.items("inputPanel")), timeout_ms=10_000
    )
    panel = kiosk.find("inputPanel", visible=False)
    dock = panel.parentItem()
    kiosk.window.resize(width, height)
    tops = []
    for _ in range(40):
        tops.append(panel.y() - dock.height())
        kiosk.qtbot.wait(8)
    assert min(tops) >= 0, "the hidden keyboard came into the screen"
    assert not panel.isVisible(), "keys that are down are neither drawn nor touched"
    kiosk.tap("attractScreen")
    assert kiosk.app.screen == "home"


_WATCH_ENTRY_JS = """(function (loader) {
    const seen = [];
    loader.childrenChanged.connect(() => {
        // (the keys' own visibility follows the Loader's just after this signal)
        if (loader.children.length)
            seen.push({ visible: loader.visible, whole: loader.item !== null });
    });
    return seen;
})"""


def test_keys_half_loaded_are_neither_drawn_nor_touched(
    qapp, qtbot, settings: Settings, database, i18n_cache: Path
) -> None:
    """The keyboard loads in the background, and half-built its keys are already in the scene
    at the size the canvas had when the load began; Qt gives them the new size only once they
    are done. A screen turned meanwhile (a totem as the kiosk starts; on a busy PC the load
    spans several frames) left them over the screen, where they took the visitor's taps: the
    keys are shown, and take touches, only once whole."""
    from kiosk.ui.app import prepare_environment
    from kiosk.ui.window import KioskWindowHost

    prepare_environment()
    host = KioskWindowHost(settings, i18n_cache=i18n_cache)
    host.load()
    try:
        loader = host.window.findChild(QObject, "keyboardLoader")
        # Whether the keys can be seen at the moment they enter the scene (half-built).
        watch = host.engine.evaluate(_WATCH_ENTRY_JS).call([host.engine.toScriptValue(loader)])
        qtbot.waitUntil(lambda: loader.property("item") is not None)
        seen = watch.toVariant()
        assert seen and not seen[0]["whole"], f"the keys were never seen half-built: {seen}"
        assert not any(entry["visible"] for entry in seen), "half-built keys are shown"
        assert loader.childItems()[0].isVisible(), "whole, the keys are there to slide up"
    finally:
        host.close()


@pytest.mark.parametrize("late", ["language", "idle timeout"])
def test_a_closed_window_leaves_no_translator_and_no_timer_behind(
    qapp, qtbot, settings: Settings, database, i18n_cache: Path, late: str
) -> None:
    """A bridge outliving its window (a visit's idle timer, a late reset) must not install a
    translation under the next window: its staff panel showed Chinese to an English visitor."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.ui.app import prepare_environment
    from kiosk.ui.window import KioskWindowHost

    prepare_environment()
    host = KioskWindowHost(settings, i18n_cache=i18n_cache)
    host.load()
    host.app_bridge.setLanguage("en")
    host.app_bridge.go("directory")  # a visit: the idle timer runs
    host.app_bridge.set_default_language("zh-Hans")  # as the sample event for Shanghai
    host.idle.set_timeouts(0.05, 1)
    bridge, idle = host.app_bridge, host.idle
    timed_out: list[bool] = []
    idle.timedOut.connect(lambda: timed_out.append(True))
    host.close()
    if late == "language":
        bridge.setLanguage("zh-Hans")
    else:
        qtbot.wait(1500)  # past the idle time and the countdown, had they still run
        assert timed_out == []
    assert QCoreApplication.translate("AgeGate", "Home") == "Home"
