"""Draw the sample's "MICE² Macao x Hengqin" mark as an SVG with its text turned into paths.

A vector mark stays sharp at every size the kiosk shows it (the attract loop's large mark, the
top bar's small one), and text as paths looks the same on every PC, with or without fonts.
The glyphs come from the bundled Noto Sans CJK SC Bold (``assets/fonts``, SIL OFL 1.1). The
tagline is not drawn: the kiosk writes it under the mark as text in the visitor's language.

Run with fontTools (not a kiosk dependency; once, when the mark changes):

    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python assets/tools/make_brand_svg.py

It writes ``assets/tools/brand/mice2.svg``; ``make_sample_pack.py`` copies it into the pack.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "assets" / "fonts" / "NotoSansCJKsc-Bold.otf"
OUT = ROOT / "assets" / "tools" / "brand" / "mice2.svg"
NAME = "MICE² Macao x Hengqin"

NAVY, TEAL, GOLD, WHITE = "#0B2E4F", "#0F8B8D", "#F2B441", "#FFFFFF"
WIDTH, HEIGHT = 1200, 320


class Glyphs:
    """Text set in one font as one SVG path (y down), with its advance width."""

    def __init__(self, path: Path) -> None:
        self.font = TTFont(path)
        self.glyphs = self.font.getGlyphSet()
        self.cmap = self.font.getBestCmap()
        self.units = self.font["head"].unitsPerEm

    def width(self, text: str, size: float) -> float:
        return sum(self.glyphs[self.cmap[ord(ch)]].width for ch in text) * size / self.units

    def path(self, text: str, size: float, x: float, baseline: float) -> str:
        """The outline of ``text`` at ``size`` px, starting at ``x`` on ``baseline``."""
        pen = SVGPathPen(self.glyphs, ntos=lambda v: f"{v:.1f}".rstrip("0").rstrip("."))
        scale = size / self.units
        for ch in text:
            glyph = self.glyphs[self.cmap[ord(ch)]]
            glyph.draw(TransformPen(pen, (scale, 0, 0, -scale, x, baseline)))
            x += glyph.width * scale
        return pen.getCommands()

    def ink_centre(self, text: str, size: float) -> tuple[float, float]:
        """Centre of the inked box of ``text`` drawn at (0, 0), y down."""
        pen = BoundsPen(self.glyphs)
        scale = size / self.units
        x = 0.0
        for ch in text:
            glyph = self.glyphs[self.cmap[ord(ch)]]
            glyph.draw(TransformPen(pen, (scale, 0, 0, -scale, x, 0)))
            x += glyph.width * scale
        x0, y0, x1, y1 = pen.bounds
        return (x0 + x1) / 2, (y0 + y1) / 2


def centred(glyphs: Glyphs, text: str, size: float, cx: float, cy: float) -> str:
    ix, iy = glyphs.ink_centre(text, size)
    return glyphs.path(text, size, cx - ix, cy - iy)


def mark() -> str:
    glyphs = Glyphs(FONT)
    name_size = 100.0
    while glyphs.width(NAME, name_size) > 840:
        name_size -= 1
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" \
width="{WIDTH}" height="{HEIGHT}">
  <title>{NAME}</title>
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="{TEAL}"/>
      <stop offset="1" stop-color="{NAVY}"/>
    </linearGradient>
  </defs>
  <rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" rx="60" fill="{WHITE}"/>
  <rect x="50" y="50" width="220" height="220" rx="48" fill="url(#tile)"/>
  <circle cx="225" cy="95" r="30" fill="{GOLD}"/>
  <path fill="{WHITE}" d="{centred(glyphs, "M", 150, 160, 170)}"/>
  <path fill="{NAVY}" d="{centred(glyphs, "2", 44, 225, 95)}"/>
  <path fill="{NAVY}" d="{glyphs.path(NAME, name_size, 322, 185)}"/>
  <rect x="324" y="228" width="180" height="8" fill="{GOLD}"/>
</svg>
"""


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(mark(), encoding="utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
