"""The ``image://qr`` provider of the exhibitor page: crisp QR codes at whole pixels per module."""

from __future__ import annotations

import math
from collections.abc import Callable
from urllib.parse import parse_qs, quote, unquote, urlsplit

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.services.catalog import Catalog

QR_PROVIDER = "qr"
# A module is at least 6 px at 1080p so a phone reads the code from 60 cm; up to 10 px while the
# code (quiet zone included) stays within QR_MAX_SIDE, so short codes are easier still.
QR_MIN_MODULE_PX = 6
QR_MAX_MODULE_PX = 10
QR_MAX_SIDE = 440
QR_BORDER = 4
QR_TEXT = "~text"  # in place of an exhibitor id: the code's text follows, URL-encoded
QR_MIN_DEVICE_MODULE_PX = 4  # whatever the scale: below this, phones miss codes on a small panel
QR_MIN_SCALE, QR_MAX_SCALE = 0.25, 8.0


def qr_source(exhibitor_id: str, kind: str, lang: str) -> str:
    """The ``image://qr/...`` URL of one code; the language is part of it (the vCard is)."""
    return f"image://{QR_PROVIDER}/{quote(exhibitor_id)}/{kind}?lang={quote(lang)}"


def qr_text_source(text: str) -> str:
    """The ``image://qr/...`` URL of a code holding ``text`` itself (e.g. a calendar event)."""
    return f"image://{QR_PROVIDER}/{QR_TEXT}/{quote(text, safe='')}"


def qr_module_px(modules: int, scale: float = 1.0, floor_px: int = QR_MIN_DEVICE_MODULE_PX) -> int:
    """Device pixels per module for a code ``modules`` wide drawn where one design pixel is
    ``scale`` device pixels: as large as fits, never below 6 design pixels (rounded up to a
    whole device pixel) nor below ``floor_px`` device pixels (6 on a 1080p screen)."""
    least = max(floor_px, math.ceil(QR_MIN_MODULE_PX * scale - 1e-6))
    most = max(least, math.floor(QR_MAX_MODULE_PX * scale + 1e-6))
    fitting = math.floor(QR_MAX_SIDE * scale / (modules + 2 * QR_BORDER) + 1e-6)
    return max(least, min(most, fitting))


def qr_scale(text: str | None) -> float:
    """The ``scale`` of a QR image URL (device pixels per design pixel), within reason."""
    try:
        scale = float(text) if text else 1.0
    except ValueError:
        return 1.0
    return min(QR_MAX_SCALE, max(QR_MIN_SCALE, scale)) if math.isfinite(scale) else 1.0


class QrImageProvider(QQuickImageProvider):
    """Serves ``image://qr/<exhibitor-id>/<kind>?lang=<lang>&scale=<s>&min=<px>`` as QR codes
    (and ``image://qr/~text/<text>?...``: a code of that text, see ``qr_text_source``).

    ``scale`` is how many device pixels one design pixel is where the code is drawn (the
    canvas's scale times the screen's pixel ratio, see QrCode.qml): the image is rendered in
    whole device pixels per module for that scale, and QML draws it at exactly its own pixels
    (scaled by 1 / scale, on the device pixel grid), so the scene graph never resamples a
    module. ``min``: the fewest device pixels per module (6 on a 1080p screen). QML asks for
    it on the UI thread (a code
    takes a few milliseconds): Python on QML's image thread could deadlock with the engine's
    teardown, which waits for that thread while holding the interpreter.
    """

    def __init__(self, catalog: Callable[[], Catalog | None]) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._catalog = catalog

    def code_text(self, exhibitor_id: str, kind: str, lang: str) -> str | None:
        catalog = self._catalog()
        exhibitor = catalog.exhibitor(exhibitor_id) if catalog else None
        if exhibitor is None:
            return None
        # kiosk.services.qr (qrcode + Pillow) loads at the first exhibitor page, not at start
        from kiosk.services.qr_fit import codes_that_fit

        return next((c.text for c in codes_that_fit(exhibitor, lang) if c.kind == kind), None)

    def render(self, text: str, scale: float = 1.0, floor_px: int = 4) -> QImage:
        """The code at whole pixels per module, quiet zone included, drawn by the QR service
        (cached). Not enlarged here from one pixel per module: ``QImage.scaled`` without
        smoothing is a pixel off from 20 times up (a 141-pixel finder at 4K)."""
        from kiosk.services.qr import module_count, render_png

        px = qr_module_px(module_count(text), scale, floor_px)
        return QImage.fromData(render_png(text, module_px=px, border=QR_BORDER))

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        parts = urlsplit(image_id)
        exhibitor_id, _, kind = parts.path.partition("/")
        query = parse_qs(parts.query)
        lang = query.get("lang", ["en"])[0]
        if exhibitor_id == QR_TEXT:
            text: str | None = unquote(kind)
        else:
            text = self.code_text(unquote(exhibitor_id), kind, lang)
        if text is None:
            return QImage()
        floor_text = query.get("min", [""])[0]
        floor_px = int(floor_text) if floor_text.isdigit() else QR_MIN_DEVICE_MODULE_PX
        floor_px = min(QR_MAX_MODULE_PX, max(QR_MIN_DEVICE_MODULE_PX, floor_px))
        image = self.render(text, qr_scale(query.get("scale", [""])[0]), floor_px)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
