"""Is a QR code on screen drawn in whole device pixels per module, large enough, with its
quiet zone? Judged on the window grab (what a phone's camera sees), not on the QML.

A module that is 5.68 device pixels (a code scaled by the canvas) is drawn as alternating 5-
and 6-pixel columns with nearest-neighbour sampling, or blurred with smoothing: both cost
phones their read at a distance. So the finder pattern's top row must be exactly 7 equal
modules and its middle row 1:1:3:1:1 of the same whole size.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem

from kiosk.ui.pixels import crop

QUIET_MODULES = 4
MIN_MODULE_PX = 4
MIN_MODULE_PX_1080P = 6  # on a screen at least 1080 device pixels on its short side
EPSILON = 0.01
IMAGE_READY = 1  # Image.Ready


def minimum_module_px(bounds: QRectF) -> int:
    short_side = min(bounds.width(), bounds.height())
    return MIN_MODULE_PX_1080P if short_side >= 1080 - EPSILON else MIN_MODULE_PX


def qr_problem(
    item: QQuickItem, rect: QRectF, image: QImage, bounds: QRectF, whole: bool = True
) -> str | None:
    """What is wrong with the QR image ``item`` drawn at ``rect`` (device pixels) in
    ``image``, or None. Its pixels are read only when it is ``whole``ly shown (not scrolled
    partly out of sight)."""
    from kiosk.ui.layout_audit import qml_int

    if qml_int(item, "status") != IMAGE_READY:
        return None  # not loaded: nothing drawn to judge
    scale = rect.width() / item.width() if item.width() else 1.0
    source = item.property("sourceSize")
    painted = float(item.property("paintedWidth") or 0) * scale
    if source is not None and source.width() > 0 and abs(painted - source.width()) > EPSILON:
        return f"QR rescaled by the scene graph ({painted / source.width():.2f}x its pixels)"
    if abs(rect.x() - round(rect.x())) > EPSILON or abs(rect.y() - round(rect.y())) > EPSILON:
        return f"QR not on whole device pixels (at {rect.x():.2f},{rect.y():.2f})"
    if not whole:
        return None
    return _modules_problem(image, rect.toAlignedRect().intersected(image.rect()), bounds)


def _modules_problem(image: QImage, box: object, bounds: QRectF) -> str | None:
    grey = crop(image, box).convert("L")
    dark = grey.point(lambda v: 255 if v < 128 else 0)
    found = dark.getbbox()
    if found is None:
        return "QR not drawn (no dark modules in its box)"
    left, top, right, bottom = found
    pixels = dark.load()
    run = _run(pixels, left, top, dark.width, dark=True)
    if run % 7:
        return f"QR modules not whole device pixels (finder {run} px for 7 modules)"
    module = run // 7
    middle = top + 3 * module + module // 2
    runs, x = [], left
    for index in range(5):
        length = _run(pixels, x, middle, dark.width, dark=index % 2 == 0)
        runs.append(length)
        x += length
    if runs != [module, module, 3 * module, module, module]:
        return f"QR modules uneven (finder middle row {runs} px, expected 1:1:3:1:1 x {module})"
    least = minimum_module_px(bounds)
    if module < least:
        return f"QR module {module} px < {least} px"
    quiet = min(left, top, dark.width - right, dark.height - bottom) / module
    if quiet < QUIET_MODULES:
        return f"QR quiet zone {quiet:.1f} modules < {QUIET_MODULES}"
    return None


def _run(pixels: object, x: int, y: int, width: int, *, dark: bool) -> int:
    start = x
    while x < width and (pixels[x, y] > 0) == dark:
        x += 1
    return x - start
