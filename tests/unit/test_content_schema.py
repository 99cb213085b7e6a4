"""docs/content-pack.schema.json says what the pack validator accepts.

The schema cannot say everything the kiosk checks (ids that must exist, image files, real email
addresses...); those checks are listed in the schema's description and in
docs/content-format.md. Everything else must agree: a pack the validator accepts passes the
schema, and a pack with a problem of structure (type, missing or unknown field, length,
pattern, country code) fails it. Hypothesis breaks a valid pack in many ways to check both.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packs import valid_content, write_pack
from workbooks import with_matching, with_privacy, with_questions

from kiosk.content.problems import PackInvalid, Problem
from kiosk.content.validate import validate_document
from kiosk.content.workbook_layout import held_fields, unheld
from kiosk.domain.countries import known_codes
from kiosk.resources import sample_pack_dir

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "content-pack.schema.json").read_text(encoding="utf-8"))
SCHEMA_CHECK = jsonschema.Draft202012Validator(SCHEMA)
FORMAT_DOC = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")

# Problems beyond a schema: references and unique ids, image files, real addresses, numbers,
# dates and time zones. Every other problem the validator reports is one of structure.
_BEYOND_SCHEMA = re.compile(
    r"is not the id of any|is already the id of|is not an email address|is not a phone number"
    r"|is not a real date|is before the start|is not an IANA time zone|has no valid host name"
    r"|is outside the event|is not after the start|do not fit in the session|overlap;"
    r"|is already the role of"
)
_IMAGE_FIELD = re.compile(r"(?:\.logo|\.map|\.image|\.attract\[\d+\])$")


def beyond_schema(problem: Problem) -> bool:
    if _BEYOND_SCHEMA.search(str(problem.message)):
        return True
    return bool(_IMAGE_FIELD.search(problem.path)) and not str(problem.message).startswith(
        "expected"
    )


@pytest.fixture(scope="module")
def pack_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pack(tmp_path_factory.mktemp("schema") / "pack")


def validator_problems(document: Any, folder: Path) -> list[Problem]:
    try:
        validate_document(document, folder, hashlib.sha256(b"").hexdigest(), source="test")
    except PackInvalid as exc:
        return list(exc.problems)
    return []


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_sample_pack_and_the_test_packs_pass_the_schema() -> None:
    sample = json.loads((sample_pack_dir() / "content.json").read_text(encoding="utf-8"))
    for document in (sample, valid_content(0), valid_content(5), with_matching(valid_content(2))):
        assert [e.message for e in SCHEMA_CHECK.iter_errors(document)] == []


def test_country_codes_are_the_validators() -> None:
    assert SCHEMA["$defs"]["country"]["enum"] == sorted(known_codes())


# Each object of the format: where one sits in valid_content(), and its $def in the schema.
OBJECTS = {
    "": None,
    "event": "event",
    "organizer": "organizer",
    "brand": "brand",
    "pavilions[0]": "pavilion",
    "pavilions[0].positions[0]": "mapPosition",
    "sectors[0]": "sector",
    "exhibitors[0]": "exhibitor",
    "exhibitors[0].booth": "booth",
    "exhibitors[0].products[0]": "product",
    "exhibitors[0].contact": "contact",
    "consent": "consent",
    "consent.purposes[0]": "purpose",
    "matching": "matching",
    "matching.sessions[0]": "matchingSession",
    "matching.exhibitors[0]": "matchingExhibitor",
    "exhibitors[0].questions[0]": "question",
    "exhibitors[0].questions[0].choices[0]": "choice",
    "consent.purposes[1].cross_border": "crossBorder",
}


def at(document: Any, path: str) -> Any:
    for part in re.findall(r"[^.\[\]]+", path):
        document = document[int(part)] if part.isdigit() else document[part]
    return document


def schema_of(name: str | None) -> dict[str, Any]:
    return SCHEMA if name is None else SCHEMA["$defs"][name]


@pytest.mark.parametrize(("path", "name"), OBJECTS.items())
def test_fields_and_required_fields_are_the_validators(
    pack_folder: Path, path: str, name: str | None
) -> None:
    """A field added to the validator (or the schema) alone fails here: document it in both."""
    document = with_privacy(with_questions(with_matching(valid_content(2))))
    at(document, path)["zz-probe"] = 1
    where = f"{path}.zz-probe" if path else "zz-probe"
    (message,) = [
        str(p.message) for p in validator_problems(document, pack_folder) if p.path == where
    ]
    allowed = re.fullmatch(r"unknown field \(allowed: (.*)\)", message)
    assert allowed is not None
    assert set(allowed.group(1).split(", ")) == set(schema_of(name)["properties"])

    document = with_privacy(with_questions(with_matching(valid_content(2))))
    target = at(document, path)
    target.clear()
    if path == "":
        target["zz"] = None  # the top level may not be empty; an unknown field keeps it an object
    missing = {
        p.path.rsplit(".", 1)[-1]
        for p in validator_problems(document, pack_folder)
        if str(p.message).endswith("this field is required")
    }
    assert missing == set(schema_of(name)["required"])


WORKBOOK_OBJECTS = {
    "": None,
    "event": "event",
    "organizer": "organizer",
    "brand": "brand",
    "pavilions[]": "pavilion",
    "pavilions[].positions[]": "mapPosition",
    "sectors[]": "sector",
    "exhibitors[]": "exhibitor",
    "exhibitors[].booth": "booth",
    "exhibitors[].contact": "contact",
    "exhibitors[].products[]": "product",
    "consent": "consent",
    "consent.purposes[]": "purpose",
    "matching": "matching",
    "matching.sessions[]": "matchingSession",
    "matching.exhibitors[]": "matchingExhibitor",
    "exhibitors[].questions[]": "question",
    "exhibitors[].questions[].choices[]": "choice",
    "consent.purposes[].cross_border": "crossBorder",
}


def test_every_field_has_a_place_in_the_workbook() -> None:
    """A field added to the format needs a column or a sheet in workbook_layout.py too."""
    held = held_fields()
    assert set(held) == set(WORKBOOK_OBJECTS)
    for path, name in WORKBOOK_OBJECTS.items():
        assert held[path] == set(schema_of(name)["properties"]), path


def test_an_export_refuses_fields_it_would_lose() -> None:
    document = valid_content(2)
    assert unheld(document) == []
    document["exhibitors"][1]["booth"]["z"] = 1
    document["future"] = {"a": 1}
    assert unheld(document) == ["exhibitors[].booth.z", "future"]


def test_every_field_is_documented_for_organisers() -> None:
    for definition in [SCHEMA, *SCHEMA["$defs"].values()]:
        for field in definition.get("properties", {}):
            assert f"`{field}`" in FORMAT_DOC, field


# -- agreement on many broken packs ---------------------------------------------------------------

VALUES = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        1,
        1.0,
        0.5,
        2,
        -1,
        365,
        365.0,
        1.5,
        "",
        "  ",
        "x",
        "X",
        "food",
        "services",
        "food-beverage",
        "MO",
        "mo",
        "UK",
        "GB",
        "2023-11-05",
        "2023-13-01",
        "5 Nov 2023",
        "+853 6612 3456",
        "6612 3456",
        "https://example.mo",
        "ftp://example.mo",
        "sales@example.mo",
        "Asia/Shanghai",
        "images/maps/food.png",
        "x" * 65,
        "é" * 201,
        "a" * 20_001,
        [],
        [1],
        ["food-beverage"],
        ["food-beverage", "food-beverage"],
        [""],
        [None],
        {},
        {"en": "x"},
        {"en": ""},
        {"en": " ", "pt": ""},
        {"EN": "x"},
        {"zh-hant": "x"},
        {"zh-Hant": "x", "pt": " "},
        {"en": 1},
        {"es": "y"},
        {"code": "F-1"},
        {"code": "F-1", "x": 0.5},
        {"code": "F-1", "x": 0.5, "y": None},
        {"code": "", "x": 0.2},
        {"name": {"en": "p"}},
        {"id": "a", "required": True, "text": "t"},
    ]
)
BASE = with_privacy(with_questions(with_matching(valid_content(2))))


def places(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += places(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += places(child, (*prefix, index))
    return found


PLACES = places(BASE)


@st.composite
def broken_packs(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(PLACES))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        value = draw(VALUES)
        if not where:
            continue
        *parents, last = where
        try:
            target = at(document, ".".join(str(p) for p in parents)) if parents else document
            if action == "add" and isinstance(target, dict):
                target[draw(st.sampled_from(["zz", "x", "y", "venue", "wechat", "origin"]))] = value
            elif action == "delete" and isinstance(target, dict):
                target.pop(last, None)
            else:
                target[last] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    return document


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=broken_packs())
def test_the_schema_and_the_validator_agree(pack_folder: Path, document: Any) -> None:
    problems = validator_problems(document, pack_folder)
    schema_valid = SCHEMA_CHECK.is_valid(document)
    if not problems:
        errors = (
            [] if schema_valid else [e.message[:120] for e in SCHEMA_CHECK.iter_errors(document)]
        )
        assert errors == [], "the validator accepts what the schema refuses"
    structural = [str(p) for p in problems if not beyond_schema(p)]
    if structural:
        assert not schema_valid, f"the schema accepts what the validator refuses: {structural}"
