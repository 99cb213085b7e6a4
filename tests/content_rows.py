"""A small catalogue written straight into the database, for tests that need content but not
the content-pack importer: two pavilions, accented and Chinese names, products, contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import Contact, Event, Exhibitor, Pavilion, Product, Sector
from kiosk.data.settings_repo import ACTIVE_EVENT, set_setting

CONSENT = {
    "version": "2026-11-01",
    "notice": {"en": "We share your details with the exhibitors you chose."},
    "retention_days": 365,
    "purposes": [
        {"id": "share-with-exhibitors", "required": True, "text": {"en": "Share my details."}},
        {"id": "transfer-to-macao", "required": True, "text": {"en": "Transfer to Macao."}},
        {"id": "organiser-news", "required": False, "text": {"en": "Send me news."}},
    ],
}

EXHIBITORS = [
    # slug, names, pavilion, country, sectors, booth, products [(names, origin)], contact
    (
        "macau-tea",
        {"zh-Hant": "澳門茗茶有限公司", "zh-Hans": "澳门茗茶有限公司", "en": "Macau Tea Co."},
        "food",
        "MO",
        ["coffee-tea"],
        ("F-01", 0.2, 0.3),
        [({"en": "Pu'er tea", "zh-Hant": "普洱茶", "zh-Hans": "普洱茶"}, "CN")],
        {
            "person": {"zh-Hant": "陳大文", "en": "Chan Tai Man"},
            "title": {"en": "Sales Manager", "zh-Hant": "銷售經理"},
            "email": "sales@example.mo",
            "phone": "+85366123456",
            "website": "https://tea.example.mo",
            "wechat": "macautea",
        },
    ),
    (
        "sao-tome-cacau",
        {"pt": "São Tomé Cacau, Lda.", "en": "São Tomé Cocoa", "zh-Hant": "聖多美可可"},
        "food",
        "ST",
        ["food-beverage"],
        ("F-02", 0.5, 0.3),
        [({"pt": "Chocolate de São Tomé", "en": "São Tomé chocolate"}, "ST")],
        {
            "person": {"pt": "João Conceição"},
            "email": "joao@example.st",
            "phone": "+2399912345",
        },
    ),
    (
        "douro-wines",
        {"pt": "Vinhos do Douro", "en": "Douro Wines", "zh-Hans": "杜罗葡萄酒"},
        "food",
        "PT",
        ["food-beverage"],
        ("F-03", None, None),
        [({"pt": "Vinho do Porto", "en": "Port wine", "zh-Hant": "波特酒"}, "PT")],
        None,
    ),
    (
        "hengqin-law",
        {"zh-Hant": "橫琴律師事務所", "en": "Hengqin Law Firm"},
        "services",
        "MO",
        ["legal"],
        ("S-01", 0.4, 0.6),
        [],
        {"email": "law@example.mo", "website": "https://law.example.mo"},
    ),
]

SECTORS = {
    "coffee-tea": {"en": "Coffee and tea", "pt": "Café e chá", "zh-Hant": "咖啡及茶"},
    "food-beverage": {"en": "Food and beverages", "pt": "Alimentos e bebidas"},
    "legal": {"en": "Legal services", "pt": "Serviços jurídicos", "zh-Hant": "法律服務"},
}


def write_catalog(sessions: sessionmaker[Session], event_id: str = "test-expo") -> None:
    """Insert the catalogue above and mark it as the active event."""
    with sessions.begin() as session:
        event = Event(
            id=event_id,
            name={"en": "Test Expo", "zh-Hant": "測試博覽會"},
            venue={"en": "Hall 1"},
            starts=date(2026, 11, 5),
            ends=date(2026, 11, 10),
            timezone="Asia/Shanghai",
            organizer={"name": {"en": "Organiser"}, "email": "privacy@example.org"},
            brand={"name": "MICE² Macao x Hengqin", "tagline": {"en": "Meet in Macao"}},
            consent=CONSENT,
            content_sha256="0" * 64,
            source_path="tests",
        )
        session.add(event)
        pavilions = {
            slug: Pavilion(event=event, slug=slug, name={"en": name}, position=i, map_path=None)
            for i, (slug, name) in enumerate([("food", "Food pavilion"), ("services", "Services")])
        }
        sectors = {
            slug: Sector(event=event, slug=slug, name=name, position=i)
            for i, (slug, name) in enumerate(SECTORS.items())
        }
        for position, (slug, name, pav, country, secs, booth, products, contact) in enumerate(
            EXHIBITORS
        ):
            exhibitor = Exhibitor(
                event=event,
                slug=slug,
                name=name,
                pavilion=pavilions[pav],
                country=country,
                booth_code=booth[0],
                booth_x=booth[1],
                booth_y=booth[2],
                summary={"en": f"About {name.get('en', slug)}"},
                description={"en": "A longer description."},
                position=position,
                sectors=[sectors[s] for s in secs],
                products=[
                    Product(name=pname, origin=origin, position=i)
                    for i, (pname, origin) in enumerate(products)
                ],
                contact=Contact(**contact) if contact else None,
            )
            session.add(exhibitor)
        session.flush()
        set_setting(session, ACTIVE_EVENT, event_id)
