"""The lead form's rules without Qt: when errors show, defaults, choices, scanner bursts."""

from __future__ import annotations

from datetime import date

import pytest
from factories import CONSENT_BLOCK, ENDS, EVENT_ID, OPTIONAL, REQUIRED, RULES_EXHIBITORS, STARTS

from kiosk.domain.leads import ConsentPolicy, LeadRules
from kiosk.ui.lead_form_state import FormState, default_country, event_days, message_length

RULES = LeadRules(
    event_id=EVENT_ID,
    starts=STARTS,
    ends=ENDS,
    consent=ConsentPolicy.from_block(CONSENT_BLOCK),
    exhibitor_ids=frozenset(RULES_EXHIBITORS),
    sector_ids=frozenset({"food-beverage", "services"}),
)


def form(lang: str = "en") -> FormState:
    return FormState(RULES, lang)


def shown(state: FormState) -> dict[str, str]:
    return {name: error.code for name, error in state.shown.items()}


def test_nothing_shows_before_the_visitor_leaves_a_field() -> None:
    state = form()
    state.set_text("email", "not an address")
    assert shown(state) == {}
    state.leave("email")
    assert shown(state) == {"email": "email.invalid"}


def test_an_error_goes_as_soon_as_the_field_is_right_but_never_appears_while_typing() -> None:
    state = form()
    state.leave("given_name")
    assert shown(state) == {}, "a single name is allowed: the other field may stay empty"
    state.leave("family_name")
    assert shown(state) == {"name": "name.required"}
    state.set_text("family_name", "M")
    assert shown(state) == {}, "fixed while typing"
    state.set_text("email", "a")
    assert "email" not in state.shown, "typing never shows a new error"


def test_a_shown_error_keeps_its_message_until_the_field_is_left() -> None:
    state = form()
    state.set_text("email", "x@")
    state.leave("email")
    state.set_text("email", "x@y")  # still wrong: the message does not flicker while typing
    assert shown(state) == {"email": "email.invalid"}


def test_email_or_phone_is_asked_for_only_once_both_were_left_or_on_submit() -> None:
    state = form()
    state.leave("email")
    assert shown(state) == {}
    state.leave("phone")
    assert shown(state) == {"email": "contact.required", "phone": "contact.required"}
    state.set_text("phone", "+853 6612 3456")
    assert shown(state) == {}, "one of them is enough"


def test_submit_shows_every_error_in_form_order() -> None:
    state = form()
    errors = state.submit_errors()
    assert [e.field for e in errors] == [
        "name",
        "email",
        "phone",
        f"consent.{REQUIRED[0]}",
        f"consent.{REQUIRED[1]}",
    ]
    assert set(state.shown) == {e.field for e in errors}


def test_a_complete_form_has_no_errors_and_makes_the_draft_the_service_stores() -> None:
    state = form("pt")
    state.set_text("given_name", "  Maria ")
    state.set_text("family_name", "Silva")
    state.set_text("phone", "912 345 678")
    state.add_exhibitor(RULES_EXHIBITORS[0])
    state.toggle_sector("services")
    state.set_matching(True)
    state.set_matching_day("2026-11-06")
    state.set_matching_slot("pm")
    for purpose in REQUIRED:
        state.set_consent(purpose, True)
    assert state.submit_errors() == ()
    draft = state.draft()
    assert draft.country == "PT", "the Portuguese UI's default country"
    assert draft.exhibitors == (RULES_EXHIBITORS[0],) and draft.sectors == ("services",)
    assert (draft.matching_day, draft.matching_slot) == ("2026-11-06", "pm")
    assert draft.consents == {REQUIRED[0]: True, REQUIRED[1]: True}
    lead = state.check().lead
    assert lead is not None and lead.phone is not None and lead.phone.e164 == "+351912345678"


def test_unticking_a_required_consent_says_why_at_once() -> None:
    state = form()
    state.set_consent(REQUIRED[1], True)
    state.set_consent(OPTIONAL[0], True)
    assert shown(state) == {}
    state.set_consent(REQUIRED[1], False)
    assert shown(state) == {f"consent.{REQUIRED[1]}": "consent.required"}


def test_matching_without_exhibitors_is_explained_and_clears_when_one_is_added() -> None:
    state = form()
    state.set_matching(True)
    assert shown(state) == {"matching": "matching.no_exhibitors"}
    assert state.add_exhibitor(RULES_EXHIBITORS[1])
    assert shown(state) == {}
    assert not state.add_exhibitor(RULES_EXHIBITORS[1]), "each exhibitor once"
    assert state.remove_exhibitor(RULES_EXHIBITORS[1])
    assert shown(state) == {"matching": "matching.no_exhibitors"}


def test_matching_choices_are_dropped_from_the_draft_when_matching_is_off() -> None:
    state = form()
    state.set_matching(True)
    state.set_matching_day("2026-11-07")
    state.set_matching_day("2026-11-07")  # a second tap unpicks
    assert state.matching_day == ""
    state.set_matching_slot("am")
    state.set_matching(False)
    assert state.draft().matching_slot == "" and not state.draft().matching


@pytest.mark.parametrize(
    ("lang", "country"), [("zh-Hans", "CN"), ("zh-Hant", "MO"), ("pt", "PT"), ("en", "")]
)
def test_the_default_country_follows_the_language(lang: str, country: str) -> None:
    assert default_country(lang) == country
    assert form(lang).country == country


def test_a_language_switch_moves_the_default_country_but_never_the_visitors_choice() -> None:
    state = form("zh-Hant")
    assert state.set_language("pt") and state.country == "PT"
    state.choose_country("BR")
    assert not state.set_language("zh-Hans") and state.country == "BR"


def test_choosing_a_country_rechecks_a_phone_number_already_left() -> None:
    state = form()
    state.set_text("phone", "6612 3456")
    state.leave("phone")
    assert shown(state) == {"phone": "phone.needs_country"}
    state.choose_country("MO")
    assert shown(state) == {}


def test_a_scanned_card_fills_fields_and_shows_what_is_wrong_in_them() -> None:
    state = form()
    state.set_text("company", "typed by hand")
    filled = state.fill({"name": "Maria Silva", "email": "chan@", "kind": "x"})
    assert filled == ["email", "family_name", "given_name"]
    assert (state.value("family_name"), state.value("given_name")) == ("Silva", "Maria")
    assert state.value("company") == "typed by hand"
    parts = {"name": "Chan Tai Man", "family_name": "Chan", "given_name": "Tai Man"}
    state.fill(parts)  # a card's N names the parts: they win over any split of the whole
    assert (state.value("family_name"), state.value("given_name")) == ("Chan", "Tai Man")
    assert shown(state) == {"email": "email.invalid"}


def test_is_empty_ignores_the_default_country_only() -> None:
    state = form("zh-Hant")
    assert state.is_empty
    state.set_consent(OPTIONAL[0], True)
    assert not state.is_empty


def test_only_text_fields_take_text() -> None:
    with pytest.raises(ValueError, match="country"):
        form().set_text("country", "MO")


def test_event_days_and_message_length() -> None:
    assert event_days(date(2026, 11, 5), date(2026, 11, 7)) == [
        date(2026, 11, 5),
        date(2026, 11, 6),
        date(2026, 11, 7),
    ]
    assert len(event_days(date(2026, 1, 1), date(2026, 12, 31))) == 31
    assert event_days(date(2026, 1, 2), date(2026, 1, 1)) == []
    assert message_length("  ｈｉ\r\n ") == 2, "counted as the validator counts"
