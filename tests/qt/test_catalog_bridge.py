"""CatalogBridge decisions without QML: search table, filters and counts, the exhibitor page's
texts, language switching in place, reset, and the QR image provider."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.services.catalog import Catalog
from kiosk.ui.catalog_bridge import (
    QR_MIN_MODULE_PX,
    CatalogBridge,
    QrImageProvider,
    qr_module_px,
    website_display,
)
from kiosk.ui.catalog_models import booth_order

ALL = 12


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", None),
        ("sao", {"sao-tome-cacau"}),  # accents ignored: São Tomé
        ("SÃO", {"sao-tome-cacau"}),
        ("acai", {"acai-brasil"}),  # Açaí
        ("澳門", {"macau-tea-co", "macau-law-firm", "macau-travel"}),  # name or country
        ("澳门", {"macau-tea-co", "macau-law-firm", "macau-travel"}),  # other script, same
        ("澳門茗茶", {"macau-tea-co"}),
        ("茗茶", {"macau-tea-co"}),
        ("vinho do porto", {"porto-wines"}),  # a product
        ("cashew", {"mozambique-cashew"}),  # product in English
        ("葡萄酒", {"porto-wines", "cabo-verde-grogue"}),  # a sector in Chinese
        ("mice", {"hengqin-mice", "macau-travel"}),  # name, and the "Tourism and MICE" sector
        ("  Grogue  ", {"cabo-verde-grogue"}),
        ("zzzz", set()),
    ],
)
def test_search_table_through_the_model(
    bridge: CatalogBridge, query: str, expected: set[str] | None
) -> None:
    bridge.setSearchText(query)
    shown = set(bridge.exhibitors.ids())
    assert shown == (expected if expected is not None else shown)
    assert bridge.resultCount == len(shown)
    assert len(shown) == (ALL if expected is None else len(expected))


def test_filters_combine_and_counts_follow(bridge: CatalogBridge) -> None:
    assert bridge.countryOptions.keys()[:3] == ["MO", "PT", "BR"]  # Macao and the PSC first
    bridge.toggleCountry("MO")
    assert set(bridge.exhibitors.ids()) == {"macau-tea-co", "macau-law-firm", "macau-travel"}
    # Pavilion counts now say what each pavilion would show among Macao exhibitors.
    assert bridge.pavilionOptions.counts() == {"food": 1, "services": 2}
    bridge.togglePavilion("services")
    assert set(bridge.exhibitors.ids()) == {"macau-law-firm", "macau-travel"}
    bridge.toggleSector("tourism")
    assert bridge.exhibitors.ids() == ["macau-travel"]
    assert bridge.countryOptions.counts()["CN"] == 1  # Hengqin would show if China were chosen
    bridge.toggleSector("tourism")  # tapping a chosen option again releases it
    assert len(bridge.exhibitors.ids()) == 2
    assert bridge.hasFilters
    bridge.clearFilters()
    assert bridge.resultCount == ALL and not bridge.hasFilters
    assert bridge.countryFilter == "" and bridge.pavilionFilter == ""


def test_an_unchanged_result_emits_nothing(bridge: CatalogBridge) -> None:
    bridge.setSearchText("grog")
    resets: list[int] = []
    bridge.exhibitors.modelReset.connect(lambda: resets.append(1))
    bridge.setSearchText("grogu")  # same single result
    bridge.setSearchText("grogue")
    assert resets == []
    bridge.setSearchText("gro")  # still one result
    bridge.setSearchText("")
    assert resets == [1]


def test_language_switch_retranslates_in_place(bridge: CatalogBridge) -> None:
    model = bridge.exhibitors
    row = model.ids().index("macau-tea-co")
    name_role = model.role_id("name")
    changed: list[list[int]] = []
    model.dataChanged.connect(lambda _a, _b, roles: changed.append(list(roles)))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    assert model.data(model.index(row), name_role) == "Macau Tea Co. Ltd."
    bridge.set_language("zh-Hant")
    assert model.data(model.index(row), name_role) == "澳門茗茶有限公司"
    assert resets == [] and changed and name_role in changed[0]
    bridge.set_language("zh-Hans")
    assert model.data(model.index(row), name_role) == "澳门茗茶有限公司"
    options = bridge.countryOptions
    assert options.data(options.index(0), options.role_id("label")) == "澳门"
    bridge.set_language("pt")
    assert model.data(model.index(row), name_role) == "Chá de Macau, Lda."
    assert options.data(options.index(0), options.role_id("label")) == "Macau"


def test_exhibitor_page_details_and_codes(bridge: CatalogBridge) -> None:
    assert bridge.openExhibitor("macau-tea-co")
    details = bridge.exhibitor
    assert details["name"] == "Macau Tea Co. Ltd."
    assert details["countryName"] == "Macao"
    assert details["boothCode"] == "F-12" and details["hasBooth"]
    assert details["phoneDisplay"] == "+853 6612 3456"
    assert details["websiteDisplay"] == "example.mo"
    assert details["mapUrl"].startswith("file://") and details["mapWidth"] == 1600
    assert [q["kind"] for q in bridge.qrSources] == ["vcard", "url", "wechat"]
    assert bridge.qrSources[0]["source"] == "image://qr/macau-tea-co/vcard?lang=en"
    assert bridge.exhibitorProducts.rowCount() == 2

    bridge.set_language("zh-Hant")
    assert bridge.exhibitor["name"] == "澳門茗茶有限公司"
    assert bridge.qrSources[0]["source"].endswith("?lang=zh-Hant")

    assert bridge.openExhibitor("angola-coffee")  # no contact: no codes
    assert bridge.qrSources == [] and not bridge.exhibitor["hasContact"]
    assert bridge.openExhibitor("cabo-verde-grogue")  # phone only: a vCard, no URL code
    assert [q["kind"] for q in bridge.qrSources] == ["vcard"]
    assert not bridge.openExhibitor("no-such-exhibitor")
    assert bridge.exhibitorId == "cabo-verde-grogue"


def test_reset_forgets_the_visitor(bridge: CatalogBridge) -> None:
    bridge.setSearchText("porto")
    bridge.toggleCountry("PT")
    bridge.openExhibitor("porto-wines")
    bridge.showOnMap("macau-law-firm")
    bridge.reset()
    assert bridge.searchText == "" and bridge.countryFilter == ""
    assert bridge.resultCount == ALL and bridge.exhibitorId == ""
    assert bridge.highlightedId == "" and bridge.mapPavilionId == "food"


def test_map_markers_follow_the_chosen_pavilion(bridge: CatalogBridge) -> None:
    assert bridge.mapPavilionId == "food"
    food = set(bridge.mapMarkers.ids())
    assert "macau-tea-co" in food and "mozambique-cashew" not in food  # no booth position
    assert bridge.showOnMap("macau-law-firm")
    assert bridge.mapPavilionId == "services" and bridge.highlightedId == "macau-law-firm"
    # In booth order: S-01, S-07, S-12 (the numbers compared as numbers).
    assert bridge.mapMarkers.ids() == ["macau-law-firm", "hengqin-mice", "macau-travel"]
    assert bridge.highlight["boothX"] == pytest.approx(0.20)


def test_products_are_grouped_by_origin_in_rows(bridge: CatalogBridge) -> None:
    rows = bridge.productRows
    countries = bridge.productCountries
    assert countries.codes()[:3] == ["MO", "PT", "BR"]
    bridge.setProductColumns(1)
    kinds = [rows.data(rows.index(r), rows.role_id("kind")) for r in range(rows.rowCount())]
    assert kinds[:3] == ["header", "tiles", "tiles"]  # Macao: two products, one per row
    bridge.setProductColumns(4)
    first = rows.data(rows.index(1), rows.role_id("tiles"))
    assert [t["exhibitorId"] for t in first] == ["macau-tea-co", "macau-tea-co"]
    bridge.set_language("zh-Hant")
    assert [t["name"] for t in rows.data(rows.index(1), rows.role_id("tiles"))] == [
        "普洱茶",
        "杏仁餅",
    ]


def test_reload_replaces_the_catalogue(bridge: CatalogBridge, pack_catalog: Catalog) -> None:
    bridge.setSearchText("porto")
    bridge.reload(None)
    assert not bridge.ready and bridge.resultCount == 0 and bridge.searchText == ""
    bridge.reload(pack_catalog)
    assert bridge.ready and bridge.resultCount == ALL


def test_analytics_records_views_searches_and_codes(pack_catalog: Catalog, qapp) -> None:
    seen: list[tuple[str, str | None, str | None]] = []

    class Recorder:
        event_id: str | None = None

        def record(self, kind: str, target: str | None = None, language: str | None = None):
            seen.append((kind, target, language))

        def flush(self) -> None:
            seen.append(("flushed", None, None))

    recorder = Recorder()
    b = CatalogBridge(pack_catalog, "pt", analytics=recorder)
    assert recorder.event_id == pack_catalog.event_id  # counted for the event shown
    seen.clear()
    b.setSearchText("grogue")
    b.openExhibitor("cabo-verde-grogue")
    assert seen == [
        ("view", "cabo-verde-grogue", "pt"),
        ("search", "grogue", "pt"),
        ("qr", "cabo-verde-grogue", "pt"),
    ]
    b.reset()  # the end of the visit writes what it counted
    assert seen[-1] == ("flushed", None, None)


def test_qr_provider_renders_whole_pixel_modules(bridge: CatalogBridge) -> None:
    provider = QrImageProvider(lambda: bridge.catalog)
    size = QSize()
    image = provider.requestImage("macau-tea-co/vcard?lang=zh-Hant", size, QSize())
    assert not image.isNull() and image.width() == image.height()
    assert (size.width(), size.height()) == (image.width(), image.height())
    # The quiet zone is 4 white modules; the first dark pixel on the diagonal is where the
    # finder pattern starts, so it is 4 modules in: that gives the module size.
    first_dark = next(i for i in range(image.width()) if QImage.pixel(image, i, i) != 0xFFFFFFFF)
    assert first_dark % 4 == 0
    assert first_dark // 4 >= QR_MIN_MODULE_PX
    assert provider.requestImage("nobody/vcard?lang=en", QSize(), QSize()).isNull()
    assert provider.requestImage("angola-coffee/vcard?lang=en", QSize(), QSize()).isNull()


def test_booth_codes_sort_by_their_numbers() -> None:
    codes = ["F-10", "S-1", "F-2", None, "F-2a", "f-3"]
    assert sorted(codes, key=booth_order) == [None, "F-2", "F-2a", "f-3", "F-10", "S-1"]


@pytest.mark.parametrize(("modules", "px"), [(21, 10), (25, 10), (45, 8), (57, 6), (97, 6)])
def test_module_size_is_as_large_as_fits_but_never_below_six(modules: int, px: int) -> None:
    assert qr_module_px(modules) == px


def test_display_form_of_a_website() -> None:
    assert website_display("https://www.example.mo/") == "www.example.mo"
    assert website_display("https://example.mo/en/about") == "example.mo/en/about"


def test_pins_follow_the_part_of_the_map_in_view(bridge: CatalogBridge) -> None:
    pins = bridge.mapPins
    assert set(pins.ids()) == set(bridge.mapMarkers.ids())  # the whole map is in view
    resets: list[int] = []
    pins.modelReset.connect(lambda: resets.append(1))
    bridge.setMapViewport(0.0, 0.0, 0.5, 0.5)  # top left quarter
    assert pins.ids() == ["macau-tea-co"]  # (0.42, 0.31)
    bridge.setMapViewport(0.6, 0.0, 1.0, 0.5)
    assert set(pins.ids()) == {"porto-wines", "timor-coffee"}
    assert resets == [], "pins come and go one by one; those that stay are not rebuilt"
    bridge.showOnMap("angola-coffee")  # (0.30, 0.75): out of view, drawn all the same
    assert "angola-coffee" in pins.ids()


def test_a_crowded_map_draws_pins_spread_over_it(pack_catalog: Catalog, qapp) -> None:
    from dataclasses import replace

    from kiosk.ui.catalog_models import MapPinModel

    base = pack_catalog.exhibitors[0]
    booths = [
        replace(base, id=f"b{i}", booth_code=f"B-{i}", booth_x=(i % 100) / 100, booth_y=i / 3000)
        for i in range(3000)
    ]
    pins = MapPinModel()
    pins.set_booths(booths)
    shown = pins.ids()
    assert 100 <= len(shown) <= MapPinModel.LIMIT
    ys = sorted(b.booth_y for b in booths if b.id in set(shown))
    assert ys[0] < 0.1 and ys[-1] > 0.9, "spread over the whole map, not its first rows"
    pins.set_viewport(0.0, 0.0, 0.05, 0.05)  # zoomed in: every booth there has its pin
    inside = [b.id for b in booths if b.booth_x <= 0.05 and b.booth_y <= 0.05]
    assert sorted(pins.ids()) == sorted(inside)
