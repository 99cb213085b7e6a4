"""The catalogue screens, each loaded on its own with the real pages and the test pack, used
with real taps on items found by objectName; no QML warning is allowed anywhere."""

from __future__ import annotations

import pytest
from catalog_harness import LANGS, SCREENS
from helpers import find_item, find_items, find_prefixed, tap, tap_name, texts, type_text, wait
from packs import WECHAT_CODE
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest

from kiosk.ui.catalog_pages import CatalogPages
from kiosk.ui.catalog_pages.qr_provider import QR_BORDER, QR_MIN_MODULE_PX


def cards(view) -> set[str]:
    """The exhibitors whose cards the directory shows."""
    return set(find_prefixed(view.rootObject(), "exhibitorCard_"))


@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_loads_cleanly_in_every_language(
    screen: str, pages: CatalogPages, show_screen
) -> None:
    pages.exhibitor.openExhibitor("macau-tea-co")
    view = show_screen(screen)
    for lang in LANGS:
        pages.set_language(lang)
        wait(30)
    assert view.rootObject().objectName()[0].islower()


def test_directory_search_field_narrows_as_you_type(pages: CatalogPages, show_screen) -> None:
    view = show_screen("DirectoryScreen")
    assert len(cards(view)) == 12
    tap_name(view, "searchField")
    type_text(view, "sao", settle_ms=250)
    assert pages.directory.searchText == "sao"
    assert cards(view) == {"sao-tome-cacau"}
    tap_name(view, "clearSearchButton")
    assert pages.directory.searchText == "" and len(cards(view)) == 12


def test_directory_filters_combine_with_counts(pages: CatalogPages, show_screen) -> None:
    view = show_screen("DirectoryScreen")
    root = view.rootObject()
    # One filter is open at a time (country first); each header says what is chosen.
    assert find_item(root, "filterValue_country").property("text") == "All"
    tap_name(view, "filterCountry_MO")
    assert cards(view) == {"macau-tea-co", "macau-law-firm", "macau-travel"}
    assert find_item(root, "filterCountry_MO").property("selected")
    assert find_item(root, "filterValue_country").property("text") == "Macao"
    tap_name(view, "filterGroup_pavilion")
    assert not find_items(root, "filterCountry_MO")  # the country chips folded away
    assert find_item(root, "filterPavilion_services").property("count") == 2
    tap_name(view, "filterPavilion_services")
    assert cards(view) == {"macau-law-firm", "macau-travel"}
    tap_name(view, "filterGroup_sector")
    tap_name(view, "filterSector_tourism")
    assert cards(view) == {"macau-travel"}
    # A chip that would show nothing is dimmed and cannot be chosen.
    wine = find_item(root, "filterSector_wine")
    assert wine.property("count") == 0
    tap(view, wine)
    assert pages.directory.sectorFilter == "tourism"
    tap_name(view, "clearFiltersButton")
    assert len(cards(view)) == 12 and not pages.directory.hasFilters
    assert find_item(root, "filterValue_sector").property("text") == "All"


def test_no_results_says_so_and_offers_to_clear(pages: CatalogPages, show_screen) -> None:
    view = show_screen("DirectoryScreen")
    root = view.rootObject()
    assert not find_items(root, "noResults")
    tap_name(view, "filterCountry_PT")
    tap_name(view, "searchField")
    type_text(view, "xyz", settle_ms=250)
    assert cards(view) == set()
    message = find_item(root, "noResults")
    assert "No exhibitors match your search." in texts(message)
    tap_name(view, "noResultsClearButton")
    wait(250)
    assert (
        len(cards(view)) == 12
        and pages.directory.searchText == ""
        and pages.directory.countryFilter == ""
    )
    assert find_item(root, "searchField").property("text") == ""


def test_card_tap_chooses_the_exhibitor(pages: CatalogPages, show_screen) -> None:
    view = show_screen("DirectoryScreen")
    chosen: list[str] = []
    view.rootObject().exhibitorChosen.connect(chosen.append)
    tap_name(view, "exhibitorCard_porto-wines")
    assert chosen == ["porto-wines"]


def test_directory_retranslates_when_the_language_changes(pages: CatalogPages, show_screen) -> None:
    """Names, chips and the chosen filter follow the language; the cards take the new
    language's alphabetical order (rebuilt only when that order differs)."""
    view = show_screen("DirectoryScreen")
    root = view.rootObject()
    card = find_item(root, "exhibitorCard_macau-tea-co")
    chip = find_item(root, "filterCountry_MO")
    assert "Macau Tea Co. Ltd." in texts(card) and chip.property("label") == "Macao"
    tap(view, chip)  # a filter chosen: its name in the header must follow the language too
    pages.set_language("zh-Hant")
    wait(30)
    card = find_item(root, "exhibitorCard_macau-tea-co")
    assert "澳門茗茶有限公司" in texts(card) and "澳門" in texts(card)
    chip = find_item(root, "filterCountry_MO")
    assert chip.property("label") == "澳門"
    assert find_item(root, "filterValue_country").property("text") == "澳門"
    pages.set_language("pt")
    wait(30)
    card = find_item(root, "exhibitorCard_macau-tea-co")
    chip = find_item(root, "filterCountry_MO")
    assert "Chá de Macau, Lda." in texts(card) and chip.property("label") == "Macau"
    # Advogados, Chá, Viagens: the cards in Portuguese alphabetical order, row by row.
    cards_shown = find_prefixed(root, "exhibitorCard_")
    in_reading_order = sorted(cards_shown, key=lambda n: (cards_shown[n].y(), cards_shown[n].x()))
    assert in_reading_order == ["macau-law-firm", "macau-tea-co", "macau-travel"]


def test_exhibitor_page_shows_details_and_scannable_codes(pages: CatalogPages, show_screen) -> None:
    from PIL import Image
    from pyzbar.pyzbar import decode

    pages.exhibitor.openExhibitor("macau-tea-co")
    view = show_screen("ExhibitorScreen")
    root = view.rootObject()
    wait(300)
    assert find_item(root, "screenTitle").property("text") == "Macau Tea Co. Ltd."
    assert find_item(root, "boothCode").property("text") == "Booth F-12"
    assert "+853 6612 3456" in texts(find_item(root, "contactPhone"))

    frame = view.grabWindow()
    codes = (("vcard", "BEGIN:VCARD"), ("url", "https://example.mo"), ("wechat", WECHAT_CODE))
    assert "Scan with WeChat to add us" in texts(find_item(root, "qrCode_wechat"))
    for kind, expected in codes:
        card = find_item(root, f"qrCode_{kind}")
        image_item = find_item(card, f"qrImage_{kind}")
        # Shown at exactly the rendered size: whole pixels per module, nothing smoothed.
        assert image_item.width() == image_item.property("sourceSize").width()
        top_left = image_item.mapToScene(image_item.boundingRect().topLeft()).toPoint()
        crop = frame.copy(
            top_left.x(), top_left.y(), int(image_item.width()), int(image_item.height())
        )
        rgb = crop.convertToFormat(crop.Format.Format_RGB888)
        pil = Image.frombytes(
            "RGB",
            (rgb.width(), rgb.height()),
            bytes(rgb.constBits()),
            "raw",
            "RGB",
            rgb.bytesPerLine(),
        )
        decoded = decode(pil)
        assert decoded, f"{kind} code did not decode from the screen"
        assert decoded[0].data.decode("utf-8").startswith(expected)
        # Module size on screen: the finder pattern begins after the 4-module quiet zone.
        first_dark = next(i for i in range(rgb.width()) if pil.getpixel((i, i))[0] < 128)
        assert first_dark // QR_BORDER >= QR_MIN_MODULE_PX


def test_interested_and_map_buttons_name_the_exhibitor(pages: CatalogPages, show_screen) -> None:
    pages.exhibitor.openExhibitor("porto-wines")
    view = show_screen("ExhibitorScreen")
    root = view.rootObject()
    interested: list[str] = []
    mapped: list[str] = []
    root.interested.connect(interested.append)
    root.mapRequested.connect(mapped.append)
    tap_name(view, "interestedButton")
    tap_name(view, "showOnMapButton")
    assert interested == ["porto-wines"] and mapped == ["porto-wines"]


@pytest.mark.parametrize("exhibitor", ["porto-wines", "timor-coffee"])
def test_the_mini_map_is_a_legible_crop_around_the_booth(
    pages: CatalogPages, show_screen, exhibitor: str
) -> None:
    """The whole map at card size made booth numbers unreadable: the card shows about a third
    of the map's width, around the booth (kept inside the map at its edges)."""
    pages.exhibitor.openExhibitor(exhibitor)
    view = show_screen("ExhibitorScreen")
    root = view.rootObject()
    frame = find_item(root, "boothMiniMap")
    image = find_item(root, "boothMiniMapImage")
    marker = find_item(root, "boothMiniMapMarker")
    assert image.width() >= 2.5 * frame.width()
    tip = marker.mapToItem(frame, marker.width() / 2, marker.property("tipY"))
    assert 0 <= tip.x() <= frame.width() and 0 <= tip.y() <= frame.height()
    corner = image.mapToItem(frame, 0, 0)
    far = image.mapToItem(frame, image.width(), image.height())
    assert corner.x() <= 0 and corner.y() <= 0, "no empty band: the crop stays on the map"
    assert far.x() >= frame.width() - 0.5 and far.y() >= frame.height() - 0.5


def test_exhibitor_without_contact_shows_no_codes(pages: CatalogPages, show_screen) -> None:
    pages.exhibitor.openExhibitor("angola-coffee")
    view = show_screen("ExhibitorScreen")
    root = view.rootObject()
    assert not find_items(root, "qrCode_vcard") and not find_items(root, "contactCard")
    pages.exhibitor.openExhibitor("cabo-verde-grogue")
    wait(200)
    assert find_items(root, "qrCode_vcard") and not find_items(root, "qrCode_url")


def test_exhibitor_page_retranslates(pages: CatalogPages, show_screen) -> None:
    pages.exhibitor.openExhibitor("macau-tea-co")
    view = show_screen("ExhibitorScreen")
    title = find_item(view.rootObject(), "screenTitle")
    assert title.property("text") == "Macau Tea Co. Ltd."
    pages.set_language("zh-Hans")
    wait(30)
    assert title.property("text") == "澳门茗茶有限公司"
    product = find_item(view.rootObject(), "exhibitorProduct_1")
    assert "杏仁饼" in texts(product)
    assert any("澳门" in t for t in texts(product))  # the origin, in the new language


def test_map_zoom_buttons_and_booth_markers(pages: CatalogPages, show_screen) -> None:
    view = show_screen("MapScreen")
    root = view.rootObject()
    content = find_item(root, "mapContent")
    fitted = content.width()
    assert fitted > 0
    tap_name(view, "zoomInButton", settle_ms=400)
    assert content.width() > fitted * 1.5
    tap_name(view, "zoomOutButton", settle_ms=400)
    assert content.width() == pytest.approx(fitted, rel=0.01)
    assert not find_item(root, "zoomOutButton").isEnabled()  # already the whole map

    chosen: list[str] = []
    root.exhibitorChosen.connect(chosen.append)
    tap_name(view, "boothMarker_porto-wines")
    assert chosen == ["porto-wines"]

    tap_name(view, "mapTab_services")
    assert pages.map.mapPavilionId == "services"
    assert find_items(root, "boothMarker_macau-law-firm")
    assert not find_items(root, "boothMarker_porto-wines")


def test_map_opens_whole_with_the_highlighted_booth_marked(
    pages: CatalogPages, show_screen
) -> None:
    pages.map.showOnMap("timor-coffee")  # booth at (0.90, 0.20): off centre
    view = show_screen("MapScreen")
    root = view.rootObject()
    marker = find_item(root, "boothMarker_timor-coffee")
    assert marker.property("highlighted")
    flick = find_item(root, "mapFlickable")
    centre = marker.mapToItem(flick, marker.width() / 2, marker.height() / 2)
    assert 0 < centre.x() < flick.width() and 0 < centre.y() < flick.height()
    assert flick.property("zoom") == pytest.approx(flick.property("fitZoom"))
    content = flick.property("contentItem")
    top_left = content.mapToItem(flick, 0, 0)
    assert top_left.x() >= -0.5 and top_left.y() >= -0.5, "the map's top (its title) is in view"
    # The list beside the map: a tap shows a booth, a second tap opens it.
    chosen: list[str] = []
    root.exhibitorChosen.connect(chosen.append)
    tap_name(view, "boothListItem_porto-wines")
    assert pages.map.highlightedId == "porto-wines" and chosen == []
    tap_name(view, "boothListItem_porto-wines")
    assert chosen == ["porto-wines"]


def test_map_pinch_zooms(pages: CatalogPages, show_screen) -> None:
    view = show_screen("MapScreen")
    content = find_item(view.rootObject(), "mapContent")
    flick = find_item(view.rootObject(), "mapFlickable")
    fitted = content.width()
    centre = flick.mapToScene(flick.boundingRect().center()).toPoint()
    device = QTest.createTouchDevice()
    a, b = centre - QPoint(60, 0), centre + QPoint(60, 0)
    QTest.touchEvent(view, device).press(0, a).press(1, b).commit()
    for step in range(1, 11):
        d = QPoint(60 + step * 20, 0)
        QTest.touchEvent(view, device).move(0, centre - d).move(1, centre + d).commit()
        wait(16)
    QTest.touchEvent(view, device).release(0, centre - d).release(1, centre + d).commit()
    wait(50)
    assert content.width() > fitted * 1.8


def test_products_lead_to_their_exhibitor(pages: CatalogPages, show_screen) -> None:
    view = show_screen("ProductsScreen")
    root = view.rootObject()
    chosen: list[str] = []
    root.exhibitorChosen.connect(chosen.append)
    assert find_items(root, "productGroup_MO")
    tap_name(view, "productTile_PT_0")
    assert chosen == ["porto-wines"]
    list_top = find_item(root, "productRows").mapToScene(QPointF(0, 0)).y()
    tap_name(view, "productCountry_BR", settle_ms=500)
    group = find_item(root, "productGroup_BR")
    assert group.mapToScene(QPointF(0, 0)).y() == pytest.approx(list_top, abs=2)  # glided up
    tap_name(view, "productTile_BR_1")
    tap_name(view, "productCountry_TL", settle_ms=500)  # the last group: the list's end
    tap_name(view, "productTile_TL_0")
    assert chosen == ["porto-wines", "acai-brasil", "timor-coffee"]


def test_products_retranslate(pages: CatalogPages, show_screen) -> None:
    view = show_screen("ProductsScreen")
    root = view.rootObject()
    chip = find_item(root, "productCountry_PT")
    assert chip.property("label") == "Portugal"
    pages.set_language("zh-Hant")
    wait(30)
    assert chip.property("label") == "葡萄牙"
    assert "杏仁餅" in texts(find_item(root, "productTile_MO_0"))  # by strokes: 杏 7, 普 12
