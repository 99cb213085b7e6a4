"""The map screen at every screen shape, in every language (issue #11, point 5): it opens
fitted with the pavilion's whole official name as its title, no booth's tap area overlaps
another's (their size is the screen audit's), and each pin stands beside its booth's code, so
the code the map prints there is still drawn in the window, not covered by the pin.

The real window on the bundled sample pack; the pixels are the window's own grab.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import LAYOUT_MOTION, KioskDriver, open_kiosk, walk
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem

from kiosk.config import Settings
from kiosk.domain.languages import LANGUAGES

SHAPES = [(1920, 1080), (1080, 1920), (1280, 1024), (1366, 768), (1024, 768), (800, 1280),
          (3840, 2160)]  # fmt: skip
PIN = (0x0B, 0x5D, 0x5B)  # Theme.primary: a booth's pin
HIGHLIGHT = (0xC8, 0x10, 0x2E)  # Theme.accent: the highlighted booth's pin
CODE_INK = (38, 50, 56)  # the sample maps' booth codes (assets/tools/make_sample_pack.py)
NEAR = 40  # summed RGB difference within which a pixel is that colour
CODE_BAND = 0.024  # of the map's height, centred on a booth's spot: its code (BoothMarker)


@pytest.fixture
def sample_settings(settings: Settings, sample_data: Path) -> Settings:
    shutil.copytree(sample_data, settings.data_dir)
    return settings


def markers(kiosk: KioskDriver) -> list[QQuickItem]:
    root = kiosk.window.contentItem()
    found = [i for i in walk(root) if i.objectName().startswith("boothMarker_")]
    return [m for m in found if m.isVisible() and kiosk.reachable(m)]


def scene_rect(item: QQuickItem, ratio: float) -> QRectF:
    r = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return QRectF(r.x() * ratio, r.y() * ratio, r.width() * ratio, r.height() * ratio)


def pixels_like(image: QImage, box: QRectF, colour: tuple[int, int, int]) -> int:
    """How many pixels of ``image`` (RGB888) in ``box`` are within NEAR of ``colour``."""
    rect = box.toAlignedRect().intersected(image.rect())
    data, stride = image.constBits(), image.bytesPerLine()
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        start = y * stride + rect.left() * 3
        row = bytes(data[start : start + rect.width() * 3])
        for i in range(0, len(row), 3):
            seen = row[i : i + 3]
            count += sum(abs(a - b) for a, b in zip(seen, colour, strict=True)) < NEAR
    return count


def open_map(kiosk: KioskDriver, language: str, exhibitor: str = "") -> None:
    kiosk.app.reset()
    kiosk.app.setLanguage(language)
    kiosk.app.go("map", exhibitor)
    kiosk.settle()
    kiosk.next_frame()


def problems_on_map(kiosk: KioskDriver) -> list[str]:
    window, found = kiosk.window, []
    ratio = window.devicePixelRatio()
    flick = kiosk.find("mapFlickable")
    if abs(flick.property("zoom") - flick.property("fitZoom")) > 1e-6:
        found.append(f"opens at zoom {flick.property('zoom'):.3f}, not fitted")
    title = kiosk.find("screenTitle")
    whole = QRectF(0, 0, window.width() * ratio, window.height() * ratio)
    if title.property("truncated") or not whole.contains(scene_rect(title, ratio)):
        found.append(f"title not whole: {title.property('text')!r}")
    shown = markers(kiosk)
    if not shown:
        return [*found, "no booth marker in view"]
    image = window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    content = kiosk.find("mapContent")
    for index, marker in enumerate(shown):
        name = marker.objectName()
        here = scene_rect(marker, ratio)
        for other in shown[index + 1 :]:
            common = here.intersected(scene_rect(other, ratio))
            if common.width() > 1 and common.height() > 1:
                found.append(f"{name} overlaps {other.objectName()}")
        # The booth's code, printed by the map around the booth's spot within a band 2.4% of
        # the map high (docs/content-format.md): no pin colour there, and the code's ink shows.
        half = CODE_BAND / 2 * content.height()
        x, y = marker.property("fx") * content.width(), marker.property("fy") * content.height()
        # In the window's pixels: the canvas is scaled to the screen.
        top_left = content.mapToScene(QPointF(x - 2 * half, y - half)) * ratio
        bottom_right = content.mapToScene(QPointF(x + 2 * half, y + half)) * ratio
        band = QRectF(top_left, bottom_right)
        pin = HIGHLIGHT if marker.property("highlighted") else PIN
        if pixels_like(image, band, pin):
            found.append(f"{name}: its pin covers the booth's code")
        if not pixels_like(image, band, CODE_INK):
            found.append(f"{name}: no booth code drawn at its spot")
    return found


@pytest.mark.parametrize(("width", "height"), SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
def test_the_map_opens_fitted_titled_with_pins_beside_their_codes(
    qapp, qtbot, sample_settings: Settings, i18n_cache: Path, width: int, height: int
) -> None:
    for kiosk in open_kiosk(qtbot, sample_settings, i18n_cache, motion=LAYOUT_MOTION):
        kiosk.window.resize(width, height)
        kiosk.settle()
        found = []
        for language in (lang.tag for lang in LANGUAGES):
            open_map(kiosk, language)
            found += [f"{language}: {p}" for p in problems_on_map(kiosk)]
        # Opened for an exhibitor: its booth highlighted, with a larger, red pin.
        open_map(kiosk, "pt", "taipa-egg-tart-workshop")
        assert kiosk.find("boothMarker_taipa-egg-tart-workshop").property("highlighted")
        found += [f"pt, highlighted: {p}" for p in problems_on_map(kiosk)]
        assert found == [], f"at {width}x{height}:\n" + "\n".join(found)
