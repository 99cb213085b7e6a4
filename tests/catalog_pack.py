"""A small, realistic content pack for the catalogue screens' tests, and a large one for benches.

The pack follows docs/content-format.md (content.json + images) so the same data can go through the
real importer; names carry accents (São, Açaí) and Chinese in both scripts on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

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


def _exhibitor(
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
WECHAT_CODE = "https://u.wechat.com/test-macau-tea"

EXHIBITORS = [
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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
    _exhibitor(
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


def pack_document(exhibitors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
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


PALETTE = ["#0B5D5B", "#C8102E", "#B8860B", "#2E5EAA", "#6A4C93", "#1B7F3B"]


def _logo(path: Path, seed: int, label: str) -> None:
    image = Image.new("RGB", (256, 256), PALETTE[seed % len(PALETTE)])
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 40, 216, 216), outline="white", width=10)
    draw.text((100, 110), label[:2].upper(), fill="white", font_size=48)
    image.save(path)


def _map(path: Path, label: str, booths: list[tuple[float, float]]) -> None:
    width, height = 1600, 1000
    image = Image.new("RGB", (width, height), "#EDE8DC")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, width - 40, height - 40), outline="#8A8270", width=6)
    for row in range(4):
        for col in range(8):
            x0, y0 = 120 + col * 175, 120 + row * 210
            draw.rectangle((x0, y0, x0 + 140, y0 + 150), fill="#FFFFFF", outline="#B5AD98", width=3)
    for fx, fy in booths:
        cx, cy = fx * width, fy * height
        draw.rectangle(
            (cx - 60, cy - 60, cx + 60, cy + 60), fill="#D6E9E8", outline="#0B5D5B", width=4
        )
    draw.text((60, 50), label, fill="#4A525A", font_size=36)
    image.save(path)


def write_pack(folder: Path, exhibitors: list[dict[str, Any]] | None = None) -> Path:
    """Write content.json and every image it names into ``folder``; returns the folder."""
    document = pack_document(exhibitors)
    folder.mkdir(parents=True, exist_ok=True)
    for sub in ("maps", "exhibitors", "products"):
        (folder / "images" / sub).mkdir(parents=True, exist_ok=True)
    for pavilion in document["pavilions"]:
        booths = [
            (e["booth"]["x"], e["booth"]["y"])
            for e in document["exhibitors"]
            if e["pavilion"] == pavilion["id"] and "x" in e.get("booth", {})
        ]
        _map(folder / pavilion["map"], pavilion["name"]["en"][:40], booths[:200])
    written: set[str] = set()
    for i, exhibitor in enumerate(document["exhibitors"]):
        images = [exhibitor.get("logo")] + [p.get("image") for p in exhibitor.get("products", [])]
        for j, image in enumerate(images):
            if image and image not in written:
                written.add(image)
                _logo(folder / image, i + j, Path(image).stem)
    if any(e.get("contact", {}).get("wechat_qr") for e in document["exhibitors"]):
        import qrcode  # a contact code as WeChat exports it: larger, framed, not ours

        (folder / WECHAT_IMAGE).parent.mkdir(parents=True, exist_ok=True)
        qrcode.make(WECHAT_CODE, box_size=7, border=6).save(folder / WECHAT_IMAGE)
    (folder / "content.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return folder


def import_into(sessions: Any, pack_folder: Path, content_dir: Path) -> str:
    """Load the pack in ``pack_folder`` with the real importer; returns the event id."""
    from kiosk.content.importer import import_pack

    return import_pack(sessions, pack_folder, content_dir, actor="test").event_id
