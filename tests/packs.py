"""Content packs for every test and benchmark: the documents, and one writer for a folder.

Two documents follow docs/content-format.md:

- ``valid_content()``, the minimal pack: every optional part once, so a test can change one thing
  and expect exactly one located problem; ``matching_content()``, ``future_content()`` and
  ``full_days_content()`` add a business matching section to it;
- ``showcase_content()``, a realistic pack for the catalogue screens: names carry accents (São,
  Açaí) and Chinese in both scripts on purpose; ``many_exhibitors()`` scales it for benchmarks.

``write_pack()`` writes content.json and every image the document names (made by Pillow, WeChat
codes by qrcode), small flat images by default or drawn ones (``look=SHOWCASE``) where a screen
shows them; ``import_into()`` loads the folder with the real importer.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

import qrcode
from PIL import Image, ImageDraw

# -- the minimal document ---------------------------------------------------------------------


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


# -- business matching --------------------------------------------------------------------------

AREA = {"en": "Business Matching Area", "zh-Hans": "商贸配对区"}


def matching_section(day: str = "2023-11-05") -> dict[str, Any]:
    """Two sessions on ``day`` and two exhibitors taking part, the second in one session only."""
    return {
        "mode": "auto-confirm",
        "pending_hold_minutes": 60,
        "sessions": [
            {
                "id": "d1-am",
                "date": day,
                "start": "10:00",
                "end": "12:00",
                "slot_minutes": 30,
                "place": AREA,
            },
            {
                "id": "d1-pm",
                "date": day,
                "start": "14:00",
                "end": "15:00",
                "slot_minutes": 30,
                "place": AREA,
            },
        ],
        "exhibitors": [
            {"id": "exhibitor-0000", "capacity": 2},
            {
                "id": "exhibitor-0001",
                "capacity": 1,
                "sessions": ["d1-pm"],
                "place": {"en": "Booth F-1"},
            },
        ],
    }


def matching_content(exhibitors: int = 3) -> dict[str, Any]:
    """The minimal pack (event 5-10 Nov 2023) with ``matching_section()``."""
    content = valid_content(exhibitors)
    content["matching"] = matching_section()
    return content


def future_content(today: date, *, days_ahead: int = 1, mode: str = "auto-confirm") -> dict:
    """The pack with its event moved to start ``days_ahead`` days after ``today``."""
    content = copy.deepcopy(matching_content())
    first = today + timedelta(days=days_ahead)
    content["event"]["starts"] = first.isoformat()
    content["event"]["ends"] = (first + timedelta(days=5)).isoformat()
    content["matching"] = matching_section(first.isoformat())
    content["matching"]["mode"] = mode
    return content


def full_days_content(
    exhibitors: int,
    first: date,
    days: int,
    *,
    capacity: int,
    place: str | dict[str, str] = "Business Matching Area",
) -> dict[str, Any]:
    """A matching pack at scale: ``exhibitors`` exhibitors, an event of ``days`` days from
    ``first``, each day one 09:00-17:00 session of half-hour slots, and every exhibitor taking
    part with ``capacity`` tables."""
    content = valid_content(2)
    content["exhibitors"] += [exhibitor(i) for i in range(2, exhibitors)]
    content["event"]["starts"] = first.isoformat()
    content["event"]["ends"] = (first + timedelta(days=days - 1)).isoformat()
    content["matching"] = {
        "mode": "auto-confirm",
        "sessions": [
            {
                "id": f"d{d}",
                "date": (first + timedelta(days=d)).isoformat(),
                "start": "09:00",
                "end": "17:00",
                "slot_minutes": 30,
                "place": place,
            }
            for d in range(days)
        ],
        "exhibitors": [
            {"id": f"exhibitor-{i:04d}", "capacity": capacity} for i in range(exhibitors)
        ],
    }
    return content


# -- the showcase document ----------------------------------------------------------------------

SECTORS = [
    {
        "id": "food-beverage",
        "name": {
            "en": "Food and beverages",
            "pt": "Alimentos e bebidas",
            "zh-Hant": "食品及飲品",
            "zh-Hans": "食品及饮品",
        },
    },
    {
        "id": "wine",
        "name": {"en": "Wine", "pt": "Vinhos", "zh-Hant": "葡萄酒", "zh-Hans": "葡萄酒"},
    },
    {
        "id": "services",
        "name": {
            "en": "Professional services",
            "pt": "Serviços profissionais",
            "zh-Hant": "專業服務",
            "zh-Hans": "专业服务",
        },
    },
    {
        "id": "tourism",
        "name": {
            "en": "Tourism and MICE",
            "pt": "Turismo e MICE",
            "zh-Hant": "旅遊及會展",
            "zh-Hans": "旅游及会展",
        },
    },
]

PAVILIONS = [
    {
        "id": "food",
        "name": {
            "en": "Pavilion of Food and Drinks from Macao and Portuguese-speaking Countries",
            "pt": "Pavilhão de Alimentos e Bebidas de Macau e dos Países de Língua Portuguesa",
            "zh-Hant": "澳門及葡語國家食品及飲品館",
            "zh-Hans": "澳门及葡语国家食品及饮品馆",
        },
        "map": "images/maps/food.png",
    },
    {
        "id": "services",
        "name": {
            "en": "Professional Services Pavilion of Macao and Portuguese-speaking Countries",
            "pt": "Pavilhão de Serviços Profissionais de Macau e dos Países de Língua Portuguesa",
            "zh-Hant": "澳門及葡語國家專業服務館",
            "zh-Hans": "澳门及葡语国家专业服务馆",
        },
        "map": "images/maps/services.png",
    },
]


def _showcase_exhibitor(
    eid: str,
    name: dict[str, str],
    pavilion: str,
    country: str,
    sectors: list[str],
    booth: tuple[str, float, float] | None,
    products: list[tuple[dict[str, str], str]],
    contact: dict[str, Any] | None,
    summary: str = "",
    logo: bool = True,
) -> dict[str, Any]:
    """One showcase exhibitor; its logo and product pictures are named after its id."""
    entry: dict[str, Any] = {
        "id": eid,
        "name": name,
        "pavilion": pavilion,
        "country": country,
        "sectors": sectors,
    }
    if booth:
        entry["booth"] = {"code": booth[0], "x": booth[1], "y": booth[2]}
    if summary:
        entry["summary"] = {"en": summary, "pt": f"{summary} (PT)"}
        entry["description"] = {
            "en": f"{summary}. Founded to bring the best of its country to "
            "visitors of the expo, with a long tradition of quality.",
            "zh-Hant": "擁有悠久傳統的優質出口商。",
            "zh-Hans": "拥有悠久传统的优质出口商。",
        }
    if logo:
        entry["logo"] = f"images/exhibitors/{eid}.png"
    if products:
        entry["products"] = [
            {"name": pname, "origin": origin, "image": f"images/products/{eid}-{i}.png"}
            for i, (pname, origin) in enumerate(products)
        ]
    if contact is not None:
        entry["contact"] = contact
    return entry


WECHAT_IMAGE = "images/wechat/macau-tea-co.png"

EXHIBITORS = [
    _showcase_exhibitor(
        "macau-tea-co",
        {
            "zh-Hant": "澳門茗茶有限公司",
            "zh-Hans": "澳门茗茶有限公司",
            "en": "Macau Tea Co. Ltd.",
            "pt": "Chá de Macau, Lda.",
        },
        "food",
        "MO",
        ["food-beverage"],
        ("F-12", 0.42, 0.31),
        [
            ({"en": "Pu'er tea", "zh-Hant": "普洱茶", "zh-Hans": "普洱茶"}, "MO"),
            ({"en": "Almond cookies", "zh-Hant": "杏仁餅", "zh-Hans": "杏仁饼"}, "MO"),
        ],
        {
            "person": {"zh-Hant": "陳大文", "en": "Chan Tai Man"},
            "title": {"en": "Sales Manager", "zh-Hant": "銷售經理"},
            "email": "sales@example.mo",
            "phone": "+853 6612 3456",
            "wechat_qr": WECHAT_IMAGE,
            "website": "https://example.mo",
            "wechat": "macautea",
        },
        "Fine teas from Macao",
    ),
    _showcase_exhibitor(
        "sao-tome-cacau",
        {"pt": "Cacau de São Tomé", "en": "São Tomé Cocoa"},
        "food",
        "ST",
        ["food-beverage"],
        ("F-03", 0.15, 0.62),
        [({"pt": "Chocolate 70%", "en": "70% chocolate"}, "ST")],
        {"email": "info@cacau.st"},
        "Single-origin cocoa",
    ),
    _showcase_exhibitor(
        "porto-wines",
        {"pt": "Vinhos do Porto Ferreira", "en": "Ferreira Port Wines", "zh-Hans": "费雷拉波特酒"},
        "food",
        "PT",
        ["food-beverage", "wine"],
        ("F-21", 0.70, 0.30),
        [
            ({"pt": "Vinho do Porto", "en": "Port wine", "zh-Hans": "波特酒"}, "PT"),
            ({"pt": "Vinho Verde", "en": "Green wine"}, "PT"),
        ],
        {
            "person": {"pt": "Ana Ferreira"},
            "email": "ana@vinhos.example.pt",
            "phone": "+351 912 345 678",
            "website": "https://vinhos.example.pt",
        },
        "Port wine since 1751",
    ),
    _showcase_exhibitor(
        "acai-brasil",
        {"pt": "Açaí Brasil Alimentos", "en": "Açaí Brasil Foods"},
        "food",
        "BR",
        ["food-beverage"],
        ("F-30", 0.82, 0.66),
        [
            ({"pt": "Polpa de açaí", "en": "Açaí pulp"}, "BR"),
            ({"pt": "Café do Cerrado", "en": "Cerrado coffee"}, "BR"),
        ],
        {"website": "https://acai.example.br"},
        "Amazon superfruits",
    ),
    _showcase_exhibitor(
        "angola-coffee",
        {"pt": "Café de Angola", "en": "Angola Coffee"},
        "food",
        "AO",
        ["food-beverage"],
        ("F-08", 0.30, 0.75),
        [({"pt": "Café Robusta", "en": "Robusta coffee"}, "AO")],
        None,
        "Coffee from the Amboim highlands",
        logo=False,
    ),
    _showcase_exhibitor(
        "mozambique-cashew",
        {"pt": "Caju de Moçambique", "en": "Mozambique Cashew"},
        "food",
        "MZ",
        ["food-beverage"],
        None,
        [({"pt": "Castanha de caju", "en": "Cashew nuts"}, "MZ")],
        None,
        "Roasted cashews",
    ),
    _showcase_exhibitor(
        "cabo-verde-grogue",
        {"pt": "Grogue de Cabo Verde", "en": "Cape Verde Grogue"},
        "food",
        "CV",
        ["food-beverage", "wine"],
        ("F-15", 0.52, 0.52),
        [({"pt": "Grogue", "en": "Grogue (sugar-cane spirit)"}, "CV")],
        {"phone": "+238 991 23 45"},
        "Traditional sugar-cane spirit",
    ),
    _showcase_exhibitor(
        "macau-law-firm",
        {
            "zh-Hant": "澳門聯合律師事務所",
            "zh-Hans": "澳门联合律师事务所",
            "en": "Macao United Law Office",
            "pt": "Advogados Unidos de Macau",
        },
        "services",
        "MO",
        ["services"],
        ("S-01", 0.20, 0.30),
        [],
        {
            "person": {"en": "Rita Lopes"},
            "email": "rita@law.example.mo",
            "website": "https://law.example.mo",
        },
        "Cross-border legal services",
    ),
    _showcase_exhibitor(
        "hengqin-mice",
        {"zh-Hant": "橫琴會展服務", "zh-Hans": "横琴会展服务", "en": "Hengqin MICE Services"},
        "services",
        "CN",
        ["tourism", "services"],
        ("S-07", 0.60, 0.40),
        [],
        {"email": "hello@mice.example.cn", "wechat": "hqmice"},
        "Events and exhibitions",
    ),
    _showcase_exhibitor(
        "timor-coffee",
        {"pt": "Café Timor", "en": "Timor Coffee"},
        "food",
        "TL",
        ["food-beverage"],
        ("F-40", 0.90, 0.20),
        [({"pt": "Café arábica", "en": "Arabica coffee"}, "TL")],
        None,
        "Mountain coffee",
    ),
    _showcase_exhibitor(
        "guinea-bissau-fish",
        {"pt": "Pescas da Guiné-Bissau", "en": "Guinea-Bissau Fisheries"},
        "food",
        "GW",
        ["food-beverage"],
        ("F-44", 0.93, 0.80),
        [],
        None,
        "Fresh seafood",
    ),
    _showcase_exhibitor(
        "macau-travel",
        {
            "zh-Hant": "澳門旅遊服務",
            "zh-Hans": "澳门旅游服务",
            "en": "Macao Travel",
            "pt": "Viagens de Macau",
        },
        "services",
        "MO",
        ["tourism"],
        ("S-12", 0.80, 0.70),
        [],
        {"website": "https://travel.example.mo"},
        "Tours and hotels in Macao",
    ),
]


def showcase_content(exhibitors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The showcase pack document: two pavilions, four sectors and ``exhibitors`` (default:
    ``EXHIBITORS``, shared, not copied)."""
    return {
        "format": 1,
        "event": {
            "id": "ciie-test",
            "name": {"en": "Test Import Expo", "zh-Hans": "测试进口博览会"},
            "venue": {"en": "Shanghai"},
            "starts": "2023-11-05",
            "ends": "2023-11-10",
            "timezone": "Asia/Shanghai",
        },
        "brand": {"name": "MICE² Macao x Hengqin"},
        "pavilions": PAVILIONS,
        "sectors": SECTORS,
        "exhibitors": EXHIBITORS if exhibitors is None else exhibitors,
        "consent": {
            "version": "2023-11-01",
            "notice": {"en": "Notice"},
            "purposes": [{"id": "share", "required": True, "text": {"en": "Share"}}],
        },
    }


def many_exhibitors(n: int) -> list[dict[str, Any]]:
    """``n`` exhibitors shaped like the real ones (for the 5,000-exhibitor benchmark)."""
    base = EXHIBITORS
    out = []
    for i in range(n):
        template = base[i % len(base)]
        entry = json.loads(json.dumps(template))
        entry["id"] = f"{template['id']}-{i}"
        entry["name"] = {k: f"{v} {i}" for k, v in template["name"].items()}
        if "booth" in entry:
            entry["booth"]["code"] = f"{entry['booth']['code']}-{i}"
            entry["booth"]["x"] = (i * 37 % 997) / 997
            entry["booth"]["y"] = (i * 53 % 991) / 991
        # Logos and product pictures are shared with the template, as many files as the
        # small pack has, so image decoding is exercised without writing 15,000 files.
        out.append(entry)
    return out


# -- images and the writer ----------------------------------------------------------------------

PALETTE = ["#0B5D5B", "#C8102E", "#B8860B", "#2E5EAA", "#6A4C93", "#1B7F3B"]
FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}
Drawing = Callable[[ImageDraw.ImageDraw, int, int], None]


def image_bytes(
    width: int = 8,
    height: int = 8,
    fmt: str = "PNG",
    colour: tuple[int, ...] | str = (200, 30, 40),
    *,
    draw: Drawing | None = None,
) -> bytes:
    """A real image file's bytes, made by Pillow: a flat colour, with ``draw`` on top if given."""
    mode = "RGBA" if isinstance(colour, tuple) and len(colour) == 4 else "RGB"
    image = Image.new(mode, (width, height), colour)
    if draw is not None:
        draw(ImageDraw.Draw(image), width, height)
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def logo_marks(label: str) -> Drawing:
    """A ring and two letters in the middle, so logos tell apart on a screenshot."""

    def draw(canvas: ImageDraw.ImageDraw, width: int, height: int) -> None:
        scale = min(width, height) / 256
        left, top = (width - 256 * scale) / 2, (height - 256 * scale) / 2
        canvas.ellipse(
            (left + 40 * scale, top + 40 * scale, left + 216 * scale, top + 216 * scale),
            outline="white",
            width=max(1, round(10 * scale)),
        )
        canvas.text(
            (left + 100 * scale, top + 110 * scale),
            label[:2].upper(),
            fill="white",
            font_size=48 * scale,
        )

    return draw


def floor_plan(label: str, booths: list[tuple[float, float]]) -> Drawing:
    """A hall of stands with ``booths`` (fractions of the map) marked, as an organiser's map."""

    def draw(canvas: ImageDraw.ImageDraw, width: int, height: int) -> None:
        scale = width / 1600
        canvas.rectangle((0, 0, width, height), fill="#EDE8DC")
        canvas.rectangle(
            (40 * scale, 40 * scale, width - 40 * scale, height - 40 * scale),
            outline="#8A8270",
            width=max(1, round(6 * scale)),
        )
        for row in range(4):
            for col in range(8):
                x0, y0 = (120 + col * 175) * scale, (120 + row * 210) * scale
                canvas.rectangle(
                    (x0, y0, x0 + 140 * scale, y0 + 150 * scale),
                    fill="#FFFFFF",
                    outline="#B5AD98",
                    width=max(1, round(3 * scale)),
                )
        for fx, fy in booths[:200]:
            cx, cy, half = fx * width, fy * height, 60 * scale
            canvas.rectangle(
                (cx - half, cy - half, cx + half, cy + half),
                fill="#D6E9E8",
                outline="#0B5D5B",
                width=max(1, round(4 * scale)),
            )
        canvas.text((60 * scale, 50 * scale), label, fill="#4A525A", font_size=36 * scale)

    return draw


@dataclass(frozen=True)
class Named:
    """An image a document names: what it is (one of ``Look.sizes``' keys) and what it shows."""

    role: str
    label: str = ""
    booths: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class Look:
    """How large each kind of image is, whether it is drawn (logo rings, floor plans: for
    screens, screenshots and import work like the real thing's) or a flat colour (small and
    quick, for checks), and which kinds are drawn on a transparent background."""

    sizes: dict[str, tuple[int, int]]
    drawn: bool = False
    transparent: tuple[str, ...] = ()


SMALL = Look(
    {
        "brand": (40, 20),
        "attract": (64, 36),
        "map": (100, 50),
        "logo": (16, 16),
        "product": (30, 40),
    }
)
SHOWCASE = Look(
    {
        "brand": (600, 300),
        "attract": (1920, 1080),
        "map": (1600, 1000),
        "logo": (256, 256),
        "product": (256, 256),
    },
    drawn=True,
)

# What every WeChat contact code in a written pack holds.
WECHAT_CODE = "https://u.wechat.com/test-macau-tea"


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in _list(value) if isinstance(item, dict)]


def named_images(document: Any) -> dict[str, Named]:
    """Every image path ``document`` names, in the six places docs/content-format.md allows one
    (a path named twice keeps its first use). Anything not a plain relative path is left out:
    tests name bad paths on purpose and provide (or withhold) those files themselves."""
    found: list[tuple[Any, Named]] = []
    if not isinstance(document, dict):
        return {}
    brand = document.get("brand") if isinstance(document.get("brand"), dict) else {}
    found.append((brand.get("logo"), Named("brand")))
    found += [(rel, Named("attract")) for rel in _list(brand.get("attract"))]
    exhibitors = _dicts(document.get("exhibitors"))
    for pavilion in _dicts(document.get("pavilions")):
        booths = tuple(
            (e["booth"]["x"], e["booth"]["y"])
            for e in exhibitors
            if e.get("pavilion") == pavilion.get("id")
            and isinstance(e.get("booth"), dict)
            and "x" in e["booth"]
        )
        name = pavilion.get("name")
        label = (name.get("en", "") if isinstance(name, dict) else str(name))[:40]
        found.append((pavilion.get("map"), Named("map", label, booths)))
    for exhibitor in exhibitors:
        found.append((exhibitor.get("logo"), Named("logo")))
        found += [(p.get("image"), Named("product")) for p in _dicts(exhibitor.get("products"))]
        contact = exhibitor.get("contact")
        if isinstance(contact, dict):
            found.append((contact.get("wechat_qr"), Named("wechat")))
    named: dict[str, Named] = {}
    for rel, what in found:
        if isinstance(rel, str) and _writable(rel):
            named.setdefault(rel, what)
    return named


def _writable(rel: str) -> bool:
    path = PurePosixPath(rel)
    return (
        not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in rel
        and path.suffix.lower() in FORMATS
    )


def picture(rel: str, what: Named, look: Look, index: int) -> bytes:
    """The bytes of the image ``what`` at ``rel``, in ``look``."""
    if what.role == "wechat":  # a contact code as WeChat exports it: larger, framed, not ours
        buffer = io.BytesIO()
        qrcode.make(WECHAT_CODE, box_size=7, border=6).save(buffer)
        return buffer.getvalue()
    width, height = look.sizes[what.role]
    fmt = FORMATS[PurePosixPath(rel).suffix.lower()]
    draw = None
    if look.drawn:
        label = what.label or PurePosixPath(rel).stem
        draw = floor_plan(label, list(what.booths)) if what.role == "map" else logo_marks(label)
    colour: tuple[int, ...] | str = PALETTE[index % len(PALETTE)]
    if what.role in look.transparent and fmt != "JPEG":
        colour = (0, 0, 0, 0)
    return image_bytes(width, height, fmt, colour, draw=draw)


def write_pack(
    folder: Path,
    content: dict[str, Any] | None = None,
    *,
    look: Look = SMALL,
    images: dict[str, tuple[int, int, str]] | None = None,
    missing: Collection[str] = (),
) -> Path:
    """Write ``content`` (default: ``valid_content()``) as content.json into ``folder``, with
    every image it names but those in ``missing`` (for a pack that lacks one); ``images`` gives
    paths a (width, height, format) of their own (a logo large enough to need a thumbnail, say).
    Returns the folder."""
    document = valid_content() if content is None else content
    folder.mkdir(parents=True, exist_ok=True)
    for index, (rel, what) in enumerate(sorted(named_images(document).items())):
        if rel not in (images or {}) and rel not in missing:
            _write(folder / rel, picture(rel, what, look, index))
    for index, (rel, (width, height, fmt)) in enumerate(sorted((images or {}).items())):
        _write(folder / rel, image_bytes(width, height, fmt, PALETTE[index % len(PALETTE)]))
    write_json(folder, document)
    return folder


def write_showcase(folder: Path, exhibitors: list[dict[str, Any]] | None = None) -> Path:
    """The showcase pack (``showcase_content(exhibitors)``) with drawn images, in ``folder``."""
    return write_pack(folder, showcase_content(exhibitors), look=SHOWCASE)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def write_json(folder: Path, document: Any) -> None:
    """Write (or replace) the pack's content.json, keeping its images."""
    (folder / "content.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def import_into(sessions: Any, pack_folder: Path, content_dir: Path) -> str:
    """Load the pack in ``pack_folder`` with the real importer; returns the event id."""
    from kiosk.content.importer import import_pack

    return import_pack(sessions, pack_folder, content_dir, actor="test").event_id
