"""Read an organiser's workbook into the same document a content.json gives, plus a cell map.

The reader only reshapes: it takes each sheet of :mod:`workbook_layout`, turns cells into JSON
values and records where each came from; the pack validator then checks the document exactly
as it checks a content.json, and its problems are located back to cells
(:func:`validate_workbook`). What only a workbook can get wrong is reported here, by cell:
formulas, Excel errors, merged cells, numbers where a date belongs, dates where text belongs,
unknown, missing or hidden sheets and columns.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from openpyxl.utils import get_column_letter, range_boundaries

from kiosk.content import workbook_layout as layout
from kiosk.content.cell_map import CellMap, SortKey
from kiosk.content.problems import PackInvalid, Problem, close_match, quote
from kiosk.content.schema import FORMAT, ContentPack
from kiosk.content.validate import validate_document
from kiosk.content.workbook_file import merged_ranges, open_workbook, reason
from kiosk.domain.messages import Message

MAX_ROWS = 100_000  # rows read from one sheet
_LANGUAGE_HEADER = re.compile(r"^(?P<field>.+?)\s*\((?P<tag>[^()]+)\)$")
_NUMBERED_HEADER = re.compile(r"^(?P<field>.+?)\s*(?P<number>\d+)$")
# How Excel and XlsxWriter write the characters XML cannot carry (_x0007_); openpyxl turns
# only the escaped "_x" itself (_x005F_) back, so a literal "_x0041_" stays as typed.
_ESCAPED = re.compile(r"_x(00[01][0-9A-Fa-f]|[Ff]{3}[EeFf])_")
_YES = {"yes", "y", "true", "1", "x", "sim", "是", "yes."}
_NO = {"no", "n", "false", "0", "não", "nao", "否"}


@dataclass
class WorkbookContent:
    """A workbook read into a pack document, where its values came from, and what went wrong."""

    path: Path
    document: dict[str, Any]
    cells: CellMap
    sha256: str
    problems: list[tuple[SortKey, Problem]] = field(default_factory=list)
    flagged_sheets: set[str] = field(default_factory=set)  # sheets reported as a whole


@dataclass(frozen=True)
class _Bound:
    """A header cell matched to its column: language tag or list index where they apply."""

    number: int
    letter: str
    column: layout.Column
    tag: str | None = None
    index: int = 0

    @property
    def label(self) -> str:
        if self.column.kind == layout.MANY:
            return f"{self.column.header} {self.index}"
        return f"{self.column.header}, {self.tag}" if self.tag else self.column.header


def validate_workbook(
    path: Path | str, extra: Callable[[ContentPack], list[Problem]] | None = None
) -> ContentPack:
    """Check a workbook as a pack: every problem, located by cell, in one :class:`PackInvalid`.
    ``extra`` checks the valid pack further; its problems are located by cell too."""
    content = read_workbook(Path(path))
    problems = list(content.problems)
    pack = None
    try:
        pack = validate_document(
            content.document, content.path.parent, content.sha256, source=str(content.path)
        )
    except PackInvalid as exc:
        taken = {cell for _, p in problems for cell in _cells_of(p.path)}
        for problem in exc.problems:
            key, located = content.cells.translate(problem)
            where = located.path.split(" ")[0]
            if (
                where in content.flagged_sheets
                or not taken.isdisjoint(_cells_of(where))
                or _follows(problem.message, content.flagged_sheets)
            ):
                continue  # the reader already said what is wrong there
            problems.append((key, located))
    if pack is not None and not problems and extra is not None:
        problems = [content.cells.translate(problem) for problem in extra(pack)]
    if problems or pack is None:
        problems.sort(key=lambda kp: kp[0])
        raise PackInvalid([p for _, p in problems], source=str(content.path))
    return pack


def _cells_of(where: str) -> set[tuple[str, int, int]]:
    """The cells ``Sheet!B3`` or ``Sheet!B3:E3`` (followed by a label or not) names."""
    sheet, _, cells = where.split(" ")[0].partition("!")
    try:
        first_col, first_row, last_col, last_row = range_boundaries(cells)
    except (ValueError, TypeError):
        return set()
    if None in (first_col, first_row, last_col, last_row):
        return set()
    return {
        (sheet, row, col)
        for row in range(first_row, last_row + 1)
        for col in range(first_col, last_col + 1)
    }


# What a damaged workbook raises while its sheets are parsed (defusedxml's refusals of entity
# tricks are ValueErrors).
_DAMAGE = (ET.ParseError, zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OSError)

_REFERENCED_SHEETS = {"term.pavilion": "Pavilions", "term.sector": "Sectors"}


def _follows(message: Message, flagged: set[str]) -> bool:
    """A reference into a sheet already reported as missing or unreadable: noise."""
    what = message.params.get("what")
    return (
        message.code.startswith("content.reference")
        and isinstance(what, Message)
        and _REFERENCED_SHEETS.get(what.code) in flagged
    )


def read_workbook(path: Path) -> WorkbookContent:
    """The workbook at ``path`` as a pack document; file-level failures raise PackInvalid."""
    workbook = open_workbook(path)
    reader = None
    try:
        sha256 = _sha256(path)
        content = WorkbookContent(path, {"format": FORMAT}, CellMap(path.name), sha256)
        reader = _Reader(workbook, content)
        reader.read()
        return content
    except _DAMAGE as exc:  # a sheet's XML is parsed only as its rows are read
        damaged = (
            Message("workbook.sheet_damaged", sheet=reader.sheet, reason=reason(exc))
            if reader and reader.sheet
            else Message("workbook.damaged", reason=reason(exc))
        )
        raise PackInvalid([Problem(path.name, damaged)], source=str(path)) from None
    finally:
        workbook.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _Reader:
    def __init__(self, workbook: Any, content: WorkbookContent) -> None:
        self.workbook = workbook
        self.content = content
        self.cells = content.cells
        self.id_index: dict[str, dict[str, int]] = {}  # list path → id → index (ids_in)
        self.one_each_rows: dict[str, int] = {}  # path of a one-each object → its row
        self.first_letter: dict[str, str] = {}  # sheet → column of each row's first cell
        self.link_letters: dict[str, list[str]] = {}  # sheet → column of each link
        self.sheet = ""  # the sheet being read, for a damaged one
        self.reported_columns: set[int] = set()  # its bad headers: their cells say nothing more

    def problem(self, key: SortKey, where: str, message: Message) -> None:
        self.content.problems.append((key, Problem(where, message)))

    def read(self) -> None:
        names = list(self.workbook.sheetnames)
        known = {*layout.SHEET_NAMES, *layout.READ_ONLY_SHEETS}
        for name in names:
            if name not in known:
                close = difflib.get_close_matches(name, [*layout.SHEET_NAMES], n=1, cutoff=0.6)
                self.sheet_problem(
                    name,
                    -1,
                    Message("workbook.unknown_sheet_hint", suggestion=close[0])
                    if close and close[0] not in names
                    else Message("workbook.unknown_sheet", sheets=", ".join(layout.SHEET_NAMES)),
                )
            elif name in layout.SHEET_NAMES and self.workbook[name].sheet_state != "visible":
                self.sheet_problem(name, -1, Message("workbook.hidden_sheet"))
        for order, sheet in enumerate(layout.SHEETS):
            self.cells.add_sheet(sheet.name, None if sheet.links else sheet.path, order)
            if sheet.name not in names:
                if sheet.required:
                    required = ", ".join(s.name for s in layout.SHEETS if s.required)
                    self.sheet_problem(
                        sheet.name, order, Message("workbook.missing_sheet", sheets=required)
                    )
                continue
            self.read_sheet(sheet, self.workbook[sheet.name], order)

    def sheet_problem(self, name: str, order: int, message: Message) -> None:
        self.content.flagged_sheets.add(name)
        self.problem((order, 0, 0), name, message)

    # -- one sheet ------------------------------------------------------------------------------

    def read_sheet(self, sheet: layout.Sheet, worksheet: Any, order: int) -> None:
        self.sheet = sheet.name
        for ranged in merged_ranges(self.workbook, worksheet):
            first = ranged.split(":")[0]
            self.problem(
                (order, _row_of(first), 0),
                f"{sheet.name}!{ranged}",
                Message("workbook.merged"),
            )
        worksheet.reset_dimensions()  # read every row the file has, whatever its header says
        rows = worksheet.iter_rows()
        header = next(rows, ())
        bound = self.bind_header(sheet, header, order)
        if bound is None:
            return
        self.register_columns(sheet, bound)
        items = list(self.read_rows(sheet, order, bound, rows))
        self.attach(sheet, order, items)

    def bind_header(
        self, sheet: layout.Sheet, header: tuple[Any, ...], order: int
    ) -> list[_Bound] | None:
        columns = {c.header.casefold(): c for c in sheet.all_columns()}
        self.reported_columns = set()
        bound: list[_Bound] = []
        seen: dict[str, str] = {}
        for number, cell in enumerate(header, start=1):
            text = cell.value
            if text is None or (isinstance(text, str) and not text.strip()):
                continue
            letter = get_column_letter(number)
            where = f"{sheet.name}!{letter}1"
            found = self.header_column(str(text).strip(), columns, number, letter)
            if found is None:
                choices = [h for c in sheet.all_columns() for h in _headers_of(c)]
                close = close_match(str(text).strip(), choices)
                self.problem(
                    (order, 1, number),
                    where,
                    Message("workbook.unknown_column_hint", column=quote(text), suggestion=close)
                    if close
                    else Message(
                        "workbook.unknown_column", column=quote(text), columns=", ".join(choices)
                    ),
                )
                self.reported_columns.add(number)
                continue
            label = found.label
            if label in seen:
                self.problem(
                    (order, 1, number),
                    where,
                    Message("workbook.column_twice", column=quote(label), other=seen[label]),
                )
                self.reported_columns.add(number)
                continue
            seen[label] = where
            bound.append(found)
        missing = [
            c.header
            for c in sheet.all_columns()
            if c.required and not any(b.column is c for b in bound)
        ]
        if missing:
            columns = ", ".join(quote(m) for m in missing)
            self.sheet_problem(
                sheet.name, order, Message("workbook.missing_column", columns=columns)
            )
            return None
        return bound

    @staticmethod
    def header_column(
        text: str, columns: dict[str, layout.Column], number: int, letter: str
    ) -> _Bound | None:
        column = columns.get(text.casefold())
        if column is not None and column.kind not in (layout.LTEXT, layout.MANY):
            return _Bound(number, letter, column)
        match = _LANGUAGE_HEADER.match(text)
        if match:
            column = columns.get(match["field"].casefold())
            if column is not None and column.kind == layout.LTEXT:
                return _Bound(number, letter, column, tag=match["tag"].strip())
        match = _NUMBERED_HEADER.match(text)
        if match:
            column = columns.get(match["field"].casefold())
            if column is not None and column.kind == layout.MANY:
                return _Bound(number, letter, column, index=int(match["number"]))
        return None

    def read_rows(
        self, sheet: layout.Sheet, order: int, bound: list[_Bound], rows: Iterator[Any]
    ) -> Iterator[tuple[int, dict[str, Any], Any, list[_Bound]]]:
        """(row number, object, link values, cells given) for each row that is not blank."""
        by_number = {b.number: b for b in bound}
        for row_number, row in enumerate(rows, start=2):
            if row_number > MAX_ROWS + 1:
                self.problem(
                    (order, row_number, 0),
                    f"{sheet.name}!A{row_number}",
                    Message("workbook.too_many_rows", limit=MAX_ROWS),
                )
                return
            obj: dict[str, Any] = {}
            links: dict[int, Any] = {}  # link column's place in sheet.links → value
            given: list[_Bound] = []
            for number, cell in enumerate(row, start=1):
                if cell.value is None:
                    continue
                target = by_number.get(number)
                if target is None:
                    blank = isinstance(cell.value, str) and not cell.value.strip()
                    if blank or number in self.reported_columns:
                        continue
                    self.problem(
                        (order, row_number, number),
                        f"{sheet.name}!{get_column_letter(number)}{row_number}",
                        Message("workbook.no_header"),
                    )
                    continue
                value = self.value(sheet, order, row_number, target, cell)
                if value is None:
                    continue
                given.append(target)
                if target.column in sheet.links:
                    links[sheet.links.index(target.column)] = value
                else:
                    _put(obj, target, value)
            if given or obj:
                owners = tuple(links.get(i) for i in range(len(sheet.links)))
                yield row_number, obj, owners, sorted(given, key=lambda b: b.number)

    def value(self, sheet: layout.Sheet, order: int, row: int, bound: _Bound, cell: Any) -> Any:
        """The cell's value as JSON, or None (blank, or a problem reported here)."""
        try:
            return cell_value(cell, bound.column.kind)
        except CellProblem as exc:
            where = f"{sheet.name}!{bound.letter}{row} ({bound.label})"
            self.problem((order, row, bound.number), where, exc.message)
            return None

    # -- rows into the document -------------------------------------------------------------------

    def attach(self, sheet: layout.Sheet, order: int, items: list[Any]) -> None:
        document = self.content.document
        if sheet.single:
            if not items:
                if sheet.required:
                    self.sheet_problem(sheet.name, order, Message("workbook.row_2_empty"))
                return
            (row, obj, _, given), *extra = items
            for other in extra:
                self.problem(
                    (order, other[0], 1),
                    f"{sheet.name}!A{other[0]}",
                    Message("workbook.one_row", what=sheet.path, row=row),
                )
            self.record(sheet, sheet.path, row, given)
            document.setdefault(sheet.path, {}).update(obj)
            return
        if sheet.links:
            self.attach_linked(sheet, order, items)
            return
        parent, _, key = sheet.path.rpartition(".")
        if parent and not items:
            if parent in document:  # an empty sheet is an empty list (matching's exhibitors)
                document[parent].setdefault(key, [])
            return  # no attract images: no brand made for them
        target = document.setdefault(parent, {}) if parent else document
        values = target.setdefault(key, [])
        for row, obj, _, given in items:
            path = f"{sheet.path}[{len(values)}]"
            self.record(sheet, path, row, given)
            values.append(obj.get("", None) if _is_plain(sheet) else obj)

    def attach_linked(self, sheet: layout.Sheet, order: int, items: list[Any]) -> None:
        """Rows that belong to rows of other sheets, found by the ids in the link columns."""
        *levels, key = sheet.path.split("[].")
        parents = ["[].".join(levels[: i + 1]) for i in range(len(levels))]
        parent_sheets = [next(s for s in layout.SHEETS if s.path == p) for p in parents]
        if any(s.name in self.content.flagged_sheets for s in parent_sheets):
            return  # nothing to attach to; that is reported already
        for row, obj, owners, given in items:
            holder: dict[str, Any] = self.content.document
            path = ""
            for level, (name, link, owner) in enumerate(
                zip(levels, sheet.links, owners, strict=True)
            ):
                where = f"{sheet.name}!{self.link_letters[sheet.name][level]}{row} ({link.header})"
                key_of = (order, row, level + 1)
                if owner is None:
                    self.problem(key_of, where, Message("workbook.link_empty", what=link.header))
                    break
                list_path = f"{path}.{name}" if path else name
                ids = self.ids_in(list_path, holder.get(name))
                index = ids.get(str(owner))
                if index is None:
                    self.problem(
                        key_of,
                        where,
                        _unknown_owner(
                            quote(owner),
                            link.header,
                            parent_sheets[level].name,
                            close_match(str(owner), ids),
                            (sheet.links[level - 1].header, quote(owners[level - 1]))
                            if level
                            else None,
                        ),
                    )
                    break
                holder, path = holder[name][index], f"{list_path}[{index}]"
            else:
                self.attach_row(sheet, order, row, obj, owners, given, holder, f"{path}.{key}")

    def attach_row(
        self,
        sheet: layout.Sheet,
        order: int,
        row: int,
        obj: dict[str, Any],
        owners: tuple[Any, ...],
        given: list[_Bound],
        holder: dict[str, Any],
        path: str,
    ) -> None:
        key = path.rsplit(".", 1)[-1]
        if sheet.one_each:
            if path in self.one_each_rows:
                self.problem(
                    (order, row, len(owners)),
                    f"{sheet.name}!{self.link_letters[sheet.name][-1]}{row} "
                    f"({sheet.links[-1].header})",
                    Message(
                        "workbook.one_each",
                        owner=quote(owners[-1]),
                        what=key,
                        row=self.one_each_rows[path],
                    ),
                )
                return
            self.one_each_rows[path] = row
            holder[key] = obj
        else:
            values = holder.setdefault(key, [])
            path = f"{path}[{len(values)}]"
            values.append(obj)
        self.record(sheet, path, row, given)

    def ids_in(self, list_path: str, values: Any) -> dict[str, int]:
        """id → index of the objects in the list at ``list_path`` (the first of a repeated id)."""
        if list_path not in self.id_index:
            found: dict[str, int] = {}
            for index, obj in enumerate(values if isinstance(values, list) else []):
                if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                    found.setdefault(obj["id"], index)
            self.id_index[list_path] = found
        return self.id_index[list_path]

    def record(self, sheet: layout.Sheet, path: str, row: int, given: list[_Bound]) -> None:
        """Where the object at ``path`` came from, for locating problems."""
        entry = self.cells.add_row(path, sheet.name, row, self.first_letter[sheet.name])
        many = [b for b in given if b.column.kind == layout.MANY]
        if many:
            entry.extra = {f"{b.column.key}[{i}]": (b.letter, b.label) for i, b in enumerate(many)}

    def register_columns(self, sheet: layout.Sheet, bound: list[_Bound]) -> None:
        """The sheet's header positions in the cell map: a field, and each language of it."""
        for column in sheet.all_columns():
            mine = [b for b in bound if b.column is column]
            if not mine:
                continue
            first, last = mine[0], mine[-1]
            span = first.letter if first is last else f"{first.letter}:{last.letter}"
            self.cells.add_column(sheet.name, column.key, span, column.header, first.number)
            alias = column.key.split(".")[0]  # "booth" for a problem with the booth as a whole
            if alias != column.key:
                self.cells.add_column(sheet.name, alias, first.letter, column.header, first.number)
            for b in mine:
                if b.tag:
                    self.cells.add_column(
                        sheet.name, f"{column.key}.{b.tag}", b.letter, b.label, b.number
                    )
        letters = {id(b.column): b.letter for b in bound}
        first_column = (sheet.links or sheet.columns)[0]
        self.first_letter[sheet.name] = letters.get(id(first_column), "A")
        self.link_letters[sheet.name] = [letters.get(id(c), "A") for c in sheet.links]


def _headers_of(column: layout.Column) -> list[str]:
    if column.kind == layout.LTEXT:
        return [layout.language_header(column.header, tag) for tag in layout.LANGUAGES]
    if column.kind == layout.MANY:
        return [f"{column.header} 1"]
    return [column.header]


def _is_plain(sheet: layout.Sheet) -> bool:
    return len(sheet.columns) == 1 and sheet.columns[0].key == ""


def _row_of(cell: str) -> int:
    digits = "".join(ch for ch in cell if ch.isdigit())
    return int(digits) if digits else 0


def _put(obj: dict[str, Any], bound: _Bound, value: Any) -> None:
    column = bound.column
    if column.kind == layout.MANY:
        obj.setdefault(column.key, []).append(value)
        return
    *parents, last = column.key.split(".") if column.key else [""]
    for parent in parents:
        obj = obj.setdefault(parent, {})
    if bound.tag:
        obj.setdefault(last, {})[bound.tag] = value
    else:
        obj[last] = value


# -- one cell ---------------------------------------------------------------------------------


class CellProblem(ValueError):
    """A cell that cannot become a value; the message says why and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _unknown_owner(
    owner: str, what: str, sheet: str, close: str | None, parent: tuple[str, str] | None
) -> Message:
    """A link cell naming no row of its parent sheet (``parent``: the grandparent's link)."""
    if parent is None:
        if close:
            return Message(
                "workbook.unknown_owner_hint", owner=owner, what=what, sheet=sheet, suggestion=close
            )
        return Message("workbook.unknown_owner", owner=owner, what=what, sheet=sheet)
    of = {"parent": parent[0], "parent_id": parent[1]}
    if close:
        return Message(
            "workbook.unknown_owner_of_hint",
            owner=owner,
            what=what,
            sheet=sheet,
            suggestion=close,
            **of,
        )
    return Message("workbook.unknown_owner_of", owner=owner, what=what, sheet=sheet, **of)


def cell_value(cell: Any, kind: str) -> Any:
    """The JSON value of ``cell`` for a column of ``kind``; None for a blank cell."""
    value = cell.value
    if cell.data_type == "f":
        formula = value if isinstance(value, str) else getattr(value, "text", "") or "="
        if formula.startswith(("=+", "=-")):  # "+853 6612 3456" typed into a General cell
            raise CellProblem(
                Message(
                    "workbook.sign_formula",
                    formula=quote(formula, 40),
                    sign=formula[1],
                    text=formula[1:],
                )
            )
        raise CellProblem(Message("workbook.formula", formula=quote(formula, 40)))
    if cell.data_type == "e":
        raise CellProblem(Message("workbook.excel_error", error=str(value)))
    if value is None:
        return None
    if isinstance(value, datetime | date | time):
        return _date_value(value, kind)
    if isinstance(value, bool):
        if kind == layout.YES_NO:
            return value
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return _number_value(value, kind)
    text = str(value)
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    if not text.strip():
        return None
    if kind == layout.LTEXT:
        return text
    text = text.strip()
    if kind == layout.IMAGE:
        return text.replace("\\", "/")
    if kind == layout.YES_NO:
        lowered = text.casefold()
        if lowered in _YES or lowered in _NO:
            return lowered in _YES
        raise CellProblem(Message("workbook.not_yes_no", value=quote(text)))
    if kind in (layout.NUMBER, layout.WHOLE):
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return text  # the validator says what is expected
        return int(number) if kind == layout.WHOLE and number.is_integer() else number
    return text


def _date_value(value: datetime | date | time, kind: str) -> str:
    if kind == layout.DATE and isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return day.isoformat()
    if kind == layout.TIME and isinstance(value, time | datetime):
        clock = value.time() if isinstance(value, datetime) else value
        return clock.strftime("%H:%M")
    shown = value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    shown = shown.removesuffix(" 00:00:00")
    raise CellProblem(Message("workbook.date_in_text", shown=shown))


def _number_value(value: float, kind: str) -> Any:
    if kind == layout.TIME:
        raise CellProblem(Message("workbook.number_not_time", value=quote(value)))
    if kind == layout.DATE:
        if 1 <= value < 2_958_466:
            from openpyxl.utils.datetime import from_excel

            day = from_excel(value).date().isoformat()
            raise CellProblem(Message("workbook.number_as_date", value=quote(value), day=day))
        raise CellProblem(Message("workbook.number_not_date", value=quote(value)))
    if kind in (layout.NUMBER, layout.WHOLE):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    if kind == layout.YES_NO:
        if value in (0, 1):
            return bool(value)
        raise CellProblem(Message("workbook.not_yes_no", value=quote(value)))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
