"""Build small, valid content packs in a folder, for tests and benchmarks to break or load.

``valid_content()`` is a pack document that follows docs/content-format.md; ``write_pack()`` writes
it with the images it names (tiny PNG/JPEG files made by Pillow), so a test can change one thing
and expect exactly one located problem.
"""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

from PIL import Image

COLOURS = [(200, 30, 40), (20, 120, 200), (30, 160, 90), (240, 180, 20)]


def image_bytes(
    width: int = 8, height: int = 8, fmt: str = "PNG", colour: tuple[int, ...] = (200, 30, 40)
) -> bytes:
    """A real image file's bytes, made by Pillow."""
    mode = "RGBA" if len(colour) == 4 else "RGB"
    buffer = io.BytesIO()
    Image.new(mode, (width, height), colour).save(buffer, fmt)
    return buffer.getvalue()


def exhibitor(index: int, *, pavilion: str = "food", logo: str | None = None) -> dict[str, Any]:
    """One exhibitor with every optional part filled in."""
    ident = f"exhibitor-{index:04d}"
    item: dict[str, Any] = {
        "id": ident,
        "name": {"zh-Hant": f"澳門公司 {index}", "en": f"Macau Company {index}"},
        "pavilion": pavilion,
        "country": "MO",
        "sectors": ["food-beverage"],
        "booth": {"code": f"F-{index}", "x": 0.42, "y": 0.31},
        "summary": {"en": "One line for the card"},
        "description": "Paragraphs for the detail page",
        "products": [{"name": {"pt": "Vinho do Porto"}, "origin": "PT"}],
        "contact": {
            "person": {"zh-Hant": "陳大文", "en": "Chan Tai Man"},
            "title": {"en": "Sales Manager"},
            "email": f"sales{index}@example.mo",
            "phone": "+853 6612 3456",
            "website": "https://example.mo",
            "wechat": "macautea",
        },
    }
    if logo:
        item["logo"] = logo
    return item


BASE: dict[str, Any] = {
    "format": 1,
    "event": {
        "id": "ciie-2023",
        "name": {
            "en": "6th China International Import Expo",
            "zh-Hans": "第六届中国国际进口博览会",
        },
        "venue": {"en": "National Exhibition and Convention Center (Shanghai)"},
        "starts": "2023-11-05",
        "ends": "2023-11-10",
        "timezone": "Asia/Shanghai",
        "default_language": "zh-Hans",
    },
    "organizer": {
        "name": {
            "en": "Macao Trade and Investment Promotion Institute",
            "zh-Hant": "澳門貿易投資促進局",
        },
        "email": "privacy@example.org",
        "phone": "+853 2871 0300",
        "website": "https://www.example.org",
    },
    "brand": {
        "name": "MICE² Macao x Hengqin",
        "tagline": {"en": "Meet Macao", "zh-Hant": "相約澳門"},
        "logo": "images/brand/logo.png",
        "attract": ["images/attract/1.jpg"],
    },
    "pavilions": [
        {
            "id": "food",
            "name": {"en": "Food and Drinks"},
            "short_name": {"en": "Food", "pt": "Alimentos"},
            "map": "images/maps/food.png",
            "positions": [
                {
                    "id": "entrance",
                    "label": {"en": "Entrance", "zh-Hans": "入口"},
                    "x": 0.5,
                    "y": 0.9,
                }
            ],
        },
        {"id": "services", "name": "Professional Services"},
    ],
    "sectors": [
        {
            "id": "food-beverage",
            "name": {"en": "Food and beverages", "pt": "Alimentos e bebidas"},
            "short_name": {"en": "Food"},
        },
        {"id": "services", "name": {"en": "Services"}},
    ],
    "exhibitors": [],
    "consent": {
        "version": "2023-11-01",
        "controller": {"en": "Macao Trade and Investment Promotion Institute"},
        "retention_days": 365,
        "notice": {"en": "Who receives your data, why, for how long, and how to withdraw."},
        "purposes": [
            {"id": "share-with-exhibitors", "required": True, "text": {"en": "Share my details."}},
            {"id": "organiser-news", "required": False, "text": {"en": "Send me news."}},
        ],
    },
}

# image path → (width, height, format)
BASE_IMAGES: dict[str, tuple[int, int, str]] = {
    "images/brand/logo.png": (40, 20, "PNG"),
    "images/attract/1.jpg": (64, 36, "JPEG"),
    "images/maps/food.png": (100, 50, "PNG"),
    "images/exhibitors/exhibitor-0000.png": (16, 16, "PNG"),
    "images/exhibitors/exhibitor-0001.png": (16, 16, "PNG"),
    "images/products/porto.jpg": (30, 40, "JPEG"),
}


def valid_content(exhibitors: int = 3) -> dict[str, Any]:
    """A complete valid pack document with ``exhibitors`` exhibitors (the first two with logos,
    the first with a product photo)."""
    content = copy.deepcopy(BASE)
    for index in range(exhibitors):
        logo = f"images/exhibitors/exhibitor-{index:04d}.png" if index < 2 else None
        content["exhibitors"].append(
            exhibitor(index, pavilion="food" if index % 2 == 0 else "services", logo=logo)
        )
    if exhibitors:
        content["exhibitors"][0]["products"][0]["image"] = "images/products/porto.jpg"
        content["exhibitors"][0]["short_name"] = {"en": "Ex 0", "zh-Hant": "展商"}
    return content


def write_images(folder: Path, images: dict[str, tuple[int, int, str]]) -> None:
    for index, (rel, (width, height, fmt)) in enumerate(sorted(images.items())):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(image_bytes(width, height, fmt, COLOURS[index % len(COLOURS)]))


def write_pack(
    folder: Path,
    content: dict[str, Any] | None = None,
    *,
    images: dict[str, tuple[int, int, str]] | None = None,
) -> Path:
    """Write ``content`` (default: ``valid_content()``) and its images into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    write_images(folder, BASE_IMAGES if images is None else images)
    document = valid_content() if content is None else content
    (folder / "content.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return folder


def write_json(folder: Path, document: Any) -> None:
    """Replace the pack's content.json, keeping its images."""
    (folder / "content.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
    )
