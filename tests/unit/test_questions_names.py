"""Qualifying questions, name parts and WeChat contact codes: in the pack, in a lead, in the
database, and refused where they are wrong (located, nothing changed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import qrcode
from packs import image_bytes, valid_content, write_json
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack
from kiosk.data.database import Database
from kiosk.data.models import Exhibitor, Lead, LeadAnswer, SyncOutbox
from kiosk.domain.leads import ConsentPolicy, LeadDraft, LeadRules, Question, check_lead
from kiosk.domain.names import compose_name, split_name

CHOICES = [{"id": "a", "text": "A"}, {"id": "b", "text": {"en": "B", "pt": "Bê"}}]
QUESTIONS = [
    {"id": "kind", "type": "single", "required": True, "text": "Kind?", "choices": CHOICES},
    {"id": "many", "type": "multiple", "text": "Many?", "choices": CHOICES},
    {"id": "when", "type": "text", "text": {"en": "When?", "zh-Hant": "何時？"}},
]


def problems(folder: Path) -> list[str]:
    with pytest.raises(PackInvalid) as caught:
        validate_pack(folder)
    return [str(p) for p in caught.value.problems]


def with_questions(pack: Path, questions: Any) -> Path:
    content = valid_content()
    content["exhibitors"][0]["questions"] = questions
    write_json(pack, content)
    return pack


def test_questions_in_the_pack_become_typed_values(pack: Path) -> None:
    result = validate_pack(with_questions(pack, QUESTIONS))
    asked = result.exhibitors[0].questions
    assert [(q.id, q.kind, q.required) for q in asked] == [
        ("kind", "single", True),
        ("many", "multiple", False),
        ("when", "text", False),
    ]
    assert [c.id for c in asked[0].choices] == ["a", "b"]
    assert asked[2].text == {"en": "When?", "zh-Hant": "何時？"}


@pytest.mark.parametrize(
    ("questions", "where", "what"),
    [
        ([QUESTIONS[0], {**QUESTIONS[2], "id": "kind"}], "questions[1].id", "already the id"),
        ([*QUESTIONS, {**QUESTIONS[2], "id": "x"}], "exhibitors[0].questions", "at most 3"),
        ([{**QUESTIONS[0], "type": "pick"}], "questions[0].type", "not one of"),
        ([{**QUESTIONS[0], "choices": CHOICES[:1]}], "questions[0].choices", "at least 2"),
        ([{**QUESTIONS[2], "choices": CHOICES}], "questions[0].choices", "no choices"),
        ([{**QUESTIONS[0], "choices": [CHOICES[0], CHOICES[0]]}], "choices[1].id", "already"),
        ([{"id": "x", "type": "text"}], "questions[0].text", "required"),
    ],
)
def test_bad_questions_are_located(pack: Path, questions: Any, where: str, what: str) -> None:
    (found,) = problems(with_questions(pack, questions))
    assert where in found and what in found


def wechat_pack(pack: Path, image: bytes) -> Path:
    (pack / "images" / "wechat.png").write_bytes(image)
    content = valid_content()
    content["exhibitors"][0]["contact"] = {
        "email": "a@example.mo",
        "wechat_qr": "images/wechat.png",
    }
    write_json(pack, content)
    return pack


def test_a_wechat_contact_code_is_read_at_validation(pack: Path, tmp_path: Path) -> None:
    qrcode.make("https://u.wechat.com/abc", box_size=5).save(tmp_path / "code.png")
    result = validate_pack(wechat_pack(pack, (tmp_path / "code.png").read_bytes()))
    assert result.exhibitors[0].contact.wechat_code == "https://u.wechat.com/abc"


def test_an_image_that_is_no_qr_code_is_refused(pack: Path) -> None:
    (found,) = problems(wechat_pack(pack, image_bytes(120, 120)))
    assert found.startswith("exhibitors[0].contact.wechat_qr:") and "no QR code" in found


def test_a_refused_pack_changes_nothing(settings: Settings, database: Database, pack: Path) -> None:
    args = ["--data-dir", str(settings.data_dir), "import-content"]
    assert main([*args, str(with_questions(pack, QUESTIONS))]) == 0
    wechat_pack(pack, image_bytes(120, 120))
    assert main([*args, str(pack)]) == 2
    with database.sessions() as session:
        first = session.scalars(select(Exhibitor).order_by(Exhibitor.position)).first()
        assert [q["id"] for q in first.questions] == ["kind", "many", "when"]


# --------------------------------------------------------------------------- the lead

RULES = LeadRules(
    event_id="e",
    starts=date(2026, 11, 5),
    ends=date(2026, 11, 10),
    consent=ConsentPolicy.from_block(
        {"version": "1", "purposes": [{"id": "p", "required": False, "text": "P"}]}
    ),
    questions={
        "ex": (
            Question("kind", "single", True, ("a", "b")),
            Question("many", "multiple", False, ("a", "b")),
            Question("when", "text"),
        ),
        "other": (Question("kind", "single", True, ("x", "y")),),
    },
)


def check(**fields: Any):
    fields.setdefault("family_name", "Vieira")
    fields.setdefault("email", "m@example.pt")
    return check_lead(LeadDraft(**fields), RULES)


def test_answers_are_kept_for_the_chosen_exhibitors() -> None:
    result = check(
        exhibitors=["ex"], answers={"ex": {"kind": "b", "many": ["b", "a"], "when": " soon "}}
    )
    assert result.ok
    assert [(a.exhibitor, a.question, a.value) for a in result.lead.answers] == [
        ("ex", "kind", "b"),
        ("ex", "many", "a,b"),  # in the pack's order
        ("ex", "when", "soon"),
    ]


@pytest.mark.parametrize(
    ("answers", "exhibitors", "field", "code"),
    [
        ({"ex": {"kind": "c"}}, ["ex"], "answer.ex:kind", "answer.not_a_choice"),
        ({"ex": {"kind": "a,b"}}, ["ex"], "answer.ex:kind", "answer.one_choice"),
        ({"ex": {"many": "a"}}, ["ex"], "answer.ex:kind", "answer.required"),
        ({"other": {"kind": "x"}}, ["ex"], "answers", "answer.not_chosen"),
        ({"ex": {"kind": "a", "nope": "1"}}, ["ex"], "answers", "answer.unknown"),
        ({"ex": {"kind": "a", "when": "x" * 201}}, ["ex"], "answer.ex:when", "answer.too_long"),
    ],
)
def test_wrong_answers_are_refused(answers, exhibitors, field, code) -> None:
    result = check(exhibitors=exhibitors, answers=answers)
    assert not result.ok
    assert (result.errors[0].field, result.errors[0].code) == (field, code)


@pytest.mark.parametrize(
    ("family", "given", "whole", "stored"),
    [
        ("Vieira", "Marta", "Marta Vieira", ("Vieira", "Marta")),
        ("陳", "大文", "陳大文", ("陳", "大文")),
        ("", "Suharto", "Suharto", ("Suharto", None)),  # one name: the family (Last Name) slot
        ("Suharto", "", "Suharto", ("Suharto", None)),
    ],
)
def test_name_parts(family: str, given: str, whole: str, stored: tuple) -> None:
    lead = check(family_name=family, given_name=given).lead
    assert lead.name == whole and (lead.family_name, lead.given_name) == stored


def test_no_name_at_all_is_one_error() -> None:
    result = check(family_name="", given_name="")
    assert [(e.field, e.code) for e in result.errors] == [("name", "name.required")]


@pytest.mark.parametrize(
    ("whole", "parts"),
    [
        ("Marta Vieira", ("Vieira", "Marta")),
        ("Ana Maria  Conceição Silva", ("Silva", "Ana Maria Conceição")),
        ("陳大文", ("陳", "大文")),
        ("欧阳娜娜", ("欧阳", "娜娜")),
        ("Madonna", ("Madonna", "")),
        ("", ("", "")),
    ],
)
def test_split_and_compose(whole: str, parts: tuple[str, str]) -> None:
    assert split_name(whole) == parts
    assert compose_name(*parts) == " ".join(whole.split())


# --------------------------------------------------------------------------- staff entry


def test_leads_add_answer_is_stored_and_queued_for_the_pool(
    settings: Settings, database: Database, pack: Path, capsys
) -> None:
    base = ["--data-dir", str(settings.data_dir)]
    assert main([*base, "import-content", str(with_questions(pack, QUESTIONS))]) == 0
    with database.sessions() as session:
        exhibitor = session.scalars(select(Exhibitor.slug).order_by(Exhibitor.position)).first()
    add = [*base, "leads", "add", "--family-name", "Vieira", "--given-name", "Marta"]
    add += ["--email", "m@example.pt", "--exhibitor", exhibitor]
    add += ["--consent", "share-with-exhibitors"]

    assert main([*add, "--answer", f"{exhibitor}:kind=zzz"]) == 2
    err = capsys.readouterr().err
    assert f"--answer {exhibitor}:kind: Please choose from the answers offered (a, b)" in err
    assert main([*add, "--answer", "kind=a"]) == 2
    assert "EXHIBITOR:QUESTION=VALUE" in capsys.readouterr().err
    with database.sessions() as session:
        assert session.scalar(select(func.count(Lead.id))) == 0  # nothing half-saved

    answers = ["--answer", f"{exhibitor}:kind=b", "--answer", f"{exhibitor}:many=a,b"]
    assert main([*add, *answers]) == 0
    with database.sessions() as session:
        lead = session.scalars(select(Lead)).one()
        assert (lead.family_name, lead.given_name, lead.name) == ("Vieira", "Marta", "Marta Vieira")
        stored = session.execute(select(LeadAnswer.question_ref, LeadAnswer.value)).all()
        assert sorted(stored) == [("kind", "b"), ("many", "a,b")]
        queued = session.scalar(select(func.count()).where(SyncOutbox.table_name == "lead_answers"))
        assert queued == 2  # the pool gets them like any other fact

    assert main([*base, "leads", "erase", "--email", "m@example.pt"]) == 0  # a visitor's right
    with database.sessions() as session:
        assert session.scalar(select(func.count(LeadAnswer.id))) == 0


def test_kiosk_qr_writes_the_wechat_code_that_decodes(
    settings: Settings, database: Database, pack: Path, tmp_path: Path
) -> None:
    from PIL import Image
    from pyzbar.pyzbar import decode

    code = tmp_path / "code.png"
    qrcode.make("https://u.wechat.com/abc", box_size=5).save(code)
    base = ["--data-dir", str(settings.data_dir)]
    assert main([*base, "import-content", str(wechat_pack(pack, code.read_bytes()))]) == 0
    out = tmp_path / "qr"
    assert main([*base, "qr", "--all", "--out", str(out)]) == 0
    (wechat,) = out.glob("*-wechat.png")
    (found,) = decode(Image.open(wechat))
    assert found.data.decode() == "https://u.wechat.com/abc"
