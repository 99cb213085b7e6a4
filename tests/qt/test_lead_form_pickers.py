"""The lead form's searchable pickers (country or region, exhibitors) and exhibitor chips."""

from __future__ import annotations

import copy

import pytest
from helpers import KioskDriver
from lead_form_driver import LeadFormDriver
from sample_event import EVENT_ID
from sqlalchemy import select

from kiosk.data.models import Event, Exhibitor
from kiosk.services.catalog import load_catalog


@pytest.fixture
def form(kiosk_event: KioskDriver) -> LeadFormDriver:
    return LeadFormDriver(kiosk_event)


def search(form: LeadFormDriver, text: str) -> None:
    form.kiosk.tap("pickerSearch")
    form.kiosk.settle(300)
    form.type(text)
    form.kiosk.settle(100)


def test_the_country_picker_finds_a_country_by_its_name_in_any_language(
    form: LeadFormDriver,
) -> None:
    kiosk = form.kiosk
    form.open("en")
    kiosk.tap("leadField_country")
    assert kiosk.text("pickerTitle") == "Country or region"
    assert kiosk.exists("pickerOption_MO"), "Macao and the Portuguese-speaking countries first"
    search(form, "brasil")  # the Portuguese name, in the English interface
    assert form.bridge.property("countryChoices").ids == ["BR"]
    kiosk.tap("pickerOption_BR")
    assert not kiosk.exists("pickerSearch"), "one tap picks and closes"
    assert kiosk.text("leadCountryName") == "Brazil"
    kiosk.tap("languageButton_pt")
    assert kiosk.text("leadCountryName") == "Brasil", "the visitor's choice stays"


def test_nothing_found_says_so(form: LeadFormDriver) -> None:
    form.open("en")
    form.kiosk.tap("leadField_country")
    search(form, "zzqx")
    assert form.kiosk.text("pickerNoMatch") == "Nothing matches your search."
    form.kiosk.tap("pickerDone")
    assert form.kiosk.text("leadCountryName") == "Choose…"


def test_exhibitors_are_picked_from_a_searchable_list_and_removed_from_their_chip(
    form: LeadFormDriver,
) -> None:
    kiosk = form.kiosk
    form.open("zh-Hans", exhibitor="macau-tea-co")
    form.scroll_to("addExhibitorButton")
    kiosk.tap("addExhibitorButton")
    assert kiosk.find("pickerOption_macau-tea-co").property("selected"), "already chosen"
    search(form, "bo")  # Pinyin: the visitor picks 波 from the candidates
    form.choose("波")
    form.kiosk.settle(100)
    assert form.bridge.property("exhibitorChoices").ids == ["vinhos-do-porto"]
    kiosk.tap("pickerOption_vinhos-do-porto")
    assert kiosk.exists("pickerDone"), "several can be picked: it stays open"
    kiosk.tap("pickerDone")
    assert [e["id"] for e in form.bridge.property("exhibitors")] == [
        "macau-tea-co",
        "vinhos-do-porto",
    ]
    assert [e["name"] for e in form.bridge.property("exhibitors")] == [
        "澳门茗茶有限公司",
        "波尔图葡萄酒",
    ]
    form.scroll_to("removeExhibitor_macau-tea-co")
    kiosk.tap("removeExhibitor_macau-tea-co")
    assert [e["id"] for e in form.bridge.property("exhibitors")] == ["vinhos-do-porto"]
    assert not kiosk.items("leadExhibitor_macau-tea-co")


def test_exhibitor_search_ignores_the_chinese_script_and_accents(form: LeadFormDriver) -> None:
    choices = form.bridge.property("exhibitorChoices")
    for query in ("波爾圖", "波尔图", "VINHOS", "cha de macau"):
        choices.filter(query)
        assert choices.ids, query
    choices.filter("波爾圖")
    assert choices.ids == ["vinhos-do-porto"]
    choices.filter("chá")
    assert choices.ids == ["macau-tea-co"]


def test_an_unknown_exhibitor_from_the_shell_is_ignored(form: LeadFormDriver) -> None:
    form.open("en", exhibitor="no-such-exhibitor")
    assert form.bridge.property("exhibitors") == []


def test_sectors_are_chips_that_toggle(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.open("zh-Hant")
    form.scroll_to("sector_food-beverage")
    chip = kiosk.find("sector_food-beverage")
    assert chip.property("text") == "食品及飲品"
    kiosk.tap("sector_food-beverage")
    assert chip.property("selected") and form.bridge.property("selectedSectors") == [
        "food-beverage"
    ]
    kiosk.tap("sector_food-beverage")
    assert not chip.property("selected")


def test_without_an_event_the_form_says_where_to_go_instead(kiosk: KioskDriver) -> None:
    kiosk.tap("attractScreen")
    kiosk.tap("homeTile_contact")
    assert kiosk.exists("leadFormUnavailable") and not kiosk.exists("submitLeadButton")
    kiosk.tap("contactBrowseButton")
    assert kiosk.app.screen == "directory"


def test_reloaded_content_brings_its_consent_purposes_and_exhibitors(form: LeadFormDriver) -> None:
    kiosk = form.kiosk
    form.open("en", exhibitor="macau-tea-co")
    sessions = kiosk.host.database.sessions
    with sessions.begin() as session:
        event = session.get(Event, EVENT_ID)
        consent = copy.deepcopy(event.consent)
        consent["version"] = "2023-12-01"
        consent["purposes"].append(
            {"id": "surveys", "required": False, "text": {"en": "Ask me about my visit."}}
        )
        event.consent = consent
        session.delete(session.scalars(select(Exhibitor).filter_by(slug="lusofonia-legal")).one())
    kiosk.host.reload_content(load_catalog(sessions, kiosk.host.settings.content_dir))
    kiosk.settle()
    assert kiosk.app.screen == "attract" and form.bridge.property("exhibitors") == []
    purposes = [p["id"] for p in form.bridge.property("consentPurposes")]
    assert purposes[-1] == "surveys"
    choices = form.bridge.property("exhibitorChoices")
    choices.filter("")
    assert "lusofonia-legal" not in choices.ids and "macau-tea-co" in choices.ids


@pytest.mark.parametrize(
    ("lang", "earlier", "later"),
    [
        ("pt", ["África do Sul", "Áustria"], ["Bélgica", "Índia", "Zâmbia"]),  # accents in place
        ("en", ["Åland Islands", "Austria"], ["Belgium", "Zambia"]),
        ("zh-Hans", ["阿根廷", "巴基斯坦"], ["德国", "中国"]),  # by Pinyin
        ("zh-Hant", ["中國", "丹麥"], ["德國", "澳洲"]),  # by stroke count
    ],
)
def test_the_country_picker_is_in_the_order_of_the_visitors_language(
    form: LeadFormDriver, lang: str, earlier: list[str], later: list[str]
) -> None:
    form.open(lang)
    model = form.bridge.property("countryChoices")
    label = model.role_id("label")
    names = [model.data(model.index(row, 0), label) for row in range(model.rowCount())]
    names = names[10:]  # Macao and the Portuguese-speaking countries come first, by design
    for first in earlier:
        for then in later:
            assert names.index(first) < names.index(then), (first, then)
