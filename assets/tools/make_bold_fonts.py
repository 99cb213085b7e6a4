"""Make the bold Noto Sans CJK SC and TC subsets in ``assets/fonts``.

Why: the PyPI package the kiosk takes its CJK font from (``noto-cjk-sans-otc``) has only the
regular weight, so bold Chinese headings were faked by smearing the regular glyphs (and
offscreen renders lost them). The full bold collection is 20 MB; the kiosk bundles the bold
weight subset to the characters headings and labels need: every character of the UI's
translations and of the sample pack, the 6,763 characters of GB 2312 and the 5,401 frequent
characters of Big5, Latin with Portuguese accents, and CJK punctuation. A character outside
the subset falls back to the full regular collection, so nothing shows as a box.

Run by hand when the translations grow (fontTools is a tool here, not a kiosk dependency):

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python assets/tools/make_bold_fonts.py \\
        /tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "fonts"
FAMILIES = {
    "Noto Sans CJK SC": "NotoSansCJKsc-Bold.otf",
    "Noto Sans CJK TC": "NotoSansCJKtc-Bold.otf",
}


def _double_byte(codec: str, first: range, second: range) -> set[str]:
    chars = set()
    for hi in first:
        for lo in second:
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((hi, lo)).decode(codec))
    return chars


def characters() -> set[str]:
    chars = {chr(c) for c in range(0x20, 0x250)}  # Latin, Latin-1, Latin Extended-A/B
    chars |= {chr(c) for c in range(0x2000, 0x2070)}  # general punctuation
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK symbols and punctuation
    chars |= {chr(c) for c in range(0xFF00, 0xFFF0)}  # full-width forms
    chars |= _double_byte("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
    chars |= _double_byte("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
    for path in [*ROOT.glob("src/kiosk/i18n/*.ts"), ROOT / "assets/sample-pack/content.json"]:
        chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable()}


def main(collection: str) -> None:
    text = "".join(sorted(characters()))
    OUT.mkdir(parents=True, exist_ok=True)
    for font in TTCollection(collection).fonts:
        family = font["name"].getDebugName(1)
        if family not in FAMILIES:
            continue
        options = subset.Options()
        # Qt's defaults (kerning, ligatures, contextual forms) and proportional punctuation,
        # without locl and the vertical forms, which pull in every region's variant of each
        # glyph (the family's own region is its default anyway) and glyphs for vertical text.
        drop = {"locl", "vert", "vrt2", "vkrn", "valt"}
        options.layout_features = [
            f for f in [*options.layout_features, "palt", "halt"] if f not in drop
        ]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        target = OUT / FAMILIES[family]
        font.save(target)
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1])
