"""Content workbooks: the template, reading one as a pack, exports and the round trip."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from packs import valid_content, write_pack
from workbooks import (
    comparable,
    edit,
    find_cell,
    with_matching,
    with_privacy,
    with_questions,
    write_pack_workbook,
)

from kiosk.content import workbook_layout as layout
from kiosk.content.document import loaded_document
from kiosk.content.importer import import_pack
from kiosk.content.problems import PackInvalid
from kiosk.content.sources import validate_source
from kiosk.content.validate import validate_pack
from kiosk.content.workbook_export import export_loaded, export_source
from kiosk.content.workbook_write import write_workbook
from kiosk.data.database import Database
from kiosk.resources import sample_pack_dir


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PackInvalid) as caught:
        validate_source(path)
    return [str(p) for p in caught.value.problems]


# -- the template -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = write_workbook(tmp_path_factory.mktemp("template") / "event.xlsx")
    return openpyxl.load_workbook(path)


def test_template_has_instructions_then_one_sheet_per_part(template: Any) -> None:
    assert template.sheetnames == [
        "Instructions",
        "Event",
        "Organizer",
        "Brand",
        "Attract",
        "Pavilions",
        "Positions",
        "Sectors",
        "Exhibitors",
        "Contacts",
        "Products",
        "Consent",
        "Purposes",
        "Matching",
        "Sessions",
        "Matching exhibitors",
        "Questions",
        "Choices",
        "Countries",
    ]
    text = "\n".join(str(c.value) for c in template["Instructions"]["A"] if c.value)
    assert "kiosk import-content event.xlsx" in text and "Exhibitors:" in text


@pytest.mark.parametrize("sheet", layout.SHEET_NAMES)
def test_every_header_has_a_comment_and_localised_text_a_column_per_language(
    template: Any, sheet: str
) -> None:
    worksheet = template[sheet]
    headers = [c.value for c in worksheet[1] if c.value]
    assert headers and all(c.comment and c.comment.text for c in worksheet[1] if c.value)
    for column in layout.sheet_named(sheet).columns:
        if column.kind == layout.LTEXT:
            for tag in ("en", "pt", "zh-Hant", "zh-Hans"):
                assert f"{column.header} ({tag})" in headers
    assert worksheet.freeze_panes == "A2"


@pytest.mark.parametrize(
    ("sheet", "header", "source"),
    [
        ("Exhibitors", "pavilion", "=Pavilions!$A$2:$A$1000"),
        ("Exhibitors", "country", "=Countries!$A$2:$A$"),
        ("Exhibitors", "sector 1", "=Sectors!$A$2:$A$1000"),
        ("Exhibitors", "sector 3", "=Sectors!$A$2:$A$1000"),
        ("Products", "exhibitor", "=Exhibitors!$A$2:$A$5001"),
        ("Products", "origin", "=Countries!$A$2:$A$"),
        ("Contacts", "exhibitor", "=Exhibitors!$A$2:$A$5001"),
        ("Purposes", "required", '"yes,no"'),
        ("Matching", "mode", '"auto-confirm,staff-confirm"'),
        ("Matching exhibitors", "id", "=Exhibitors!$A$2:$A$5001"),
        ("Matching exhibitors", "session 2", "=Sessions!$A$2:$A$201"),
    ],
)
def test_template_offers_dropdowns(template: Any, sheet: str, header: str, source: str) -> None:
    worksheet = template[sheet]
    cell = find_cell(worksheet, header, row=2)
    found = [
        dv
        for dv in worksheet.data_validations.dataValidation
        if any(cell.coordinate in r for r in dv.sqref.ranges)
    ]
    assert len(found) == 1 and found[0].type == "list"
    assert found[0].formula1.startswith(source.removeprefix("="))


def test_template_country_list_holds_the_codes(template: Any) -> None:
    codes = [c.value for c in template["Countries"]["A"][1:]]
    assert codes[:3] == ["MO", "PT", "BR"] and "CN" in codes and len(codes) > 240


def test_an_empty_template_says_what_is_missing(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "event.xlsx")
    assert problems_of(path) == [
        "Event: row 2 is empty; this sheet's details are required",
        "Pavilions: is empty; at least 1 is required",
        "Consent: row 2 is empty; this sheet's details are required",
    ]


# -- the round trip ------------------------------------------------------------------------------


def with_extra_languages() -> dict[str, Any]:
    content = valid_content(5)
    content["exhibitors"][1]["name"]["es"] = "Compañía de Macao"
    content["exhibitors"][2]["sectors"] = ["services", "food-beverage"]
    content["exhibitors"][3]["description"] = "Line one\nLine two"
    content["exhibitors"][4].pop("contact")
    content["exhibitors"][4]["products"] = [
        {"name": {"en": f"Product {i}"}, "origin": "BR"} for i in range(4)
    ]
    return content


def with_values_excel_would_change() -> dict[str, Any]:
    """Text that Excel would take for a formula, a number, a date or a truth value if typed."""
    content = valid_content(2)
    first = content["exhibitors"][0]
    first["summary"] = {"en": "=1+1 is not a formula here", "pt": "TRUE", "zh-Hant": "00123"}
    first["booth"] = {"code": "3-12"}
    first["contact"]["wechat"] = "0085366123456"
    first["description"] = {"en": "  indented\n\n\tand tabbed  ", "zh-Hans": "2026-11-05"}
    first["name"]["pt"] = "a literal _x0041_ stays"  # how Excel escapes what XML cannot carry
    content["consent"]["version"] = "1.10"
    content["consent"]["purposes"][0]["role"] = "share-with-exhibitors"
    return content


@pytest.mark.parametrize(
    "content",
    [
        valid_content(3),
        with_extra_languages(),
        valid_content(0),
        with_values_excel_would_change(),
        with_matching(valid_content(3)),
        with_questions(valid_content(2)),
        with_privacy(valid_content(2)),
    ],
)
def test_pack_to_workbook_to_pack_gives_the_same_content(
    tmp_path: Path, content: dict[str, Any]
) -> None:
    pack = write_pack(tmp_path / "pack", copy.deepcopy(content))
    out = tmp_path / "exported" / "event.xlsx"
    export_source(pack, out)
    assert comparable(validate_source(out)) == comparable(validate_pack(pack))


def test_workbook_from_a_workbook_and_beside_the_pack(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    inside = pack / "event.xlsx"
    assert export_source(pack, inside) == 0  # in the pack folder: its images are already there
    again = tmp_path / "again" / "event.xlsx"
    assert export_source(inside, again) == 6
    assert comparable(validate_source(again)) == comparable(validate_pack(pack))


def test_export_refuses_to_overwrite_another_image(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    out = tmp_path / "out"
    (out / "images" / "brand").mkdir(parents=True)
    (out / "images" / "brand" / "logo.png").write_bytes(b"someone else's logo")
    with pytest.raises(Exception, match="already exists with other content"):
        export_source(pack, out / "event.xlsx")
    assert not (out / "event.xlsx").exists()
    assert (out / "images" / "brand" / "logo.png").read_bytes() == b"someone else's logo"


def test_export_of_the_loaded_content(tmp_path: Path, database: Database) -> None:
    pack = write_pack(tmp_path / "pack", valid_content(4))
    content_dir = tmp_path / "content"
    import_pack(database.sessions, pack, content_dir)
    out = tmp_path / "out" / "event.xlsx"
    export_loaded(database.sessions, content_dir, out)
    exported = validate_source(out)
    original = validate_pack(pack)
    assert comparable(exported, images=False) == comparable(original, images=False)
    logo = exported.exhibitors[0].logo
    assert logo is not None and logo.rel.startswith("images/")
    assert loaded_document(database.sessions)[0]["event"]["id"] == "ciie-2023"


def test_the_shipped_sample_workbook_is_current() -> None:
    """``kiosk content export --out assets/sample-pack/sample-pack.xlsx assets/sample-pack``
    regenerates it; it must hold what the sample pack holds."""
    pack = sample_pack_dir()
    workbook = pack / "sample-pack.xlsx"
    assert comparable(validate_source(workbook)) == comparable(validate_pack(pack))


def test_a_folder_holding_only_a_workbook_is_read_as_it(tmp_path: Path) -> None:
    path = write_pack_workbook(tmp_path / "stick")
    assert validate_source(path.parent).event.id == "ciie-2023"


# -- problems, located by cell ---------------------------------------------------------------------


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_pack_workbook(tmp_path / "stick", valid_content(6))


def set_cell(sheet: str, header: str, row: int, value: Any):
    def change(wb: Any) -> None:
        find_cell(wb[sheet], header, row).value = value

    return change


@pytest.mark.parametrize(
    ("sheet", "header", "row", "value", "expected"),
    [
        (
            "Exhibitors",
            "name (zh-Hant)",
            7,
            "x" * 20_001,
            "Exhibitors!D7 (name, zh-Hant): is 20,001 characters long; at most 20,000 are allowed",
        ),
        (
            "Contacts",
            "email",
            4,
            "bob@",
            'Contacts!R4 (email): "bob@" is not an email address (e.g. name@example.com)',
        ),
        (
            "Exhibitors",
            "pavilion",
            3,
            "fod",
            'Exhibitors!F3 (pavilion): "fod" is not the id of any pavilion; did you mean "food"?',
        ),
        (
            "Exhibitors",
            "country",
            2,
            "UK",
            'Exhibitors!G2 (country): "UK" is not an ISO 3166-1 code; use "GB"',
        ),
        (
            "Sectors",
            "id",
            3,
            "food-beverage",
            'Sectors!A3 (id): "food-beverage" is already the id of Sectors!A2',
        ),
        (
            "Exhibitors",
            "logo",
            3,
            "images/nope.png",
            'Exhibitors!V3 (logo): file "images/nope.png" not found beside the workbook',
        ),
        (
            "Exhibitors",
            "booth x",
            2,
            1.5,
            "Exhibitors!L2 (booth x): 1.5 is outside 0 to 1 (a fraction of the map's size)",
        ),
        (
            "Event",
            "timezone",
            2,
            "Asia/Shangai",
            'Event!L2 (timezone): "Asia/Shangai" is not an '
            'IANA time zone (e.g. Asia/Shanghai, Asia/Macau); did you mean "Asia/Shanghai"?',
        ),
        ("Purposes", "required", 3, "maybe", 'Purposes!B3 (required): "maybe" is not yes or no'),
        (
            "Products",
            "exhibitor",
            2,
            "nobody",
            'Products!A2 (exhibitor): "nobody" is not the id of '
            "any exhibitor on the Exhibitors sheet",
        ),
    ],
)
def test_a_problem_is_located_by_sheet_cell_and_column(
    workbook: Path, sheet: str, header: str, row: int, value: Any, expected: str
) -> None:
    edit(workbook, set_cell(sheet, header, row, value))
    assert problems_of(workbook) == [expected]


def test_every_problem_at_once_in_sheet_order(workbook: Path) -> None:
    def change(wb: Any) -> None:
        find_cell(wb["Contacts"], "phone", 3).value = "6612 3456"
        find_cell(wb["Exhibitors"], "name (en)", 5).value = None
        find_cell(wb["Exhibitors"], "name (zh-Hant)", 5).value = None
        find_cell(wb["Event"], "ends", 2).value = "2023-11-31"

    edit(workbook, change)
    assert problems_of(workbook) == [
        'Event!K2 (ends): "2023-11-31" is not a real date',
        "Exhibitors!B5:E5 (name): is missing; this field is required",
        'Contacts!S3 (phone): "6612 3456" is not an international phone number: start with "+" '
        'and the country code, e.g. "+853 2871 0300"',
    ]


def test_a_second_contact_for_an_exhibitor(workbook: Path) -> None:
    edit(workbook, set_cell("Contacts", "exhibitor", 3, "exhibitor-0000"))
    assert problems_of(workbook) == [
        'Contacts!A3 (exhibitor): "exhibitor-0000" already has a contact in row 2; keep one'
    ]


def test_the_staff_search_lists_workbooks_but_not_excels_lock_files(tmp_path: Path) -> None:
    from kiosk.ui.staff.folders import find_packs

    stick = tmp_path / "stick"
    (stick / "pack").mkdir(parents=True)
    (stick / "pack" / "content.json").write_text("{}")
    for name in ("event.xlsx", "~$event.xlsx", ".hidden.xlsx", "notes.txt", "Old.XLSX"):
        (stick / name).write_bytes(b"x")
    assert find_packs([tmp_path]) == [stick / "event.xlsx", stick / "Old.XLSX", stick / "pack"]


@pytest.mark.parametrize("sheet", layout.SHEETS, ids=lambda s: s.name)
def test_each_linked_sheet_has_a_link_column_per_parent_list(sheet: layout.Sheet) -> None:
    assert len(sheet.links) == sheet.path.count("[].")
    parents = ["[].".join(sheet.path.split("[].")[: i + 1]) for i in range(len(sheet.links))]
    assert all(any(s.path == p for s in layout.SHEETS) for p in parents)


def test_a_sheet_of_grandchildren_reads_back_into_place(tmp_path: Path) -> None:
    """A list inside a list inside exhibitors (a question's choices): its rows name the
    exhibitor, then the question, and land where they belong."""
    from kiosk.content.workbook_read import read_workbook

    content = valid_content(2)
    content["exhibitors"][1]["questions"] = [
        {
            "id": "size",
            "type": "single",
            "text": {"en": "Size?"},
            "choices": [{"id": "s", "text": {"en": "Small"}}, {"id": "l", "text": {"en": "Large"}}],
        },
        {
            "id": "when",
            "type": "multiple",
            "text": {"pt": "Quando?"},
            "choices": [
                {"id": "now", "text": {"pt": "Já"}},
                {"id": "later", "text": {"pt": "Depois"}},
            ],
        },
    ]
    path = write_pack_workbook(tmp_path / "stick", content)
    read = read_workbook(path)
    assert read.document["exhibitors"][1]["questions"] == content["exhibitors"][1]["questions"]
    assert "questions" not in read.document["exhibitors"][0]

    def stray(wb: Any) -> None:
        find_cell(wb["Choices"], "question", 3).value = "nope"

    edit(path, stray)
    (problem,) = read_workbook(path).problems
    assert str(problem[1]) == (
        'Choices!B3 (question): "nope" is not the id of any question of exhibitor '
        '"exhibitor-0001" on the Questions sheet'
    )
