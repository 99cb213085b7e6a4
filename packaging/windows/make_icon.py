"""Writes ``kiosk.ico`` (the program's and the installer's icon) from the brand mark in the
sample pack: the square "M²" at the left of the (vector) logo, in the sizes Windows asks for.

    python packaging/windows/make_icon.py      # run again only when the brand mark changes
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
LOGO = HERE.parents[1] / "assets" / "sample-pack" / "images" / "brand" / "mice2.svg"
MARK_BOX = (36, 36, 284, 284)  # the square mark within the 1200x320 logo
SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def _rendered(width: int, height: int) -> Image.Image:
    """The SVG drawn by Qt's renderer (the one the kiosk uses) at ``width`` × ``height``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["make_icon"])
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(LOGO)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    del app
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    mark = _rendered(1200, 320).crop(MARK_BOX).resize((256, 256), Image.LANCZOS)
    mark.save(HERE / "kiosk.ico", sizes=SIZES)
    print(f"wrote {HERE / 'kiosk.ico'}")


if __name__ == "__main__":
    main()
