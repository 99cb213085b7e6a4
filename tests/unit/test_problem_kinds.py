"""Content-pack problems are recognised by kind, with their precise parts, so the staff screen
can say them in the staff's language; the validator's real messages are what is classified."""

from __future__ import annotations

from pathlib import Path

import pytest
from packs import valid_content, write_pack

from kiosk.content.problem_kinds import OTHER, ProblemKind, kind_of
from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack


def problems_of(tmp_path: Path, content: dict) -> dict[str, str]:
    write_pack(tmp_path / "pack", content)
    with pytest.raises(PackInvalid) as caught:
        validate_pack(tmp_path / "pack")
    return {p.path: p.message for p in caught.value.problems}


def test_the_validators_own_messages_are_classified_with_their_values(tmp_path: Path) -> None:
    content = valid_content()
    first, second = content["exhibitors"][0], content["exhibitors"][1]
    first["contact"]["email"] = "bob@"
    first["country"] = "Macau"
    first.pop("name")
    second["logo"] = "images/exhibitors/missing.png"
    second["pavillion"] = "food"
    found = {path: kind_of(message) for path, message in problems_of(tmp_path, content).items()}
    assert found == {
        "exhibitors[0].contact.email": ProblemKind("email", ('"bob@"',)),
        "exhibitors[0].country": ProblemKind("country", ('"Macau"',)),
        "exhibitors[0].name": ProblemKind("required"),
        "exhibitors[1].logo": ProblemKind("image_missing", ('"images/exhibitors/missing.png"',)),
        "exhibitors[1].pavillion": ProblemKind("unknown_field_hint", ("pavilion",)),
    }


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("is 5,000 characters long; at most 2,000 are allowed", ("too_long", ("5,000", "2,000"))),
        ('"mo" is not a country code; did you mean "MO"?', ("country_hint", ('"mo"', "MO"))),
        (
            '"x" is not the id of any sector; did you mean "food"?',
            ("reference_hint", ('"x"', "food")),
        ),
        ('"2026-13-01" is not a real date', ("date", ('"2026-13-01"',))),
        ("expected text, got a number (3)", (OTHER, ())),
    ],
)
def test_message_kinds(message: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert kind_of(message) == ProblemKind(*expected)
