#!/usr/bin/env python3
"""Generate the bundled sample content pack (``assets/sample-pack/``) for Pavilion Kiosk.

The pack follows ``docs/content-format.md`` (format 1). Its data lives in ``sample_data.py`` beside
this script; every image (brand logo, attract screens, pavilion maps, exhibitor logos, product
pictures) is drawn here with Pillow. All of it is fictional SAMPLE DATA.

Usage::

    python assets/tools/make_sample_pack.py [--out DIR]

Needs Pillow, opencc-python-reimplemented, phonenumbers, email-validator and
``noto-cjk-sans-otc`` (the Noto Sans CJK font, OFL, used for every glyph drawn). The output is
deterministic: fixed seeds, no timestamps or other metadata in the PNG/JPEG files, so running
the script twice gives byte-identical files. It ends with a self-check of the written pack
(ids, references, phones, e-mails, images, booth positions, sizes) and prints a summary.
"""

from __future__ import annotations

import argparse
import colorsys
import datetime as dt
import functools
import hashlib
import itertools
import json
import math
import random
import re
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import noto_cjk_sans_otc
import opencc
import phonenumbers
from email_validator import EmailNotValidError, validate_email
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from kiosk.content.svg import inspect_svg  # the kiosk's own SVG check
from kiosk.domain.ids import is_identifier  # the kiosk's own id rule (the venv has kiosk)

sys.dont_write_bytecode = True  # keep assets/tools free of __pycache__
import sample_data as data  # noqa: E402  (lives beside this script)

RGB = tuple[int, int, int]
LText = dict[str, str]

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "sample-pack"
FONT_FILE = Path(noto_cjk_sans_otc.__file__).with_name("NotoSansCJK-Regular.ttc")
BRAND_SVG = Path(__file__).with_name("brand") / "mice2.svg"  # make_brand_svg.py draws it
BRAND_LOGO = "images/brand/mice2.svg"
SS = 2  # supersampling factor for anti-aliased shapes

NAVY: RGB = (11, 46, 79)
TEAL: RGB = (15, 139, 141)
GOLD: RGB = (242, 180, 65)
CORAL: RGB = (228, 87, 46)
INK: RGB = (38, 50, 56)
WHITE: RGB = (255, 255, 255)

PSC = ("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL", "GQ")
COUNTRIES = {*PSC, "MO", "CN"}
WECHAT_RE = re.compile(r"^[A-Za-z][-_A-Za-z0-9]{5,19}$")

_T2S = opencc.OpenCC("t2s")


# --------------------------------------------------------------------------- text helpers


def to_hans(hant: str, *, mainland_terms: bool = True) -> str:
    """Convert Traditional Chinese to Simplified.

    With ``mainland_terms``, Macao wording is also swapped for the mainland's (芝士 → 奶酪,
    see ``ZH_HANS_TERMS``); company names keep their own words and only change script.
    """
    out = _T2S.convert(hant)
    if mainland_terms:
        for local, mainland in sorted(data.ZH_HANS_TERMS.items(), key=lambda kv: -len(kv[0])):
            out = out.replace(local, mainland)
    return out


def lt(tri: data.Tri, *, mainland_terms: bool = True) -> LText:
    """Turn ``(en, pt, zh-Hant[, zh-Hans])`` into a four-language LText.

    Without a hand-written zh-Hans, it is converted from zh-Hant (see ``to_hans``).
    """
    en, pt, hant, *hans = tri
    return {
        "en": en,
        "pt": pt,
        "zh-Hant": hant,
        "zh-Hans": hans[0] if hans else to_hans(hant, mainland_terms=mainland_terms),
    }


@functools.cache
def _face_index(script: str) -> int:
    """Index of the Noto Sans CJK face for ``script`` ("TC" or "SC") in the .ttc collection."""
    for index in range(10):
        family, _style = ImageFont.truetype(str(FONT_FILE), 12, index=index).getname()
        if family == f"Noto Sans CJK {script}":
            return index
    raise RuntimeError(f"no Noto Sans CJK {script} face in {FONT_FILE}")


@functools.cache
def font(size: int, script: str = "TC") -> ImageFont.FreeTypeFont:
    """Noto Sans CJK (Traditional "TC" or Simplified "SC" glyph forms) at ``size`` px."""
    return ImageFont.truetype(str(FONT_FILE), size, index=_face_index(script))


def text_width(text: str, size: int, script: str = "TC", bold: int = 0) -> float:
    """Rendered width of ``text`` in pixels."""
    left, _, right, _ = font(size, script).getbbox(text, stroke_width=bold)
    return right - left


def fit_size(text: str, max_width: float, size: int, script: str = "TC", bold: int = 0) -> int:
    """Largest font size <= ``size`` at which ``text`` fits in ``max_width``."""
    while size > 8 and text_width(text, size, script, bold) > max_width:
        size -= 1
    return size


def draw_text(
    d: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size: int,
    fill: RGB | tuple[int, int, int, int],
    *,
    script: str = "TC",
    anchor: str = "mm",
    bold: int = 0,
) -> None:
    """Draw text; ``bold`` > 0 thickens the regular face with a same-colour stroke."""
    d.text(
        xy,
        text,
        font=font(size, script),
        fill=fill,
        anchor=anchor,
        stroke_width=bold,
        stroke_fill=fill if bold else None,
    )


# --------------------------------------------------------------------------- colour helpers


def hexc(value: str) -> RGB:
    """Parse ``#rrggbb``."""
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Blend colour ``a`` towards ``b`` by ``t`` (0..1)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def lighter(c: RGB, t: float = 0.3) -> RGB:
    """Tint towards white."""
    return mix(c, WHITE, t)


def darker(c: RGB, t: float = 0.25) -> RGB:
    """Shade towards black."""
    return mix(c, (0, 0, 0), t)


def rgba(c: RGB, alpha: int) -> tuple[int, int, int, int]:
    """Colour with alpha."""
    return c[0], c[1], c[2], alpha


def gradient(
    size: tuple[int, int], top: RGB, bottom: RGB, *, diagonal: bool = False
) -> Image.Image:
    """A smooth vertical (or diagonal) two-colour gradient, RGBA."""
    w, h = size
    if diagonal:
        side = int(math.hypot(w, h)) + 2
        mask = Image.linear_gradient("L").resize((side, side)).rotate(35, resample=Image.BICUBIC)
        left, upper = (side - w) // 2, (side - h) // 2
        mask = mask.crop((left, upper, left + w, upper + h))
    else:
        mask = Image.linear_gradient("L").resize((w, h))
    return Image.composite(
        Image.new("RGBA", size, rgba(bottom, 255)), Image.new("RGBA", size, rgba(top, 255)), mask
    )


def soft_shadow(
    size: tuple[int, int], box: tuple[float, float, float, float], alpha: int, blur: float
) -> Image.Image:
    """A blurred dark ellipse on a transparent layer (a contact shadow)."""
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(layer).ellipse(box, fill=(0, 0, 0, alpha))
    return layer.filter(ImageFilter.GaussianBlur(blur))


def downsample(img: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Reduce a supersampled canvas to its final size."""
    return img.resize(size, Image.LANCZOS)


# --------------------------------------------------------------------------- file writers


def save_png(img: Image.Image, path: Path) -> None:
    """Write a PNG with no metadata (deterministic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=True)


def save_jpeg(img: Image.Image, path: Path, quality: int = 86) -> None:
    """Write a baseline JPEG with no EXIF or other metadata (deterministic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img.convert("RGB").save(path, format="JPEG", quality=quality, optimize=True)


# --------------------------------------------------------------------------- product art
#
# Each drawer paints one stylised object onto a transparent 800x600 layer (2x the final
# 400x300), centred near (400, 300), with its base resting near y=500.


@dataclass
class Canvas:
    """A transparent drawing layer with a seeded random source."""

    img: Image.Image
    d: ImageDraw.ImageDraw
    rng: random.Random

    @classmethod
    def new(cls, size: tuple[int, int], seed: str) -> Canvas:
        """A blank RGBA canvas seeded from ``seed``."""
        img = Image.new("RGBA", size, (0, 0, 0, 0))
        digest = hashlib.sha256(seed.encode()).digest()
        return cls(img, ImageDraw.Draw(img), random.Random(int.from_bytes(digest[:8], "big")))

    def stamp(self, sprite: Image.Image, cx: float, cy: float, angle: float = 0) -> None:
        """Paste ``sprite`` rotated by ``angle`` degrees, centred on (cx, cy)."""
        if angle:
            sprite = sprite.rotate(angle, resample=Image.BICUBIC, expand=True)
        self.img.alpha_composite(
            sprite, (round(cx - sprite.width / 2), round(cy - sprite.height / 2))
        )


def _sprite(w: int, h: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    return img, ImageDraw.Draw(img)


def _bean(color: RGB, w: int = 70, h: int = 46, seam: bool = True) -> Image.Image:
    img, d = _sprite(w + 4, h + 4)
    d.ellipse((2, 2, w + 2, h + 2), fill=color, outline=darker(color, 0.3), width=2)
    d.ellipse((w * 0.25, h * 0.2, w * 0.55, h * 0.45), fill=lighter(color, 0.25))
    if seam:
        d.arc((w * 0.15, h * 0.35, w * 0.9, h * 1.1), 200, 330, fill=darker(color, 0.45), width=4)
    return img


def _leaf(color: RGB, w: int = 150, h: int = 60) -> Image.Image:
    img, d = _sprite(w + 4, h + 4)
    pts_top = [(2 + w * t, 2 + h / 2 - math.sin(math.pi * t) * h / 2) for t in _steps(24)]
    pts_bot = [(2 + w * t, 2 + h / 2 + math.sin(math.pi * t) * h / 2) for t in reversed(_steps(24))]
    d.polygon(pts_top + pts_bot, fill=color, outline=darker(color, 0.25))
    d.line((6, 2 + h / 2, w - 2, 2 + h / 2), fill=lighter(color, 0.35), width=3)
    for t in (0.3, 0.5, 0.7):
        x = 2 + w * t
        d.line((x, 2 + h / 2, x + 18, 2 + h * 0.2), fill=lighter(color, 0.25), width=2)
        d.line((x, 2 + h / 2, x + 18, 2 + h * 0.8), fill=lighter(color, 0.25), width=2)
    return img


def _steps(n: int) -> list[float]:
    return [i / n for i in range(n + 1)]


def _highlight(c: Canvas, box: tuple[float, float, float, float], alpha: int = 70) -> None:
    layer, d = _sprite(*c.img.size)
    d.rounded_rectangle(
        box, radius=min(box[2] - box[0], box[3] - box[1]) / 2, fill=(255, 255, 255, alpha)
    )
    c.img.alpha_composite(layer)


def draw_bottle(c: Canvas, glass: str, label: str, cap: str, kind: str = "wine") -> None:
    """Wine, port, sparkling, oil, liqueur, sauce, beer or PET drink bottle."""
    g, lab, cp = hexc(glass), hexc(label), hexc(cap)
    dims = {  # body x0, x1, body top, neck half-width, neck top, cap height
        "wine": (345, 455, 270, 20, 95, 55),
        "port": (330, 470, 300, 22, 120, 45),
        "sparkling": (338, 462, 290, 22, 100, 110),
        "oil": (352, 448, 230, 16, 120, 50),
        "liqueur": (325, 475, 330, 18, 170, 45),
        "sauce": (356, 444, 330, 15, 200, 48),
        "beer": (352, 448, 300, 17, 130, 30),
        "drink": (345, 455, 230, 22, 160, 40),
    }[kind]
    x0, x1, top, nh, ntop, caph = dims
    cx, bottom = 400, 515
    d = c.d
    d.rectangle((cx - nh, ntop, cx + nh, top), fill=g)
    if kind in ("oil", "drink"):
        d.rounded_rectangle((x0, top - 30, x1, bottom), radius=22, fill=g)
        d.polygon(
            [(x0 + 10, top - 20), (cx - nh, top - 70), (cx + nh, top - 70), (x1 - 10, top - 20)],
            fill=g,
        )
    elif kind == "liqueur":
        d.ellipse((x0, top - 20, x1, bottom), fill=g)
    else:
        d.ellipse((x0, top - (x1 - x0) * 0.45, x1, top + (x1 - x0) * 0.45), fill=g)
        d.rounded_rectangle((x0, top, x1, bottom), radius=18, fill=g)
    if kind == "drink":
        for y in range(top + 40, bottom - 20, 46):
            d.line((x0 + 6, y, x1 - 6, y), fill=darker(g, 0.12), width=4)
    d.rounded_rectangle((cx - nh - 5, ntop - 10, cx + nh + 5, ntop - 10 + caph), radius=6, fill=cp)
    ly0 = top + (bottom - top) * 0.28
    ly1 = top + (bottom - top) * 0.72
    d.rounded_rectangle((x0 + 8, ly0, x1 - 8, ly1), radius=8, fill=lab)
    d.rectangle((x0 + 8, ly0 + (ly1 - ly0) * 0.62, x1 - 8, ly0 + (ly1 - ly0) * 0.7), fill=cp)
    d.ellipse((cx - 16, ly0 + 18, cx + 16, ly0 + 50), outline=darker(lab, 0.45), width=4)
    _highlight(c, (x0 + 14, top + 10, x0 + 30, bottom - 20), 60)


def draw_tin(c: Canvas, body: str, label: str, accent: str, motif: str = "fish") -> None:
    """Two flat rectangular tins (sardines, tuna) with a printed label."""
    b, lab, acc = hexc(body), hexc(label), hexc(accent)
    d = c.d
    for dx, dy in ((60, -70), (-30, 20)):
        x0, y0, x1, y1 = 220 + dx, 300 + dy, 540 + dx, 480 + dy
        d.rounded_rectangle((x0, y0, x1, y1), radius=34, fill=darker(b, 0.2))
        d.rounded_rectangle((x0 + 6, y0 + 6, x1 - 6, y1 - 6), radius=30, fill=b)
        d.rounded_rectangle((x0 + 22, y0 + 22, x1 - 22, y1 - 22), radius=18, fill=lab)
        d.rectangle((x0 + 22, y1 - 58, x1 - 22, y1 - 44), fill=acc)
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2 - 12
        if motif == "octopus":
            d.ellipse((mx - 34, my - 40, mx + 34, my + 10), fill=acc)
            for k in range(5):
                sx = mx - 30 + k * 15
                d.arc((sx - 12, my - 5, sx + 12, my + 40), 90, 270, fill=acc, width=7)
        else:
            d.ellipse((mx - 60, my - 20, mx + 40, my + 20), fill=acc)
            d.polygon([(mx + 30, my), (mx + 70, my - 26), (mx + 70, my + 26)], fill=acc)
            d.ellipse((mx - 45, my - 8, mx - 33, my + 4), fill=lab)
    d.ellipse((178, 358, 214, 394), outline=(190, 190, 198), width=8)


def draw_can(c: Canvas, body: str, band: str, top: str = "#c8ccd2") -> None:
    """A drinks can."""
    b, bd, tp = hexc(body), hexc(band), hexc(top)
    d = c.d
    x0, x1, y0, y1 = 320, 480, 170, 510
    d.rectangle((x0, y0 + 20, x1, y1 - 20), fill=b)
    d.ellipse((x0, y1 - 40, x1, y1), fill=darker(b, 0.15))
    d.rectangle((x0, y0 + 140, x1, y0 + 220), fill=bd)
    d.ellipse((x0, y0, x1, y0 + 40), fill=tp, outline=darker(tp, 0.25), width=3)
    d.ellipse((x0 + 50, y0 + 10, x1 - 50, y0 + 30), outline=darker(tp, 0.35), width=4)
    d.ellipse((380, y0 + 165, 420, y0 + 195), fill=b)
    _highlight(c, (x0 + 18, y0 + 40, x0 + 36, y1 - 40), 70)


def draw_round(c: Canvas, kind: str) -> None:
    """Round baked goods and cheeses (cookie, tart, mooncake, wife cake, bolo-rei, tea cake...)."""
    d, rng = c.d, c.rng
    if kind == "cookie":
        for cx, cy, r in ((470, 320, 120), (330, 370, 130)):
            col = hexc("#d9a35b")
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=darker(col, 0.12))
            d.ellipse((cx - r + 8, cy - r + 8, cx + r - 8, cy + r - 8), fill=col)
            for _ in range(22):
                a, rr = rng.uniform(0, 2 * math.pi), rng.uniform(0, r - 30)
                px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
                d.ellipse((px - 4, py - 4, px + 4, py + 4), fill=darker(col, 0.22))
            c.stamp(_bean(hexc("#f1d9a6"), 64, 34, seam=False), cx, cy, rng.uniform(-30, 30))
    elif kind == "tart":
        for cx, cy in ((300, 360), (500, 360), (400, 250)):
            r = 105
            crust = hexc("#c98a3c")
            for k in range(16):
                a = 2 * math.pi * k / 16
                px, py = cx + r * math.cos(a), cy + r * 0.8 * math.sin(a)
                d.ellipse((px - 18, py - 16, px + 18, py + 16), fill=darker(crust, 0.05))
            d.ellipse((cx - r, cy - r * 0.8, cx + r, cy + r * 0.8), fill=crust)
            d.ellipse(
                (cx - r + 20, cy - r * 0.8 + 18, cx + r - 20, cy + r * 0.8 - 18),
                fill=hexc("#f5c64f"),
            )
            for _ in range(7):
                px, py = cx + rng.uniform(-55, 55), cy + rng.uniform(-38, 38)
                s = rng.uniform(10, 22)
                d.ellipse((px - s, py - s * 0.7, px + s, py + s * 0.7), fill=hexc("#8a4b1c"))
    elif kind == "mooncake":
        col = hexc("#c47a35")
        for cx, cy, r in ((480, 300, 120), (340, 360, 140)):
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=darker(col, 0.1))
            for k in range(12):
                a = 2 * math.pi * k / 12
                px, py = cx + (r - 22) * math.cos(a), cy + (r - 22) * math.sin(a)
                d.ellipse((px - 26, py - 26, px + 26, py + 26), fill=col)
            d.ellipse(
                (cx - r * 0.62, cy - r * 0.62, cx + r * 0.62, cy + r * 0.62),
                fill=lighter(col, 0.15),
            )
            d.rectangle(
                (cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3),
                outline=darker(col, 0.2),
                width=5,
            )
            d.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), fill=darker(col, 0.2))
    elif kind == "wife-cake":
        col = hexc("#e9c98b")
        for cx, cy, r in ((480, 320, 115), (330, 370, 125)):
            d.ellipse((cx - r, cy - r * 0.75, cx + r, cy + r * 0.75), fill=darker(col, 0.1))
            d.ellipse((cx - r + 6, cy - r * 0.75 + 4, cx + r - 6, cy + r * 0.75 - 8), fill=col)
            d.line((cx - 30, cy - 20, cx + 30, cy - 20), fill=darker(col, 0.35), width=6)
            d.line((cx - 30, cy + 4, cx + 30, cy + 4), fill=darker(col, 0.35), width=6)
            for _ in range(10):
                px, py = cx + rng.uniform(-r * 0.7, r * 0.7), cy + rng.uniform(-r * 0.4, r * 0.4)
                d.arc((px - 20, py - 8, px + 20, py + 8), 200, 340, fill=lighter(col, 0.5), width=3)
    elif kind == "bolo-rei":
        col = hexc("#c98d45")
        d.ellipse((180, 170, 620, 490), fill=darker(col, 0.1))
        d.ellipse((190, 176, 610, 478), fill=col)
        d.ellipse((320, 268, 480, 378), fill=(0, 0, 0, 0))
        for _ in range(26):
            a = rng.uniform(0, 2 * math.pi)
            rr = rng.uniform(0.62, 0.92)
            px, py = 400 + 205 * rr * math.cos(a), 326 + 148 * rr * math.sin(a)
            fruit = rng.choice(["#c0392b", "#27ae60", "#f39c12", "#e74c3c", "#f7dc6f"])
            d.rounded_rectangle((px - 14, py - 9, px + 14, py + 9), radius=5, fill=hexc(fruit))
        for _ in range(60):
            a = rng.uniform(0, 2 * math.pi)
            rr = rng.uniform(0.6, 0.95)
            px, py = 400 + 205 * rr * math.cos(a), 326 + 148 * rr * math.sin(a)
            d.ellipse((px - 3, py - 3, px + 3, py + 3), fill=(255, 255, 255))
    elif kind == "cheese-wheel":
        col, rind = hexc("#f3d36b"), hexc("#c8a44a")
        d.rectangle((210, 270, 590, 420), fill=rind)
        d.ellipse((210, 350, 590, 490), fill=rind)
        d.ellipse((210, 200, 590, 340), fill=col)
        d.polygon([(400, 270), (590, 270), (560, 310)], fill=lighter(col, 0.3))
        for _ in range(6):
            px, py = rng.uniform(280, 520), rng.uniform(235, 300)
            d.ellipse((px - 10, py - 6, px + 10, py + 6), fill=darker(col, 0.12))
    elif kind == "cheese-soft":
        rind, cream = hexc("#e8d8b0"), hexc("#fff1c7")
        d.ellipse((210, 330, 590, 480), fill=darker(rind, 0.1))
        d.rectangle((210, 300, 590, 405), fill=darker(rind, 0.1))
        d.ellipse((210, 230, 590, 380), fill=rind)
        d.ellipse((260, 255, 540, 355), fill=cream)
        d.ellipse((300, 270, 500, 330), fill=lighter(cream, 0.5))
        d.line((520, 210, 620, 120), fill=(200, 200, 206), width=14)
        d.ellipse((470, 245, 540, 295), fill=(200, 200, 206))
    elif kind == "tea-cake":
        paper, stamp = hexc("#efe6d2"), hexc("#b22222")
        d.ellipse((190, 190, 610, 480), fill=darker(paper, 0.1))
        d.ellipse((196, 186, 604, 466), fill=paper)
        for k in range(24):
            a = 2 * math.pi * k / 24
            d.line(
                (
                    400 + 60 * math.cos(a),
                    326 + 44 * math.sin(a),
                    400 + 190 * math.cos(a),
                    326 + 130 * math.sin(a),
                ),
                fill=darker(paper, 0.08),
                width=3,
            )
        d.rectangle((350, 290, 450, 362), fill=stamp)
        d.rectangle((362, 300, 438, 352), outline=paper, width=4)
        draw_text(d, (400, 326), "茶", 44, paper)


def draw_pile(c: Canvas, kind: str, color: str, count: int = 26) -> None:
    """A mound of small things: beans, nuts, nibs, goji, kumquats, scallops, sea cucumber."""
    col = hexc(color)
    rng = c.rng
    spots = []
    for _ in range(count):
        x = rng.gauss(400, 95)
        y = 430 - abs(rng.gauss(0, 1)) * 70 - max(0.0, 130 - abs(x - 400)) * 0.6
        spots.append((y, x))
    for y, x in sorted(spots):
        shade = mix(col, lighter(col, 0.25), rng.random())
        if kind == "bean":
            sprite = _bean(shade)
        elif kind == "nib":
            sprite, sd = _sprite(50, 50)
            pts = [
                (25 + rng.uniform(12, 22) * math.cos(a), 25 + rng.uniform(12, 22) * math.sin(a))
                for a in (i * math.pi / 3 for i in range(6))
            ]
            sd.polygon(pts, fill=shade, outline=darker(shade, 0.3))
        elif kind == "cashew":
            sprite, sd = _sprite(100, 72)
            sd.ellipse((4, 4, 96, 68), fill=shade, outline=darker(shade, 0.2), width=2)
            sd.ellipse((32, 40, 68, 86), fill=(0, 0, 0, 0))
            sd.arc((14, 10, 86, 56), 200, 340, fill=lighter(shade, 0.3), width=5)
        elif kind == "brazil":
            sprite, sd = _sprite(90, 50)
            sd.polygon(
                [(4, 25), (45, 4), (86, 22), (50, 46)], fill=shade, outline=darker(shade, 0.35)
            )
            sd.line((20, 25, 70, 22), fill=lighter(shade, 0.3), width=4)
        elif kind == "goji":
            sprite = _bean(shade, 40, 22, seam=False)
        elif kind == "kumquat":
            sprite, sd = _sprite(70, 70)
            sd.ellipse((4, 6, 66, 64), fill=shade, outline=darker(shade, 0.2), width=2)
            sd.ellipse((18, 16, 32, 28), fill=lighter(shade, 0.5))
        elif kind == "scallop":
            sprite, sd = _sprite(56, 56)
            sd.ellipse((4, 4, 52, 52), fill=shade, outline=darker(shade, 0.25), width=2)
            sd.arc((12, 12, 44, 44), 200, 300, fill=lighter(shade, 0.35), width=4)
        else:  # sea cucumber
            sprite, sd = _sprite(150, 56)
            sd.rounded_rectangle((4, 6, 146, 50), radius=22, fill=shade)
            for k in range(8):
                sd.ellipse((16 + k * 16, 6, 26 + k * 16, 16), fill=darker(shade, 0.25))
        c.stamp(sprite, x, y, rng.uniform(0, 360))


def draw_brittle(c: Canvas) -> None:
    """Peanut brittle: glossy amber slabs studded with peanuts."""
    rng = c.rng
    amber = hexc("#d08a2e")
    for cx, cy, ang in ((320, 380, -12), (490, 360, 15), (400, 270, 4)):
        sprite, sd = _sprite(250, 170)
        pts = [
            (125 + rng.uniform(95, 120) * math.cos(a), 85 + rng.uniform(60, 80) * math.sin(a))
            for a in (i * math.pi / 4 for i in range(8))
        ]
        sd.polygon(pts, fill=amber, outline=darker(amber, 0.25))
        for _ in range(16):
            x, y = rng.uniform(50, 200), rng.uniform(35, 135)
            sd.ellipse(
                (x - 11, y - 7, x + 11, y + 7), fill=hexc("#f1d39b"), outline=hexc("#c9a46a")
            )
        sd.line((70, 50, 170, 40), fill=(255, 255, 255, 110), width=6)
        c.stamp(sprite, cx, cy, ang)


def draw_pouch(c: Canvas, body: str, accent: str, window: str | None = None) -> None:
    """A stand-up pouch (coffee, soup pack, jerky) with a label and an optional window."""
    b, acc = hexc(body), hexc(accent)
    d = c.d
    d.polygon([(290, 170), (510, 170), (530, 510), (270, 510)], fill=b)
    for k in range(12):
        x = 290 + k * 20
        d.polygon([(x, 170), (x + 10, 158), (x + 20, 170)], fill=b)
    d.rectangle((290, 170, 510, 200), fill=darker(b, 0.15))
    d.ellipse((340, 250, 460, 370), fill=acc)
    d.ellipse((360, 270, 440, 350), outline=b, width=6)
    if window:
        d.rounded_rectangle((330, 395, 470, 470), radius=14, fill=hexc(window))
        for k in range(6):
            d.ellipse(
                (342 + k * 21, 415 + (k % 2) * 16, 362 + k * 21, 433 + (k % 2) * 16),
                fill=darker(hexc(window), 0.3),
            )
    else:
        d.rectangle((300, 410, 500, 426), fill=acc)
    _highlight(c, (300, 215, 316, 490), 60)


def draw_sack(c: Canvas, body: str, stencil: str) -> None:
    """A jute coffee sack with beans spilling in front."""
    b, st = hexc(body), hexc(stencil)
    d = c.d
    d.polygon([(250, 200), (550, 200), (580, 500), (220, 500)], fill=b)
    d.ellipse((250, 170, 550, 240), fill=darker(b, 0.1))
    d.ellipse((290, 185, 510, 225), fill=hexc("#5b3a1e"))
    for y in range(250, 500, 14):
        d.line((240, y, 560, y), fill=darker(b, 0.08), width=2)
    d.rectangle((300, 320, 500, 400), outline=st, width=6)
    d.ellipse((375, 335, 425, 385), fill=st)
    for k in range(9):
        c.stamp(_bean(hexc("#6f4526"), 50, 34), 280 + k * 32, 505 + (k % 2) * 10, k * 40)


def draw_cup(c: Canvas, cup: str, liquid: str, steam: bool = True) -> None:
    """A cup on a saucer, with steam."""
    cp, lq = hexc(cup), hexc(liquid)
    d = c.d
    d.ellipse((220, 440, 580, 520), fill=darker(cp, 0.08))
    d.ellipse((240, 445, 560, 505), fill=cp)
    d.arc((470, 300, 570, 410), 270, 90, fill=cp, width=22)
    d.chord((270, 170, 530, 470), 0, 180, fill=cp)
    d.rectangle((270, 300, 530, 322), fill=cp)
    d.ellipse((270, 280, 530, 340), fill=darker(cp, 0.06))
    d.ellipse((285, 288, 515, 332), fill=lq)
    if steam:
        for k, x in enumerate((350, 400, 450)):
            pts = [(x + 16 * math.sin(t * 2 * math.pi + k), 250 - t * 120) for t in _steps(16)]
            d.line(pts, fill=(255, 255, 255, 200), width=8, joint="curve")


def draw_glass(c: Canvas) -> None:
    """Serradura in a glass: cream and biscuit-crumb layers."""
    d = c.d
    layers = ["#f3e2b3", "#fffaf0", "#e9cf9a", "#fffaf0", "#e2c07f"]
    for k, col in enumerate(layers):
        y0 = 190 + k * 60
        d.rectangle((300 + k * 4, y0, 500 - k * 4, y0 + 60), fill=hexc(col))
    d.ellipse((300, 170, 500, 210), fill=hexc("#f3e2b3"))
    for _ in range(40):
        x, y = c.rng.uniform(310, 490), c.rng.uniform(175, 205)
        d.ellipse((x - 3, y - 3, x + 3, y + 3), fill=hexc("#b8874a"))
    d.rectangle((284, 160, 516, 500), outline=(220, 230, 235), width=6)
    d.ellipse((300, 470, 500, 520), fill=(220, 230, 235))
    _highlight(c, (480, 190, 494, 470), 90)


def draw_seafood(c: Canvas, kind: str) -> None:
    """Salted cod, a tiger prawn or a rock lobster."""
    d = c.d
    if kind == "codfish":  # a split, salted and dried cod: wide shoulders tapering to the tail
        flesh, skin = hexc("#f4ede0"), hexc("#9e968a")
        outline = [
            (190, 190),
            (400, 160),
            (610, 190),
            (560, 300),
            (450, 420),
            (430, 450),
            (370, 450),
            (350, 420),
            (240, 300),
        ]
        d.polygon(outline, fill=skin)
        d.polygon([(372, 445), (300, 520), (400, 490), (500, 520), (428, 445)], fill=skin)
        inner = [(215, 205), (400, 180), (585, 205), (540, 300), (435, 410), (365, 410), (260, 300)]
        d.polygon(inner, fill=flesh)
        d.line((400, 185, 400, 410), fill=darker(flesh, 0.1), width=6)
        for k in range(6):
            y = 215 + k * 32
            d.line((400, y, 400 - (170 - k * 26), y + 40), fill=darker(flesh, 0.06), width=4)
            d.line((400, y, 400 + (170 - k * 26), y + 40), fill=darker(flesh, 0.06), width=4)
        for _ in range(40):
            x, y = c.rng.uniform(260, 540), c.rng.uniform(200, 320)
            d.ellipse((x - 3, y - 3, x + 3, y + 3), fill=(255, 255, 255))
        return
    big = kind == "lobster"
    col = hexc("#d9472b" if big else "#f08a4b")
    cx, cy, r = 400, 390, 150 if big else 130
    for k in range(9):  # legs under the body
        a = math.radians(205 + k * 15)
        px, py = cx + (r - 30) * math.cos(a), cy + (r - 30) * math.sin(a)
        d.line((px, py, px + 10, py + 45), fill=darker(col, 0.15), width=5)
    a = math.radians(200 + 10 * 15 + 10)
    tx, ty = cx + r * math.cos(a), cy + r * math.sin(a)
    for dx, dy in ((60, -30), (75, 10), (50, 45)):
        d.polygon(
            [(tx - 10, ty), (tx + dx, ty + dy - 18), (tx + dx + 8, ty + dy + 12)],
            fill=darker(col, 0.1),
        )
    for k in range(10, -1, -1):
        a = math.radians(200 + k * 15)
        px, py = cx + r * math.cos(a), cy + r * math.sin(a)
        s = (58 if big else 50) - k * 2.6
        d.ellipse(
            (px - s, py - s * 0.85, px + s, py + s * 0.85),
            fill=col,
            outline=darker(col, 0.22),
            width=3,
        )
    hx, hy = cx + r * math.cos(math.radians(200)), cy + r * math.sin(math.radians(200))
    d.line((hx - 20, hy, hx - 180, hy - 150), fill=darker(col, 0.2), width=5)
    d.line((hx - 10, hy - 10, hx - 120, hy - 190), fill=darker(col, 0.2), width=5)
    d.ellipse((hx - 12, hy - 22, hx + 2, hy - 8), fill=(30, 30, 30))
    if big:
        for dy in (-70, 70):
            d.line((hx, hy, hx - 60, hy + dy), fill=col, width=16)
            d.ellipse(
                (hx - 120, hy + dy - 30, hx - 40, hy + dy + 30),
                fill=col,
                outline=darker(col, 0.25),
                width=3,
            )


def draw_leaves(c: Canvas, kind: str) -> None:
    """Tea leaves, baby greens or a tray of herbs."""
    rng = c.rng
    if kind == "herbs":
        c.d.rounded_rectangle((230, 380, 570, 500), radius=12, fill=hexc("#c9a878"))
        c.d.rectangle((230, 380, 570, 400), fill=hexc("#b8955f"))
    palette = {
        "tea": ["#2f6b3a", "#3d7f45", "#4b8f4f"],
        "greens": ["#6cbf4a", "#8fd16a", "#4fa33a"],
        "herbs": ["#3f8f3a", "#5aa84b", "#2e7a34"],
    }[kind]
    n = 16 if kind == "tea" else 14
    for k in range(n):
        x = 400 + rng.gauss(0, 80)
        y = 360 - rng.uniform(0, 150) if kind != "tea" else 400 - rng.uniform(0, 110)
        size = rng.uniform(0.7, 1.1)
        leaf = _leaf(hexc(rng.choice(palette)), int(150 * size), int(62 * size))
        c.stamp(leaf, x, y, rng.uniform(20, 160) if kind != "tea" else rng.uniform(0, 360))
        if kind == "greens" and k % 3 == 0:
            c.d.line((x, y, 400, 470), fill=hexc("#cfe7b5"), width=6)


def draw_jar(c: Canvas, content: str, lid: str, label: str) -> None:
    """A glass jar with contents, lid and label (sauces, honey, ginger)."""
    ct, ld, lb = hexc(content), hexc(lid), hexc(label)
    d = c.d
    d.rounded_rectangle((300, 210, 500, 510), radius=40, fill=(225, 235, 238))
    d.rounded_rectangle((310, 250, 490, 500), radius=34, fill=ct)
    d.rounded_rectangle((290, 160, 510, 220), radius=12, fill=ld)
    for x in range(300, 510, 16):
        d.line((x, 166, x, 214), fill=darker(ld, 0.15), width=4)
    d.rounded_rectangle((318, 320, 482, 430), radius=10, fill=lb)
    d.line((340, 360, 460, 360), fill=darker(lb, 0.4), width=6)
    d.line((350, 390, 450, 390), fill=darker(lb, 0.3), width=4)
    _highlight(c, (322, 240, 336, 490), 80)


def draw_bowl(c: Canvas, content: str, garnish: str, kind: str = "plain") -> None:
    """A bowl of food (minchi with egg, açaí, cupuaçu)."""
    ct, gr = hexc(content), hexc(garnish)
    d = c.d
    bowl = hexc("#f5f1e8")
    d.ellipse((200, 250, 600, 370), fill=darker(bowl, 0.1))
    d.chord((200, 110, 600, 510), 0, 180, fill=bowl)
    d.ellipse((215, 258, 585, 360), fill=ct)
    rng = c.rng
    if kind == "minchi":
        for _ in range(14):
            x, y = rng.uniform(260, 540), rng.uniform(275, 340)
            d.rounded_rectangle((x - 12, y - 10, x + 12, y + 10), radius=3, fill=hexc("#e9c46a"))
        d.ellipse((330, 262, 470, 330), fill=(255, 255, 255))
        d.ellipse((375, 280, 425, 312), fill=hexc("#f4a300"))
    else:
        for _ in range(8):
            x, y = rng.uniform(270, 530), rng.uniform(280, 335)
            d.ellipse((x - 20, y - 12, x + 20, y + 12), fill=gr, outline=darker(gr, 0.2), width=2)
    d.ellipse((300, 490, 500, 520), fill=darker(bowl, 0.15))


def draw_rolls(c: Canvas, kind: str) -> None:
    """Egg rolls, papo-seco bread rolls, jerky sheets or a chocolate bar."""
    d, rng = c.d, c.rng
    if kind == "egg-rolls":
        col = hexc("#e3a948")
        for k in range(5):
            y = 260 + k * 44
            x0 = 230 + (k % 2) * 30
            d.rounded_rectangle(
                (x0, y, x0 + 320, y + 48), radius=24, fill=col, outline=darker(col, 0.2), width=3
            )
            d.ellipse((x0 + 280, y + 2, x0 + 324, y + 46), fill=lighter(col, 0.3))
            d.arc((x0 + 288, y + 10, x0 + 316, y + 38), 0, 300, fill=darker(col, 0.3), width=3)
    elif kind == "bread-rolls":
        col = hexc("#d4933f")
        for cx, cy in ((300, 380), (500, 380), (400, 290)):
            d.ellipse((cx - 120, cy - 70, cx + 120, cy + 70), fill=darker(col, 0.1))
            d.ellipse((cx - 114, cy - 70, cx + 114, cy + 60), fill=col)
            d.line((cx - 70, cy - 5, cx + 70, cy - 15), fill=lighter(col, 0.45), width=8)
    elif kind in ("jerky", "jerky-dark"):
        col = hexc("#a8321e" if kind == "jerky" else "#6b2a17")
        for k in range(4):
            sprite, sd = _sprite(230, 170)
            sd.rounded_rectangle(
                (4, 4, 226, 166), radius=26, fill=col, outline=darker(col, 0.25), width=3
            )
            for _ in range(18):
                x, y = rng.uniform(20, 210), rng.uniform(20, 150)
                sd.ellipse((x - 5, y - 3, x + 5, y + 3), fill=lighter(col, 0.2))
            c.stamp(sprite, 330 + k * 45, 300 + k * 40, rng.uniform(-25, 25))
    else:  # chocolate
        foil, choc = hexc("#c9a23c"), hexc("#4a2a18")
        d.polygon([(210, 230), (520, 170), (590, 400), (280, 470)], fill=choc)
        for i in range(1, 4):
            d.line(
                (210 + 77 * i, 230 - 15 * i, 280 + 77 * i, 470 - 17 * i),
                fill=darker(choc, 0.35),
                width=5,
            )
        for t in (0.33, 0.66):
            d.line(
                (210 + 70 * t, 230 + 240 * t, 520 + 70 * t, 170 + 230 * t),
                fill=darker(choc, 0.35),
                width=5,
            )
        d.polygon([(430, 187), (520, 170), (590, 400), (500, 420)], fill=foil)
        d.polygon([(470, 180), (520, 170), (590, 400), (540, 410)], fill=hexc("#7d1f2b"))


def draw_box(c: Canvas, body: str, ribbon: str) -> None:
    """A gift box or hamper with a bow."""
    b, rb = hexc(body), hexc(ribbon)
    d = c.d
    d.rectangle((240, 280, 560, 500), fill=b)
    d.rectangle((225, 230, 575, 290), fill=darker(b, 0.1))
    d.rectangle((380, 230, 420, 500), fill=rb)
    d.ellipse((300, 160, 400, 236), outline=rb, width=18)
    d.ellipse((400, 160, 500, 236), outline=rb, width=18)
    d.ellipse((385, 210, 415, 240), fill=darker(rb, 0.15))


def draw_service(c: Canvas, kind: str) -> None:
    """Pictograms for service offerings."""
    d, rng = c.d, c.rng
    if kind == "stand":
        d.rectangle((180, 150, 620, 200), fill=TEAL)
        d.rectangle((190, 200, 610, 430), fill=(245, 245, 240))
        d.rectangle((230, 240, 400, 380), fill=lighter(GOLD, 0.2))
        d.rectangle((430, 240, 570, 300), fill=lighter(TEAL, 0.5))
        d.rectangle((430, 320, 570, 380), fill=lighter(CORAL, 0.4))
        d.rectangle((300, 400, 500, 500), fill=NAVY)
        for x in (240, 400, 560):
            d.line((x, 150, x, 120), fill=INK, width=6)
            d.polygon([(x - 18, 120), (x + 18, 120), (x + 8, 100), (x - 8, 100)], fill=INK)
    elif kind == "payment":
        d.rounded_rectangle((300, 130, 470, 480), radius=26, fill=INK)
        d.rounded_rectangle((314, 170, 456, 440), radius=8, fill=(250, 250, 250))
        for i in range(7):
            for j in range(7):
                if (i * 7 + j * 3 + i * j) % 3 != 0 or (i < 2 and j < 2) or (i > 4 and j < 2):
                    d.rectangle((330 + i * 16, 220 + j * 16, 344 + i * 16, 234 + j * 16), fill=INK)
        d.rounded_rectangle((420, 300, 640, 440), radius=16, fill=TEAL)
        d.rectangle((420, 330, 640, 356), fill=darker(TEAL, 0.4))
        d.rounded_rectangle((440, 380, 500, 410), radius=6, fill=GOLD)
    elif kind == "container":
        col = hexc("#2f7fb5")
        d.rectangle((170, 200, 630, 460), fill=col)
        for x in range(190, 630, 26):
            d.line((x, 215, x, 445), fill=darker(col, 0.2), width=6)
        d.rectangle((170, 200, 630, 215), fill=darker(col, 0.3))
        d.rectangle((170, 445, 630, 460), fill=darker(col, 0.3))
        d.ellipse((560, 230, 620, 290), fill=(255, 255, 255))
        for a in range(0, 180, 60):
            r = math.radians(a)
            d.line(
                (
                    590 - 22 * math.cos(r),
                    260 - 22 * math.sin(r),
                    590 + 22 * math.cos(r),
                    260 + 22 * math.sin(r),
                ),
                fill=col,
                width=5,
            )
    elif kind == "azulejo":
        blue, white = hexc("#1f4e9c"), hexc("#f7f5ef")
        for i in range(2):
            for j in range(2):
                x0, y0 = 220 + i * 180, 130 + j * 180
                d.rectangle((x0, y0, x0 + 174, y0 + 174), fill=white)
                cx, cy = x0 + 87, y0 + 87
                d.ellipse((cx - 40, cy - 40, cx + 40, cy + 40), outline=blue, width=10)
                for a in range(4):
                    ang = math.radians(45 + a * 90)
                    px, py = cx + 70 * math.cos(ang), cy + 70 * math.sin(ang)
                    d.ellipse((px - 22, py - 22, px + 22, py + 22), fill=blue)
                d.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), fill=blue)
                for a in range(4):
                    ang = math.radians(a * 90)
                    d.line(
                        (
                            cx + 48 * math.cos(ang),
                            cy + 48 * math.sin(ang),
                            cx + 80 * math.cos(ang),
                            cy + 80 * math.sin(ang),
                        ),
                        fill=blue,
                        width=8,
                    )
    elif kind == "walk-map":
        paper = hexc("#f4ecd8")
        panels = [(180, 170, 330, 480), (330, 150, 480, 460), (480, 170, 630, 480)]
        for k, box in enumerate(panels):
            d.rectangle(box, fill=darker(paper, 0.06 * (k % 2)))
        pts = [(220, 430), (270, 380), (330, 400), (390, 320), (450, 340), (520, 260), (580, 230)]
        for (x0, y0), (x1, y1) in itertools.pairwise(pts):
            for t in _steps(6)[:-1]:
                x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
                d.ellipse((x - 5, y - 5, x + 5, y + 5), fill=CORAL)
        d.ellipse((555, 160, 605, 210), fill=CORAL)
        d.polygon([(560, 195), (600, 195), (580, 235)], fill=CORAL)
        d.ellipse((570, 175, 590, 195), fill=WHITE)
    elif kind == "translator":
        d.rounded_rectangle((170, 150, 440, 340), radius=40, fill=TEAL)
        d.polygon([(230, 330), (210, 400), (290, 335)], fill=TEAL)
        d.rounded_rectangle((360, 260, 630, 450), radius=40, fill=GOLD)
        d.polygon([(570, 440), (590, 510), (510, 445)], fill=GOLD)
        draw_text(d, (305, 245), "Olá", 84, WHITE, bold=2)
        draw_text(d, (495, 355), "你好", 84, NAVY, bold=2)
    elif kind == "lab":
        glass = (225, 238, 242)
        d.polygon(
            [(360, 140), (440, 140), (440, 260), (560, 480), (240, 480), (360, 260)], fill=glass
        )
        d.polygon([(322, 330), (478, 330), (548, 466), (252, 466)], fill=hexc("#58b368"))
        d.rectangle((345, 125, 455, 150), fill=(190, 205, 210))
        for _ in range(6):
            x, y = rng.uniform(330, 470), rng.uniform(360, 440)
            d.ellipse((x - 9, y - 9, x + 9, y + 9), fill=lighter(hexc("#58b368"), 0.5))
        c.stamp(_leaf(hexc("#2e7d32"), 170, 70), 560, 230, 40)
    elif kind == "camera":
        d.rounded_rectangle((200, 220, 520, 440), radius=30, fill=INK)
        d.polygon([(520, 280), (630, 220), (630, 440), (520, 380)], fill=darker(INK, 0.2))
        d.ellipse((250, 150, 350, 250), outline=INK, width=22)
        d.ellipse((370, 150, 470, 250), outline=INK, width=22)
        d.ellipse((240, 260, 300, 320), fill=CORAL)
        d.rounded_rectangle((330, 380, 490, 410), radius=10, fill=TEAL)
    elif kind == "cork":
        cork = hexc("#c49a6c")
        for i in range(3):
            for j in range(2):
                x0, y0 = 190 + i * 142, 170 + j * 150
                d.rectangle(
                    (x0, y0, x0 + 136, y0 + 144), fill=mix(cork, WHITE, 0.08 * ((i + j) % 2))
                )
                for _ in range(60):
                    x, y = rng.uniform(x0 + 4, x0 + 132), rng.uniform(y0 + 4, y0 + 140)
                    s = rng.uniform(1.5, 4)
                    d.ellipse(
                        (x - s, y - s, x + s, y + s), fill=darker(cork, rng.uniform(0.15, 0.4))
                    )


Drawer = Callable[[Canvas], None]
PRODUCT_ICONS: dict[str, tuple[str, Drawer]] = {
    # key: (background colour, drawer)
    "cookie": ("#fbe9cf", lambda c: draw_round(c, "cookie")),
    "brittle": ("#fdf0d5", draw_brittle),
    "egg-rolls": ("#fff1cf", lambda c: draw_rolls(c, "egg-rolls")),
    "tart": ("#fde7c4", lambda c: draw_round(c, "tart")),
    "pudding": ("#f3ead8", draw_glass),
    "port": ("#f1dede", lambda c: draw_bottle(c, "#3b1420", "#efe3c8", "#7d1f2b", "port")),
    "red-wine": ("#f2e0e3", lambda c: draw_bottle(c, "#2c3b2a", "#f5efe0", "#7d1f2b")),
    "red-wine-dark": ("#eadde4", lambda c: draw_bottle(c, "#1f2a24", "#e8dcc2", "#2c2c54")),
    "red-wine-fogo": ("#f6e2d8", lambda c: draw_bottle(c, "#35281f", "#222222", "#d35400")),
    "white-wine": ("#eef5dc", lambda c: draw_bottle(c, "#8fb36b", "#ffffff", "#2e86c1")),
    "sparkling": (
        "#f7f0d9",
        lambda c: draw_bottle(c, "#243b2f", "#fdfaf0", "#d4af37", "sparkling"),
    ),
    "olive-oil": ("#eef2d6", lambda c: draw_bottle(c, "#7a8a1f", "#f7f1dc", "#b8860b", "oil")),
    "olive-oil-tin": ("#e7efd8", lambda c: draw_can(c, "#3d6b35", "#f2e6b6", "#d9c27a")),
    "cocoa-beans": ("#f2e3d5", lambda c: draw_pile(c, "bean", "#6b3b22", 24)),
    "chocolate": ("#f4e6dc", lambda c: draw_rolls(c, "chocolate")),
    "nibs": ("#f0e4da", lambda c: draw_pile(c, "nib", "#4e2a19", 34)),
    "coffee-bag": ("#efe5da", lambda c: draw_pouch(c, "#2f3e46", "#e9c46a", "#8b5a2b")),
    "coffee-bag-red": ("#f4e3df", lambda c: draw_pouch(c, "#9b2226", "#f1e3c6", "#6f4526")),
    "coffee-cup": ("#efe2d6", lambda c: draw_cup(c, "#ffffff", "#5a3420")),
    "coffee-beans": ("#f1e6dc", lambda c: draw_pile(c, "bean", "#5a3521", 26)),
    "coffee-sack": ("#f3eadc", lambda c: draw_sack(c, "#c8a97a", "#7a2e1f")),
    "codfish": ("#e4edf2", lambda c: draw_seafood(c, "codfish")),
    "prawn": ("#e2f0f3", lambda c: draw_seafood(c, "prawn")),
    "lobster": ("#e1ecf4", lambda c: draw_seafood(c, "lobster")),
    "tin-tuna": ("#dfeef0", lambda c: draw_tin(c, "#c0c6cc", "#1f6f8b", "#f4d35e")),
    "tin-skipjack": ("#e4f1ea", lambda c: draw_tin(c, "#c0c6cc", "#2a9d8f", "#ffffff")),
    "tin-sardine": ("#f3e7dc", lambda c: draw_tin(c, "#c0c6cc", "#e76f51", "#264653")),
    "tin-octopus": ("#eee4f0", lambda c: draw_tin(c, "#c0c6cc", "#6d597a", "#f4d35e", "octopus")),
    "tin-azores": ("#e2ebf5", lambda c: draw_tin(c, "#c0c6cc", "#1d3557", "#e63946")),
    "acai": ("#efe3f0", lambda c: draw_bowl(c, "#4a1942", "#f4d35e")),
    "brazil-nuts": ("#f1e9dc", lambda c: draw_pile(c, "brazil", "#8a5a35", 20)),
    "cupuacu": ("#f6f0dc", lambda c: draw_bowl(c, "#f3e1b0", "#8a5a35")),
    "tea-cake": ("#f0ebdf", lambda c: draw_round(c, "tea-cake")),
    "tea-leaves": ("#e6f0df", lambda c: draw_leaves(c, "tea")),
    "tea-cup": ("#e9efdf", lambda c: draw_cup(c, "#f7f3e8", "#c8a84a")),
    "beer-can": ("#e6f3e4", lambda c: draw_can(c, "#1b998b", "#f6f7d7", "#c8ccd2")),
    "beer-bottle": ("#f5ead6", lambda c: draw_bottle(c, "#6b3e12", "#f3e9d2", "#c0392b", "beer")),
    "greens": ("#ecf6e2", lambda c: draw_leaves(c, "greens")),
    "herbs": ("#eef4e4", lambda c: draw_leaves(c, "herbs")),
    "jerky": ("#f7e4dc", lambda c: draw_rolls(c, "jerky")),
    "jerky-dark": ("#f1e2da", lambda c: draw_rolls(c, "jerky-dark")),
    "minchi": ("#f3ebe0", lambda c: draw_bowl(c, "#6b4226", "#e9c46a", "minchi")),
    "jar-red": ("#f6e6da", lambda c: draw_jar(c, "#c0501f", "#2b2d42", "#f7efe2")),
    "jar-pink": ("#f7e8e6", lambda c: draw_jar(c, "#c97b84", "#1d3557", "#fdf6ec")),
    "ginger-jar": ("#fbf0d8", lambda c: draw_jar(c, "#e9b949", "#7f4f24", "#fffaf0")),
    "honey": ("#fcf1d6", lambda c: draw_jar(c, "#e0a526", "#6a4c93", "#fffaf0")),
    "cheese-soft": ("#f6f0df", lambda c: draw_round(c, "cheese-soft")),
    "cheese-wheel": ("#f7f1da", lambda c: draw_round(c, "cheese-wheel")),
    "cashews": ("#f7eedd", lambda c: draw_pile(c, "cashew", "#e3b877", 22)),
    "cashews-raw": ("#f3efe2", lambda c: draw_pile(c, "cashew", "#eedcb3", 22)),
    "piri-piri": ("#f8e3dc", lambda c: draw_bottle(c, "#c0392b", "#fff3e0", "#2d3436", "sauce")),
    "chilli-oil": ("#f8e6d8", lambda c: draw_bottle(c, "#b03a1a", "#fdf2e4", "#1e272e", "sauce")),
    "kumquats": ("#fdf0da", lambda c: draw_pile(c, "kumquat", "#f39c12", 16)),
    "bread-rolls": ("#f8ecd9", lambda c: draw_rolls(c, "bread-rolls")),
    "bolo-rei": ("#f9efdf", lambda c: draw_round(c, "bolo-rei")),
    "tea-bottle": ("#eef3e0", lambda c: draw_bottle(c, "#e8d9a0", "#ffffff", "#2e7d32", "drink")),
    "tea-bottle-green": (
        "#e4f2e6",
        lambda c: draw_bottle(c, "#b5d99c", "#ffffff", "#1d3557", "drink"),
    ),
    "mooncake": ("#f8ead8", lambda c: draw_round(c, "mooncake")),
    "wife-cake": ("#fbf1de", lambda c: draw_round(c, "wife-cake")),
    "gift-box": ("#f3e6e6", lambda c: draw_box(c, "#1f6f8b", "#e9c46a")),
    "herbal-can": ("#e8efe0", lambda c: draw_can(c, "#b22222", "#f4d35e", "#d9c27a")),
    "goji": ("#f7e6e1", lambda c: draw_pile(c, "goji", "#d7263d", 40)),
    "soup-pack": ("#f1ecdd", lambda c: draw_pouch(c, "#7f5539", "#e6ccb2")),
    "scallops": ("#f6efe0", lambda c: draw_pile(c, "scallop", "#d9a441", 26)),
    "sea-cucumber": ("#e9ece8", lambda c: draw_pile(c, "sea-cucumber", "#3d3a35", 8)),
    "ginjinha": ("#f4e1e3", lambda c: draw_bottle(c, "#7b1e3a", "#f5e9d8", "#1a1a1a", "liqueur")),
    "grogue": ("#e8eef2", lambda c: draw_bottle(c, "#d9e4ea", "#1d3557", "#a0522d", "liqueur")),
    "stand": ("#e6eef3", lambda c: draw_service(c, "stand")),
    "payment": ("#e4f1f1", lambda c: draw_service(c, "payment")),
    "container": ("#e5edf4", lambda c: draw_service(c, "container")),
    "azulejo": ("#e3eaf5", lambda c: draw_service(c, "azulejo")),
    "walk-map": ("#f4efe3", lambda c: draw_service(c, "walk-map")),
    "translator": ("#eef0f6", lambda c: draw_service(c, "translator")),
    "lab": ("#e6f2ea", lambda c: draw_service(c, "lab")),
    "camera": ("#ece8f3", lambda c: draw_service(c, "camera")),
    "cork": ("#f2eadf", lambda c: draw_service(c, "cork")),
}


def render_icon(key: str) -> Image.Image:
    """The transparent 800x600 drawing of product icon ``key``."""
    canvas = Canvas.new((800, 600), f"icon:{key}")
    PRODUCT_ICONS[key][1](canvas)
    return canvas.img


def render_product_image(key: str) -> Image.Image:
    """A 400x300 product picture: soft backdrop, contact shadow and the icon drawing."""
    bg = hexc(PRODUCT_ICONS[key][0])
    size = (800, 600)
    img = gradient(size, lighter(bg, 0.55), bg)
    ImageDraw.Draw(img).ellipse((120, 120, 680, 640), fill=rgba(lighter(bg, 0.35), 255))
    img.alpha_composite(soft_shadow(size, (170, 470, 630, 540), 70, 14))
    img.alpha_composite(render_icon(key))
    return downsample(img, (400, 300))


# --------------------------------------------------------------------------- logos


def colour_distance(a: RGB, b: RGB) -> float:
    """Approximate perceptual distance between two colours ("redmean" weighted RGB)."""
    rmean = (a[0] + b[0]) / 2
    dr, dg, db = a[0] - b[0], a[1] - b[1], a[2] - b[2]
    return math.sqrt(
        (2 + rmean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - rmean) / 256) * db * db
    )


def contrast_with_white(c: RGB) -> float:
    """WCAG contrast ratio of white text on colour ``c``."""
    lin = [(v / 255) / 12.92 if v <= 10 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in c]
    luminance = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return 1.05 / (luminance + 0.05)


def logo_colours(n: int) -> list[RGB]:
    """``n`` well-separated, mid-dark colours (white text stays legible on each).

    Greedy farthest-point choice from a grid of hues, saturations and values, so that every
    exhibitor logo gets its own clearly different colour.
    """
    candidates: list[RGB] = []
    for hue in range(0, 360, 6):
        for sat in (0.5, 0.65, 0.8):
            for val in (0.45, 0.57, 0.68):
                r, g, b = colorsys.hsv_to_rgb(hue / 360, sat, val)
                rgb = round(r * 255), round(g * 255), round(b * 255)
                if contrast_with_white(rgb) >= 3.6:
                    candidates.append(rgb)
    chosen = [candidates[0]]
    nearest = [colour_distance(c, chosen[0]) for c in candidates]
    while len(chosen) < n:
        best = max(range(len(candidates)), key=lambda i: nearest[i])
        chosen.append(candidates[best])
        nearest = [
            min(d, colour_distance(c, candidates[best]))
            for c, d in zip(candidates, nearest, strict=True)
        ]
    return chosen


def render_exhibitor_logo(text: str, colour: RGB) -> Image.Image:
    """A 256x256 placeholder logo: rounded square, soft gradient, initials or a Chinese word."""
    size = 512
    base = gradient((size, size), lighter(colour, 0.18), darker(colour, 0.18), diagonal=True)
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size - 1, size - 1), radius=110, fill=255)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    img.paste(base, (0, 0), mask)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle(
        (26, 26, size - 27, size - 27), radius=88, outline=(255, 255, 255, 90), width=6
    )
    cjk = any(ord(ch) > 0x2E80 for ch in text)
    if cjk:
        target = {1: 250, 2: 190}.get(len(text), 150)
    else:
        target = {1: 260, 2: 220, 3: 168}.get(len(text), 130)
    bold = 3 if cjk else 6
    fsize = fit_size(text, 380, target, bold=bold)
    draw_text(d, (size / 2, size / 2 - (6 if cjk else 14)), text, fsize, WHITE, bold=bold)
    return downsample(img, (256, 256))


# --------------------------------------------------------------------------- attract screens


def _circles(img: Image.Image, rng: random.Random, colour: RGB, n: int, alpha: int) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    w, h = img.size
    for _ in range(n):
        r = rng.uniform(0.08, 0.3) * w
        x, y = rng.uniform(-0.1, 1.1) * w, rng.uniform(-0.1, 1.1) * h
        d.ellipse((x - r, y - r, x + r, y + r), fill=rgba(colour, rng.randint(alpha // 2, alpha)))
    img.alpha_composite(layer.filter(ImageFilter.GaussianBlur(6)))


def _tile_band(img: Image.Image, y: int, height: int, blue: RGB, white: RGB, alpha: int) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    s = height
    for k in range(img.width // s + 1):
        x0 = k * s
        d.rectangle((x0 + 3, y + 3, x0 + s - 3, y + s - 3), fill=rgba(white, alpha))
        cx, cy = x0 + s / 2, y + s / 2
        d.ellipse(
            (cx - s * 0.22, cy - s * 0.22, cx + s * 0.22, cy + s * 0.22),
            outline=rgba(blue, alpha),
            width=max(3, s // 24),
        )
        for a in range(4):
            ang = math.radians(45 + 90 * a)
            px, py = cx + s * 0.36 * math.cos(ang), cy + s * 0.36 * math.sin(ang)
            d.ellipse(
                (px - s * 0.1, py - s * 0.1, px + s * 0.1, py + s * 0.1), fill=rgba(blue, alpha)
            )
    img.alpha_composite(layer)


def _paste_icon(img: Image.Image, key: str, cx: float, cy: float, scale: float) -> None:
    icon = render_icon(key)
    icon = icon.resize((round(icon.width * scale), round(icon.height * scale)), Image.LANCZOS)
    shadow = soft_shadow(
        img.size,
        (cx - 200 * scale, cy + 180 * scale, cx + 200 * scale, cy + 240 * scale),
        90,
        18 * scale,
    )
    img.alpha_composite(shadow)
    img.alpha_composite(icon, (round(cx - icon.width / 2), round(cy - icon.height / 2)))


def wrap(text: str, size: int, max_width: float, script: str = "TC", bold: int = 0) -> list[str]:
    """Break ``text`` into lines that fit ``max_width`` (at spaces; anywhere for CJK)."""
    cjk = " " not in text
    units = list(text) if cjk else text.split(" ")
    lines: list[str] = []
    line = ""
    for unit in units:
        candidate = unit if not line else line + ("" if cjk else " ") + unit
        if line and text_width(candidate, size, script, bold) > max_width:
            lines.append(line)
            line = unit
        else:
            line = candidate
    return [*lines, line]


def _lines(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    lines: Iterable[tuple[str, int, RGB, str, int]],
    max_width: float,
    gap: int = 22,
) -> float:
    """Stack wrapped, left-aligned lines (text, size, colour, script, bold); return the next y."""
    for text, size, colour, script, bold in lines:
        parts = [p for para in text.split("\n") for p in wrap(para, size, max_width, script, bold)]
        for part in parts:
            draw_text(d, (x, y), part, size, colour, script=script, anchor="lt", bold=bold)
            y += size * 1.22
        y += gap
    return y


def exhibitor_count(n: int) -> str:
    """Count line such as ``28 家參展商 · 28 EXHIBITORS · 28 EXPOSITORES``."""
    return f"{n} 家參展商  ·  {n} EXHIBITORS  ·  {n} EXPOSITORES"


def render_attract(kind: str, counts: dict[str, int]) -> Image.Image:
    """A 1920x1080 attract screen (welcome, food, services or touch-to-start)."""
    size = (1920, 1080)
    rng = random.Random(f"attract:{kind}")
    name = data.BRAND["name"]
    tag = lt(data.BRAND["tagline"])
    if kind == "welcome":
        img = gradient(size, hexc("#0b2e4f"), hexc("#0f8b8d"), diagonal=True)
        _circles(img, rng, WHITE, 14, 26)
        _tile_band(img, 960, 120, hexc("#1f4e9c"), hexc("#f7f5ef"), 150)
        d = ImageDraw.Draw(img)
        draw_text(d, (140, 150), "CIIE 2026 · SHANGHAI · 上海", 40, GOLD, anchor="lt", bold=1)
        draw_text(
            d, (140, 250), name, fit_size(name, 1640, 150, bold=4), WHITE, anchor="lt", bold=4
        )
        _lines(
            d,
            144,
            470,
            [
                (tag["zh-Hant"], 64, WHITE, "TC", 1),
                (tag["en"], 50, lighter(TEAL, 0.7), "TC", 0),
                (tag["pt"], 44, lighter(TEAL, 0.7), "TC", 0),
                (tag["zh-Hans"], 44, lighter(TEAL, 0.7), "SC", 0),
            ],
            1640,
        )
        draw_text(
            d, (144, 880), "歡迎  ·  Welcome  ·  Bem-vindos  ·  欢迎", 48, GOLD, anchor="lt", bold=1
        )
    elif kind == "food":
        img = gradient(size, hexc("#7a2e1f"), hexc("#e08a2e"), diagonal=True)
        _circles(img, rng, hexc("#ffd28a"), 10, 34)
        for key, cx, cy, sc in (
            ("port", 1640, 420, 0.95),
            ("cookie", 1400, 330, 0.6),
            ("tart", 1430, 710, 0.8),
            ("coffee-cup", 1720, 770, 0.7),
        ):
            _paste_icon(img, key, cx, cy, sc)
        d = ImageDraw.Draw(img)
        draw_text(
            d, (120, 150), exhibitor_count(counts["food"]), 40, hexc("#ffe8b0"), anchor="lt", bold=1
        )
        _lines(
            d,
            120,
            240,
            [
                ("品味澳門與葡語國家", 110, WHITE, "TC", 3),
                ("Taste Macao and the Portuguese-speaking world", 50, WHITE, "TC", 1),
                (
                    "Sabores de Macau e dos países de língua portuguesa",
                    42,
                    hexc("#ffe8b0"),
                    "TC",
                    0,
                ),
                ("品味澳门与葡语国家", 42, hexc("#ffe8b0"), "SC", 0),
            ],
            1140,
        )
        pav = lt(data.PAVILIONS["food"])
        draw_text(
            d, (120, 900), pav["zh-Hant"], fit_size(pav["zh-Hant"], 1060, 40), WHITE, anchor="lt"
        )
    elif kind == "services":
        img = gradient(size, hexc("#1d2b64"), hexc("#2d7dd2"), diagonal=True)
        d = ImageDraw.Draw(img, "RGBA")
        mac = (1500.0, 420.0)
        spokes = {
            "Hengqin 橫琴": (250, 120),
            "Lisboa": (205, 390),
            "Praia": (180, 380),
            "Bissau": (165, 370),
            "São Tomé": (150, 380),
            "Malabo": (137, 330),
            "Luanda": (128, 360),
            "São Paulo": (105, 400),
            "Maputo": (80, 390),
            "Díli": (30, 300),
        }
        hubs = {"Macao 澳門": mac}
        for label, (angle, radius) in spokes.items():
            a = math.radians(angle)
            hubs[label] = (mac[0] + radius * math.cos(a), mac[1] + radius * math.sin(a))
        for x, y in hubs.values():
            d.line((mac[0], mac[1], x, y), fill=(255, 255, 255, 90), width=4)
        labels = []
        for label, (x, y) in hubs.items():
            r = 22 if label.startswith(("Macao", "Hengqin")) else 12
            left = x < mac[0] - 1 and not label.startswith("Hengqin")  # point away from the hub
            pos, anchor = ((x - r - 12, y), "rm") if left else ((x + r + 12, y), "lm")
            labels.append(
                (label, x, y, r, pos, anchor, d.textbbox(pos, label, font=font(32), anchor=anchor))
            )
        for _ in range(70):  # a faint starfield, kept off the labels
            x, y = rng.uniform(960, 1880), rng.uniform(120, 980)
            if any(b[0] - 12 < x < b[2] + 12 and b[1] - 12 < y < b[3] + 12 for *_, b in labels):
                continue
            d.ellipse((x - 3, y - 3, x + 3, y + 3), fill=(255, 255, 255, 70))
        for label, x, y, r, pos, anchor, _bbox in labels:
            d.ellipse(
                (x - r, y - r, x + r, y + r),
                fill=rgba(GOLD, 255),
                outline=(255, 255, 255, 200),
                width=4,
            )
            draw_text(d, pos, label, 32, WHITE, anchor=anchor)
        draw_text(d, (120, 150), exhibitor_count(counts["services"]), 40, GOLD, anchor="lt", bold=1)
        y = _lines(
            d,
            120,
            230,
            [
                ("連接中國與葡語國家\n的專業服務", 84, WHITE, "TC", 2),
                (
                    "Professional services connecting China and the Portuguese-speaking countries",
                    44,
                    WHITE,
                    "TC",
                    1,
                ),
                (
                    "Serviços profissionais que ligam a China aos países de língua portuguesa",
                    36,
                    lighter(GOLD, 0.5),
                    "TC",
                    0,
                ),
                ("连接中国与葡语国家的专业服务", 36, lighter(GOLD, 0.5), "SC", 0),
            ],
            800,
            gap=18,
        )
        pav = lt(data.PAVILIONS["services"])
        draw_text(
            d,
            (120, max(y + 40, 930)),
            pav["zh-Hant"],
            fit_size(pav["zh-Hant"], 800, 34),
            WHITE,
            anchor="lt",
        )
    else:  # touch
        img = gradient(size, hexc("#0f8b8d"), hexc("#0b2e4f"), diagonal=True)
        layer = Image.new("RGBA", size, (0, 0, 0, 0))
        ld = ImageDraw.Draw(layer)
        cx, cy = 1450, 540
        for k in range(6):
            r = 90 + k * 95
            ld.ellipse(
                (cx - r, cy - r, cx + r, cy + r), outline=(255, 255, 255, 150 - k * 22), width=10
            )
        ld.ellipse((cx - 60, cy - 60, cx + 60, cy + 60), fill=rgba(GOLD, 255))
        img.alpha_composite(layer)
        d = ImageDraw.Draw(img)
        _lines(
            d,
            140,
            250,
            [
                ("觸摸屏幕開始", 120, WHITE, "TC", 3),
                ("Touch to start", 100, GOLD, "TC", 3),
                ("Toque no ecrã para começar", 60, WHITE, "TC", 1),
                ("触摸屏幕开始", 60, WHITE, "SC", 1),
            ],
            1000,
            gap=30,
        )
        draw_text(d, (140, 900), name, 44, lighter(TEAL, 0.6), anchor="lt", bold=1)
    return img


# --------------------------------------------------------------------------- pavilion maps

MAP_SIZE = (1600, 1000)


@dataclass(frozen=True)
class Booth:
    """A booth rectangle on a pavilion map, in final-image pixels."""

    code: str
    box: tuple[int, int, int, int]
    fill: RGB

    @property
    def centre(self) -> tuple[float, float]:
        """Centre of the rectangle in pixels."""
        x0, y0, x1, y1 = self.box
        return (x0 + x1) / 2, (y0 + y1) / 2


def booth_layout(pavilion: str) -> list[Booth]:
    """Booth rectangles of a pavilion, in code order (F-01.. or S-01..)."""
    booths: list[Booth] = []
    if pavilion == "food":
        w, h, gap = 152, 118, 8
        rows = (
            (200, "#e4f1ec"),
            (200 + h + gap, "#e4f1ec"),
            (560, "#fcebd6"),
            (560 + h + gap, "#fcebd6"),
        )
        for r, (y, fill) in enumerate(rows):
            for col in range(7):
                x = 110 + col * (w + gap)
                booths.append(Booth(f"F-{r * 7 + col + 1:02d}", (x, y, x + w, y + h), hexc(fill)))
    else:
        w, h, gap = 162, 128, 8
        rows = ((190, "#e3ecf7"), (190 + h + gap, "#e3ecf7"), (730, "#ece6f5"))
        for r, (y, fill) in enumerate(rows):
            for col in range(6):
                x = 110 + col * (w + gap)
                booths.append(Booth(f"S-{r * 6 + col + 1:02d}", (x, y, x + w, y + h), hexc(fill)))
    return booths


def render_map(pavilion: str) -> Image.Image:
    """A light, legible floor plan with aisles, features and labelled booth rectangles."""
    s = SS
    w, h = MAP_SIZE
    img = Image.new("RGBA", (w * s, h * s), rgba(hexc("#f1eee8"), 255))
    d = ImageDraw.Draw(img)

    def box(b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        return b[0] * s, b[1] * s, b[2] * s, b[3] * s

    food = pavilion == "food"
    accent = TEAL if food else hexc("#2d5fa8")
    d.rounded_rectangle(
        box((60, 120, 1540, 940)),
        radius=24 * s,
        fill=rgba(hexc("#fbfaf7"), 255),
        outline=rgba(hexc("#c8c1b3"), 255),
        width=5 * s,
    )
    # entrance gap and arrow
    d.rectangle(box((640, 930, 900, 950)), fill=rgba(hexc("#fbfaf7"), 255))
    d.polygon([(770 * s, 905 * s), (740 * s, 960 * s), (800 * s, 960 * s)], fill=rgba(accent, 255))
    draw_text(d, (770 * s, 978 * s), "Entrance · 入口 · Entrada", 22 * s, INK, bold=s)
    title = (
        "Food and Drinks Pavilion · 食品及飲品館 · Pavilhão de Alimentos e Bebidas"
        if food
        else "Professional Services Pavilion · 專業服務館 · Pavilhão de Serviços Profissionais"
    )
    d.rounded_rectangle(box((60, 36, 94, 70)), radius=8 * s, fill=rgba(accent, 255))
    draw_text(d, (77 * s, 53 * s), "F" if food else "S", 24 * s, WHITE, bold=s)
    draw_text(d, (110 * s, 53 * s), title, 28 * s, INK, anchor="lm", bold=s)
    # compass
    d.ellipse(box((1478, 26, 1538, 86)), outline=rgba(INK, 255), width=2 * s)
    d.polygon([(1508 * s, 34 * s), (1498 * s, 62 * s), (1518 * s, 62 * s)], fill=rgba(CORAL, 255))
    draw_text(d, (1508 * s, 72 * s), "N", 16 * s, INK, bold=s)

    def feature(
        b: tuple[int, int, int, int], fill: str, lines: tuple[str, ...], text_y: float | None = None
    ) -> None:
        d.rounded_rectangle(
            box(b),
            radius=14 * s,
            fill=rgba(hexc(fill), 255),
            outline=rgba(darker(hexc(fill), 0.2), 255),
            width=2 * s,
        )
        cx = (b[0] + b[2]) / 2
        cy = (b[1] + b[3]) / 2 if text_y is None else text_y
        for k, text in enumerate(lines):
            draw_text(
                d,
                (cx * s, (cy + (k - (len(lines) - 1) / 2) * 30) * s),
                text,
                22 * s,
                INK,
                bold=s if k == 0 else 0,
            )

    def info(cx: int, cy: int) -> None:
        d.ellipse(
            box((cx - 80, cy - 36, cx + 80, cy + 36)),
            fill=rgba(lighter(accent, 0.7), 255),
            outline=rgba(accent, 255),
            width=2 * s,
        )
        draw_text(d, (cx * s, (cy - 12) * s), "Info", 20 * s, INK, bold=s)
        draw_text(d, (cx * s, (cy + 14) * s), "服務台", 18 * s, INK)

    if food:
        feature((1290, 200, 1500, 444), "#fde2b8", ("Tasting Stage", "品鑑舞台", "Palco de Provas"))
        feature(
            (1290, 560, 1500, 804),
            "#dcefe3",
            ("Business Matching", "商貿配對區", "Bolsa de Negócios"),
        )
        info(1395, 868)
        aisle_ys = (160, 496, 836)
    else:
        feature(
            (1180, 190, 1500, 454), "#dbe7f6", ("Seminar Stage", "研討舞台", "Palco de Seminários")
        )
        feature(
            (1180, 560, 1500, 858),
            "#e6f0df",
            ("Business Matching", "商貿配對區", "Bolsa de Negócios"),
            text_y=625,
        )
        for tx, ty in (
            (1250, 730),
            (1340, 730),
            (1430, 730),
            (1250, 810),
            (1340, 810),
            (1430, 810),
        ):
            d.ellipse(
                box((tx - 24, ty - 24, tx + 24, ty + 24)),
                fill=rgba(WHITE, 255),
                outline=rgba(hexc("#9bb58a"), 255),
                width=2 * s,
            )
        feature(
            (330, 540, 1090, 640),
            "#f3ead9",
            ("Networking Lounge · 洽談休息區 · Espaço de Networking",),
        )
        info(200, 590)
        aisle_ys = (160, 500, 684)
    for y in aisle_ys:  # dashed aisle guides
        for x in range(100, 1240 if food else 1120, 40):
            d.line(
                (x * s, y * s, (x + 20) * s, y * s), fill=rgba(hexc("#d6d0c4"), 255), width=3 * s
            )
    for booth in booth_layout(pavilion):
        d.rectangle(
            box(booth.box),
            fill=rgba(booth.fill, 255),
            outline=rgba(darker(booth.fill, 0.28), 255),
            width=2 * s,
        )
        cx, cy = booth.centre
        draw_text(d, (cx * s, cy * s), booth.code, 26 * s, INK, bold=s)
    return downsample(img, MAP_SIZE).convert("RGB")


# --------------------------------------------------------------------------- pack assembly


def name_parts(c: data.Contact) -> tuple[dict[str, str], dict[str, str]]:
    """(family_name, given_name) of a contact: a Chinese name is family name first in both
    scripts (陳嘉欣, Chan Ka Ian); a Portuguese one given name first (Marta Vieira,
    瑪爾塔·維埃拉)."""
    if "·" in c.person_zh:
        given_zh, family_zh = c.person_zh.split("·", 1)
        given_en, family_en = c.person_en.rsplit(" ", 1)
    else:
        family_zh, given_zh = c.person_zh[:1], c.person_zh[1:]
        family_en, given_en = c.person_en.split(" ", 1)
    return {"zh-Hant": family_zh, "en": family_en}, {"zh-Hant": given_zh, "en": given_en}


def contact_json(c: data.Contact) -> dict[str, Any]:
    """The ``contact`` object of an exhibitor (only the fields it has)."""
    family, given = name_parts(c)
    out: dict[str, Any] = {
        "person": {"zh-Hant": c.person_zh, "en": c.person_en},
        "family_name": family,
        "given_name": given,
        "title": lt(data.TITLES[c.title]),
    }
    for key in ("email", "phone", "website", "wechat"):
        value = getattr(c, key)
        if value:
            out[key] = value
    return out


def questions_json(questions: list[Any]) -> list[dict[str, Any]]:
    """An exhibitor's qualifying questions as the pack writes them."""
    out = []
    for ident, kind, required, text, choices in questions:
        question: dict[str, Any] = {
            "id": ident,
            "type": kind,
            "required": required,
            "text": lt(text),
        }
        if choices:
            question["choices"] = [{"id": cid, "text": lt(ctext)} for cid, ctext in choices]
        out.append(question)
    return out


def render_contact_code(text: str) -> Image.Image:
    """A WeChat-style "Contact me" card: the QR code on white with a green frame."""
    import qrcode

    code = qrcode.QRCode(border=2, box_size=10, mask_pattern=2)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    modules = Image.new("L", (size, size), 255)
    modules.putdata([0 if dark else 255 for row in matrix for dark in row])
    qr = modules.resize((size * 10, size * 10), Image.Resampling.NEAREST).convert("RGB")
    card = Image.new("RGB", (qr.width + 80, qr.height + 80), (7, 193, 96))
    card.paste(Image.new("RGB", (qr.width + 40, qr.height + 40), "white"), (20, 20))
    card.paste(qr, (40, 40))
    return card


def build(out: Path) -> dict[str, Any]:
    """Render every image into ``out/images`` and return the content.json document."""
    images = out / "images"
    if images.exists():
        shutil.rmtree(images)
    counts = Counter(e.pavilion for e in data.EXHIBITORS)

    (images / "brand").mkdir(parents=True)
    shutil.copyfile(BRAND_SVG, out / BRAND_LOGO)
    attract = []
    for i, kind in enumerate(("welcome", "food", "services", "touch"), start=1):
        rel = f"images/attract/{i}-{kind}.jpg"
        save_jpeg(render_attract(kind, counts), out / rel, quality=84)
        attract.append(rel)

    layouts = {pid: booth_layout(pid) for pid in data.PAVILIONS}
    pavilions = []
    for pid, name in data.PAVILIONS.items():
        rel = f"images/maps/{pid}.png"
        save_png(render_map(pid), out / rel)
        pavilions.append(
            {
                "id": pid,
                "name": lt(name),
                "short_name": lt(data.PAVILION_SHORT_NAMES[pid]),
                "map": rel,
                "positions": [
                    {"id": key, "label": lt(label), "x": x, "y": y}
                    for key, label, x, y in data.POSITIONS[pid]
                ],
            }
        )

    colours = logo_colours(len(data.EXHIBITORS))
    next_booth = Counter[str]()
    exhibitors = []
    for ex, colour in zip(data.EXHIBITORS, colours, strict=True):
        booth = layouts[ex.pavilion][next_booth[ex.pavilion]]
        next_booth[ex.pavilion] += 1
        cx, cy = booth.centre
        logo = f"images/exhibitors/{ex.id}.png"
        save_png(render_exhibitor_logo(ex.logo_text, colour), out / logo)
        item: dict[str, Any] = {
            "id": ex.id,
            "name": lt(ex.name, mainland_terms=False),
            **(
                {"short_name": lt(data.EXHIBITOR_SHORT_NAMES[ex.id], mainland_terms=False)}
                if ex.id in data.EXHIBITOR_SHORT_NAMES
                else {}
            ),
            "pavilion": ex.pavilion,
            "country": ex.country,
            "sectors": list(ex.sectors),
            "booth": {
                "code": booth.code,
                "x": round(cx / MAP_SIZE[0], 4),
                "y": round(cy / MAP_SIZE[1], 4),
            },
            "summary": lt(ex.summary),
            "description": lt(ex.description),
            "logo": logo,
        }
        products = []
        for p in ex.products:
            prod: dict[str, Any] = {"name": lt(p.name)}
            if p.origin:
                prod["origin"] = p.origin
            if p.icon:
                rel = f"images/products/{ex.id}--{p.key}.jpg"
                save_jpeg(render_product_image(p.icon), out / rel, quality=82)
                prod["image"] = rel
            products.append(prod)
        if products:
            item["products"] = products
        if ex.contact:
            item["contact"] = contact_json(ex.contact)
            if ex.id in data.CONTACT_CODES:
                rel = f"images/wechat/{ex.id}.png"
                save_png(render_contact_code(data.CONTACT_CODES[ex.id]), out / rel)
                item["contact"]["wechat_qr"] = rel
        if ex.id in data.QUESTIONS:
            item["questions"] = questions_json(data.QUESTIONS[ex.id])
        exhibitors.append(item)

    ev = data.EVENT
    org = data.ORGANIZER
    cons = data.CONSENT
    return {
        "format": 1,
        "event": {
            "id": ev["id"],
            "name": lt(ev["name"]),
            "venue": lt(ev["venue"]),
            "starts": ev["starts"],
            "ends": ev["ends"],
            "timezone": ev["timezone"],
            "default_language": data.DEFAULT_LANGUAGE,
        },
        "organizer": {
            "name": lt(org["name"]),
            "email": org["email"],
            "phone": org["phone"],
            "website": org["website"],
        },
        "brand": {
            "name": data.BRAND["name"],
            "tagline": lt(data.BRAND["tagline"]),
            "logo": BRAND_LOGO,
            "attract": attract,
        },
        "pavilions": pavilions,
        "sectors": [{"id": sid, "name": lt(name)} for sid, name in data.SECTORS.items()],
        "exhibitors": exhibitors,
        "consent": {
            "version": cons["version"],
            "controller": lt(org["name"]),
            "retention_days": cons["retention_days"],
            "notice": lt(cons["notice"]),
            "purposes": [
                {"id": pid, "required": req, "text": lt(text)}
                # the purpose whose yes puts a lead in the exhibitors' own files
                | ({"role": "share-with-exhibitors"} if pid == "share-with-exhibitors" else {})
                for pid, req, text in cons["purposes"]
            ],
        },
    }


def readme(doc: dict[str, Any]) -> str:
    """The pack's README.md (generated, so it always matches the data)."""
    ex = doc["exhibitors"]
    per_pav = Counter(e["pavilion"] for e in ex)
    per_country = Counter(e["country"] for e in ex)
    origins = sorted({p["origin"] for e in ex for p in e.get("products", []) if "origin" in p})
    countries = ", ".join(
        f"{k} {v}" for k, v in sorted(per_country.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    purposes = ", ".join(f"`{p['id']}`" for p in doc["consent"]["purposes"])
    return f"""# Sample content pack — SAMPLE DATA

**Everything in this pack is fictional sample data.** All companies, people, e-mail addresses,
phone numbers, websites and WeChat ids are invented for demonstrating and testing Pavilion Kiosk.
Any resemblance to real businesses or persons is coincidental. E-mail and web addresses use
`example.*` domains; phone numbers are well-formed and pass validation but are not real
contacts — do not call them. Real place names (Macao streets, Hengqin, the Douro, São Tomé…)
appear only as geography, and the event name and dates imitate a future China International
Import Expo (CIIE) for illustration.

The brand logo `{BRAND_LOGO}` is a vector placeholder for the "{doc["brand"]["name"]}"
brand (an SVG whose text is drawn as paths, made by `assets/tools/make_brand_svg.py`); replace
it (and the attract screens) with official artwork when available. Its tagline is not in the
picture: the kiosk writes it under the mark in the visitor's language. Every image here
was drawn by `assets/tools/make_sample_pack.py`; the glyphs
come from Noto Sans CJK (SIL Open Font License 1.1). No font files are shipped in the pack.

## Contents

- `content.json`: content pack format 1 (see `docs/content-format.md`), event
  `{doc["event"]["id"]}` from {doc["event"]["starts"]} to {doc["event"]["ends"]}
  ({doc["event"]["timezone"]}), every text in en, pt, zh-Hant and zh-Hans.
- {len(doc["pavilions"])} pavilions, each with a floor plan in `images/maps/`:
  `food` ({per_pav["food"]} exhibitors) and `services` ({per_pav["services"]} exhibitors).
- {len(ex)} exhibitors by country: {countries}.
- {len(doc["sectors"])} sectors; products from {", ".join(origins)}.
- Consent text version {doc["consent"]["version"]}, purposes {purposes}.
- Deliberate test cases: `moonlit-pastry-house` has no contact at all (so no QR code), and
  several exhibitors lack a website, an e-mail address or a WeChat id.

## Regenerate

Do not edit these files by hand: change `assets/tools/sample_data.py` (or the drawing code in
`assets/tools/make_sample_pack.py`) and run, in the project's environment
(`packaging/setup-dev.sh` installs Pillow, OpenCC, phonenumbers, email-validator and
noto-cjk-sans-otc, all that the script needs):

    .venv/bin/python assets/tools/make_sample_pack.py

The output is deterministic (byte-identical on every run) and the script ends with a self-check.

`sample-pack.xlsx` holds the same content as an organiser's workbook (see "The workbook" in
`docs/content-format.md`); after regenerating the pack, write it again with

    .venv/bin/kiosk content export --out assets/sample-pack/sample-pack.xlsx assets/sample-pack
"""


def write_pack(out: Path) -> None:
    """Generate the whole pack into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    doc = build(out)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    (out / "content.json").write_text(text, encoding="utf-8", newline="\n")
    (out / "README.md").write_text(readme(doc), encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------- self-check

LANGS = set(data.LANGS)
ALLOWED_KEYS = {
    "": {"format", "event", "organizer", "brand", "pavilions", "sectors", "exhibitors", "consent"},
    "event": {"id", "name", "venue", "starts", "ends", "timezone", "default_language"},
    "organizer": {"name", "email", "phone", "website"},
    "brand": {"name", "tagline", "logo", "attract"},
    "pavilion": {"id", "name", "short_name", "map", "positions"},
    "sector": {"id", "name"},
    "exhibitor": {
        "id",
        "name",
        "short_name",
        "pavilion",
        "country",
        "sectors",
        "booth",
        "summary",
        "description",
        "logo",
        "products",
        "contact",
        "questions",
    },
    "booth": {"code", "x", "y"},
    "product": {"name", "origin", "image"},
    "contact": {
        "person",
        "family_name",
        "given_name",
        "title",
        "email",
        "phone",
        "website",
        "wechat",
        "wechat_qr",
    },
    "consent": {"version", "controller", "retention_days", "notice", "purposes"},
    "purpose": {"id", "required", "text", "role"},
}


def require(condition: object, message: str) -> None:
    """Assert ``condition`` with a located message (works under ``python -O`` too)."""
    if not condition:
        raise AssertionError(message)


def _keys(obj: dict[str, Any], kind: str, where: str) -> None:
    extra = set(obj) - ALLOWED_KEYS[kind]
    require(not extra, f"{where}: unknown fields {sorted(extra)}")


def _ltext(value: object, where: str, langs: set[str] = LANGS) -> None:
    require(isinstance(value, dict), f"{where}: not a localised text object")
    assert isinstance(value, dict)
    missing = langs - set(value)
    require(not missing, f"{where}: missing languages {sorted(missing)}")
    for tag, text in value.items():
        require(isinstance(text, str) and text.strip(), f"{where}.{tag}: empty")
    if "zh-Hans" in value:
        require(
            _T2S.convert(value["zh-Hans"]) == value["zh-Hans"], f"{where}.zh-Hans: not Simplified"
        )
        if _T2S.convert(value["zh-Hant"]) != value["zh-Hant"]:
            require(value["zh-Hans"] != value["zh-Hant"], f"{where}: zh-Hans equals zh-Hant")


def _phone(value: str, where: str) -> None:
    try:
        num = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException as exc:
        raise AssertionError(f"{where}: {exc}") from exc
    require(phonenumbers.is_valid_number(num), f"{where}: not a valid number: {value}")


def _email(value: str, where: str) -> None:
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise AssertionError(f"{where}: {exc}") from exc
    require(
        ".example." in "." + value.split("@")[1] + ".", f"{where}: not an example.* domain: {value}"
    )


def _website(value: str, where: str) -> None:
    url = urlparse(value)
    require(url.scheme == "https" and url.netloc, f"{where}: not an https URL: {value}")
    require(".example." in "." + url.netloc + ".", f"{where}: not an example.* domain: {value}")


def _image(
    out: Path, rel: str, where: str, kinds: tuple[str, ...] = ("PNG", "JPEG")
) -> Image.Image:
    require(
        isinstance(rel, str) and not rel.startswith("/") and "\\" not in rel,
        f"{where}: bad path {rel!r}",
    )
    path = out / rel
    require(path.is_file(), f"{where}: missing image {rel}")
    require(path.stat().st_size <= 20 * 1024 * 1024, f"{where}: over 20 MB")
    with Image.open(path) as img:
        img.load()
        require(img.format in kinds, f"{where}: {img.format} is not one of {kinds}")
        require(img.width <= 8000 and img.height <= 8000, f"{where}: over 8000 px")
        return img.copy()


def _ids(items: list[dict[str, Any]], where: str) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        ident = item.get("id")
        require(is_identifier(ident), f"{where}[{i}].id: bad id {ident!r}")
        require(ident not in seen, f"{where}[{i}].id: duplicate {ident!r}")
        seen.add(ident)
    return seen


def check_pack(out: Path) -> dict[str, Any]:
    """Validate the written pack against the format and the sample's own promises."""
    doc = json.loads((out / "content.json").read_text(encoding="utf-8"))
    _keys(doc, "", "content")
    require(doc["format"] == 1, "format: must be 1")

    ev = doc["event"]
    _keys(ev, "event", "event")
    require(is_identifier(ev["id"]), "event.id: bad id")
    _ltext(ev["name"], "event.name")
    _ltext(ev["venue"], "event.venue")
    require(
        dt.date.fromisoformat(ev["starts"]) <= dt.date.fromisoformat(ev["ends"]),
        "event: ends before starts",
    )
    ZoneInfo(ev["timezone"])

    org = doc["organizer"]
    _keys(org, "organizer", "organizer")
    _ltext(org["name"], "organizer.name")
    _email(org["email"], "organizer.email")
    _phone(org["phone"], "organizer.phone")
    _website(org["website"], "organizer.website")

    brand = doc["brand"]
    _keys(brand, "brand", "brand")
    require(brand["name"] == "MICE² Macao x Hengqin", "brand.name: wrong")
    _ltext(brand["tagline"], "brand.tagline")
    require(brand["logo"] == BRAND_LOGO, "brand.logo: want the vector mark")
    inspect_svg(out / BRAND_LOGO)  # the kiosk's own check: safe, with a size
    require(3 <= len(brand["attract"]) <= 5, "brand.attract: want 3-5 images")
    for i, rel in enumerate(brand["attract"]):
        img = _image(out, rel, f"brand.attract[{i}]", ("JPEG",))
        require(img.size == (1920, 1080), f"brand.attract[{i}]: not 1920x1080")
        require((out / rel).stat().st_size < 300 * 1024, f"brand.attract[{i}]: over 300 KB")

    pavilion_ids = _ids(doc["pavilions"], "pavilions")
    require(pavilion_ids == {"food", "services"}, "pavilions: want food and services")
    maps: dict[str, Image.Image] = {}
    for i, pav in enumerate(doc["pavilions"]):
        _keys(pav, "pavilion", f"pavilions[{i}]")
        _ltext(pav["name"], f"pavilions[{i}].name")
        _ltext(pav["short_name"], f"pavilions[{i}].short_name")
        require(max(map(len, pav["short_name"].values())) <= 40, f"pavilions[{i}]: long short")
        require(len(pav["positions"]) >= 1, f"pavilions[{i}].positions: want at least one")
        maps[pav["id"]] = _image(out, pav["map"], f"pavilions[{i}].map", ("PNG",)).convert("RGB")

    sector_ids = _ids(doc["sectors"], "sectors")
    for i, sec in enumerate(doc["sectors"]):
        _keys(sec, "sector", f"sectors[{i}]")
        _ltext(sec["name"], f"sectors[{i}].name")

    exhibitors = doc["exhibitors"]
    _ids(exhibitors, "exhibitors")
    booths = {pid: {b.code: b for b in booth_layout(pid)} for pid in pavilion_ids}
    codes_seen: set[str] = set()
    logo_pixels: list[RGB] = []
    for i, ex in enumerate(exhibitors):
        at = f"exhibitors[{i}]"
        _keys(ex, "exhibitor", at)
        _ltext(ex["name"], f"{at}.name")
        _ltext(ex["summary"], f"{at}.summary")
        _ltext(ex["description"], f"{at}.description")
        require(ex["pavilion"] in pavilion_ids, f"{at}.pavilion: unknown {ex['pavilion']!r}")
        require(ex["country"] in COUNTRIES, f"{at}.country: unexpected {ex['country']!r}")
        require(1 <= len(ex["sectors"]) <= 2, f"{at}.sectors: want 1-2")
        for s in ex["sectors"]:
            require(s in sector_ids, f"{at}.sectors: unknown {s!r}")
        booth = ex["booth"]
        _keys(booth, "booth", f"{at}.booth")
        require(booth["code"] not in codes_seen, f"{at}.booth.code: duplicate")
        codes_seen.add(booth["code"])
        drawn = booths[ex["pavilion"]].get(booth["code"])
        require(drawn is not None, f"{at}.booth.code: not on the {ex['pavilion']} map")
        assert drawn is not None
        bx, by = booth["x"] * MAP_SIZE[0], booth["y"] * MAP_SIZE[1]
        cx, cy = drawn.centre
        require(0 <= booth["x"] <= 1 and 0 <= booth["y"] <= 1, f"{at}.booth: x/y outside 0-1")
        require(
            abs(bx - cx) < 0.5 and abs(by - cy) < 0.5, f"{at}.booth: x/y not at the booth centre"
        )
        x0, y0, _, _ = drawn.box
        require(
            maps[ex["pavilion"]].getpixel((x0 + 8, y0 + 8)) == drawn.fill,
            f"{at}.booth: rectangle not drawn on the map",
        )
        logo = _image(out, ex["logo"], f"{at}.logo", ("PNG",))
        logo_pixels.append(logo.convert("RGB").getpixel((128, 30)))
        for j, prod in enumerate(ex.get("products", [])):
            _keys(prod, "product", f"{at}.products[{j}]")
            _ltext(prod["name"], f"{at}.products[{j}].name")
            if "origin" in prod:
                require(prod["origin"] in COUNTRIES, f"{at}.products[{j}].origin: unexpected")
            if "image" in prod:
                _image(out, prod["image"], f"{at}.products[{j}].image", ("JPEG",))
        require(len(ex.get("products", [])) <= 4, f"{at}.products: more than 4")
        contact = ex.get("contact")
        if contact is not None:
            _keys(contact, "contact", f"{at}.contact")
            _ltext(contact["person"], f"{at}.contact.person", {"en", "zh-Hant"})
            _ltext(contact["title"], f"{at}.contact.title")
            if "email" in contact:
                _email(contact["email"], f"{at}.contact.email")
            if "phone" in contact:
                _phone(contact["phone"], f"{at}.contact.phone")
            if "website" in contact:
                _website(contact["website"], f"{at}.contact.website")
            if "wechat" in contact:
                require(WECHAT_RE.match(contact["wechat"]), f"{at}.contact.wechat: bad id")
    require(len(set(logo_pixels)) == len(logo_pixels), "exhibitor logos: colours not distinct")

    cons = doc["consent"]
    _keys(cons, "consent", "consent")
    require(
        cons["version"] == "2026-11-01" and cons["retention_days"] == 365,
        "consent: version/retention",
    )
    _ltext(cons["controller"], "consent.controller")
    _ltext(cons["notice"], "consent.notice")
    for tag, text in cons["notice"].items():
        require(
            org["email"] in text, f"consent.notice.{tag}: does not say how to withdraw by e-mail"
        )
    _ids(cons["purposes"], "consent.purposes")
    want = [("share-with-exhibitors", True), ("transfer-to-macao", True), ("organiser-news", False)]
    require(
        [(p["id"], p["required"]) for p in cons["purposes"]] == want, "consent.purposes: wrong set"
    )
    for i, p in enumerate(cons["purposes"]):
        _keys(p, "purpose", f"consent.purposes[{i}]")
        _ltext(p["text"], f"consent.purposes[{i}].text")

    # the sample's own promises (from the product owner's issue)
    countries = Counter(e["country"] for e in exhibitors)
    origins = Counter(
        p["origin"] for e in exhibitors for p in e.get("products", []) if "origin" in p
    )
    require(
        len(exhibitors) >= 44 and countries["MO"] >= 41, "exhibitors: want >= 44, >= 41 from MO"
    )
    require(len(set(origins) & set(PSC)) >= 6, "products: want origins from >= 6 PSC")
    require(any(e.get("contact") is None for e in exhibitors), "want one exhibitor with no contact")
    require(
        any("website" not in e.get("contact", {"website": 1}) for e in exhibitors),
        "want one without website",
    )
    diacritics = re.compile("[ãõçáéíóúâêôà]", re.IGNORECASE)
    names = [e["name"]["pt"] for e in exhibitors] + [
        p["name"]["pt"] for e in exhibitors for p in e.get("products", [])
    ]
    require(
        sum(bool(diacritics.search(n)) for n in names) >= 5, "want Portuguese names with diacritics"
    )

    referenced = {brand["logo"], *brand["attract"], *(p["map"] for p in doc["pavilions"])}
    for e in exhibitors:
        referenced.add(e["logo"])
        referenced.update(p["image"] for p in e.get("products", []) if "image" in p)
        if "wechat_qr" in e.get("contact", {}):
            referenced.add(e["contact"]["wechat_qr"])
    on_disk = {p.relative_to(out).as_posix() for p in (out / "images").rglob("*") if p.is_file()}
    require(on_disk == referenced, f"images: unreferenced {sorted(on_disk - referenced)}")
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    require(total < 6 * 1024 * 1024, f"pack: {total} bytes, over 6 MB")
    return {
        "doc": doc,
        "countries": countries,
        "origins": origins,
        "total": total,
        "images": len(on_disk),
    }


def print_summary(result: dict[str, Any]) -> None:
    """Print counts per pavilion and country, product origins and sizes."""
    doc = result["doc"]
    ex = doc["exhibitors"]
    print(f"event {doc['event']['id']}: {len(ex)} exhibitors, {len(doc['sectors'])} sectors")
    by_pav = Counter((e["pavilion"], e["country"]) for e in ex)
    for pid in ("food", "services"):
        row = {c: n for (p, c), n in sorted(by_pav.items()) if p == pid}
        print(f"  {pid:9} {sum(row.values()):3}  " + "  ".join(f"{c} {n}" for c, n in row.items()))
    print("  countries  " + "  ".join(f"{c} {n}" for c, n in result["countries"].most_common()))
    products = [p for e in ex for p in e.get("products", [])]
    with_img = sum("image" in p for p in products)
    print(
        f"  products   {len(products)} ({with_img} with images); origins "
        + "  ".join(f"{c} {n}" for c, n in sorted(result["origins"].items()))
    )
    contacts = [e.get("contact") for e in ex]
    print(
        f"  contacts   {sum(c is not None for c in contacts)} of {len(ex)}; "
        f"website {sum('website' in (c or {}) for c in contacts)}, "
        f"email {sum('email' in (c or {}) for c in contacts)}, "
        f"wechat {sum('wechat' in (c or {}) for c in contacts)}"
    )
    print(
        f"  files      {result['images']} images, {result['total'] / 1024 / 1024:.2f} MB in total"
    )
    print("self-check passed")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="pack folder (default: %(default)s)"
    )
    parser.add_argument("--check-only", action="store_true", help="only run the self-check")
    args = parser.parse_args(argv)
    if not args.check_only:
        write_pack(args.out)
    print_summary(check_pack(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
