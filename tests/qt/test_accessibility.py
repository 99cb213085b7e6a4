"""Accessibility mode (AccessBridge + the Theme singleton): one labelled button on every visitor
screen, larger type and targets, the high-contrast palette, reset with the visit; and every
text colour pair of both themes against its WCAG ratio (AA 4.5:1, high contrast 7:1)."""

from __future__ import annotations

import pytest
from helpers import KioskDriver
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlEngine
from test_fonts_theme import contrast

from kiosk.resources import qml_dir
from kiosk.ui.navigation import SCREENS

BASE_SIZES = {"fontBody": 26, "fontSmall": 22, "fontButton": 30, "fontHeading": 36}


def theme_of(kiosk: KioskDriver):
    return kiosk.host.engine.singletonInstance("KioskStyle", "Theme")


@pytest.mark.parametrize("accessible", [False, True], ids=["standard", "high-contrast"])
def test_every_text_pair_of_both_themes_meets_its_ratio(qapp, accessible: bool) -> None:
    engine = QQmlEngine()
    engine.addImportPath(str(qml_dir()))
    theme = engine.singletonInstance("KioskStyle", "Theme")
    theme.setProperty("accessible", accessible)
    required = 7.0 if accessible else 4.5
    assert theme.property("minimumContrast") == required
    pairs = theme.property("contrastPairs").toVariant()
    assert len(pairs) >= 20
    failures = [
        f"{name}: {ratio:.2f}:1"
        for name, fg, bg in pairs
        if (ratio := contrast(QColor(fg), QColor(bg))) < required
    ]
    assert not failures, failures


def test_accessibility_mode_on_every_visitor_screen_and_reset_with_the_visit(
    kiosk_event: KioskDriver,
) -> None:
    kiosk = kiosk_event
    theme = theme_of(kiosk)
    access = kiosk.host.bridges["access"]
    access.confirmAge(True)
    screens = [name for name in SCREENS if name not in ("attract", "thanks")]
    kiosk.tap("attractScreen")
    for screen in screens:
        kiosk.app.go(screen, "macau-tea-co" if screen == "exhibitor" else "")
        kiosk.settle()
        button = kiosk.find("accessibilityButton")
        assert button.property("text") == "Accessibility", screen
    kiosk.tap("accessibilityButton")
    assert theme.property("accessible") and access.property("accessible")
    for name, base in BASE_SIZES.items():
        assert theme.property(name) >= 1.5 * base, name
    assert theme.property("touchMin") >= 96 and theme.property("touchLarge") >= 144
    assert kiosk.text("accessibilityButton") == "Standard view"
    assert kiosk.find("accessibilityButton").height() >= 96
    assert QColor(theme.property("text")).name() == "#000000"
    kiosk.app.reset()  # the visit ends
    kiosk.settle(300)
    assert not theme.property("accessible") and not access.property("accessible")
    assert theme.property("fontBody") == BASE_SIZES["fontBody"]
