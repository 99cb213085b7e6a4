"""Loading the catalogue from the database into immutable views."""

from __future__ import annotations

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.catalog import load_catalog, products_by_origin


def test_no_content_means_no_catalog(database: Database, settings: Settings) -> None:
    assert load_catalog(database.sessions, settings.content_dir) is None


def test_catalog_holds_the_active_event(catalog_db: Database, settings: Settings) -> None:
    catalog = load_catalog(catalog_db.sessions, settings.content_dir)
    assert catalog is not None
    assert catalog.event_id == "test-expo"
    assert [e.id for e in catalog.exhibitors] == [
        "macau-tea",
        "sao-tome-cacau",
        "douro-wines",
        "hengqin-law",
    ]
    tea = catalog.exhibitor("macau-tea")
    assert tea.pavilion_id == "food" and tea.sector_ids == ("coffee-tea",)
    assert tea.contact.phone == "+85366123456"
    assert tea.products[0].exhibitor_id == "macau-tea"
    assert catalog.exhibitor("douro-wines").contact is None
    assert catalog.pavilion("services").name == {"en": "Services"}
    assert catalog.exhibitor("nope") is None


def test_products_grouped_by_origin_psc_first(catalog_db: Database, settings: Settings) -> None:
    catalog = load_catalog(catalog_db.sessions, settings.content_dir)
    groups = products_by_origin(catalog)
    assert [origin for origin, _ in groups] == ["PT", "ST", "CN"]
    assert groups[0][1][0].name["pt"] == "Vinho do Porto"
