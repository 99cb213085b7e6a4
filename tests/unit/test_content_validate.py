"""validate_pack: a good pack becomes typed values; every kind of bad input is a located problem.

Each bad pack is the small valid pack of tests/packs.py with one thing broken, and the test
asserts the exact location (and the gist of the message) of the problem it must produce.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from packs import image_bytes, valid_content, write_json

from kiosk.content import validate as validate_module
from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack

Mutation = Callable[[dict[str, Any]], None]


def problems(folder: Path) -> list[str]:
    with pytest.raises(PackInvalid) as caught:
        validate_pack(folder)
    assert caught.value.exit_code == 2
    return [str(p) for p in caught.value.problems]


def broken(folder: Path, mutate: Mutation, *, exhibitors: int = 3) -> list[str]:
    content = valid_content(exhibitors)
    mutate(content)
    write_json(folder, content)
    return problems(folder)


def only(found: list[str]) -> str:
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------------------- the good pack


def test_a_valid_pack_becomes_typed_values(pack: Path) -> None:
    result = validate_pack(pack)
    assert result.event.id == "ciie-2023"
    assert result.event.starts == date(2023, 11, 5)
    assert [p.id for p in result.pavilions] == ["food", "services"]
    assert result.pavilions[1].name == {"en": "Professional Services"}  # plain string → en
    first = result.exhibitors[0]
    assert first.description == {"en": "Paragraphs for the detail page"}
    assert first.contact is not None and first.contact.phone == "+85366123456"
    assert first.sectors == ("food-beverage",)
    assert first.logo is not None and (first.logo.format, first.logo.width) == ("PNG", 16)
    assert result.organizer is not None and result.organizer.phone == "+85328710300"
    assert result.consent.purposes[0].required is True
    assert len(result.images) == 6
    assert result.summary() == "3 exhibitors, 2 pavilions, 2 sectors, 3 products, 6 images"
    assert len(result.sha256) == 64


def test_optional_parts_may_be_left_out_or_null(pack: Path) -> None:
    content = valid_content(1)
    for key in ("organizer", "brand", "sectors"):
        del content[key]
    del content["consent"]["retention_days"]
    content["exhibitors"][0] = {
        "id": "bare",
        "name": "Bare Ltd",
        "pavilion": "food",
        "country": "PT",
        "logo": None,
        "contact": {"wechat": ""},
    }
    content["exhibitors"].append(
        {"id": "none-yet", "name": "X", "pavilion": "food", "country": "CN"}
    )
    write_json(pack, content)
    result = validate_pack(pack)
    assert result.consent.retention_days == 365
    assert result.brand is None and result.sectors == ()
    assert result.exhibitors[0].contact is None  # no contact details: no QR
    assert result.exhibitors[0].logo is None


def test_a_pack_with_no_exhibitors_is_valid(pack: Path) -> None:
    write_json(pack, valid_content(0))
    assert validate_pack(pack).exhibitors == ()


def test_the_path_of_content_json_itself_is_accepted(pack: Path) -> None:
    assert validate_pack(pack / "content.json").event.id == "ciie-2023"


def test_a_utf8_byte_order_mark_is_accepted(pack: Path) -> None:
    data = (pack / "content.json").read_bytes()
    (pack / "content.json").write_bytes(b"\xef\xbb\xbf" + data)
    assert validate_pack(pack).event.id == "ciie-2023"


def test_the_real_format_counts_not_the_extension(pack: Path) -> None:
    (pack / "images/products/porto.jpg").write_bytes(image_bytes(30, 40, "PNG"))
    product = validate_pack(pack).exhibitors[0].products[0]
    assert product.image is not None and product.image.format == "PNG"


# ---------------------------------------------------------------------------- file level


def test_malformed_json_reports_line_and_column(pack: Path) -> None:
    (pack / "content.json").write_text('{\n  "format": 1,\n  "event" {}\n}\n', encoding="utf-8")
    assert problems(pack) == ["content.json: line 3, column 11: a colon (:) is expected here"]


def test_nan_is_not_json(pack: Path) -> None:
    (pack / "content.json").write_text('{"format": NaN}', encoding="utf-8")
    assert only(problems(pack)) == "content.json: not valid JSON: NaN is not allowed in JSON"


def test_a_file_that_is_not_utf8_names_the_byte(pack: Path) -> None:
    text = '{\n  "format": 1,\n  "event": "Caf\xe9"\n}\n'
    (pack / "content.json").write_bytes(text.encode("latin-1"))
    assert only(problems(pack)) == (
        "content.json: is not UTF-8 text: byte 0xE9 at line 3, column 16 (byte offset 32); "
        "save the file as UTF-8"
    )


def test_an_empty_folder_is_not_a_pack(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    message = only(problems(tmp_path / "empty"))
    assert message.startswith("content.json: not found in ")


def test_an_empty_content_file_is_not_a_pack(pack: Path) -> None:
    (pack / "content.json").write_text("  \n", encoding="utf-8")
    assert only(problems(pack)) == "content.json: is empty; an empty file is not a content pack"


def test_an_empty_object_lists_every_required_part(pack: Path) -> None:
    write_json(pack, {})
    assert problems(pack) == [
        f"{key}: is missing; this field is required"
        for key in ("format", "event", "pavilions", "exhibitors", "consent")
    ]


def test_the_top_level_must_be_an_object(pack: Path) -> None:
    write_json(pack, [1, 2])
    assert (
        only(problems(pack))
        == "content.json: expected an object {...} at the top level, got a list"
    )


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    assert only(problems(tmp_path / "nope")).endswith("nope: no such folder")


def test_content_json_over_the_size_limit(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_module, "MAX_CONTENT_BYTES", 1000)
    assert "it may be at most" in only(problems(pack))


def test_more_than_the_maximum_exhibitors(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_module, "MAX_EXHIBITORS", 2)
    assert only(problems(pack)) == "exhibitors: 3 exhibitors; a pack may hold at most 2"


def test_another_format_version_is_refused(pack: Path) -> None:
    found = broken(pack, lambda c: c.update(format=2))
    assert only(found) == "format: this kiosk reads format 1, not 2"


# ---------------------------------------------------------------------------- fields


def test_unknown_fields_are_rejected_with_a_suggestion(pack: Path) -> None:
    def mutate(c: dict[str, Any]) -> None:
        c["exhibitors"][1]["contact"]["emial"] = "x@example.mo"
        c["exhibitors"][2]["colour"] = "red"

    found = broken(pack, mutate)
    assert found[0] == 'exhibitors[1].contact.emial: unknown field; did you mean "email"?'
    assert found[1].startswith("exhibitors[2].colour: unknown field (allowed: id, name, pavilion,")
    assert len(found) == 2


def test_a_key_given_twice_is_reported(pack: Path) -> None:
    text = json.dumps(valid_content(1), indent=1).replace(
        '"country": "MO"', '"country": "MO", "country": "PT"', 1
    )
    (pack / "content.json").write_text(text, encoding="utf-8")
    assert only(problems(pack)) == (
        "exhibitors[0].country: is given twice in the same object; keep one"
    )


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda c: c["exhibitors"][2].pop("country"), "exhibitors[2].country: is missing"),
        (lambda c: c["event"].pop("timezone"), "event.timezone: is missing"),
        (lambda c: c["consent"].pop("purposes"), "consent.purposes: is missing"),
        (lambda c: c["pavilions"][1].update(name=None), "pavilions[1].name: is null"),
        (
            lambda c: c["exhibitors"][0]["booth"].update(code=" "),
            "exhibitors[0].booth.code: is empty",
        ),
        (lambda c: c["brand"].pop("name"), "brand.name: is missing"),
        (
            lambda c: c["consent"]["purposes"][1].pop("required"),
            "consent.purposes[1].required: is missing",
        ),
    ],
)
def test_missing_required_fields(pack: Path, mutate: Mutation, expected: str) -> None:
    assert only(broken(pack, mutate)) == f"{expected}; this field is required"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda c: c["event"].update(name=42),
            "event.name: expected text or an object of language → text "
            '({"en": "...", "zh-Hant": "..."}), got a number (42)',
        ),
        (
            lambda c: c["exhibitors"][0]["booth"].update(x="0.4"),
            'exhibitors[0].booth.x: expected a number from 0 to 1, got a string ("0.4")',
        ),
        (
            lambda c: c["exhibitors"][0]["booth"].update(y=True),
            "exhibitors[0].booth.y: expected a number from 0 to 1, got true",
        ),
        (lambda c: c.update(exhibitors={}), "exhibitors: expected a list [...], got an object"),
        (
            lambda c: c["consent"]["purposes"][0].update(required="yes"),
            'consent.purposes[0].required: expected true or false, got a string ("yes")',
        ),
        (
            lambda c: c["consent"].update(retention_days=1.5),
            "consent.retention_days: expected a whole number of days, got a number (1.5)",
        ),
        (
            lambda c: c["exhibitors"][1].update(sectors=[7]),
            "exhibitors[1].sectors[0]: expected text, got a number (7)",
        ),
        (
            lambda c: c["exhibitors"][1].update(contact=["x"]),
            "exhibitors[1].contact: expected an object {...}, got a list",
        ),
        (
            lambda c: c["exhibitors"][0].update(name={"en": ["a"]}),
            "exhibitors[0].name.en: expected text, got a list",
        ),
        (
            lambda c: c["brand"].update(name={"en": "MICE²"}),
            'brand.name: expected the brand name as one string ("MICE² Macao x Hengqin")',
        ),
        (
            lambda c: c["exhibitors"][0]["booth"].update(x=1.5),
            "exhibitors[0].booth.x: 1.5 is outside 0 to 1 (a fraction of the map's size)",
        ),
    ],
)
def test_wrong_types_and_ranges(pack: Path, mutate: Mutation, expected: str) -> None:
    assert only(broken(pack, mutate)) == expected


def test_duplicate_ids(pack: Path) -> None:
    def mutate(c: dict[str, Any]) -> None:
        c["exhibitors"][2]["id"] = c["exhibitors"][0]["id"]
        c["pavilions"].append(copy.deepcopy(c["pavilions"][0]))
        c["consent"]["purposes"][1]["id"] = "share-with-exhibitors"

    assert broken(pack, mutate) == [
        'pavilions[2].id: "food" is already the id of pavilions[0]',
        'exhibitors[2].id: "exhibitor-0000" is already the id of exhibitors[0]',
        'consent.purposes[1].id: "share-with-exhibitors" is already the id of consent.purposes[0]',
    ]


def test_ids_must_be_well_formed(pack: Path) -> None:
    found = broken(pack, lambda c: c["sectors"][0].update(id="Food Beverage"))
    assert found[0].startswith('sectors[0].id: "Food Beverage" is not a valid id: use 1 to 64')


def test_references_to_missing_pavilions_and_sectors(pack: Path) -> None:
    def mutate(c: dict[str, Any]) -> None:
        c["exhibitors"][1]["pavilion"] = "fod"
        c["exhibitors"][2]["sectors"] = ["food-beverage", "tea"]

    assert broken(pack, mutate) == [
        'exhibitors[1].pavilion: "fod" is not the id of any pavilion; did you mean "food"?',
        'exhibitors[2].sectors[1]: "tea" is not the id of any sector '
        "(known: food-beverage, services)",
    ]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("XX", '"XX" is not an ISO 3166-1 alpha-2 country code (e.g. MO, CN, PT, BR)'),
        ("mo", '"mo" is not a country code; did you mean "MO"?'),
        ("UK", '"UK" is not an ISO 3166-1 code; use "GB"'),
        ("MAC", '"MAC" is not an ISO 3166-1 alpha-2 country code (e.g. MO, CN, PT, BR)'),
    ],
)
def test_bad_country_codes(pack: Path, code: str, expected: str) -> None:
    assert only(broken(pack, lambda c: c["exhibitors"][1].update(country=code))) == (
        f"exhibitors[1].country: {expected}"
    )


def test_bad_product_origin(pack: Path) -> None:
    found = broken(pack, lambda c: c["exhibitors"][0]["products"][0].update(origin="ZZ"))
    assert only(found).startswith('exhibitors[0].products[0].origin: "ZZ" is not an ISO')


def test_bad_email_is_located_as_the_product_owner_wrote_it(pack: Path) -> None:
    found = broken(pack, lambda c: c["exhibitors"][3]["contact"].update(email="bob@"), exhibitors=4)
    assert only(found) == (
        'exhibitors[3].contact.email: "bob@" is not an email address (e.g. name@example.com)'
    )


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("6612 3456", '"6612 3456" is not an international phone number: start with "+"'),
        ("+853 12", '"+853 12" is not a phone number: it has too few digits'),
        ("+999 1234 5678", '"+999 1234 5678" is not a phone number: its country code'),
        ("+853 phone", '"+853 phone" is not a phone number'),
    ],
)
def test_bad_phone_numbers(pack: Path, phone: str, expected: str) -> None:
    found = only(broken(pack, lambda c: c["organizer"].update(phone=phone)))
    assert found.startswith(f"organizer.phone: {expected}")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("example.mo", 'it must start with "https://"'),
        ("ftp://example.mo", 'it must start with "https://"'),
        ("https://", "it has no valid host name"),
        ("https://exa mple.mo", "it has no valid host name"),
    ],
)
def test_bad_websites(pack: Path, url: str, expected: str) -> None:
    found = only(broken(pack, lambda c: c["exhibitors"][2]["contact"].update(website=url)))
    assert (
        found
        == f"exhibitors[2].contact.website: {json.dumps(url)} is not a web address: {expected}"
    )


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda c: c["event"].update(starts="2023-02-30"),
            'event.starts: "2023-02-30" is not a real date',
        ),
        (
            lambda c: c["event"].update(ends="10/11/2023"),
            'event.ends: "10/11/2023" is not a date in the form YYYY-MM-DD',
        ),
        (
            lambda c: c["event"].update(ends="2023-11-01"),
            "event.ends: 2023-11-01 is before the start (2023-11-05)",
        ),
        (
            lambda c: c["event"].update(timezone="Asia/Shangai"),
            'event.timezone: "Asia/Shangai" is not an IANA time zone '
            '(e.g. Asia/Shanghai, Asia/Macau); did you mean "Asia/Shanghai"?',
        ),
    ],
)
def test_bad_dates_and_time_zones(pack: Path, mutate: Mutation, expected: str) -> None:
    assert only(broken(pack, mutate)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ({"EN": "Tea"}, 'exhibitors[0].name.EN: language "EN" must be written "en"'),
        ({"zh_Hant": "茶"}, 'exhibitors[0].name.zh_Hant: "zh_Hant" is not a language tag'),
        ({}, 'exhibitors[0].name: has no text in any language; give at least one, e.g. "en"'),
        (
            {"en": " "},
            'exhibitors[0].name: has no text in any language; give at least one, e.g. "en"',
        ),
    ],
)
def test_bad_localised_text(pack: Path, name: dict[str, str], expected: str) -> None:
    assert only(broken(pack, lambda c: c["exhibitors"][0].update(name=name))).startswith(expected)


def test_booth_position_needs_both_coordinates(pack: Path) -> None:
    found = broken(pack, lambda c: c["exhibitors"][0]["booth"].pop("y"))
    assert only(found) == "exhibitors[0].booth.y: is missing; give both x and y, or neither"


def test_empty_lists_where_one_is_required(pack: Path) -> None:
    def mutate(c: dict[str, Any]) -> None:
        c["pavilions"] = []
        c["exhibitors"] = []
        c["consent"]["purposes"] = []

    assert broken(pack, mutate) == [
        "pavilions: is empty; at least 1 is required",
        "consent.purposes: is empty; at least 1 is required",
    ]


def test_every_problem_is_listed_at_once_in_document_order(pack: Path) -> None:
    def mutate(c: dict[str, Any]) -> None:
        c["event"]["timezone"] = "Mars/Olympus"
        c["exhibitors"][0]["country"] = "XX"
        c["exhibitors"][1]["contact"]["email"] = "nobody"
        c["exhibitors"][2]["logo"] = "images/none.png"
        c["consent"]["retention_days"] = 0

    found = broken(pack, mutate)
    assert [f.split(":")[0] for f in found] == [
        "event.timezone",
        "exhibitors[0].country",
        "exhibitors[1].contact.email",
        "exhibitors[2].logo",
        "consent.retention_days",
    ]


def test_half_a_surrogate_pair_is_not_text(pack: Path) -> None:
    text = json.dumps(valid_content(1), indent=1).replace("Macau Company 0", "Macau \\ud83d!", 1)
    (pack / "content.json").write_text(text, encoding="utf-8")
    assert only(problems(pack)).startswith("content.json: line ")
    assert only(problems(pack)).endswith(r": \ud83d is half of a UTF-16 pair, not a character")
    whole = text.replace(r"\ud83d!", r"\ud83d\ude00 and a \\ud800 written out")
    (pack / "content.json").write_text(whole, encoding="utf-8")
    assert validate_pack(pack).exhibitors[0].name["en"] == "Macau 😀 and a \\ud800 written out"
