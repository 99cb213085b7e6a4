"""Colours read from a window grab, for checks that must judge what is actually drawn (a
button's background is a sibling of its label; an overlay or a photo may lie under a text)."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

Rgb = tuple[int, int, int]


_last: dict[int, Image.Image] = {}


def to_pillow(image: QImage) -> Image.Image:
    """``image`` as an RGB Pillow image (the last one kept: a grab is read many times)."""
    key = image.cacheKey()
    if key not in _last:
        _last.clear()
        _last[key] = _converted(image)
    return _last[key]


def _converted(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(rgb.constBits())[: rgb.sizeInBytes()]
    size = (rgb.width(), rgb.height())
    return Image.frombuffer("RGB", size, data, "raw", "BGRX", rgb.bytesPerLine(), 1).copy()


def crop(image: QImage, box: QRect) -> Image.Image:
    left, top = box.x(), box.y()
    return to_pillow(image).crop((left, top, left + box.width(), top + box.height()))


def colours_by_count(image: QImage, box: QRect) -> list[Rgb]:
    """Every colour in ``box``, the commonest first, leaving out one-offs (anti-aliasing)
    unless nothing else is there."""
    area = crop(image, box)
    counts = area.getcolors(maxcolors=area.width * area.height) or []
    counts.sort(reverse=True)
    return [colour for count, colour in counts if count >= 2] or [c for _n, c in counts]
