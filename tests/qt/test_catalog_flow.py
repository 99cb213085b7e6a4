"""The catalogue screens inside the real kiosk window, on the bundled sample pack: a visitor's
way from Home through the directory, a filter, an exhibitor and the map, and back again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import KioskDriver, walk


@pytest.fixture
def visitor(kiosk_sample: KioskDriver) -> Iterator[KioskDriver]:
    """The real window on the bundled sample pack, a visit started (Home) in English (the
    sample starts in Simplified Chinese), at the design size: QR codes are drawn in whole
    screen pixels, so in the 960x540 test window they were twice their design size and pushed
    the booth card out of sight."""
    kiosk_sample.window.resize(1920, 1080)
    kiosk_sample.settle()
    kiosk_sample.tap("startPrompt_en")
    assert kiosk_sample.app.screen == "home"
    yield kiosk_sample


def cards(kiosk: KioskDriver) -> set[str]:
    prefix = "exhibitorCard_"
    return {
        item.objectName()[len(prefix) :]
        for item in walk(kiosk.window.contentItem())
        if item.objectName().startswith(prefix) and kiosk.reachable(item)
    }


def test_directory_filter_exhibitor_map_and_back(visitor: KioskDriver) -> None:
    kiosk = visitor
    kiosk.tap("homeTile_exhibitors")
    assert kiosk.app.screen == "directory" and kiosk.exists("directoryScreen")
    assert len(cards(kiosk)) >= 6  # the grid's first rows

    kiosk.tap("filterCountry_AO")
    assert cards(kiosk) == {"cafe-do-planalto"}
    assert kiosk.text("filterValue_country") == "Angola"

    kiosk.tap("exhibitorCard_cafe-do-planalto")
    assert kiosk.app.screen == "exhibitor" and kiosk.app.screenArgument == "cafe-do-planalto"
    assert kiosk.exists("exhibitorScreen")
    assert kiosk.text("screenTitle") == "Café do Planalto"
    assert kiosk.exists("qrCode_vcard") and kiosk.exists("qrCode_url")

    kiosk.scroll_to("showOnMapButton")  # below the fold on a 16:9 screen
    kiosk.tap("showOnMapButton")
    assert kiosk.app.screen == "map" and kiosk.exists("mapScreen")
    marker = kiosk.find("boothMarker_cafe-do-planalto")
    assert marker.property("highlighted")

    kiosk.tap("backButton")
    assert kiosk.app.screen == "exhibitor" and kiosk.text("screenTitle") == "Café do Planalto"
    kiosk.tap("backButton")
    assert kiosk.app.screen == "directory"
    assert cards(kiosk) == {"cafe-do-planalto"}, "the visitor's filter is kept on the way back"


def test_switching_language_retranslates_the_catalogue_in_place(visitor: KioskDriver) -> None:
    kiosk = visitor
    kiosk.tap("homeTile_exhibitors")
    kiosk.tap("filterCountry_AO")
    kiosk.tap("exhibitorCard_cafe-do-planalto")
    screen = kiosk.current_screen()
    seen = {}
    for lang in ("en", "zh-Hant", "zh-Hans", "pt"):
        kiosk.tap(f"languageButton_{lang}")
        seen[lang] = kiosk.text("screenTitle")
    assert seen == {
        "en": "Café do Planalto",
        "zh-Hant": "安哥拉高原咖啡",
        "zh-Hans": "安哥拉高原咖啡",
        "pt": "Café do Planalto de Angola",
    }
    assert kiosk.current_screen() is screen, "the page is kept, not rebuilt"
    kiosk.tap("backButton")
    assert kiosk.text("filterValue_country") == "Angola"  # pt


def test_booth_marker_leads_to_its_exhibitor(visitor: KioskDriver) -> None:
    kiosk = visitor
    kiosk.tap("homeTile_map")
    assert kiosk.app.screen == "map"
    kiosk.tap("zoomInButton")
    kiosk.tap("mapTab_services")  # (stops the zoom's animation: a new map is framed whole)
    first = kiosk.host.bridges["mapPage"].mapMarkers.ids()[0]  # the lowest booth number
    kiosk.tap(f"boothListItem_{first}")  # shows the booth on the map...
    kiosk.tap(f"boothMarker_{first}")  # ...whose marker opens the exhibitor
    assert kiosk.app.screen == "exhibitor" and kiosk.app.screenArgument == first


def test_back_from_an_exhibitor_opened_on_the_map_returns_to_the_map(
    visitor: KioskDriver,
) -> None:
    kiosk = visitor
    kiosk.tap("homeTile_exhibitors")
    kiosk.tap("filterCountry_AO")
    kiosk.tap("exhibitorCard_cafe-do-planalto")
    kiosk.scroll_to("showOnMapButton")  # below the fold on a 16:9 screen
    kiosk.tap("showOnMapButton")
    assert kiosk.app.screen == "map"
    other = next(
        i for i in kiosk.host.bridges["mapPage"].mapMarkers.ids() if i != "cafe-do-planalto"
    )
    kiosk.tap(f"boothListItem_{other}")
    kiosk.tap(f"boothMarker_{other}")
    assert kiosk.app.screen == "exhibitor" and kiosk.app.screenArgument == other

    kiosk.tap("backButton")
    assert kiosk.app.screen == "map" and kiosk.exists("mapScreen")
    kiosk.tap("backButton")
    assert kiosk.app.screen == "directory"


def test_interested_opens_the_lead_form_for_this_exhibitor(visitor: KioskDriver) -> None:
    kiosk = visitor
    kiosk.tap("homeTile_products")
    assert kiosk.exists("productsScreen")
    kiosk.tap("productCountry_AO")
    kiosk.settle(400)  # the list glides to the group
    kiosk.tap("productTile_AO_0")
    assert kiosk.app.screen == "exhibitor"
    exhibitor = kiosk.app.screenArgument
    kiosk.tap("interestedButton")
    assert kiosk.app.screen == "contact" and kiosk.app.screenArgument == exhibitor


def test_a_reset_forgets_the_search(visitor: KioskDriver) -> None:
    kiosk = visitor
    kiosk.tap("homeTile_exhibitors")
    kiosk.tap("filterCountry_BR")
    directory = kiosk.host.bridges["directoryPage"]
    assert directory.countryFilter == "BR"
    kiosk.app.reset()
    kiosk.settle()
    assert directory.countryFilter == ""
    assert kiosk.host.bridges["exhibitorPage"].exhibitorId == ""


def test_every_catalogue_touch_target_is_at_least_48_px(visitor: KioskDriver) -> None:
    from test_kiosk_window import small_targets

    kiosk = visitor
    for tile, then in (
        ("exhibitors", "exhibitorCard_cafe-do-planalto"),
        ("products", None),
        ("map", None),
    ):
        kiosk.tap(f"homeTile_{tile}")
        if tile == "exhibitors":
            kiosk.tap("filterCountry_AO")
        for lang in ("zh-Hant", "pt"):
            kiosk.tap(f"languageButton_{lang}")
            assert small_targets(kiosk) == [], f"{kiosk.app.screen} in {lang}"
        if then:
            kiosk.tap(then)
            assert kiosk.app.screen == "exhibitor"
            assert small_targets(kiosk) == [], "exhibitor page"
        kiosk.tap("homeButton")


def test_views_and_codes_shown_are_counted_anonymously(visitor: KioskDriver) -> None:
    from sqlalchemy import select

    from kiosk.data.models import AnalyticsEvent

    kiosk = visitor
    kiosk.tap("homeTile_exhibitors")
    kiosk.tap("filterCountry_AO")
    kiosk.tap("exhibitorCard_cafe-do-planalto")
    kiosk.app.reset()  # the end of a visit writes what was counted
    kiosk.settle()
    event_id = kiosk.host.bridges["exhibitorPage"].catalog.event_id
    with kiosk.host.database.sessions() as session:
        rows = session.scalars(select(AnalyticsEvent)).all()
        counted = {(r.kind, r.target, r.event_id) for r in rows}
    assert ("view", "cafe-do-planalto", event_id) in counted
    assert ("qr", "cafe-do-planalto", event_id) in counted


def test_searching_with_the_on_screen_keyboard(visitor: KioskDriver) -> None:
    from test_idle_keyboard import press_keys

    kiosk = visitor
    kiosk.tap("homeTile_exhibitors")
    kiosk.tap("searchField")
    kiosk.wait_until(lambda: kiosk.find("inputPanel", visible=False).property("active"))
    kiosk.settle(300)
    # The keyboard takes the bottom of the screen, not all of it: the results stay in view.
    screen = kiosk.find("directoryScreen")
    keyboard = kiosk.find("inputPanel")
    assert screen.height() >= 400 and keyboard.height() < 600
    press_keys(kiosk, "c", "a", "f", "e")
    catalog = kiosk.host.bridges["directoryPage"]
    kiosk.wait_until(lambda: catalog.searchText.lower() == "cafe")
    assert "cafe-do-planalto" in cards(kiosk) and catalog.resultCount < catalog.totalCount
