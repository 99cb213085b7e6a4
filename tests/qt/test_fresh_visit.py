"""Each visitor starts fresh, in the event's language: after "Thank you" and after the idle
reset nothing of the last visit is left (language, search, filters, scroll, map zoom, form,
chosen exhibitors, Back history). In the real kiosk window on the bundled sample pack, whose
``event.default_language`` is Simplified Chinese (the CIIE in Shanghai)."""

from __future__ import annotations

import pytest
from helpers import KioskDriver
from lead_form_driver import LeadFormDriver, lead_count

SAMPLE_DEFAULT = "zh-Hans"


def dirty_the_visit(kiosk: KioskDriver, lang: str) -> str:
    """A visitor who changed everything they could; returns the exhibitor they chose."""
    directory = kiosk.host.bridges["directoryPage"]
    kiosk.tap("attractScreen")
    kiosk.tap(f"languageButton_{lang}")
    kiosk.tap("homeTile_exhibitors")
    kiosk.find("searchField").setProperty("text", "a")  # what typing on the keyboard does
    kiosk.wait_until(lambda: directory.searchText == "a")
    kiosk.tap("filterCountry_MO")
    assert directory.countryFilter == "MO"
    grid = kiosk.find("exhibitorGrid")
    grid.setProperty("contentY", grid.property("originY") + 300)  # a flick down the list
    kiosk.settle(100)
    assert not grid.property("atYBeginning")
    chosen = directory.exhibitors.ids()[0]
    kiosk.host.app_bridge.go("exhibitor", chosen)  # the card (it may be scrolled off)
    kiosk.settle()
    kiosk.scroll_to("showOnMapButton")  # below the fold on a 16:9 screen
    kiosk.tap("showOnMapButton")
    assert kiosk.app.screen == "map"
    kiosk.tap("zoomInButton")
    kiosk.settle(400)  # the zoom animation
    flick = kiosk.find("mapFlickable")
    assert flick.property("zoom") > flick.property("fitZoom") * 1.2
    kiosk.tap("backButton")
    kiosk.tap("interestedButton")
    kiosk.tap("ageOldEnough")
    assert kiosk.app.screen == "contact"
    assert [e["id"] for e in kiosk.host.bridges["leadForm"].property("exhibitors")] == [chosen]
    assert kiosk.app.language == lang
    return chosen


def assert_all_fresh(kiosk: KioskDriver) -> None:
    """Nothing of the last visitor: checked on the bridges and on the screens a visitor sees."""
    assert kiosk.app.language == SAMPLE_DEFAULT
    directory = kiosk.host.bridges["directoryPage"]
    assert (directory.searchText, directory.countryFilter, directory.pavilionFilter) == ("", "", "")
    assert directory.sectorFilter == ""
    assert kiosk.host.bridges["exhibitorPage"].exhibitorId == ""
    form = kiosk.host.bridges["leadForm"]
    assert form.property("empty") and form.property("exhibitors") == []
    assert all(v == "" for v in form.property("values").values())

    if kiosk.app.screen == "attract":
        kiosk.tap("attractScreen")
    assert kiosk.app.screen == "home" and not kiosk.app.canGoBack, "no Back into the last visit"
    kiosk.tap("homeTile_exhibitors")
    assert kiosk.find("searchField").property("text") == ""
    grid = kiosk.find("exhibitorGrid")
    assert grid.property("atYBeginning"), "the list from its top"
    assert grid.property("count") == directory.totalCount, "no filter, no search"
    kiosk.tap("homeButton")
    kiosk.tap("homeTile_map")
    kiosk.settle(100)
    flick = kiosk.find("mapFlickable")
    assert flick.property("zoom") == pytest.approx(flick.property("fitZoom")), "the whole map"
    kiosk.tap("homeButton")
    kiosk.tap("homeTile_contact")
    kiosk.tap("ageOldEnough")
    assert not any(i.isVisible() for i in kiosk.items("leadExhibitor_" + "x")), "nobody chosen"


def test_the_kiosk_starts_in_the_events_language(kiosk_sample: KioskDriver) -> None:
    assert kiosk_sample.app.language == SAMPLE_DEFAULT
    assert kiosk_sample.app.defaultLanguage == SAMPLE_DEFAULT
    kiosk_sample.tap("attractScreen")
    assert kiosk_sample.text("homeTileTitle_exhibitors") == "参展商"


@pytest.mark.parametrize("lang", ["pt", "en", "zh-Hant"])
def test_the_idle_reset_leaves_nothing_of_the_visit(kiosk_sample: KioskDriver, lang: str) -> None:
    kiosk = kiosk_sample
    chosen = dirty_the_visit(kiosk, lang)
    form = kiosk.host.bridges["leadForm"]
    for field, value in (("given_name", "Ana"), ("email", "ana@example.pt")):
        form.setValue(field, value)  # what typing does
    assert not form.property("empty")
    kiosk.host.idle.set_timeouts(0.3, 1)
    kiosk.wait_until(lambda: kiosk.app.screen == "attract", timeout_ms=8000)
    kiosk.host.idle.set_timeouts(3600, 20)
    kiosk.settle()
    assert lead_count(kiosk) == 0
    assert_all_fresh(kiosk)
    assert not kiosk.items(f"leadExhibitor_{chosen}")


@pytest.mark.parametrize("lang", ["pt", "zh-Hant"])
def test_thank_you_leaves_nothing_of_the_visit(kiosk_sample: KioskDriver, lang: str) -> None:
    kiosk = kiosk_sample
    chosen = dirty_the_visit(kiosk, lang)
    form = LeadFormDriver(kiosk)
    form.fill(family_name="Silva", given_name="Ana", email="ana@example.pt")
    form.submit()
    assert kiosk.app.screen == "thanks", form.bridge.property("errors")
    assert lead_count(kiosk) == 1
    kiosk.tap("thanksTapArea")  # or its countdown: finishVisit
    assert kiosk.app.screen == "home"
    assert_all_fresh(kiosk)
    assert not kiosk.items(f"leadExhibitor_{chosen}")
