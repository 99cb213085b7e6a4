"""CSV cells a spreadsheet will never run as a formula, whatever list separator it uses.

OWASP "CSV Injection": Excel evaluates a cell starting with ``= + - @``. Which characters end a
cell depends on the reader: Excel in Portugal or Brazil splits on ``;``, elsewhere on ``,``,
and a file opened with the other separator is cut inside quoted fields too (``Ana;=1+1`` becomes
the cells ``Ana`` and ``=1+1``). So every field is quoted (``csv.QUOTE_ALL``) and the rule is:

- a value that is a plain number or a phone number in E.164 form (``+85366123456``, ``-2.5``)
  is written as it is: nothing in it can call a function, and a CRM reads the phone unchanged;
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
from collections.abc import Iterable
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


def safe_cells(cells: Iterable[Any]) -> list[Any]:
    """One row's cells, text neutralised, numbers as they are."""
    return [neutralise_formulas(c) if c.__class__ is str else c for c in cells]


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


def safe_csv_writer(handle: _Writable) -> Any:
    """A ``csv.writer`` that quotes every field (Excel dialect, CRLF line ends); pass rows
    through :func:`safe_cells`."""
    return csv.writer(handle, dialect="excel", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
