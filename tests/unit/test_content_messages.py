"""Content-pack problems carry a message code and parameters from where they arise, so the staff
screen can say them in the staff's language; the English is the catalogue's, filled in."""

from __future__ import annotations

from pathlib import Path

import pytest
from packs import valid_content, write_pack

from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack
from kiosk.domain.messages import Message

MISSING = "images/exhibitors/missing.png"


def problems_of(tmp_path: Path, content: dict) -> dict[str, Message]:
    write_pack(tmp_path / "pack", content, missing=[MISSING])
    with pytest.raises(PackInvalid) as caught:
        validate_pack(tmp_path / "pack")
    return {p.path: p.message for p in caught.value.problems}


def test_the_validators_problems_carry_codes_and_values(tmp_path: Path) -> None:
    content = valid_content()
    first, second = content["exhibitors"][0], content["exhibitors"][1]
    first["contact"]["email"] = "bob@"
    first["country"] = "Macau"
    first.pop("name")
    second["logo"] = MISSING
    second["pavillion"] = "food"
    second["sectors"] = ["food-beverages"]
    found = problems_of(tmp_path, content)
    assert {path: m.code for path, m in found.items()} == {
        "exhibitors[0].contact.email": "field.email",
        "exhibitors[0].country": "field.country",
        "exhibitors[0].name": "content.required_missing",
        "exhibitors[1].logo": "image.not_found",
        "exhibitors[1].pavillion": "content.unknown_field_hint",
        "exhibitors[1].sectors[0]": "content.reference_hint",
    }
    assert found["exhibitors[0].country"].params == {"value": '"Macau"'}
    assert found["exhibitors[1].pavillion"].params == {"suggestion": "pavilion"}
    reference = found["exhibitors[1].sectors[0]"]
    assert reference.params["what"] == Message("term.sector")  # a word translated too
    assert str(reference) == (
        '"food-beverages" is not the id of any sector; did you mean "food-beverage"?'
    )


@pytest.mark.parametrize(
    ("value", "code", "english"),
    [
        (3, "content.expected_text", "expected text, got a number (3)"),
        ([], "content.expected_text", "expected text, got a list"),
        (None, "content.required_null", "is null; this field is required"),
        ("   ", "content.required_empty", "is empty; this field is required"),
        ("a\u202eb", "content.bad_character", None),
    ],
)
def test_a_bad_booth_code_is_one_coded_problem(
    tmp_path: Path, value: object, code: str, english: str | None
) -> None:
    content = valid_content()
    content["exhibitors"][0]["booth"] = {"code": value, "x": 0.4, "y": 0.3}
    found = problems_of(tmp_path, content)
    message = found["exhibitors[0].booth.code"]
    assert message.code == code
    if english is not None:
        assert str(message) == english
    else:
        assert str(message).startswith("contains a bidirectional control (U+202E) at character 2")


def test_the_command_line_prints_the_catalogues_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``kiosk validate-content`` says each problem with the same words the staff screen
    translates: the catalogue's English, filled in."""
    from kiosk.cli import main
    from kiosk.domain.message_texts import TEXTS

    content = valid_content()
    content["exhibitors"][0]["country"] = "Macau"
    content["exhibitors"][1]["booth"]["code"] = 7
    write_pack(tmp_path / "pack", content)
    assert main(["validate-content", str(tmp_path / "pack")]) == 2
    printed = capsys.readouterr().err.splitlines()
    assert "  exhibitors[0].country: " + TEXTS["field.country"].format(value='"Macau"') in printed
    got = TEXTS["value.number"].format(value="7")
    assert "  exhibitors[1].booth.code: " + TEXTS["content.expected_text"].format(got=got) in (
        printed
    )
