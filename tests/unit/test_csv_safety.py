"""CSV text that Excel never evaluates, whether it splits lines on `,` or on `;` (Portugal)."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.services.export.csv_safety import neutralise_formulas, safe_cells, safe_csv_writer

SEPARATORS = (",", ";")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")

HOSTILE = [
    "Ana;=1+1;",
    "Ana,=1+1,",
    'x;=HYPERLINK("http://evil.example","click")',
    "Silva; -2+3",
    "Lee;@SUM(1+1)",
    "Wong;+cmd|' /C calc'!A0",
    'quoted;"=1+1"',
    "line\r\n=1+1",
    "line\n@x",
    "tab\t=1+1",
    "=1+1",
    "\t=1+1",
    " =1+1",
]


def written(rows: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    safe_csv_writer(out).writerows(safe_cells(row) for row in rows)
    return out.getvalue()


def cells_as_read(text: str, separator: str) -> list[str]:
    return [
        cell
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        for cell in row
    ]


def evaluated(cell: str) -> bool:
    """Would a spreadsheet take this cell as a formula? Leading blanks and quotes ignored;
    a plain number is a number, never a function call."""
    bare = cell.lstrip(' \t\r\n"')
    return bare[:1] in ("=", "+", "-", "@") and not PLAIN_NUMBER.fullmatch(bare)


def row_around(value: str, column: int) -> list[str]:
    row = ["5f0c2c1e-lead", "Ana Silva", "Macau Tea Co."]
    row.insert(column, value)
    return row


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("column", [0, 1, 3])
@pytest.mark.parametrize("value", HOSTILE)
def test_no_cell_starts_with_a_formula_with_either_separator(
    value: str, column: int, separator: str
) -> None:
    text = written([row_around(value, column)])
    cells = cells_as_read(text, separator)
    assert not [c for c in cells if evaluated(c)], text


@pytest.mark.parametrize("value", HOSTILE)
def test_read_with_the_writers_separator_the_text_is_all_there(value: str) -> None:
    (row,) = csv.reader(io.StringIO(written([row_around(value, 1)])))
    assert row[1] == neutralise_formulas(value)
    assert row[1].replace("'", "") == value.replace("'", "")  # only quote marks were added


@pytest.mark.parametrize("value", ["+85366123456", "+351912345678", "-2", "12.5", "853"])
def test_phone_numbers_and_plain_numbers_are_written_as_they_are(value: str) -> None:
    text = written([row_around(value, 1)])
    assert f'"{value}"' in text
    (row,) = csv.reader(io.StringIO(text))
    assert row[1] == value


@pytest.mark.parametrize(
    "value", ["Ana Silva", "Macau - Taipa", "2026-11-05 10:00:00+08:00", "food; tea", "a,b"]
)
def test_ordinary_text_is_unchanged(value: str) -> None:
    assert neutralise_formulas(value) == value


@pytest.mark.parametrize("value", ["-1", "+85366123456"])
def test_a_signed_number_first_in_a_row_is_kept_as_text(value: str) -> None:
    """Split on the other separator, a row is one cell starting with its first value."""
    text = written([[value, "Ana"]])
    assert cells_as_read(text, ";") == [f'\'{value},"Ana"']
    assert next(csv.reader(io.StringIO(text))) == [f"'{value}", "Ana"]
    assert written([[value]]) == f'"{value}"\r\n'  # alone on its line it is the number


def test_every_field_is_quoted() -> None:
    text = written([["id", "Ana", "", "853"]])
    assert text == '"id","Ana","","853"\r\n'


@settings(max_examples=400, deadline=None)
@example(values=["-1", ""], separator=";")  # read with ";", the line is the cell -1,""
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("=+-@\t\r\n,; \"'aZ1.")), max_size=12),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(SEPARATORS),
)
def test_any_text_is_safe_with_either_separator(values: list[str], separator: str) -> None:
    cells = cells_as_read(written([values]), separator)
    assert not [c for c in cells if evaluated(c)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.sampled_from(list("=+-@\t\r\n,;\x00 \"'aZ1.")), max_size=8),
            st.sampled_from(["+85366123456", "-2.5", "12"]),
            st.integers(0, 9),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_a_row_is_neutralised_as_its_cells_one_by_one(row: list[object]) -> None:
    before = list(row)
    one_by_one = [neutralise_formulas(c) if isinstance(c, str) else c for c in row]
    first = one_by_one[0]
    if len(row) > 1 and isinstance(first, str) and first[:1] in "+-" and first[1:2].isdigit():
        one_by_one[0] = "'" + first  # a signed number leading a row (the test above)
    assert list(safe_cells(row)) == one_by_one
    assert row == before  # the caller's row is never changed in place
