"""The lead form's rules: email and phone tables, limits, consents, matching, and fuzzing."""

from __future__ import annotations

from datetime import date

import pytest
from factories import CONSENT_BLOCK, ENDS, OPTIONAL, REQUIRED, RULES_EXHIBITORS, SECTORS, STARTS
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.domain.leads import (
    FIELD_ORDER,
    ConsentPolicy,
    LeadDraft,
    LeadRules,
    LeadValidationError,
    ValidLead,
    check_lead,
    normalize_email,
    normalize_phone,
    validate_lead,
)
from kiosk.domain.leads.contact import ContactInvalid
from kiosk.domain.message_texts import TEXTS
from kiosk.errors import KioskError

RULES = LeadRules(
    event_id="ciie-2026",
    starts=STARTS,
    ends=ENDS,
    consent=ConsentPolicy.from_block(CONSENT_BLOCK),
    exhibitor_ids=frozenset(RULES_EXHIBITORS),
    sector_ids=frozenset(SECTORS),
)
TICKED = dict.fromkeys(REQUIRED, True)


def codes(draft: LeadDraft) -> dict[str, str]:
    return {e.field: e.code for e in check_lead(draft, RULES).errors}


def valid(**fields) -> ValidLead:
    fields.setdefault("name", "Chan Tai Man")
    fields.setdefault("consents", TICKED)
    return validate_lead(LeadDraft(**fields), RULES)


# --------------------------------------------------------------------------- email


@pytest.mark.parametrize(
    ("typed", "stored", "key"),
    [
        ("chan@example.mo", "chan@example.mo", "chan@example.mo"),
        ("  Alice@Example.COM  ", "Alice@example.com", "alice@example.com"),
        ("\tmaria.silva@empresa.pt\n", "maria.silva@empresa.pt", "maria.silva@empresa.pt"),
        ("ｃｈａｎ＠ｅｘａｍｐｌｅ．ｍｏ", "chan@example.mo", "chan@example.mo"),
        ("\u3000wang@example.cn\u3000", "wang@example.cn", "wang@example.cn"),
        ("first.last+expo@sub.example.com.br", "first.last+expo@sub.example.com.br", None),
        ("joao@empresa.co.ao", "joao@empresa.co.ao", None),
        ("ana@empresa.co.mz", "ana@empresa.co.mz", None),
        ("lee@company.com.hk", "lee@company.com.hk", None),
        ("陳大文@例子.公司", "陳大文@例子.公司", "陳大文@例子.公司"),
        ("user@xn--fiqs8s.cn", "user@中国.cn", "user@中国.cn"),
    ],
)
def test_valid_emails_are_trimmed_and_normalised(typed: str, stored: str, key: str | None) -> None:
    email = normalize_email(typed)
    assert email.address == stored
    assert email.key == (key or stored.lower())


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("plainaddress", "email.invalid"),
        ("name@example", "email.invalid"),
        ("name@", "email.invalid"),
        ("@example.com", "email.invalid"),
        ("a..b@example.com", "email.invalid"),
        ("name@example..com", "email.invalid"),
        ("name @example.com", "email.invalid"),
        ("Chan <chan@example.mo>", "email.invalid"),
        ("name@localhost", "email.invalid"),
        ("name@example.test", "email.invalid"),
        ("name@-example.com", "email.invalid"),
        ("name@@example.com", "email.invalid"),
        ("x" * 288 + "@example.com", "email.too_long"),
    ],
)
def test_invalid_emails_have_a_code(typed: str, code: str) -> None:
    with pytest.raises(ContactInvalid) as caught:
        normalize_email(typed)
    assert caught.value.code == code
    assert codes(LeadDraft(name="N", email=typed, consents=TICKED)) == {"email": code}


# --------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("country", "typed", "e164"),
    [
        ("MO", "6612 3456", "+85366123456"),
        ("MO", "2871 0300", "+85328710300"),
        ("MO", "+853 6612-3456", "+85366123456"),
        ("CN", "138 0013 8000", "+8613800138000"),
        ("CN", "021 6888 8888", "+862168888888"),
        ("CN", "+86 10 6552 9988", "+861065529988"),
        ("HK", "9123 4567", "+85291234567"),
        ("HK", "2123 4567", "+85221234567"),
        ("PT", "912 345 678", "+351912345678"),
        ("PT", "21 123 4567", "+351211234567"),
        ("BR", "(11) 91234-5678", "+5511912345678"),
        ("BR", "+55 21 2345-6789", "+552123456789"),
        ("AO", "923 123 456", "+244923123456"),
        ("AO", "222 123 456", "+244222123456"),
        ("MZ", "82 123 4567", "+258821234567"),
        ("MZ", "21 123 456", "+25821123456"),
        ("CN", "+853 6612 3456", "+85366123456"),  # a Macao number with China chosen
        ("MO", "６６１２　３４５６", "+85366123456"),  # full-width digits and space
        ("MO", "٦٦١٢٣٤٥٦", "+85366123456"),  # Arabic-Indic digits
        ("MO", "۶۶۱۲۳۴۵۶", "+85366123456"),  # extended Arabic-Indic (Persian) digits
        ("", "＋８５３ ６６１２ ３４５６", "+85366123456"),  # full-width plus, no country
        ("MO", "  6612 3456  ", "+85366123456"),
    ],
)
def test_valid_phones_become_e164_and_keep_the_typed_text(
    country: str, typed: str, e164: str
) -> None:
    lead = valid(phone=typed, country=country)
    assert lead.phone is not None
    assert lead.phone.e164 == e164
    assert lead.phone.raw == " ".join(typed.split())  # as typed, spaces tidied


@pytest.mark.parametrize(
    ("country", "typed", "code"),
    [
        ("MO", "1234", "phone.invalid"),
        ("MO", "6612 34567", "phone.invalid"),
        ("CN", "123 4567 8901", "phone.invalid"),
        ("CN", "138 0013", "phone.invalid"),
        ("HK", "1234 5678", "phone.invalid"),
        ("PT", "812 345 678", "phone.invalid"),
        ("PT", "12 345", "phone.invalid"),
        ("BR", "11 1234", "phone.invalid"),
        ("BR", "(11) 01234-5678", "phone.invalid"),
        ("AO", "723 123 456", "phone.invalid"),
        ("AO", "123", "phone.invalid"),
        ("MZ", "99 999 9999", "phone.invalid"),
        ("MZ", "82 123", "phone.invalid"),
        ("MO", "abc", "phone.invalid"),
        ("", "+999 1234 5678", "phone.invalid"),
        ("", "6612 3456", "phone.needs_country"),
        ("MO", "6" * 300, "phone.too_long"),
    ],
)
def test_invalid_phones_have_a_code(country: str, typed: str, code: str) -> None:
    with pytest.raises(ContactInvalid) as caught:
        normalize_phone(typed, country or None)
    assert caught.value.code == code
    draft = LeadDraft(name="N", phone=typed, country=country, consents=TICKED)
    assert codes(draft) == {"phone": code}


# --------------------------------------------------------------------------- other fields


def test_the_smallest_valid_form() -> None:
    lead = valid(email="a@example.com")
    assert lead.name == "Chan Tai Man"
    assert lead.email is not None and lead.phone is None
    assert lead.company is None and lead.message is None and lead.matching is None
    assert [(a.purpose, a.granted) for a in lead.consents] == [
        (REQUIRED[0], True),
        (REQUIRED[1], True),
        (OPTIONAL[0], False),
    ]


def test_an_empty_form_lists_its_errors_in_form_order() -> None:
    errors = check_lead(LeadDraft(), RULES).errors
    assert [(e.field, e.code) for e in errors] == [
        ("name", "name.required"),
        ("email", "contact.required"),
        ("phone", "contact.required"),
        (f"consent.{REQUIRED[0]}", "consent.required"),
        (f"consent.{REQUIRED[1]}", "consent.required"),
    ]
    assert all(e.message for e in errors)


def test_a_blank_name_is_missing() -> None:
    assert codes(LeadDraft(name=" \u3000\t\n", email="a@example.com", consents=TICKED)) == {
        "name": "name.required"
    }


def test_names_are_cleaned_but_keep_what_was_written() -> None:
    lead = valid(
        name="  Ｃｈａｎ　 Tai\nMan\x00 ", company="MICE² Macao", phone="6612 3456", country="MO"
    )
    assert lead.name == "Chan Tai Man"
    assert lead.company == "MICE² Macao"


@pytest.mark.parametrize(
    ("field", "limit"), [("name", 200), ("company", 200), ("job_title", 200), ("message", 500)]
)
def test_lengths_are_limited(field: str, limit: int) -> None:
    base = {"name": "N", "email": "a@example.com", "consents": TICKED}
    assert check_lead(LeadDraft(**{**base, field: "字" * limit}), RULES).ok
    errors = check_lead(LeadDraft(**{**base, field: "字" * (limit + 1)}), RULES).errors
    assert [(e.field, e.code) for e in errors] == [(field, f"{field}.too_long")]
    assert str(limit) in str(errors[0].message)


@pytest.mark.parametrize(
    ("field", "code"),
    [
        ("name", "name.too_long"),
        ("company", "company.too_long"),
        ("job_title", "job_title.too_long"),
        ("email", "email.too_long"),
        ("phone", "phone.too_long"),
        ("country", "country.unknown"),
        ("matching_day", "matching_day.invalid"),
        ("matching_slot", "matching_slot.invalid"),
        ("message", None),  # within its 500
    ],
)
def test_a_300_character_input_in_each_field(field: str, code: str | None) -> None:
    base = {"name": "N", "email": "a@example.com", "consents": TICKED, "country": "MO"}
    base |= {"matching": True, "exhibitors": ["porto-wines"]}
    expected = {field: code} if code else {}
    assert codes(LeadDraft(**{**base, field: "9" * 300})) == expected


def test_a_message_keeps_its_lines() -> None:
    lead = valid(email="a@example.com", message="  Hello,\r\nplease call me.\n ")
    assert lead.message == "Hello,\nplease call me."


@pytest.mark.parametrize(
    ("country", "stored"), [("mo", "MO"), (" PT ", "PT"), ("ＣＮ", "CN"), ("", None)]
)
def test_country_codes(country: str, stored: str | None) -> None:
    assert valid(email="a@example.com", country=country).country == stored


@pytest.mark.parametrize("country", ["XX", "Macao", "EU", "1"])
def test_unknown_countries_are_refused(country: str) -> None:
    draft = LeadDraft(name="N", email="a@example.com", country=country, consents=TICKED)
    assert codes(draft) == {"country": "country.unknown"}


def test_interests_are_checked_against_the_event_and_deduplicated() -> None:
    lead = valid(
        email="a@example.com",
        sectors=["services", "services", ""],
        exhibitors=("porto-wines", " macau-tea-co ", "porto-wines"),
    )
    assert lead.sectors == ("services",)
    assert lead.exhibitors == ("porto-wines", "macau-tea-co")
    unknown = LeadDraft(name="N", email="a@example.com", exhibitors=["nope"], consents=TICKED)
    assert codes(unknown) == {"exhibitors": "exhibitors.unknown"}
    assert codes(LeadDraft(name="N", email="a@x.com", sectors=["Food"], consents=TICKED)) == {
        "sectors": "sectors.unknown"
    }


# --------------------------------------------------------------------------- consent


def test_every_required_purpose_must_be_ticked() -> None:
    draft = LeadDraft(name="N", email="a@example.com", consents={REQUIRED[0]: True})
    errors = check_lead(draft, RULES).errors
    assert [(e.field, e.code) for e in errors] == [(f"consent.{REQUIRED[1]}", "consent.required")]
    assert "cannot" in str(errors[0].message)  # says why


def test_only_true_counts_as_ticked() -> None:
    ticks = {REQUIRED[0]: True, REQUIRED[1]: "yes", OPTIONAL[0]: 1}
    draft = LeadDraft(name="N", email="a@example.com", consents=ticks)
    assert codes(draft) == {f"consent.{REQUIRED[1]}": "consent.required"}


def test_optional_purposes_are_recorded_either_way() -> None:
    lead = valid(email="a@example.com", consents={**TICKED, OPTIONAL[0]: True})
    assert dict((a.purpose, a.granted) for a in lead.consents)[OPTIONAL[0]] is True


def test_unknown_purposes_are_refused() -> None:
    draft = LeadDraft(name="N", email="a@example.com", consents={**TICKED, "sell-my-data": True})
    assert codes(draft) == {"consents": "consent.unknown"}


def test_a_consent_block_without_purposes_is_a_clear_error() -> None:
    with pytest.raises(KioskError, match="no purposes"):
        ConsentPolicy.from_block({"version": "1", "notice": "n", "purposes": []})


# --------------------------------------------------------------------------- matching


def test_a_matching_request_within_the_event() -> None:
    lead = valid(
        email="a@example.com",
        exhibitors=["porto-wines"],
        matching=True,
        matching_day="2026-11-10",
        matching_slot=" PM ",
    )
    assert lead.matching is not None
    assert (lead.matching.day, lead.matching.slot) == (date(2026, 11, 10), "pm")


def test_a_matching_request_without_preferences() -> None:
    lead = valid(email="a@example.com", exhibitors=["porto-wines"], matching=True)
    assert lead.matching is not None and lead.matching.day is None and lead.matching.slot is None


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"matching_day": "2026-11-04"}, {"matching_day": "matching_day.out_of_range"}),
        ({"matching_day": date(2026, 11, 11)}, {"matching_day": "matching_day.out_of_range"}),
        ({"matching_day": "next tuesday"}, {"matching_day": "matching_day.invalid"}),
        ({"matching_slot": "evening"}, {"matching_slot": "matching_slot.invalid"}),
        ({"exhibitors": []}, {"matching": "matching.no_exhibitors"}),
    ],
)
def test_bad_matching_requests(fields: dict, expected: dict) -> None:
    base = {"name": "N", "email": "a@example.com", "consents": TICKED, "matching": True}
    base["exhibitors"] = ["porto-wines"]
    assert codes(LeadDraft(**{**base, **fields})) == expected


def test_matching_details_are_ignored_when_no_meeting_is_asked() -> None:
    lead = valid(email="a@example.com", matching=False, matching_day="garbage")
    assert lead.matching is None


def test_the_exception_lists_every_error_in_english() -> None:
    with pytest.raises(LeadValidationError) as caught:
        validate_lead(LeadDraft(email="bad", consents=TICKED), RULES)
    assert [e.field for e in caught.value.errors] == ["name", "email"]
    assert "name: Please enter your name." in str(caught.value)
    assert isinstance(caught.value, KioskError)


# --------------------------------------------------------------------------- fuzzing

_any_text = st.text(max_size=320)
_ids = st.lists(st.one_of(_any_text, st.sampled_from(RULES_EXHIBITORS + SECTORS)), max_size=5)
_purposes = st.one_of(_any_text, st.sampled_from(REQUIRED + OPTIONAL))
# Cheap near-valid values, so that fuzzing also reaches the success path.
_emails = st.builds(
    "{} {}@{}{} ".format,
    _any_text,
    st.text("abcXYZ.+_-0９陳", min_size=1, max_size=12),
    st.sampled_from(["example.mo", "例子.公司", "ｅｘａｍｐｌｅ．ｃｏｍ", "x", "-a.com"]),
    st.sampled_from(["", "\u3000", "."]),
).map(str.strip)
_phones = st.text("0123456789٠١٢٣٤٥٦٧٨٩０１２３４５６７８９ +＋-()", max_size=20)


def _good_or_any(good: st.SearchStrategy, anything: st.SearchStrategy) -> st.SearchStrategy:
    """Half the time a value that passes, so that whole drafts also reach the success path."""
    return st.one_of(good, anything)


_drafts = st.builds(
    LeadDraft,
    name=_good_or_any(st.sampled_from(["陳大文", "Ｃｈａｎ", "Ana Silva"]), _any_text),
    company=_good_or_any(st.just(""), _any_text),
    job_title=_good_or_any(st.just(""), _any_text),
    email=_good_or_any(st.sampled_from(["", " A@Example.com ", "陳@例子.公司"]), _emails),
    phone=_good_or_any(st.sampled_from(["", "6612 3456", "+351 912 345 678"]), _phones),
    country=_good_or_any(st.sampled_from(["MO", "CN", "HK", "PT", "BR", "AO", "MZ"]), _any_text),
    sectors=_good_or_any(st.lists(st.sampled_from(SECTORS)), _ids),
    exhibitors=_good_or_any(st.lists(st.sampled_from(RULES_EXHIBITORS), min_size=1), _ids),
    matching=st.booleans(),
    matching_day=_good_or_any(st.dates(STARTS, ENDS).map(date.isoformat), _any_text),
    matching_slot=_good_or_any(st.sampled_from(["", "am", "pm"]), _any_text),
    message=_good_or_any(st.just(""), st.text(max_size=600)),
    consents=_good_or_any(
        st.sampled_from([TICKED, {**TICKED, OPTIONAL[0]: True}]),
        st.dictionaries(_purposes, st.booleans(), max_size=4),
    ),
)


@pytest.mark.slow  # 2,000 examples (the minimum): about 5 s
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_drafts)
def test_any_text_in_any_field_gives_a_result_or_our_own_error(draft: LeadDraft) -> None:
    try:
        lead = validate_lead(draft, RULES)
    except LeadValidationError as exc:
        assert exc.errors
        for e in exc.errors:
            assert e.message.code == "lead." + e.code and str(e.message)
            assert e.field in FIELD_ORDER or e.field.startswith("consent.")
        return
    event("valid")
    assert 0 < len(lead.name) <= 200 and lead.name == lead.name.strip()
    assert lead.email is not None or lead.phone is not None
    if lead.phone is not None:
        assert lead.phone.e164.startswith("+") and lead.phone.e164[1:].isdigit()
    if lead.email is not None:
        assert lead.email.key == lead.email.key.lower()
    assert lead.message is None or len(lead.message) <= 500
    assert all(a.granted for a in lead.consents if a.purpose in REQUIRED)
    text = [lead.name, lead.company, lead.job_title, lead.message]
    assert all(t is None or t.encode("utf-8") for t in text)  # storable: no lone surrogates


@settings(max_examples=300, deadline=None)
@given(
    st.builds(
        LeadDraft,
        name=st.one_of(st.none(), st.integers(), st.lists(st.text())),
        email=st.one_of(st.none(), st.integers()),
        phone=st.one_of(st.none(), st.floats()),
        country=st.one_of(st.none(), st.integers()),
        sectors=st.one_of(st.none(), st.integers(), st.text()),
        exhibitors=st.one_of(st.none(), st.lists(st.one_of(st.integers(), st.none()))),
        message=st.one_of(st.none(), st.binary()),
        consents=st.one_of(st.none(), st.lists(st.text()), st.text()),
    )
)
def test_values_of_the_wrong_type_are_errors_not_crashes(draft: LeadDraft) -> None:
    result = check_lead(draft, RULES)
    assert result.ok or all(e.message.code in TEXTS for e in result.errors)
