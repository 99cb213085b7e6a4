"""The visitor screens where cards and tiles carry long names (Home, also in accessibility mode,
the directory, products, an exhibitor, the attract loop and its featured card) pass the screen
audit (``kiosk.ui.layout_audit``) in every language on a portrait totem: no text
cut without a way to read it whole, no control over another, nothing off the window.

The same tour ``kiosk screenshots --audit`` makes, in this process, on the bundled sample pack,
whose official pavilion names run to a hundred characters and whose Portuguese product and
company names are the longest. CI runs the command over every screen at four sizes (.ci/run).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.ui.screenshots import render

SCREENS = ["home", "accessible-home", "products", "directory", "exhibitor", "attract", "featured"]
SIZES = [(1080, 1920)]  # the narrowest; .ci/run audits every screen at 5:4 too


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_visitor_screens_pass_the_audit_in_every_language(
    qapp,
    settings: Settings,
    sample_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
) -> None:
    shutil.copytree(sample_data, settings.data_dir)
    monkeypatch.setenv("KIOSK_SCREEN_INCHES", "32")  # a common booth panel (offscreen: no size)
    found: list[str] = []
    written = render(
        settings,
        tmp_path / "shots",
        screens=SCREENS,
        size=(width, height),
        audit=lambda finding: found.append(finding.line()),
    )
    assert len(written) == len(SCREENS) * 4
    assert found == [], f"{len(found)} problems at {width}x{height}:\n" + "\n".join(found)


ACCESSIBLE_SCREENS = ("directory", "products", "exhibitor")
SHAPES = [(1920, 1080), (1080, 1920)]


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
def test_cards_grow_with_accessibility_modes_larger_type(
    qapp,
    qtbot,
    settings: Settings,
    sample_data: Path,
    i18n_cache: Path,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
) -> None:
    """Directory cards and product tiles are sized from the type in use: in accessibility mode
    (type 1.5 times larger) no name is cut and no card's text runs into the next card."""
    from helpers import open_kiosk
    from test_screen_shapes import open_screen

    from kiosk.ui.layout_audit import audit_window

    shutil.copytree(sample_data, settings.data_dir)
    monkeypatch.setenv("KIOSK_SCREEN_INCHES", "32")
    for kiosk in open_kiosk(qtbot, settings, i18n_cache):
        kiosk.window.resize(width, height)
        kiosk.settle()
        found: list[str] = []
        for language in ("zh-Hant", "pt"):
            for screen in ACCESSIBLE_SCREENS:
                open_screen(kiosk, screen, language)
                kiosk.host.bridges["access"].setAccessible(True)
                kiosk.settle()
                kiosk.next_frame()
                found += [f.line() for f in audit_window(kiosk.window, screen, language)]
                found += [f"{screen} {language}: {p}" for p in texts_beyond_their_card(kiosk)]
        assert found == [], f"{len(found)} problems at {width}x{height}:\n" + "\n".join(found)


def texts_beyond_their_card(kiosk) -> list[str]:
    """Texts of a directory card or product tile drawn outside the card's own rectangle."""
    from PySide6.QtQuick import QQuickItem

    problems = []
    for card in kiosk.window.contentItem().findChildren(QQuickItem):
        name = card.objectName()
        if not (name.startswith(("exhibitorCard_", "productTile_")) and card.isVisible()):
            continue
        box = card.mapRectToScene(card.boundingRect()).adjusted(-1, -1, 1, 1)
        for text in card.findChildren(QQuickItem):
            if text.inherits("QQuickText") and text.isVisible() and text.property("text"):
                drawn = text.mapRectToScene(text.boundingRect())
                if not box.contains(drawn):
                    problems.append(f"{name}: {str(text.property('text'))[:40]!r} beyond it")
    return problems


@pytest.mark.slow
def test_accessible_home_scrolls_its_tiles_and_returns_when_they_fit(
    qapp, qtbot, settings: Settings, sample_data: Path, i18n_cache: Path
) -> None:
    """On a 16:9 screen accessibility mode's tiles need more than the screen's height: Home
    scrolls to About rather than drawing titles over each other; back in the standard view the
    tiles fit again, from the top."""
    from helpers import open_kiosk
    from test_screen_shapes import open_screen

    shutil.copytree(sample_data, settings.data_dir)
    for kiosk in open_kiosk(qtbot, settings, i18n_cache):
        kiosk.window.resize(1920, 1080)
        kiosk.settle()
        open_screen(kiosk, "home", "pt")
        tiles = kiosk.find("homeTiles")
        assert not tiles.property("interactive"), "the standard view's tiles fit"
        kiosk.host.bridges["access"].setAccessible(True)
        kiosk.settle(300)
        assert tiles.property("interactive")
        assert tiles.property("contentHeight") > tiles.height()
        kiosk.scroll_to("homeTile_about")
        assert tiles.property("contentY") > 0
        kiosk.tap("homeTile_about")
        assert kiosk.app.screen == "about"
        kiosk.app.go("home", "")
        kiosk.settle(300)
        kiosk.host.bridges["access"].setAccessible(False)
        kiosk.settle(300)
        assert not tiles.property("interactive") and tiles.property("contentY") == 0
