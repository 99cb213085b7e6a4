"""Open an organiser's workbook safely: the file-level checks before any cell is read.

A workbook comes from a USB stick like a pack does. What is not a plain ``.xlsx`` is refused
with one line saying what it is and what to do: a macro workbook (even renamed), an Excel
97–2003 or password-protected file, an OpenDocument sheet, a zip bomb, anything else. The
workbook is opened in openpyxl's read-only mode (streamed, so 5,000 exhibitors stay small).
"""

from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path
from typing import Any

from kiosk.content.problems import PackInvalid, Problem
from kiosk.domain.sizes import format_size

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".ods"})
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # what the zip holds once unpacked
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx files with a password
_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


def is_workbook_path(path: Path | str) -> bool:
    """A path the kiosk reads as a workbook (by its name; the content is checked on opening)."""
    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES


def _refuse(path: Path, message: str) -> PackInvalid:
    return PackInvalid([Problem(path.name, message)], source=str(path))


def open_workbook(path: Path) -> Any:
    """The workbook in read-only mode (close it after use); :class:`PackInvalid` otherwise."""
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".xltm"):
        raise _refuse(
            path,
            "is a macro-enabled workbook; the kiosk reads no macros: save it as "
            '"Excel Workbook (.xlsx)"',
        )
    if suffix == ".ods":
        raise _refuse(path, 'is an OpenDocument spreadsheet; save it as "Excel Workbook (.xlsx)"')
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise _refuse(path, "is a folder, not a workbook")
        if not stat.S_ISREG(status.st_mode):  # a pipe or a device would block the read
            raise _refuse(path, "is not a regular file")
        size = status.st_size
        with path.open("rb") as file:
            head = file.read(8)
    except FileNotFoundError:
        raise _refuse(path, "no such file") from None
    except OSError as exc:
        raise _refuse(path, f"cannot be read: {exc.strerror or exc}") from None
    if size > MAX_WORKBOOK_BYTES:
        raise _refuse(
            path,
            f"is {format_size(size, binary=True)}; "
            f"a workbook may be at most {format_size(MAX_WORKBOOK_BYTES, binary=True)}",
        )
    if head == _OLE_MAGIC:
        raise _refuse(
            path,
            "is an Excel 97-2003 workbook or one protected by a password; save it without a "
            'password as "Excel Workbook (.xlsx)"',
        )
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "is not an Excel workbook (.xlsx); save the sheet from Excel as one")
    _check_archive(path)
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        why = reason(exc)
        raise _refuse(path, f"is not an Excel workbook the kiosk can read ({why})") from None


def reason(exc: BaseException, limit: int = 200) -> str:
    """What went wrong, in one short line: the underlying error when there is one."""
    cause = exc.__cause__ or exc.__context__ or exc
    text = " ".join(str(cause).split()) or cause.__class__.__name__
    if cause.__class__.__module__.startswith("defusedxml"):
        text = f"{cause.__class__.__name__}: {text}"  # e.g. EntitiesForbidden
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(path, f"is not an Excel workbook (.xlsx): {exc}") from None
    names = {info.filename.lower() for info in infos}
    if "xl/workbook.xml" not in names:
        raise _refuse(path, "is a zip file but not an Excel workbook (.xlsx)")
    if any(name.endswith("vbaproject.bin") for name in names):
        raise _refuse(
            path,
            "holds macros (it is a macro-enabled workbook renamed .xlsx); the kiosk reads no "
            'macros: save it as "Excel Workbook (.xlsx)"',
        )
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise _refuse(
            path,
            f"unpacks to {format_size(unpacked, binary=True)}; a workbook may hold at most "
            f"{format_size(MAX_UNPACKED_BYTES, binary=True)}",
        )


def merged_ranges(workbook: Any, worksheet: Any) -> list[str]:
    """The merged ranges of a read-only worksheet (openpyxl does not parse them in that mode,
    so the sheet's XML is searched for its ``<mergeCell>`` elements)."""
    archive = getattr(workbook, "_archive", None)
    part = getattr(worksheet, "_worksheet_path", None)
    if archive is None or part is None:  # pragma: no cover - openpyxl internals moved
        return []
    with archive.open(part) as source:
        data = source.read()
    return [match.decode("ascii") for match in _MERGE_CELL.findall(data)]
