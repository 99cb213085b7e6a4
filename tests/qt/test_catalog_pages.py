"""The catalogue pages' decisions without QML: search table, filters and counts, the exhibitor
page's texts, language switching in place, reset, and the QR image provider."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.services.catalog import Catalog
from kiosk.ui.catalog_models import booth_order
from kiosk.ui.catalog_pages import CatalogPages
from kiosk.ui.catalog_pages.exhibitor import website_display
from kiosk.ui.catalog_pages.qr_provider import QR_MIN_MODULE_PX, QrImageProvider, qr_module_px
from kiosk.ui.collation import collated

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
    pages: CatalogPages, query: str, expected: set[str] | None
) -> None:
    pages.directory.setSearchText(query)
    shown = set(pages.directory.exhibitors.ids())
    assert shown == (expected if expected is not None else shown)
    assert pages.directory.resultCount == len(shown)
    assert len(shown) == (ALL if expected is None else len(expected))


def test_filters_combine_and_counts_follow(pages: CatalogPages) -> None:
    assert pages.directory.countryOptions.keys()[:3] == [
        "MO",
        "PT",
        "BR",
    ]  # Macao and the PSC first
    pages.directory.toggleCountry("MO")
    assert set(pages.directory.exhibitors.ids()) == {
        "macau-tea-co",
        "macau-law-firm",
        "macau-travel",
    }
    # Pavilion counts now say what each pavilion would show among Macao exhibitors.
    assert pages.directory.pavilionOptions.counts() == {"food": 1, "services": 2}
    pages.directory.togglePavilion("services")
    assert set(pages.directory.exhibitors.ids()) == {"macau-law-firm", "macau-travel"}
    pages.directory.toggleSector("tourism")
    assert pages.directory.exhibitors.ids() == ["macau-travel"]
    assert (
        pages.directory.countryOptions.counts()["CN"] == 1
    )  # Hengqin would show if China were chosen
    pages.directory.toggleSector("tourism")  # tapping a chosen option again releases it
    assert len(pages.directory.exhibitors.ids()) == 2
    assert pages.directory.hasFilters
    pages.directory.clearFilters()
    assert pages.directory.resultCount == ALL and not pages.directory.hasFilters
    assert pages.directory.countryFilter == "" and pages.directory.pavilionFilter == ""


def test_an_unchanged_result_emits_nothing(pages: CatalogPages) -> None:
    pages.directory.setSearchText("grog")
    resets: list[int] = []
    pages.directory.exhibitors.modelReset.connect(lambda: resets.append(1))
    pages.directory.setSearchText("grogu")  # same single result
    pages.directory.setSearchText("grogue")
    assert resets == []
    pages.directory.setSearchText("gro")  # still one result
    pages.directory.setSearchText("")
    assert resets == [1]


def name_of(model, exhibitor_id: str) -> str:
    row = model.ids().index(exhibitor_id)
    return model.data(model.index(row), model.role_id("name"))


def test_language_switch_retranslates(pages: CatalogPages) -> None:
    model = pages.directory.exhibitors
    assert name_of(model, "macau-tea-co") == "Macau Tea Co. Ltd."
    pages.set_language("zh-Hant")
    assert name_of(model, "macau-tea-co") == "澳門茗茶有限公司"
    pages.set_language("zh-Hans")
    assert name_of(model, "macau-tea-co") == "澳门茗茶有限公司"
    options = pages.directory.countryOptions
    assert options.data(options.index(0), options.role_id("label")) == "澳门"
    pages.set_language("pt")
    assert name_of(model, "macau-tea-co") == "Chá de Macau, Lda."
    assert options.data(options.index(0), options.role_id("label")) == "Macau"


def test_a_language_with_the_same_order_retranslates_in_place(pages: CatalogPages) -> None:
    """Only a change of order rebuilds the list; otherwise the shown rows re-read their texts."""
    model = pages.directory.exhibitors
    pages.directory.setSearchText("grogue")  # one exhibitor: its place cannot change
    changed: list[list[int]] = []
    model.dataChanged.connect(lambda _a, _b, roles: changed.append(list(roles)))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    before = model.ids()
    pages.set_language("pt")
    assert model.ids() == before
    assert resets == [] and changed and model.role_id("name") in changed[0]


# Names in the showcase pack (tests/packs.py), as each language's readers order them.
DIRECTORY_ORDER = {
    # ICU: "Açaí" before "Advogados" (ç sorts as c), "Café de" before "Café Timor" (case
    # ignored); code points put both the other way round.
    "pt": [
        "acai-brasil",  # Açaí Brasil Alimentos
        "macau-law-firm",  # Advogados Unidos de Macau
        "sao-tome-cacau",  # Cacau de São Tomé
        "angola-coffee",  # Café de Angola
        "timor-coffee",  # Café Timor
        "mozambique-cashew",  # Caju de Moçambique
        "macau-tea-co",  # Chá de Macau, Lda.
        "cabo-verde-grogue",  # Grogue de Cabo Verde
        "hengqin-mice",  # Hengqin MICE Services (no Portuguese name)
        "guinea-bissau-fish",  # Pescas da Guiné-Bissau
        "macau-travel",  # Viagens de Macau
        "porto-wines",  # Vinhos do Porto Ferreira
    ],
    # Pinyin: 澳门联合 (ào mén lián) < 澳门旅游 (lǚ) < 澳门茗茶 (míng) < 费 (fèi) < 横 (héng);
    # code points put 横 (U+6A2A) before 澳 (U+6FB3) before 费 (U+8D39).
    "zh-Hans": [
        "macau-law-firm",
        "macau-travel",
        "macau-tea-co",
        "porto-wines",
        "hengqin-mice",
    ],
}


@pytest.mark.parametrize("lang", sorted(DIRECTORY_ORDER))
def test_the_directory_is_in_the_order_of_the_visitors_language(
    pages: CatalogPages, lang: str
) -> None:
    pages.set_language(lang)
    expected = DIRECTORY_ORDER[lang]
    shown = [i for i in pages.directory.exhibitors.ids() if i in expected]
    assert shown == expected
    pages.directory.setSearchText("macau" if lang == "pt" else "澳门")  # a search keeps it
    hits = pages.directory.exhibitors.ids()
    assert hits == [i for i in expected if i in hits] and len(hits) >= 2


def test_sector_chips_and_product_groups_follow_the_language(pages: CatalogPages) -> None:
    sectors = pages.directory.sectorOptions
    label = sectors.role_id("label")
    for lang in ("pt", "zh-Hans", "zh-Hant", "en"):
        pages.set_language(lang)
        labels = [sectors.data(sectors.index(r), label) for r in range(sectors.rowCount())]
        assert labels == collated(labels, str, lang), lang
        rows = pages.products.productRows
        tiles = rows.data(rows.index(1), rows.role_id("tiles"))  # Macao's first row
        names = [t["name"] for t in tiles]
        assert names == collated(names, str, lang), lang
    assert pages.directory.countryOptions.keys()[:3] == ["MO", "PT", "BR"]  # still first


def test_exhibitor_page_details_and_codes(pages: CatalogPages) -> None:
    assert pages.exhibitor.openExhibitor("macau-tea-co")
    details = pages.exhibitor.exhibitor
    assert details["name"] == "Macau Tea Co. Ltd."
    assert details["countryName"] == "Macao"
    assert details["boothCode"] == "F-12" and details["hasBooth"]
    assert details["phoneDisplay"] == "+853 6612 3456"
    assert details["websiteDisplay"] == "example.mo"
    assert details["mapUrl"].startswith("file://") and details["mapWidth"] == 1600
    assert [q["kind"] for q in pages.exhibitor.qrSources] == ["vcard", "url", "wechat"]
    assert pages.exhibitor.qrSources[0]["source"] == "image://qr/macau-tea-co/vcard?lang=en"
    assert pages.exhibitor.exhibitorProducts.rowCount() == 2

    pages.set_language("zh-Hant")
    assert pages.exhibitor.exhibitor["name"] == "澳門茗茶有限公司"
    assert pages.exhibitor.qrSources[0]["source"].endswith("?lang=zh-Hant")

    assert pages.exhibitor.openExhibitor("angola-coffee")  # no contact: no codes
    assert pages.exhibitor.qrSources == [] and not pages.exhibitor.exhibitor["hasContact"]
    assert pages.exhibitor.openExhibitor("cabo-verde-grogue")  # phone only: a vCard, no URL code
    assert [q["kind"] for q in pages.exhibitor.qrSources] == ["vcard"]
    assert not pages.exhibitor.openExhibitor("no-such-exhibitor")
    assert pages.exhibitor.exhibitorId == "cabo-verde-grogue"


def test_reset_forgets_the_visitor(pages: CatalogPages) -> None:
    pages.directory.setSearchText("porto")
    pages.directory.toggleCountry("PT")
    pages.exhibitor.openExhibitor("porto-wines")
    pages.map.showOnMap("macau-law-firm")
    pages.reset()
    assert pages.directory.searchText == "" and pages.directory.countryFilter == ""
    assert pages.directory.resultCount == ALL and pages.exhibitor.exhibitorId == ""
    assert pages.map.highlightedId == "" and pages.map.mapPavilionId == "food"


def test_map_markers_follow_the_chosen_pavilion(pages: CatalogPages) -> None:
    assert pages.map.mapPavilionId == "food"
    food = set(pages.map.mapMarkers.ids())
    assert "macau-tea-co" in food and "mozambique-cashew" not in food  # no booth position
    assert pages.map.showOnMap("macau-law-firm")
    assert pages.map.mapPavilionId == "services" and pages.map.highlightedId == "macau-law-firm"
    # In booth order: S-01, S-07, S-12 (the numbers compared as numbers).
    assert pages.map.mapMarkers.ids() == ["macau-law-firm", "hengqin-mice", "macau-travel"]
    assert pages.map.highlight["boothX"] == pytest.approx(0.20)


def test_products_are_grouped_by_origin_in_rows(pages: CatalogPages) -> None:
    rows = pages.products.productRows
    countries = pages.products.productCountries
    assert countries.codes()[:3] == ["MO", "PT", "BR"]
    pages.products.setProductColumns(1)
    kinds = [rows.data(rows.index(r), rows.role_id("kind")) for r in range(rows.rowCount())]
    assert kinds[:3] == ["header", "tiles", "tiles"]  # Macao: two products, one per row
    pages.products.setProductColumns(4)
    first = rows.data(rows.index(1), rows.role_id("tiles"))
    assert [t["exhibitorId"] for t in first] == ["macau-tea-co", "macau-tea-co"]
    pages.set_language("zh-Hant")
    # By stroke count in Traditional Chinese: 杏 (7) before 普 (12).
    assert [t["name"] for t in rows.data(rows.index(1), rows.role_id("tiles"))] == [
        "杏仁餅",
        "普洱茶",
    ]


def test_reload_replaces_the_catalogue(pages: CatalogPages, pack_catalog: Catalog) -> None:
    pages.directory.setSearchText("porto")
    pages.reload(None)
    assert (
        not pages.directory.ready
        and pages.directory.resultCount == 0
        and pages.directory.searchText == ""
    )
    pages.reload(pack_catalog)
    assert pages.directory.ready and pages.directory.resultCount == ALL


def test_analytics_records_views_searches_and_codes(pack_catalog: Catalog, qapp) -> None:
    seen: list[tuple[str, str | None, str | None]] = []

    class Recorder:
        event_id: str | None = None

        def record(self, kind: str, target: str | None = None, language: str | None = None):
            seen.append((kind, target, language))

        def flush(self) -> None:
            seen.append(("flushed", None, None))

    recorder = Recorder()
    b = CatalogPages.create(pack_catalog, "pt", analytics=recorder)
    assert recorder.event_id == pack_catalog.event_id  # counted for the event shown
    seen.clear()
    b.directory.setSearchText("grogue")
    b.exhibitor.openExhibitor("cabo-verde-grogue")
    assert seen == [
        ("view", "cabo-verde-grogue", "pt"),
        ("search", "grogue", "pt"),
        ("qr", "cabo-verde-grogue", "pt"),
    ]
    b.reset()  # the end of the visit writes what it counted
    assert seen[-1] == ("flushed", None, None)


def test_qr_provider_renders_whole_pixel_modules(pages: CatalogPages) -> None:
    provider = QrImageProvider(lambda: pages.exhibitor.catalog)
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


def test_pins_follow_the_part_of_the_map_in_view(pages: CatalogPages) -> None:
    pins = pages.map.mapPins
    assert set(pins.ids()) == set(pages.map.mapMarkers.ids())  # the whole map is in view
    resets: list[int] = []
    pins.modelReset.connect(lambda: resets.append(1))
    pages.map.setMapViewport(0.0, 0.0, 0.5, 0.5)  # top left quarter
    assert pins.ids() == ["macau-tea-co"]  # (0.42, 0.31)
    pages.map.setMapViewport(0.6, 0.0, 1.0, 0.5)
    assert set(pins.ids()) == {"porto-wines", "timor-coffee"}
    assert resets == [], "pins come and go one by one; those that stay are not rebuilt"
    pages.map.showOnMap("angola-coffee")  # (0.30, 0.75): out of view, drawn all the same
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
