"""From a JSON path of a pack document back to the workbook cell it was read from.

The validator locates problems by JSON path (``exhibitors[3].name.zh-Hant``); an organiser who
filled in a workbook needs the cell: ``Exhibitors!D7 (name, zh-Hant)``. The reader records where
each row object came from and where each column of a sheet is; :meth:`CellMap.translate` turns
a validator problem into a cell-located one, JSON paths inside its message included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.content.problems import CONTENT_FILE, Problem
from kiosk.domain.messages import Message

_ROW_PATH_IN_MESSAGE = re.compile(r"\b[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)*\[\d+\]")
# A workbook's images sit beside it: the same problems, said of the workbook's folder.
_WORKBOOK_CODES = {
    "term.pack_folder": "term.workbook_folder",
    "image.path_empty": "image.path_empty_workbook",
    "image.path_absolute": "image.path_absolute_workbook",
    "image.path_parent": "image.path_parent_workbook",
    "image.path_folder": "image.path_folder_workbook",
    "image.path_link": "image.path_link_workbook",
    "image.not_found": "image.not_found_workbook",
    "image.not_found_near": "image.not_found_near_workbook",
    "image.not_found_case": "image.not_found_case_workbook",
}
SortKey = tuple[int, int, int]


@dataclass
class _Row:
    sheet: str
    row: int
    first: str  # column letter of the row's first cell
    extra: dict[str, tuple[str, str]] | None = None  # per-row key → (letters, label)


@dataclass
class _SheetInfo:
    order: int
    columns: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (letters, label)
    letters: dict[str, int] = field(default_factory=dict)  # letter → column number


class CellMap:
    """Where the rows and columns of a pack document are in the workbook ``name``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._rows: dict[str, _Row] = {}
        self._sheets: dict[str, _SheetInfo] = {}
        self._lists: dict[str, str] = {}  # JSON path of a list or object → sheet name

    # -- recording (by the reader) ----------------------------------------------------------

    def add_sheet(self, sheet: str, path: str | None, order: int) -> None:
        """``sheet`` holds the list or object at ``path`` (None: rows spread over parents)."""
        self._sheets[sheet] = _SheetInfo(order)
        if path is not None:
            self._lists[path] = sheet

    def add_column(self, sheet: str, key: str, letters: str, label: str, number: int) -> None:
        """Column(s) ``letters`` (``D`` or ``D:G``) of ``sheet`` hold ``key``; the first wins."""
        info = self._sheets[sheet]
        info.columns.setdefault(key, (letters, label))
        for letter in letters.split(":"):
            info.letters.setdefault(letter, number)

    def add_row(self, path: str, sheet: str, row: int, first: str) -> _Row:
        entry = _Row(sheet, row, first)
        self._rows[path] = entry
        return entry

    # -- translating (for problems) ------------------------------------------------------------

    def locate(self, path: str) -> tuple[SortKey, str]:
        """The sort key and the text of the cell (or sheet) that ``path`` came from."""
        prefix = path
        while prefix:
            row = self._rows.get(prefix)
            if row is not None:
                return self._cell(row, path[len(prefix) :].lstrip("."))
            if prefix in self._lists:
                sheet = self._lists[prefix]
                rest = path[len(prefix) :].lstrip(".")
                return (self._sheets[sheet].order, 0, 0), f"{sheet} ({rest})" if rest else sheet
            cut = max(prefix.rfind("."), prefix.rfind("["))
            prefix = prefix[:cut] if cut > 0 else ""
        return (-1, 0, 0), self.name

    def _cell(self, row: _Row, rest: str) -> tuple[SortKey, str]:
        info = self._sheets[row.sheet]
        key = rest
        letters, label = row.first, ""
        while key:
            found = (row.extra or {}).get(key) or info.columns.get(key)
            if found:
                letters, label = found
                break
            cut = max(key.rfind("."), key.rfind("["))
            key = key[:cut] if cut > 0 else ""
        cells = ":".join(f"{letter}{row.row}" for letter in letters.split(":"))
        where = f"{row.sheet}!{cells}" + (f" ({label})" if label else "")
        column = info.letters.get(letters.split(":")[0], 0)
        return (info.order, row.row, column), where

    def translate(self, problem: Problem) -> tuple[SortKey, Problem]:
        """A validator problem located by cell, with JSON paths in its message as cells too."""
        path = "" if problem.path == CONTENT_FILE else problem.path
        key, where = self.locate(path)
        return key, Problem(where, self._for_workbook(problem.message))

    def _for_workbook(self, message: Message) -> Message:
        """``message`` with JSON paths in its parameters as cells, said of a workbook."""
        params = {
            name: self._for_workbook(value)
            if isinstance(value, Message)
            else _ROW_PATH_IN_MESSAGE.sub(lambda m: self._row_ref(m.group()), value)
            if isinstance(value, str)
            else value
            for name, value in message.params.items()
        }
        return Message(_WORKBOOK_CODES.get(message.code, message.code), **params)

    def _row_ref(self, path: str) -> str:
        row = self._rows.get(path)
        return f"{row.sheet}!{row.first}{row.row}" if row else path
