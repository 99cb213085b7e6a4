"""The ``image://qr`` provider of the exhibitor page: crisp QR codes at whole pixels per module."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, quote, unquote, urlsplit

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

from kiosk.services.catalog import Catalog

QR_PROVIDER = "qr"
# A module is at least 6 px at 1080p so a phone reads the code from 60 cm; up to 10 px while the
# code (quiet zone included) stays within QR_MAX_SIDE, so short codes are easier still.
QR_MIN_MODULE_PX = 6
QR_MAX_MODULE_PX = 10
QR_MAX_SIDE = 440
QR_BORDER = 4


def qr_source(exhibitor_id: str, kind: str, lang: str) -> str:
    """The ``image://qr/...`` URL of one code; the language is part of it (the vCard is)."""
    return f"image://{QR_PROVIDER}/{quote(exhibitor_id)}/{kind}?lang={quote(lang)}"


def qr_module_px(modules: int) -> int:
    """Pixels per module for a code ``modules`` wide: as large as fits, never below 6."""
    fitting = QR_MAX_SIDE // (modules + 2 * QR_BORDER)
    return max(QR_MIN_MODULE_PX, min(QR_MAX_MODULE_PX, fitting))


class QrImageProvider(QQuickImageProvider):
    """Serves ``image://qr/<exhibitor-id>/<kind>?lang=<lang>`` as crisp PNG-rendered QR codes.

    The image is rendered at whole pixels per module and QML shows it at 1:1 (never scaled
    down), so each module keeps its size on screen. QML asks for it on the UI thread (a code
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

    def render(self, text: str) -> QImage:
        """One pixel per module from the QR service (cached), enlarged here by whole pixels
        without smoothing and framed by the white quiet zone."""
        from kiosk.services.qr import render_png

        modules = QImage.fromData(render_png(text, module_px=1, border=0))
        size = modules.width()
        px = qr_module_px(size)
        side = (size + 2 * QR_BORDER) * px
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        enlarged = modules.scaled(
            size * px,
            size * px,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        painter = QPainter(image)
        painter.drawImage(QR_BORDER * px, QR_BORDER * px, enlarged)
        painter.end()
        return image

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        parts = urlsplit(image_id)
        exhibitor_id, _, kind = parts.path.partition("/")
        lang = parse_qs(parts.query).get("lang", ["en"])[0]
        text = self.code_text(unquote(exhibitor_id), kind, lang)
        if text is None:
            return QImage()
        image = self.render(text)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
