"""The shell with real taps: attract → home → screens → back, languages, kiosk window rules."""

from __future__ import annotations

import time

import pytest
from helpers import TEST_MOTION, KioskDriver, walk

from kiosk.ui.navigation import SCREENS

HOME_TITLES = {
    "en": "Exhibitors",
    "pt": "Expositores",
    "zh-Hant": "參展商",
    "zh-Hans": "参展商",
}


def start(kiosk: KioskDriver) -> None:
    assert kiosk.app.screen == "attract" and kiosk.exists("attractScreen")
    kiosk.tap("attractScreen")
    assert kiosk.app.screen == "home"
    assert kiosk.exists("homeScreen") and not kiosk.exists("attractScreen")


def test_touch_on_the_attract_loop_opens_home(kiosk: KioskDriver) -> None:
    assert not kiosk.exists("languageButton_en"), "the attract loop covers the top bar"
    start(kiosk)
    assert kiosk.exists("languageButton_en")
    assert not kiosk.exists("backButton"), "Home has nothing to go back to"


def test_tapping_a_start_prompt_starts_in_that_language(kiosk_event: KioskDriver) -> None:
    kiosk = kiosk_event
    assert kiosk.text("startPrompt_zh-Hant") == "輕觸螢幕開始"
    assert kiosk.text("startPrompt_pt") == "Toque para começar"
    kiosk.tap("startPrompt_zh-Hant")
    assert kiosk.app.screen == "home" and kiosk.app.language == "zh-Hant"
    assert kiosk.text("homeTileTitle_exhibitors") == "參展商"


def test_attract_loop_alternates_pictures_and_featured_exhibitors(kiosk_event: KioskDriver) -> None:
    kiosk = kiosk_event
    assert len(kiosk.event.attractImages) == 2 and len(kiosk.event.highlights) == 3
    kinds = [slide["kind"] for slide in kiosk.event.attractSlides]
    assert kinds == ["image", "highlight"] * 3
    assert not kiosk.exists("attractBrand"), "the pack's first picture fills the screen"
    attract = kiosk.find("attractScreen")
    attract.setProperty("slideIndex", 1)  # what the slide timer does every few seconds
    kiosk.wait_until(lambda: kiosk.exists("attractHighlightName") and kiosk.exists("attractBrand"))
    assert kiosk.text("attractBrand") == "MICE² Macao x Hengqin"
    assert kiosk.text("attractTagline") == "Where East meets the Portuguese-speaking world"
    assert kiosk.text("attractHighlightName") == "Macau Tea Co. Ltd."
    attract.setProperty("slideIndex", 3)
    kiosk.wait_until(lambda: kiosk.text("attractHighlightName") == "Porto Wines")


def test_attract_slides_change_through_the_background_never_through_each_other(
    kiosk_event: KioskDriver,
) -> None:
    """A picture (often with its own text) and the brand's slide never show at once, and the
    featured card is never drawn empty on its way out."""
    kiosk = kiosk_event
    kiosk.host.set_motion_scale(1.0)
    attract = kiosk.find("attractScreen")
    stage = kiosk.find("attractStage")
    samples = []
    for index in (1, 2, 3):  # image → highlight → image → highlight
        attract.setProperty("slideIndex", index)
        kiosk.qtbot.wait(8)
        deadline = time.monotonic() + 10
        while attract.property("slideChanging") and time.monotonic() < deadline:
            slides = [
                item.objectName()
                for item in walk(stage)
                if item.objectName().startswith("attractSlide_") and item.isVisible()
            ]
            card = kiosk.find("attractHighlight", visible=False)
            samples.append((slides, stage.opacity(), card.isVisible(), card.property("highlight")))
            kiosk.qtbot.wait(8)
    assert any(0 < opacity < 1 for _, opacity, _, _ in samples), "the change was sampled"
    for slides, _, card_shown, highlight in samples:
        assert len(slides) == 1, slides
        assert not card_shown or highlight is not None
    assert {s[0][0] for s in samples} >= {"attractSlide_brand", "attractSlide_image1"}


def test_attract_loop_without_pictures_shows_the_brand(kiosk: KioskDriver) -> None:
    assert [slide["kind"] for slide in kiosk.event.attractSlides] == ["brand"]
    assert kiosk.text("attractBrand") == "MICE² Macao x Hengqin"
    assert not kiosk.exists("attractHighlightName")


def test_home_tiles_lead_to_their_screens_and_back(kiosk: KioskDriver) -> None:
    start(kiosk)
    for tile, screen, item in (
        ("about", "about", "aboutScreen"),
        ("contact", "contact", "contactScreen"),
        ("exhibitors", "directory", None),
        ("products", "products", None),
        ("map", "map", None),
    ):
        kiosk.tap(f"homeTile_{tile}")
        assert kiosk.app.screen == screen
        shown = kiosk.current_screen()
        assert shown is not None and shown.isVisible()
        if item:
            assert kiosk.exists(item)
        kiosk.tap("backButton")
        assert kiosk.app.screen == "home" and kiosk.exists("homeScreen")


def test_home_button_returns_from_a_deeper_screen(kiosk: KioskDriver) -> None:
    start(kiosk)
    kiosk.tap("homeTile_contact")
    kiosk.tap("contactBrowseButton")
    assert [e["screen"] for e in kiosk.app.stack] == ["home", "contact", "directory"]
    kiosk.tap("homeButton")
    assert kiosk.app.screen == "home" and kiosk.exists("homeScreen")
    assert not kiosk.exists("contactScreen")


@pytest.mark.parametrize("lang", ["pt", "zh-Hant", "zh-Hans", "en"])
def test_language_switch_retranslates_home_in_place(kiosk: KioskDriver, lang: str) -> None:
    start(kiosk)
    if lang == "en":
        kiosk.tap("languageButton_pt")
    screen_before = kiosk.current_screen()
    kiosk.tap(f"languageButton_{lang}")
    assert kiosk.app.language == lang
    assert kiosk.text("homeTileTitle_exhibitors") == HOME_TITLES[lang]
    assert kiosk.current_screen() is screen_before, "the screen is kept, not rebuilt"
    assert kiosk.app.screen == "home"


def test_every_shell_screen_changes_its_visible_text_with_the_language(
    kiosk_event: KioskDriver,
) -> None:
    kiosk = kiosk_event
    start(kiosk)
    for tile in ("about", "contact", None):
        if tile:
            kiosk.tap(f"homeTile_{tile}")
        seen = {}
        for lang in ("en", "zh-Hant", "zh-Hans", "pt"):
            kiosk.tap(f"languageButton_{lang}")
            seen[lang] = set(kiosk.visible_texts())
        assert kiosk.app.screen == (tile or "home")
        for lang in ("zh-Hant", "zh-Hans", "pt"):
            changed = seen[lang] - seen["en"]
            assert len(changed) >= 3, f"{tile or 'home'} in {lang}: only {changed} changed"
        if tile:
            kiosk.tap("homeButton")


def test_content_follows_the_language_with_the_pack_fallback(kiosk_event: KioskDriver) -> None:
    kiosk = kiosk_event
    start(kiosk)
    kiosk.tap("homeTile_about")
    kiosk.tap("languageButton_zh-Hans")
    assert kiosk.text("aboutOrganizer") == "澳门贸易投资促进局"
    kiosk.tap("languageButton_pt")
    assert kiosk.text("aboutOrganizer").startswith("Instituto de Promoção")


def test_font_family_follows_the_script(kiosk: KioskDriver) -> None:
    start(kiosk)
    families = {}
    for lang in ("zh-Hant", "zh-Hans", "pt"):
        kiosk.tap(f"languageButton_{lang}")
        families[lang] = kiosk.find("homeWelcome").property("font").family()
    assert families == {
        "zh-Hant": "Noto Sans CJK TC",
        "zh-Hans": "Noto Sans CJK SC",
        "pt": "Noto Sans CJK SC",
    }


def test_screens_missing_from_the_build_show_a_placeholder(kiosk: KioskDriver) -> None:
    available = {name: kiosk.app.screen_available(name) for name in SCREENS}
    assert available["home"] and available["attract"] and available["about"]
    start(kiosk)
    for name, ok in available.items():
        if ok or name in ("attract", "exhibitor"):
            continue
        kiosk.app.go(name)
        kiosk.settle()
        assert kiosk.exists("placeholderScreen")
        kiosk.tap("homeButton")


def test_the_window_refuses_to_close_unless_staff_allow_it(kiosk: KioskDriver) -> None:
    window = kiosk.window
    window.close()
    kiosk.settle(100)
    assert window.isVisible(), "Alt+F4 / window manager close must be refused"
    kiosk.host.quit()
    kiosk.settle(100)
    assert not window.isVisible()


def test_staff_mode_has_its_hidden_corner(kiosk: KioskDriver) -> None:
    corner = kiosk.find("staffCorner")
    assert corner.x() == 0 and corner.y() == 0 and corner.width() >= 96
    assert corner.childItems() == [], "no visible hint"


def test_every_shell_screen_shows_the_sample_pack_in_every_language(
    kiosk_sample: KioskDriver,
) -> None:
    kiosk = kiosk_sample
    assert kiosk.event.exhibitorCount == 46 and len(kiosk.event.attractImages) == 4
    assert len(kiosk.event.highlights) == 12 and len(kiosk.event.attractSlides) == 24
    start(kiosk)
    for tile in ("about", "contact", None):
        if tile:
            kiosk.tap(f"homeTile_{tile}")
        for lang in ("zh-Hant", "zh-Hans", "pt", "en"):
            kiosk.tap(f"languageButton_{lang}")
            assert kiosk.app.screen == (tile or "home")
        if tile:
            kiosk.tap("homeButton")
    kiosk.tap("languageButton_zh-Hant")
    assert kiosk.text("homeTileFigure_exhibitors") == "46"


def frames_during(kiosk: KioskDriver, step, duration_ms: int = 900) -> list[list[tuple]]:
    """What the screen stack and the attract layer show, sampled every few ms while ``step``
    runs its transition at full length: (name, x, y, opacity) of every visible layer."""
    kiosk.host.set_motion_scale(1.0)
    stack = kiosk.find("screenStack", visible=False)
    attract = kiosk.find("attractLayer", visible=False)
    frames = []
    step()
    for _ in range(duration_ms // 8):
        layers = [c for c in stack.childItems() if c.isVisible()] + (
            [attract] if attract.isVisible() else []
        )
        frames.append([(c.objectName(), c.x(), c.y(), c.opacity()) for c in layers])
        kiosk.qtbot.wait(8)
    kiosk.host.set_motion_scale(TEST_MOTION)
    kiosk.settle()
    return frames


def test_no_frame_shows_two_screens_through_each_other(kiosk: KioskDriver) -> None:
    """Screens are opaque and slide: while two show at once, both are fully opaque, so the one
    on top hides what it covers and nothing is ever blended."""
    steps = [
        lambda: kiosk.tap("attractScreen", settle=False),
        lambda: kiosk.tap("homeTile_about", settle=False),
        lambda: kiosk.tap("backButton", settle=False),
        lambda: kiosk.app.reset(),
    ]
    moving = []
    for step in steps:
        frames = frames_during(kiosk, step)
        moving += [f for f in frames if len(f) > 1]
    assert moving, "the transitions were sampled while they ran"
    for frame in moving:
        assert all(opacity == 1.0 for *_, opacity in frame), frame
    assert any(x not in (0, kiosk.window.width()) for f in moving for _, x, _, _ in f), (
        "a screen was caught mid-slide"
    )
