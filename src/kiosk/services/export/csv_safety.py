"""CSV cells a spreadsheet will never run as a formula, whatever list separator it uses.

OWASP "CSV Injection": Excel evaluates a cell starting with ``= + - @``. Which characters end a
cell depends on the reader: Excel in Portugal or Brazil splits on ``;``, elsewhere on ``,``,
and a file opened with the other separator is cut inside quoted fields too (``Ana;=1+1`` becomes
the cells ``Ana`` and ``=1+1``). So every field is quoted (``csv.QUOTE_ALL``) and the rule is:

- a value that is a plain number or a phone number in E.164 form (``+85366123456``, ``-2.5``)
  is written as it is: nothing in it can call a function, and a CRM reads the phone unchanged;
- except a signed number in a row's first cell with more cells after it: read with the other
  separator, the whole line is one cell that starts with the sign (``-1,"Ana"``), no number;
- any other value gets a ``'`` (which Excel shows as text and does not evaluate) at its start
  if it starts with ``= + - @``, TAB, CR or LF, and before every ``= + - @`` that follows a
  ``,`` ``;`` TAB, CR or LF (spaces and double quotes in between are skipped, as a reader
  cutting the line there would keep them in front of the trigger).

Other writers of spreadsheet text (CRM formats) use :func:`neutralise_formulas` and
:func:`safe_csv_writer` so every CSV the kiosk writes follows the same rule.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any, Protocol

FORMULA_TRIGGERS = frozenset("=+-@\t\r\n")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
# A formula trigger at the start of the value or of any piece a reader may cut it into.
_TRIGGER_AFTER_CUT = re.compile(r"((?:\A|[,;\t\r\n])[ \t\r\n\"]*)(?=[=+\-@])")
_SUSPECT = re.compile(r"\A[\t\r\n]|" + _TRIGGER_AFTER_CUT.pattern)


def neutralise_formulas(value: str) -> str:
    """``value`` as a CSV cell that no spreadsheet evaluates, with `,` or `;` as separator."""
    if not _SUSPECT.search(value) or _PLAIN_NUMBER.fullmatch(value):
        return value
    safe = _TRIGGER_AFTER_CUT.sub(r"\1'", value)
    if safe and safe[0] in "\t\r\n":
        safe = "'" + safe
    return safe


# The same test over a whole row's texts, each preceded by NUL (a cell's start): one scan finds
# the few cells that need a look, so an export of 100,000 rows does not pay a call per cell.
# (It starts with a character set, which lets the regex engine skip ordinary text quickly, and
# passes over a cell that is a plain number or phone, found in nearly every row.)
_ROW_SUSPECT = re.compile(
    r"[\x00,;\t\r\n]"
    r"(?:(?<=\x00)[\t\r\n]|(?<=\x00)(?![+-]?[0-9]+(?:\.[0-9]+)?(?:\x00|\Z))[ \t\r\n\"]*[=+\-@]"
    r"|(?<!\x00)[ \t\r\n\"]*[=+\-@])"
)


def safe_cells(cells: Sequence[Any]) -> Sequence[Any]:
    """One row's cells, text neutralised (``neutralise_formulas``), numbers as they are; the
    row itself when nothing in it needs a change (it is never changed in place)."""
    row = _neutralised(cells)
    first = row[0] if len(row) > 1 else None
    if first.__class__ is str and first[:1] in ("+", "-") and _PLAIN_NUMBER.fullmatch(first):
        return ["'" + first, *row[1:]]  # the whole line, read as one cell, starts with it
    return row


def _neutralised(cells: Sequence[Any]) -> Sequence[Any]:
    texts = [cell if cell.__class__ is str else "" for cell in cells]
    joined = "\x00" + "\x00".join(texts)
    if joined.count("\x00") != len(texts):  # a NUL inside a text: look at each cell
        return [neutralise_formulas(c) if c.__class__ is str else c for c in cells]
    first = _ROW_SUSPECT.search(joined)
    if first is None:
        return cells
    offsets = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=1))
    row = list(cells)
    for match in _ROW_SUSPECT.finditer(joined, first.start()):
        index = bisect_right(offsets, match.end() - 1) - 1
        row[index] = neutralise_formulas(cells[index])
    return row


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


def safe_csv_writer(handle: _Writable) -> Any:
    """A ``csv.writer`` that quotes every field (Excel dialect, CRLF line ends); pass rows
    through :func:`safe_cells`."""
    return csv.writer(handle, dialect="excel", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
