"""Staff mode on every screen shape: the header's title and its controls (languages, back to
visitor mode) do not overlap, and in each panel every text and control lies within the panel
area's width, whole, so nothing is cut at its right edge (on a portrait totem the panels used
to keep landscape columns and fixed widths, and lost their right half).

The real window and staff mode opened by its gesture and PIN, resized to each shape.
"""

from __future__ import annotations

import pytest
from helpers import LAYOUT_MOTION, KioskDriver, effectively_visible, walk
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem
from staff_driver import log_in, open_section, set_pin

from kiosk.data.database import Database

SHAPES = [(1080, 1920), (800, 1280), (1920, 1080), (1024, 768)]
SECTIONS = (
    "overviewButton",
    "exportButton",
    "wipeButton",
    "reloadContentButton",
    "settingsButton",
    "auditButton",
)


def rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def cut_in_panel(kiosk: KioskDriver) -> list[str]:
    area = kiosk.find("staffPanelArea")
    bounds = rect(area)
    found = []
    for item in walk(area):
        if not (item.inherits("QQuickText") or item.inherits("QQuickAbstractButton")):
            continue
        if not effectively_visible(item, kiosk.window) or item.width() <= 0:
            continue
        if item.inherits("QQuickText") and not str(item.property("text") or "").strip():
            continue
        box = rect(item)
        name = item.objectName() or str(item.property("text") or "")[:30]
        if box.left() < bounds.left() - 1 or box.right() > bounds.right() + 1:
            found.append(f"{name!r} beyond the panel ({box.left():.0f}-{box.right():.0f})")
        elif item.inherits("QQuickText") and item.property("truncated"):
            found.append(f"{name!r} cut")
    return found


@pytest.mark.parametrize(("width", "height"), SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
def test_staff_panels_fit_every_shape(
    kiosk: KioskDriver, database: Database, width: int, height: int
) -> None:
    set_pin(database.sessions)
    kiosk.host.set_motion_scale(LAYOUT_MOTION)  # settled layouts are read, not motion
    kiosk.window.resize(width, height)
    kiosk.settle()
    log_in(kiosk)
    found = []
    for language in ("pt", "zh-Hant"):
        kiosk.app.setLanguage(language)
        kiosk.settle()
        title, controls = kiosk.find("staffTitle"), kiosk.find("staffHeaderControls")
        if rect(title).intersects(rect(controls)):
            found.append(f"{language}: the header's title under its controls")
        for section in SECTIONS:
            open_section(kiosk, section)
            found += [f"{language} {section}: {p}" for p in cut_in_panel(kiosk)]
    assert found == [], f"at {width}x{height}:\n" + "\n".join(found)
