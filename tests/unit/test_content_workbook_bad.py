"""Bad workbooks: each mistake an organiser can make in Excel is one located, one-line problem,
and nothing is loaded."""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from packs import valid_content
from workbooks import edit, find_cell, with_matching, write_pack_workbook

from kiosk.content.problems import PackInvalid, Problem
from kiosk.content.sources import validate_source


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pack_workbook(tmp_path_factory.mktemp("good") / "stick", valid_content(4))


@pytest.fixture
def workbook(good: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    shutil.copytree(good.parent, folder)
    return folder / good.name


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PackInvalid) as caught:
        validate_source(path)
    return [str(p) for p in caught.value.problems]


def cell(sheet: str, header: str, row: int, value: Any, number_format: str | None = None):
    def change(wb: Any) -> None:
        target = find_cell(wb[sheet], header, row)
        target.value = value
        if number_format:
            target.number_format = number_format

    return change


def merge(wb: Any) -> None:
    wb["Exhibitors"].merge_cells("N2:O2")


def rename(old: str, new: str) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        wb[old].title = new

    return change


def delete(name: str) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        del wb[name]

    return change


def hide(state: str) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        wb["Products"].sheet_state = state

    return change


def header(old: str, new: str) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        find_cell(wb["Exhibitors"], old, 1).value = new

    return change


def stray(wb: Any) -> None:
    wb["Exhibitors"]["AZ3"] = "a note"


def second_event(wb: Any) -> None:
    wb["Event"]["A3"] = "another-event"


CASES: dict[str, tuple[Callable[[Any], None], str]] = {
    "formula": (
        cell("Exhibitors", "name (en)", 3, '="Macau "&A3'),
        'Exhibitors!B3 (name, en): is a formula ("=\\"Macau \\"&A3"); the kiosk does not '
        "calculate: type the value itself (copy, then Paste Values)",
    ),
    "phone taken for a formula": (
        cell("Contacts", "phone", 2, "=+853 6612 3456"),
        'Contacts!S2 (phone): is a formula ("=+853 6612 3456"): Excel took text starting with '
        "+ for one; type it with ' in front ('+853 6612 3456) or format the column as Text",
    ),
    "excel error": (
        cell("Exhibitors", "summary (en)", 2, "#REF!"),
        "Exhibitors!N2 (summary, en): is the Excel error #REF!; type the value itself",
    ),
    "merged cells": (
        merge,
        "Exhibitors!N2:O2: merged cells; unmerge them (Home, Merge & Center) and fill in each cell",
    ),
    "date typed as a number": (
        cell("Event", "starts", 2, 45235, number_format="General"),
        "Event!J2 (starts): 45235 is a number, not a date (as a date it would be 2023-11-05); "
        "type the date as YYYY-MM-DD or format the cell as a date",
    ),
    "text turned into a date": (
        cell("Exhibitors", "booth", 2, datetime(2026, 3, 12), number_format="yyyy-mm-dd"),
        "Exhibitors!K2 (booth): Excel stored this as a date or time (2026-03-12); format the "
        "column as Text and type the value again",
    ),
    "renamed sheet": (
        rename("Products", "Produkte"),
        'Produkte: is not a sheet the kiosk reads; rename it back to "Products"',
    ),
    "missing sheet": (
        delete("Pavilions"),
        "Pavilions: this sheet is missing; the workbook needs the sheets Event, Pavilions, "
        "Exhibitors, Consent, Purposes ('kiosk content template' writes them all)",
    ),
    "hidden sheet": (
        hide("hidden"),
        "Products: is a hidden sheet; unhide it (right-click a sheet tab, Unhide) so that what "
        "the kiosk reads is what you see, or delete it",
    ),
    "very hidden sheet": (
        hide("veryHidden"),
        "Products: is a hidden sheet; unhide it (right-click a sheet tab, Unhide) so that what "
        "the kiosk reads is what you see, or delete it",
    ),
    "renamed column": (
        header("name (en)", "nmae (en)"),
        'Exhibitors!B1: unknown column "nmae (en)"; did you mean "name (en)"?',
    ),
    "value without a header": (
        stray,
        "Exhibitors!AZ3: this cell is in a column with no header in row 1; add the header or "
        "clear the column",
    ),
    "two events": (
        second_event,
        "Event!A3: this sheet holds one event in row 2; clear this row",
    ),
    "20,000 characters where 64 fit": (
        cell("Exhibitors", "pavilion", 3, "x" * 20_000),
        "Exhibitors!F3 (pavilion): is 20,000 characters long; at most 64 are allowed",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_each_mistake_is_one_located_line(workbook: Path, case: str) -> None:
    change, expected = CASES[case]
    edit(workbook, change)
    problems = problems_of(workbook)
    assert problems == [expected]
    assert "\n" not in problems[0] and len(problems[0]) < 300


@pytest.fixture
def matching_workbook(tmp_path: Path) -> Path:
    return write_pack_workbook(tmp_path / "stick", with_matching(valid_content(4)))


def test_a_time_typed_as_a_number(matching_workbook: Path) -> None:
    edit(matching_workbook, cell("Sessions", "start", 2, 0.5, number_format="General"))
    assert problems_of(matching_workbook) == [
        "Sessions!C2 (start): 0.5 is a number, not a time; type the time as HH:MM or format the "
        "cell as a time"
    ]


def test_excel_times_and_an_empty_matching_exhibitors_sheet(matching_workbook: Path) -> None:
    from datetime import time

    workbook = matching_workbook

    def change(wb: Any) -> None:
        start = find_cell(wb["Sessions"], "start", 2)
        start.value, start.number_format = time(9, 30), "hh:mm"
        for row in (2, 3):
            for column in wb["Matching exhibitors"][row]:
                column.value = None

    edit(workbook, change)
    matching = validate_source(workbook).matching
    assert matching is not None and matching.sessions[0].start == time(9, 30)
    assert matching.exhibitors == ()


def test_a_20000_character_description_is_accepted(workbook: Path) -> None:
    edit(workbook, cell("Exhibitors", "description (en)", 2, "x" * 20_000))
    pack = validate_source(workbook)
    assert pack.exhibitors[0].description == {"en": "x" * 20_000}


def test_text_typed_for_numbers_and_yes_no_is_understood(workbook: Path) -> None:
    def change(wb: Any) -> None:
        find_cell(wb["Exhibitors"], "booth x", 2).value = "0,5"
        find_cell(wb["Consent"], "retention_days", 2).value = "30"
        find_cell(wb["Purposes"], "required", 3).value = "Yes"
        find_cell(wb["Contacts"], "wechat", 2).value = 12345678
        find_cell(wb["Event"], "starts", 2).value = "2023-11-05"

    edit(workbook, change)
    pack = validate_source(workbook)
    assert pack.exhibitors[0].booth is not None and pack.exhibitors[0].booth.x == 0.5
    assert pack.consent.retention_days == 30 and pack.consent.purposes[1].required is True
    contact = pack.exhibitors[0].contact
    assert contact is not None and contact.wechat == "12345678"


def not_a_workbook(path: Path) -> None:
    path.write_text("id,name\nmacau-tea,Macau Tea\n", encoding="utf-8")


def old_excel(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))


def plain_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def with_macros(path: Path) -> None:
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\x00" * 64)


def empty(path: Path) -> None:
    path.write_bytes(b"")


FILE_CASES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "text renamed .xlsx": (
        not_a_workbook,
        "event.xlsx",
        "event.xlsx: is not an Excel workbook (.xlsx); save the sheet from Excel as one",
    ),
    "empty file": (
        empty,
        "event.xlsx",
        "event.xlsx: is not an Excel workbook (.xlsx); save the sheet from Excel as one",
    ),
    "Excel 97-2003": (
        old_excel,
        "event.xlsx",
        "event.xlsx: is an Excel 97-2003 workbook or one protected by a password; save it "
        'without a password as "Excel Workbook (.xlsx)"',
    ),
    "zip of something else": (
        plain_zip,
        "event.xlsx",
        "event.xlsx: is a zip file but not an Excel workbook (.xlsx)",
    ),
    "macros renamed .xlsx": (
        with_macros,
        "event.xlsx",
        "event.xlsx: holds macros (it is a macro-enabled workbook renamed .xlsx); the kiosk "
        'reads no macros: save it as "Excel Workbook (.xlsx)"',
    ),
    ".xlsm": (
        lambda path: None,
        "event.xlsm",
        'event.xlsm: is a macro-enabled workbook; the kiosk reads no macros: save it as "Excel '
        'Workbook (.xlsx)"',
    ),
    "a pipe": (
        lambda path: (path.unlink(), os.mkfifo(path)),
        "event.xlsx",
        "event.xlsx: is not a regular file",
    ),
    "no such file": (
        lambda path: path.unlink(),
        "event.xlsx",
        "event.xlsx: no such file",
    ),
    ".ods": (
        lambda path: None,
        "event.ods",
        'event.ods: is an OpenDocument spreadsheet; save it as "Excel Workbook (.xlsx)"',
    ),
}


@pytest.mark.parametrize("case", FILE_CASES)
def test_a_file_that_is_not_a_plain_workbook_is_refused_in_one_line(
    workbook: Path, case: str
) -> None:
    spoil, name, expected = FILE_CASES[case]
    target = workbook.with_name(name)
    if target != workbook:
        workbook.rename(target)
    spoil(target)
    assert problems_of(target) == [expected]


def test_a_truncated_workbook_is_refused_in_one_line(workbook: Path) -> None:
    truncated(workbook)
    (problem,) = problems_of(workbook)
    assert problem.startswith("event.xlsx: is not an Excel workbook")


# The staff screen says each problem by its code, translated (kiosk.domain.message_texts).
CODES = {
    "formula": "workbook.formula",
    "phone taken for a formula": "workbook.sign_formula",
    "merged cells": "workbook.merged",
    "date typed as a number": "workbook.number_as_date",
    "text turned into a date": "workbook.date_in_text",
    "renamed sheet": "workbook.unknown_sheet_hint",
    "missing sheet": "workbook.missing_sheet",
    "hidden sheet": "workbook.hidden_sheet",
    "renamed column": "workbook.unknown_column_hint",
    "20,000 characters where 64 fit": "content.too_long",
}


def only_problem(path: Path) -> Problem:
    with pytest.raises(PackInvalid) as caught:
        validate_source(path)
    (problem,) = caught.value.problems
    return problem


@pytest.mark.parametrize("case", CODES)
def test_workbook_problems_carry_the_code_the_staff_screen_translates(
    workbook: Path, case: str
) -> None:
    change, expected = CASES[case]
    edit(workbook, change)
    problem = only_problem(workbook)
    assert problem.message.code == CODES[case]
    assert str(problem) == expected  # the English is the catalogue's, filled in


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("text renamed .xlsx", "workbook.not_workbook"),
        ("macros renamed .xlsx", "workbook.macros"),
        (".xlsm", "workbook.macro_enabled"),
    ],
)
def test_file_problems_carry_a_code_too(workbook: Path, case: str, code: str) -> None:
    spoil, name, expected = FILE_CASES[case]
    target = workbook.with_name(name)
    if target != workbook:
        workbook.rename(target)
    spoil(target)
    problem = only_problem(target)
    assert problem.message.code == code and str(problem) == expected


def test_a_formula_in_the_only_name_is_one_problem_not_two(workbook: Path) -> None:
    def change(wb: Any) -> None:
        find_cell(wb["Pavilions"], "name (en)", 3).value = "=B2"

    edit(workbook, change)
    assert problems_of(workbook) == [
        'Pavilions!B3 (name, en): is a formula ("=B2"); the kiosk does not calculate: type the '
        "value itself (copy, then Paste Values)"
    ]


def test_a_damaged_sheet_is_one_line_naming_it(workbook: Path) -> None:
    damaged = workbook.with_name("damaged.xlsx")
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet9.xml":  # the Exhibitors sheet
                data = data[: len(data) // 2]
            target.writestr(info, data)
    (problem,) = problems_of(damaged)
    assert problem.startswith("damaged.xlsx: the sheet Exhibitors is damaged and cannot be read (")
    assert problem.endswith("); open the workbook in Excel and save it again")


def test_xml_entity_tricks_in_a_sheet_are_refused(workbook: Path) -> None:
    """Entity expansion ("billion laughs") is refused by defusedxml, which openpyxl uses."""
    tricked = workbook.with_name("tricked.xlsx")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(tricked, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet8.xml":
                body = data.split(b"?>", 1)[1]
                data = laughs + body.replace(b"<v>", b"<v>&lol2;", 1)
            target.writestr(info, data)
    (problem,) = problems_of(tricked)
    assert problem.startswith("tricked.xlsx: is not an Excel workbook the kiosk can read (")
    assert "EntitiesForbidden" in problem and "\n" not in problem
