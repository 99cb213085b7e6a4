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
from kiosk.domain.messages import Message
from kiosk.domain.sizes import format_size

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".ods"})
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # what the zip holds once unpacked
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx files with a password
_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


def is_workbook_path(path: Path | str) -> bool:
    """A path the kiosk reads as a workbook (by its name; the content is checked on opening)."""
    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES


def _refuse(path: Path, message: Message) -> PackInvalid:
    return PackInvalid([Problem(path.name, message)], source=str(path))


def open_workbook(path: Path) -> Any:
    """The workbook in read-only mode (close it after use); :class:`PackInvalid` otherwise."""
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".xltm"):
        raise _refuse(path, Message("workbook.macro_enabled"))
    if suffix == ".ods":
        raise _refuse(path, Message("workbook.open_document"))
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise _refuse(path, Message("workbook.folder"))
        if not stat.S_ISREG(status.st_mode):  # a pipe or a device would block the read
            raise _refuse(path, Message("workbook.not_regular"))
        size = status.st_size
        with path.open("rb") as file:
            head = file.read(8)
    except FileNotFoundError:
        raise _refuse(path, Message("workbook.no_file")) from None
    except OSError as exc:
        raise _refuse(path, Message("file.unreadable", reason=str(exc.strerror or exc))) from None
    if size > MAX_WORKBOOK_BYTES:
        limit = format_size(MAX_WORKBOOK_BYTES, binary=True)
        raise _refuse(
            path, Message("workbook.too_big", size=format_size(size, binary=True), limit=limit)
        )
    if head == _OLE_MAGIC:
        raise _refuse(path, Message("workbook.old_or_protected"))
    if not zipfile.is_zipfile(path):
        raise _refuse(path, Message("workbook.not_workbook"))
    _check_archive(path)
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        why = reason(exc)
        raise _refuse(path, Message("workbook.unreadable", reason=why)) from None


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
        raise _refuse(path, Message("workbook.bad_zip", reason=str(exc))) from None
    names = {info.filename.lower() for info in infos}
    if "xl/workbook.xml" not in names:
        raise _refuse(path, Message("workbook.zip_not_workbook"))
    if any(name.endswith("vbaproject.bin") for name in names):
        raise _refuse(path, Message("workbook.macros"))
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        limit = format_size(MAX_UNPACKED_BYTES, binary=True)
        raise _refuse(
            path,
            Message(
                "workbook.unpacks_too_big", size=format_size(unpacked, binary=True), limit=limit
            ),
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
