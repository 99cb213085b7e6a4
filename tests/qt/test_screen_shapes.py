"""Every visitor screen on every screen shape a booth may have, in every language: no control
outside the window, none over another, no text cut, targets of at least 9 mm, and in low-reach
mode every control in the lower band.

The real window on the bundled sample pack, resized to each shape; screens are opened through
the shell as ``kiosk screenshots`` opens them (past the age gate for the lead form).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import LAYOUT_MOTION, KioskDriver, open_kiosk
from layout_checks import controls, cut_texts, off_window, outside_band, overlapping, small

from kiosk.config import Settings
from kiosk.domain.languages import LANGUAGES
from kiosk.services.kiosk_display import pixels_per_mm

VISITOR_SCREENS = (
    "home",
    "directory",
    "exhibitor",
    "products",
    "map",
    "contact",
    "thanks",
    "about",
)
LANDSCAPE = [(1366, 768), (1920, 1080), (3840, 2160), (1280, 800), (1024, 768), (1280, 1024)]
WIDE_AND_TALL = [(2560, 1080), (3440, 1440), (800, 1280), (1080, 1920), (2160, 3840)]
SHAPES = LANDSCAPE + WIDE_AND_TALL


def open_screen(kiosk: KioskDriver, screen: str, language: str) -> None:
    """``screen`` in ``language``, reached from Home (a new visit when the language changes:
    a screen looks the same however the visitor came to it, and Home is already built)."""
    app = kiosk.app
    if app.language != language or not app.inVisit:
        app.reset()
        app.setLanguage(language)
    else:
        app.home()
    kiosk.host.bridges["access"].confirmAge(True)  # the lead form's age gate: past it
    argument = ""
    if screen == "exhibitor":
        argument = str(kiosk.event.highlights[0]["id"])
    app.go(screen, argument)
    kiosk.settle()
    assert app.screen == screen
    kiosk.next_frame()


def problems_on(kiosk: KioskDriver, *, reach: float = 1.0) -> list[str]:
    window = kiosk.window
    shown = controls(window)
    assert shown, "no control on show"
    found = [f"off the window: {p}" for p in off_window(window, shown)]
    found += [f"overlapping: {p}" for p in overlapping(shown)]
    found += [f"cut: {p}" for p in cut_texts(window, kiosk.host.engine.rootContext())]
    if reach < 1.0:
        found += [f"out of reach: {p}" for p in outside_band(window, shown, reach)]
    return found


@pytest.fixture
def sample_settings(settings: Settings, sample_data: Path) -> Settings:
    shutil.copytree(sample_data, settings.data_dir)
    return settings


def kiosk_with(qtbot, settings: Settings, i18n_cache: Path, **overrides) -> Iterator[KioskDriver]:
    """The window on ``settings`` changed by ``overrides``, its layouts read once settled."""
    yield from open_kiosk(
        qtbot, settings.with_overrides(**overrides), i18n_cache, motion=LAYOUT_MOTION
    )


@pytest.mark.parametrize(("width", "height"), SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
def test_every_visitor_screen_fits_every_shape_in_every_language(
    qapp, qtbot, sample_settings: Settings, i18n_cache: Path, width: int, height: int
) -> None:
    for kiosk in kiosk_with(qtbot, sample_settings, i18n_cache):
        kiosk.window.resize(width, height)
        kiosk.settle()
        found = []
        for language in (lang.tag for lang in LANGUAGES):
            for screen in VISITOR_SCREENS:
                open_screen(kiosk, screen, language)
                found += [f"{screen} {language}: {p}" for p in problems_on(kiosk)]
        assert found == [], f"{len(found)} problems at {width}x{height}:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("width", "height", "portrait"),
    [(1920, 1080, False), (1280, 1024, False), (1080, 1920, True), (800, 1280, True)],
)
def test_the_canvas_is_portrait_on_a_totem_and_landscape_elsewhere(
    qapp, qtbot, sample_settings: Settings, i18n_cache: Path, width, height, portrait
) -> None:
    """A totem gets a canvas 1080 design pixels wide (its own layouts), not a landscape
    canvas shrunk to half size; a landscape screen one at least 1920x1080."""
    for kiosk in kiosk_with(qtbot, sample_settings, i18n_cache):
        kiosk.window.resize(width, height)
        kiosk.settle()
        canvas = kiosk.find("canvas", visible=False)
        if portrait:
            assert canvas.width() == pytest.approx(1080, abs=0.5)
            assert canvas.height() == pytest.approx(1080 * height / width, abs=1)
        else:
            assert canvas.width() >= 1920 - 0.5 and canvas.height() >= 1080 - 0.5
        assert canvas.width() * canvas.scale() == pytest.approx(width, abs=1)
        open_screen(kiosk, "home", "pt")
        hero, tile = kiosk.find("homeTile_exhibitors"), kiosk.find("homeTile_products")
        hero_rect = hero.mapRectToScene(hero.boundingRect())
        tile_rect = tile.mapRectToScene(tile.boundingRect())
        # Portrait: the hero tile across the top, the others below it; landscape: beside it.
        assert (tile_rect.top() >= hero_rect.bottom()) == portrait
        assert (tile_rect.left() >= hero_rect.right()) == (not portrait)


@pytest.mark.parametrize(
    ("width", "height", "inches"),
    [
        (1920, 1080, 55.0),
        (1080, 1920, 55.0),
        (1024, 768, 8.0),
        (1366, 768, 10.1),
        (3840, 2160, 15.6),
    ],
)
def test_every_target_is_at_least_9_mm_on_the_glass(
    qapp, qtbot, sample_settings: Settings, i18n_cache: Path, width, height, inches
) -> None:
    """KIOSK_SCREEN_INCHES says how big a pixel is; on a small dense panel the targets grow
    (Theme.minTouch) and the layouts still hold."""
    minimum = 9.0 * pixels_per_mm(width, height, inches)
    for kiosk in kiosk_with(qtbot, sample_settings, i18n_cache, screen_inches=inches):
        kiosk.window.resize(width, height)
        kiosk.settle()
        found = []
        for language in ("zh-Hant", "pt"):
            for screen in VISITOR_SCREENS:
                open_screen(kiosk, screen, language)
                shown = controls(kiosk.window)
                found += [f"{screen} {language}: {p}" for p in small(shown, minimum)]
                found += [f"{screen} {language}: {p}" for p in problems_on(kiosk)]
        where = f"at {width}x{height}, {inches} in ({minimum:.0f} px)"
        assert found == [], f"{where}:\n" + "\n".join(found)


@pytest.mark.parametrize(("width", "height"), [(1080, 1920), (1280, 1024)])
def test_low_reach_keeps_every_control_in_the_lower_band(
    qapp, qtbot, sample_settings: Settings, i18n_cache: Path, width: int, height: int
) -> None:
    reach = 0.6
    for kiosk in kiosk_with(qtbot, sample_settings, i18n_cache, reach=reach):
        kiosk.window.resize(width, height)
        kiosk.settle()
        found = []
        for language in ("zh-Hant", "pt"):
            for screen in VISITOR_SCREENS:
                open_screen(kiosk, screen, language)
                found += [f"{screen} {language}: {p}" for p in problems_on(kiosk, reach=reach)]
        found += keyboard_and_overlay_outside_band(kiosk, reach)
        assert found == [], f"at {width}x{height}:\n" + "\n".join(found)


def keyboard_and_overlay_outside_band(kiosk: KioskDriver, reach: float) -> list[str]:
    """The keyboard (opened at the lead form's first field) and "Still there?" in the band."""
    top = kiosk.window.height() * (1 - reach) - 0.5
    open_screen(kiosk, "contact", "en")
    kiosk.tap("leadField_given_name")
    panel = kiosk.find("inputPanel", visible=False)
    kiosk.wait_until(lambda: panel.property("active"))
    kiosk.settle(400)
    keys = panel.mapRectToScene(panel.boundingRect())
    found = [] if keys.top() >= top else [f"keyboard top at {keys.top():.0f}"]
    kiosk.host.idle.show_countdown()
    kiosk.settle()
    still = kiosk.find("stillThereButton")
    if still.mapRectToScene(still.boundingRect()).top() < top:
        found.append("Still there? button above the band")
    return found
