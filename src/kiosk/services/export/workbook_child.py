"""The workbook writer's process: xlsxwriter, fed rows through a pipe by ``workbook_process``.

xlsxwriter spends ~7 µs of Python per cell (20 s for the 2.8 million cells of 100,000 leads):
in its own process that time runs beside the database reading, the CSV and the read-back, and
it never holds the GIL of the kiosk's UI process. This module imports only the standard
library and xlsxwriter, so the process starts light.

Protocol (tuples): ``("open", key, path, {sheet: header})``, ``("rows", key, sheet, rows)``,
``("close", key)``, ``("drop", key)`` and ``("stop",)``; ``rows`` and ``close`` are answered
``("ok",)`` or ``("error", errno, strerror, text)``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime
from multiprocessing.connection import Connection
from typing import Any

import xlsxwriter

OPTIONS = {
    "constant_memory": True,  # rows stream to disk: memory stays flat whatever the count
    "strings_to_formulas": False,  # text is never a formula (OWASP CSV injection)
    "strings_to_numbers": False,
    "strings_to_urls": False,
}


MEASURED_ROWS = 500  # column widths follow the header and the first rows of each sheet
MAX_WIDTH = 60  # characters; longer text (a message) wraps in the cell's own view
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Workbook:
    """One workbook streamed row by row; every text cell is written as a string cell, a
    date-time as a date-time cell. Each sheet has a bold, frozen header with a filter, and
    columns as wide as their content (up to ``MAX_WIDTH``)."""

    def __init__(self, path: str, sheets: Mapping[str, Sequence[str]]) -> None:
        self._book = xlsxwriter.Workbook(path, OPTIONS)
        bold = self._book.add_format({"bold": True})
        self._datetime = self._book.add_format({"num_format": DATETIME_FORMAT})
        self._sheets = {}
        self._next = {}
        self._widths: dict[str, list[int]] = {}
        for sheet, header in sheets.items():
            worksheet = self._book.add_worksheet(sheet)
            worksheet.freeze_panes(1, 0)
            for col, title in enumerate(header):
                worksheet.write_string(0, col, title, bold)
            self._sheets[sheet] = worksheet
            self._next[sheet] = 1
            self._widths[sheet] = [text_width(title) + 3 for title in header]  # + filter button

    def write_rows(self, sheet: str, rows: Sequence[Sequence[Any]]) -> None:
        worksheet = self._sheets[sheet]
        write_string, write_number = worksheet.write_string, worksheet.write_number
        write_datetime, datetime_format = worksheet.write_datetime, self._datetime
        for row, cells in enumerate(rows, start=self._next[sheet]):
            for col, cell in enumerate(cells):
                if cell.__class__ is str:
                    write_string(row, col, cell)
                elif isinstance(cell, datetime):
                    write_datetime(row, col, cell, datetime_format)
                else:
                    write_number(row, col, cell)
        if self._next[sheet] <= MEASURED_ROWS:
            self._measure(sheet, rows[: MEASURED_ROWS + 1 - self._next[sheet]])
        self._next[sheet] += len(rows)

    def _measure(self, sheet: str, rows: Sequence[Sequence[Any]]) -> None:
        widths = self._widths[sheet]
        for cells in rows:
            for col, cell in enumerate(cells):
                width = 16 if isinstance(cell, datetime) else text_width(str(cell))
                if width > widths[col]:
                    widths[col] = width

    def close(self) -> None:
        for sheet, worksheet in self._sheets.items():
            widths = self._widths[sheet]
            for col, width in enumerate(widths):
                worksheet.set_column(col, col, min(width + 1, MAX_WIDTH))
            worksheet.autofilter(0, 0, max(self._next[sheet] - 1, 0), len(widths) - 1)
        self._book.close()


def _failure(exc: BaseException) -> tuple[Any, ...]:
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
    return (
        "error",
        getattr(cause, "errno", None),
        getattr(cause, "strerror", None),
        str(cause) or cause.__class__.__name__,
    )


def serve(conn: Connection) -> None:
    """The child's loop: runs until told to stop or the parent goes away.

    ``rows`` and ``close`` each get one answer: ``("ok",)`` or the failure. A workbook that
    failed (even to open) answers every later request with that failure.
    """
    books: dict[int, Workbook] = {}
    failed: dict[int, tuple[Any, ...]] = {}
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        op = message[0]
        if op == "stop":
            return
        key = message[1]
        try:
            if op == "open":
                books[key] = Workbook(message[2], message[3])
            elif op == "drop":
                books.pop(key, None)
                failed.pop(key, None)
            elif key in failed:
                conn.send(failed[key])
            elif op == "rows":
                books[key].write_rows(message[2], message[3])
                conn.send(("ok",))
            elif op == "close":
                books.pop(key).close()
                conn.send(("ok",))
        except Exception as exc:  # the parent raises it as the export's failure
            books.pop(key, None)
            failed[key] = _failure(exc)
            if op != "open":
                conn.send(failed[key])
