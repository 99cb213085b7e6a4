"""Writes ``kiosk.ico`` (the program's and the installer's icon) from the brand mark in the
sample pack: the square "M²" at the left of the logo, in the sizes Windows asks for.

    python packaging/windows/make_icon.py      # run again only when the brand mark changes
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
LOGO = HERE.parents[1] / "assets" / "sample-pack" / "images" / "brand" / "mice2-placeholder.png"
MARK_BOX = (36, 36, 284, 284)  # the square mark within the 1200x320 logo
SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def main() -> None:
    mark = Image.open(LOGO).convert("RGBA").crop(MARK_BOX).resize((256, 256), Image.LANCZOS)
    mark.save(HERE / "kiosk.ico", sizes=SIZES)
    print(f"wrote {HERE / 'kiosk.ico'}")


if __name__ == "__main__":
    main()
