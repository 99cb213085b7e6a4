"""Write a content workbook: the empty template, or a pack document (an export).

Each sheet of :mod:`workbook_layout` gets its header row (frozen, each header with a comment
saying what goes in the column), text columns formatted as Text (so Excel keeps "+853 ..." and
"F-12" as typed), and dropdowns for countries, pavilions, sectors, exhibitors and yes/no. An
Instructions sheet comes first and a Countries sheet feeds the country dropdowns; the reader
skips both. The file is written beside its final name and renamed into place.

XlsxWriter writes it (as Excel does, with shared strings), which the reader parses several
times faster than openpyxl's inline strings; openpyxl reads.
"""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from kiosk.content import workbook_layout as layout
from kiosk.content.schema import MATCHING_MODES, PURPOSE_ROLES
from kiosk.domain.countries import country_name, sorted_countries
from kiosk.domain.leads.questions import KINDS as QUESTION_KINDS

BLANK_ROWS = 1000  # rows below the data that get the dropdowns, for organisers to fill
DROPDOWN_ROWS = 20_001
MIN_SECTOR_COLUMNS = 3
_HEADER = {"bold": True, "bg_color": "#DDEBF7", "border": 1}
_REQUIRED = {"bold": True, "bg_color": "#FCE4D6", "border": 1}
_DROPDOWN_SOURCES = {
    layout.PAVILIONS: "Pavilions!$A$2:$A$1000",
    layout.SECTORS: "Sectors!$A$2:$A$1000",
    layout.EXHIBITORS: "Exhibitors!$A$2:$A$5001",
    layout.SESSIONS: "Sessions!$A$2:$A$201",
}
_LANGUAGE_NAMES = {
    "en": "English",
    "pt": "Portuguese",
    "zh-Hant": "Traditional Chinese (繁體中文)",
    "zh-Hans": "Simplified Chinese (简体中文)",
}

INSTRUCTIONS: tuple[str, ...] = (
    "Pavilion Kiosk content workbook",
    "",
    "Fill in one sheet per part of the event; the kiosk reads this workbook as a content pack:",
    "    kiosk validate-content event.xlsx   (checks it; changes nothing)",
    "    kiosk import-content event.xlsx     (checks it, then loads it)",
    "or on the kiosk: staff mode, Reload content (it finds workbooks on USB drives).",
    "",
    "How to fill it in",
    "- Row 1 of each sheet holds the column headers: keep them as they are. Hover over a header "
    "to read what goes in it. Orange headers are required.",
    "- Text in several languages has one column per language: name (en), name (pt), "
    "name (zh-Hant), name (zh-Hans). Give at least one; the kiosk shows the visitor's language, "
    "else English, Portuguese, Traditional Chinese, Simplified Chinese. Another language is "
    "another column, e.g. name (es).",
    "- Ids (event, pavilions, sectors, exhibitors, purposes) are 1 to 64 lower-case letters, "
    "digits, '.', '_' or '-'. Other sheets refer to them: the dropdowns list them.",
    "- Countries are two-letter ISO codes (MO Macao, CN, PT, BR, AO, MZ, CV, GW, ST, TL, GQ): "
    "see the Countries sheet.",
    "- Phone numbers start with + and the country code: +853 2871 0300. Web addresses start with "
    "https://.",
    "- Dates are Excel dates or text like 2026-11-05.",
    "- Images (PNG, JPEG or WebP, at most 20 MB and 8000×8000 pixels) go in a folder beside this "
    "workbook; name them in the cells as a path from the workbook's folder, e.g. "
    "images/logos/macau-tea.png (letter case matters).",
    "- Type values, not formulas; do not merge cells; do not hide, rename or add sheets.",
    "- Contacts and Products name their exhibitor's id in column A; an exhibitor has at most one "
    "contact.",
    "",
    "Every problem is listed at once with its cell, e.g. Exhibitors!D7 (name, zh-Hant): ...; a "
    "workbook with problems changes nothing on the kiosk.",
    "The full format: docs/content-format.md in the kiosk's source.",
    "",
    "Sheets",
)


def write_workbook(path: Path, document: dict[str, Any] | None = None) -> Path:
    """Write the template (no ``document``) or ``document``'s content to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own beside the target (created with the user's usual permissions, unlike
    # mkstemp's 0600): a failed save leaves the previous file as it was.
    temporary = path.with_name(f".{path.stem}-{uuid.uuid4().hex[:8]}.xlsx")
    options = {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    try:
        workbook = xlsxwriter.Workbook(str(temporary), options)
        styles = _Styles(workbook)
        _write_instructions(workbook.add_worksheet(layout.INSTRUCTIONS), styles)
        for sheet in layout.SHEETS:
            _write_sheet(workbook.add_worksheet(sheet.name), sheet, document or {}, styles)
        _write_countries(workbook.add_worksheet(layout.COUNTRY_SHEET), styles)
        workbook.close()
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


class _Styles:
    """The workbook's few cell formats (XlsxWriter makes each once per workbook)."""

    def __init__(self, workbook: Any) -> None:
        self.header = workbook.add_format(_HEADER)
        self.required = workbook.add_format(_REQUIRED)
        self.text = workbook.add_format({"num_format": "@"})
        self.wrapped = workbook.add_format({"num_format": "@", "text_wrap": True, "valign": "top"})
        self.date = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.bold = workbook.add_format({"bold": True})
        self.plain = workbook.add_format({"text_wrap": True, "valign": "top"})


def _write_instructions(worksheet: Any, styles: _Styles) -> None:
    lines = [*INSTRUCTIONS]
    lines += [f"- {s.name}: {s.note}" for s in layout.SHEETS]
    lines.append(f"- {layout.COUNTRY_SHEET}: the country codes (for reference; not read).")
    for row, line in enumerate(lines):
        style = styles.plain
        if row == 0:
            style = styles.title
        elif line in ("How to fill it in", "Sheets"):
            style = styles.bold
        worksheet.write_string(row, 0, line, style)
    worksheet.set_column(0, 0, 120)


def _rows(sheet: layout.Sheet, document: dict[str, Any]) -> list[tuple[Any, dict[str, Any]]]:
    """(link values, object) for each row the sheet gets from ``document``."""
    if sheet.links:
        *levels, key = sheet.path.split("[].")
        rows: list[tuple[Any, dict[str, Any]]] = []

        def walk(holder: dict[str, Any], depth: int, owners: tuple[Any, ...]) -> None:
            if depth == len(levels):
                value = holder.get(key)
                items = value if isinstance(value, list) else [value] if value else []
                rows.extend((owners, item) for item in items)
                return
            for parent in holder.get(levels[depth]) or []:
                walk(parent, depth + 1, (*owners, parent.get("id")))

        walk(document, 0, ())
        return rows
    parent, _, key = sheet.path.rpartition(".")
    holder = document.get(parent, {}) if parent else document
    value = holder.get(key)
    if sheet.single:
        return [((), value)] if value else []
    return [((), {"": v} if isinstance(v, str) else v) for v in value or []]


def _language_tags(column: layout.Column, rows: list[tuple[Any, dict[str, Any]]]) -> list[str]:
    tags = list(layout.LANGUAGES)
    for _, obj in rows:
        value = _get(obj, column.key)
        if isinstance(value, dict):
            tags += [t for t in value if t not in tags]
    return tags


def _get(obj: dict[str, Any], key: str) -> Any:
    for part in key.split(".") if key else [""]:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def _write_sheet(
    worksheet: Any, sheet: layout.Sheet, document: dict[str, Any], styles: _Styles
) -> None:
    rows = _rows(sheet, document)
    headers: list[tuple[str, layout.Column, Any]] = []  # (header, column, how to get the value)
    for column in sheet.all_columns():
        if column.kind == layout.LTEXT:
            for tag in _language_tags(column, rows):
                headers.append((layout.language_header(column.header, tag), column, tag))
        elif column.kind == layout.MANY:
            longest = max((len(_get(obj, column.key) or []) for _, obj in rows), default=0)
            for index in range(max(MIN_SECTOR_COLUMNS, longest)):
                headers.append((f"{column.header} {index + 1}", column, index))
        else:
            headers.append((column.header, column, None))
    last_row = 1 if sheet.single else max(len(rows) + BLANK_ROWS, DROPDOWN_ROWS)  # 0-based
    for number, (text, column, part) in enumerate(headers):
        text_column = column.kind not in (layout.NUMBER, layout.WHOLE, layout.DATE, layout.YES_NO)
        # Text columns are formatted as Text: what is typed stays as typed.
        worksheet.set_column(number, number, column.width, styles.text if text_column else None)
        worksheet.write_string(
            0, number, text, styles.required if column.required else styles.header
        )
        worksheet.write_comment(0, number, _comment(column, part), _COMMENT)
        if column.choices:
            _dropdown(worksheet, column.choices, number, last_row)
    for row, (owners, obj) in enumerate(rows, start=1):
        for number, (_, column, part) in enumerate(headers):
            if column in sheet.links:
                value = owners[sheet.links.index(column)]
            else:
                value = _cell_value(obj, column, part)
            _write_value(worksheet, row, number, value, styles)
    worksheet.freeze_panes(1, 0)


_COMMENT = {"author": "Pavilion Kiosk", "x_scale": 2.2, "y_scale": 2.0}


def _write_value(worksheet: Any, row: int, column: int, value: Any, styles: _Styles) -> None:
    if value is None:
        return
    if isinstance(value, date):
        worksheet.write_datetime(row, column, value, styles.date)
    elif isinstance(value, bool):
        worksheet.write_boolean(row, column, value)
    elif isinstance(value, int | float):
        worksheet.write_number(row, column, value)
    else:
        text = str(value)
        worksheet.write_string(row, column, text, styles.wrapped if "\n" in text else styles.text)


def _cell_value(obj: dict[str, Any], column: layout.Column, part: Any) -> Any:
    value = _get(obj, column.key)
    if value is None:
        return None
    if column.kind == layout.LTEXT:
        value = {"en": value} if isinstance(value, str) else value
        return value.get(part) if isinstance(value, dict) else None
    if column.kind == layout.MANY:
        return value[part] if isinstance(value, list) and part < len(value) else None
    if column.kind == layout.YES_NO:
        return "yes" if value else "no"
    if column.kind == layout.DATE and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _comment(column: layout.Column, part: Any) -> str:
    text = column.note
    if column.kind == layout.LTEXT and isinstance(part, str):
        language = _LANGUAGE_NAMES.get(part, part)
        text += f" In {language}. Give at least one language" + (
            "." if column.required else " (or leave them all empty)."
        )
    if column.required and column.kind != layout.LTEXT:
        text += " Required."
    return text


def _dropdown(worksheet: Any, choices: str, column: int, last_row: int) -> None:
    if choices == layout.YES_NO_LIST:
        source: Any = ["yes", "no"]
    elif choices == layout.MODES:
        source = list(MATCHING_MODES)
    elif choices == layout.ROLES:
        source = list(PURPOSE_ROLES)
    elif choices == layout.QUESTION_TYPES:
        source = list(QUESTION_KINDS)
    elif choices == layout.KIOSK_LANGUAGES:
        source = list(layout.LANGUAGES)
    elif choices == layout.COUNTRIES:
        source = f"={layout.COUNTRY_SHEET}!$A$2:$A${len(sorted_countries('en')) + 1}"
    else:
        source = f"={_DROPDOWN_SOURCES[choices]}"
    worksheet.data_validation(
        1,
        column,
        last_row,
        column,
        {
            "validate": "list",
            "source": source,
            "ignore_blank": True,
            "error_type": "warning",  # Excel warns about a value off the list but lets it be
            "error_title": "Not on the list",
            "error_message": "This value is not on the list; the kiosk will report it when it "
            "checks the file.",
        },
    )


def _write_countries(worksheet: Any, styles: _Styles) -> None:
    headers = ("code", "English", "Português", "繁體中文", "简体中文")
    for number, text in enumerate(headers):
        worksheet.write_string(0, number, text, styles.bold)
        worksheet.set_column(number, number, 8 if number == 0 else 30)
    for row, (code, name) in enumerate(sorted_countries("en"), start=1):
        names = (code, name, *(country_name(code, t) for t in ("pt", "zh-Hant", "zh-Hans")))
        for number, text in enumerate(names):
            worksheet.write_string(row, number, text)
    worksheet.freeze_panes(1, 0)
