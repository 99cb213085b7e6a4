"""An exhibitor whose contact code is too large for a QR code (content loaded before the check):
the real exhibitor page shows everything else, the website code included, and no error."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from helpers import find_item, find_items, wait
from packs import EXHIBITORS, import_into, write_showcase

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.catalog import Catalog, load_catalog
from kiosk.ui.catalog_pages import CatalogPages


@pytest.fixture
def pack_catalog(database: Database, settings: Settings, tmp_path: Path) -> Catalog:
    exhibitors = copy.deepcopy(EXHIBITORS)
    tea = next(e for e in exhibitors if e["id"] == "macau-tea-co")
    tea["contact"]["person"] = {"zh-Hant": "陳" * 1000, "en": "A" * 2400}
    import_into(
        database.sessions, write_showcase(tmp_path / "pack", exhibitors), settings.content_dir
    )
    catalog = load_catalog(database.sessions, settings.content_dir)
    assert catalog is not None
    return catalog


@pytest.mark.parametrize("lang", ["zh-Hant", "en"])
def test_the_page_shows_without_the_code_that_does_not_fit(
    pages: CatalogPages, show_screen, lang: str
) -> None:
    pages.set_language(lang)
    pages.exhibitor.openExhibitor("macau-tea-co")
    view = show_screen("ExhibitorScreen")
    root = view.rootObject()
    wait(300)
    assert find_item(root, "screenTitle").property("text")
    assert find_items(root, "contactCard")
    assert not find_items(root, "qrCode_vcard")
    url = find_item(root, "qrImage_url")
    assert url.property("sourceSize").width() > 0  # the website code is drawn
