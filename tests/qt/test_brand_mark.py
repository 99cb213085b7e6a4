"""The brand mark in the real kiosk window, on the bundled sample pack (an SVG mark): drawn
for the device pixels it covers at every window size, so what the window shows is what Qt's
SVG renderer draws at that size (no scaled bitmap); large on the attract loop; its tagline is
text in the script of the visitor's language."""

from __future__ import annotations

import json
import math

import pytest
from helpers import KioskDriver
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.resources import sample_pack_dir

SAMPLE = json.loads((sample_pack_dir() / "content.json").read_text(encoding="utf-8"))


def device_rect(kiosk: KioskDriver, name: str) -> QRectF:
    item = kiosk.find(name)
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def difference_from_svg(kiosk: KioskDriver, name: str) -> float:
    """Mean per-channel difference (0-255) between the window's pixels of the logo and the
    SVG drawn by Qt's renderer at exactly that size."""
    image = kiosk.find(name)
    kiosk.wait_until(lambda: image.property("progress") == 1.0 and image.implicitWidth() > 0)
    assert image.implicitWidth() == image.property("sourceSize").width(), "drawn at that size"
    kiosk.settle(100)
    rect = device_rect(kiosk, name).toAlignedRect()
    shot = kiosk.window.grabWindow().copy(rect).convertToFormat(QImage.Format.Format_ARGB32)
    reference = QImage(rect.size(), QImage.Format.Format_ARGB32)
    behind = shot.pixelColor(2, rect.height() // 2)  # the plate's corner is rounded: backdrop
    reference.fill(behind)
    painter = QPainter(reference)
    QSvgRenderer(str(sample_pack_dir() / SAMPLE["brand"]["logo"])).render(painter)
    painter.end()
    total = 0
    step = 2
    count = 0
    for y in range(0, rect.height(), step):
        for x in range(0, rect.width(), step):
            a, b = shot.pixelColor(x, y), reference.pixelColor(x, y)
            total += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            count += 3
    return total / count


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080), (2560, 1440)], ids=str)
def test_the_top_bar_mark_is_drawn_for_its_device_pixels(
    kiosk_sample: KioskDriver, size: tuple[int, int]
) -> None:
    kiosk = kiosk_sample
    kiosk.window.resize(*size)
    kiosk.settle(200)
    kiosk.tap("attractScreen")
    logo = kiosk.find("brandLogo")
    rect = device_rect(kiosk, "brandLogo")
    ratio = kiosk.window.devicePixelRatio()
    wanted = QSize(math.ceil(rect.width() * ratio - 0.01), math.ceil(rect.height() * ratio - 0.01))
    kiosk.wait_until(lambda: logo.property("sourceSize") == wanted)
    assert logo.property("sourceSize") == wanted
    assert rect.width() / rect.height() == pytest.approx(1200 / 320, rel=0.02), "its own shape"
    assert difference_from_svg(kiosk, "brandLogo") < 6, "what the SVG renderer draws"


def test_the_attract_loop_shows_the_mark_large(kiosk_sample: KioskDriver) -> None:
    kiosk = kiosk_sample
    kiosk.window.resize(1920, 1080)
    kiosk.settle(200)
    attract = kiosk.find("attractScreen")
    slides = kiosk.host.bridges["eventPage"].attractSlides
    attract.setProperty("slideIndex", next(i for i, s in enumerate(slides) if s["kind"] != "image"))
    kiosk.wait_until(lambda: kiosk.exists("attractLogo"))
    rect = device_rect(kiosk, "attractLogo")
    assert rect.height() >= 200 and rect.width() >= 700, rect
    assert not kiosk.exists("attractBrand"), "the mark carries the name"


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "pt", "en"])
def test_the_tagline_is_text_in_the_visitors_script(kiosk_sample: KioskDriver, lang: str) -> None:
    kiosk = kiosk_sample
    kiosk.app.setLanguage(lang)
    attract = kiosk.find("attractScreen")
    slides = kiosk.host.bridges["eventPage"].attractSlides
    attract.setProperty("slideIndex", next(i for i, s in enumerate(slides) if s["kind"] != "image"))
    kiosk.wait_until(lambda: kiosk.exists("attractTagline"))
    assert kiosk.text("attractTagline") == SAMPLE["brand"]["tagline"][lang]
    if lang == "zh-Hans":
        assert "连接澳门" in kiosk.text("attractTagline"), "Simplified, not 連接澳門"
