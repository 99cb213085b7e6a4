"""Export files, each written under a temporary name and published atomically.

A file is written as ``.NAME.<random>.part`` in the export's folder, flushed, fsync'd and
renamed to ``NAME``, then the folder is fsync'd. That folder is itself a temporary one on the
drive (``staging``), renamed into place only once every file is verified.

Formula injection (OWASP "CSV Injection"): every CSV field is quoted and its text neutralised
for Excel with either list separator (``csv_safety``); in XLSX every text cell is written with
``write_string`` (a string cell, never a formula) and the workbook's automatic conversions are
off (``workbook_child``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError
from kiosk.services.export.csv_safety import safe_cells, safe_csv_writer
from kiosk.services.export.labels import Labels
from kiosk.services.export.readable import readable_columns
from kiosk.services.export.sheets import Cell
from kiosk.services.export.workbook_process import WorkbookProcess

_WRITE_BUFFER = 1 << 20


def temp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{secrets.token_hex(4)}.part")


def _fsync(path: Path, flags: int) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Force a closed file's data to the device (Windows needs write access to flush)."""
    _fsync(path, os.O_RDWR)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; Windows cannot open a folder, and does not need this."""
    if os.name != "nt":
        _fsync(folder, os.O_RDONLY)


def publish(temp: Path, final: Path) -> None:
    """fsync ``temp``, rename it to ``final`` and fsync the folder."""
    fsync_file(temp)
    os.replace(temp, final)
    fsync_dir(final.parent)


def write_atomically(final: Path, data: bytes) -> None:
    """Write a small file (the manifest) the same safe way."""
    temp = temp_name(final)
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
        publish(temp, final)
    except BaseException:
        remove_quietly(temp)
        raise


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


_GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOTDIR, errno.ESTALE}
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class ExportFailed(KioskError):
    """An export that could not be written. ``reason`` names the cause in one word so the staff
    screen can say it in the staff's language: "full", "read_only", "gone" (the drive was
    removed or the folder is missing) or "other". ``destination`` is the folder concerned and
    ``detail`` the system's own words for an "other" failure, for the same screen."""

    def __init__(
        self,
        message: str,
        reason: str = "other",
        *,
        destination: Path | str | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.destination = str(destination) if destination is not None else ""
        self.detail = detail


def io_failure(exc: BaseException, destination: Path) -> ExportFailed:
    """A message staff can act on for a failed write to ``destination`` (the workbook
    writer's failures arrive as OSError too: ``workbook_process``)."""
    code = getattr(exc, "errno", None)
    detail = ""
    if code in _FULL:
        reason, what = (
            "full",
            f"the destination {destination} is full: free some space or use another drive",
        )
    elif code in _READ_ONLY:
        reason, what = (
            "read_only",
            f"cannot write to {destination}: it is read-only or not writable",
        )
    elif code in _GONE:
        reason = "gone"
        what = f"the destination {destination} is no longer available (was the drive removed?)"
    else:
        reason = "other"
        detail = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
        what = f"writing to {destination} failed: {detail}"
    return ExportFailed(
        f"export failed: {what}; no leads were marked as exported",
        reason,
        destination=destination,
        detail=detail,
    )


class Output(ABC):
    """One file of the export, with the sheets it holds and the rows written to each."""

    def __init__(self, folder: Path, name: str, sheets: Mapping[str, Sequence[str]]) -> None:
        self.name = name
        self.final = folder / name
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self.temp = temp_name(self.final)
        self.headers = {sheet: list(header) for sheet, header in sheets.items()}
        self.rows = dict.fromkeys(sheets, 0)
        self.published = False

    def write_rows(self, sheet: str, rows: Sequence[Sequence[Cell]]) -> None:
        self._write_rows(sheet, rows)
        self.rows[sheet] += len(rows)

    def publish(self) -> None:
        self._close()
        publish(self.temp, self.final)
        self.published = True

    def discard(self) -> None:
        """Drop the temporary file (and the final one if this export had published it)."""
        with contextlib.suppress(OSError):
            self._close()
        remove_quietly(self.temp)
        if self.published:
            remove_quietly(self.final)

    @abstractmethod
    def _write_rows(self, sheet: str, rows: Sequence[Sequence[Cell]]) -> None: ...

    @abstractmethod
    def _close(self) -> None: ...


class CsvOutput(Output):
    """UTF-8 with a BOM (so Excel reads Chinese), every field quoted (RFC 4180), CRLF line
    ends, text neutralised against formulas (``csv_safety``)."""

    kind = "csv"
    encoding = "utf-8-sig"

    def __init__(self, folder: Path, name: str, sheets: Mapping[str, Sequence[str]]) -> None:
        if len(sheets) != 1:
            raise ValueError("a CSV file holds one sheet")
        super().__init__(folder, name, sheets)
        self._handle = open(  # noqa: SIM115 - closed in _close()
            self.temp, "w", encoding=self.encoding, newline="", buffering=_WRITE_BUFFER
        )
        self._writer = safe_csv_writer(self._handle)
        (header,) = self.headers.values()
        self._writer.writerow(header)

    def _write_rows(self, sheet: str, rows: Sequence[Sequence[Cell]]) -> None:
        self._writer.writerows(map(safe_cells, rows))

    def _close(self) -> None:
        if not self._handle.closed:
            self._handle.flush()
            self._handle.close()


class CrmCsvOutput(CsvOutput):
    """A CRM import file (``crm``): UTF-8 without a BOM, cells written as given, because
    ``crm.cells`` already neutralised the free text and the email and phone must stay as
    they are."""

    kind = "crm"
    encoding = "utf-8"

    def _write_rows(self, sheet: str, rows: Sequence[Sequence[Cell]]) -> None:
        self._writer.writerows(rows)


def _readable_row(row: Sequence[Any], columns: Mapping[int, Any]) -> list[Any]:
    cells = list(row)
    for index, show in columns.items():
        cells[index] = show(cells[index])
    return cells


class XlsxOutput(Output):
    """A workbook written by the export's writer process (``workbook_process``): streamed row
    by row (xlsxwriter ``constant_memory``), text never a formula."""

    kind = "xlsx"

    def __init__(
        self,
        folder: Path,
        name: str,
        sheets: Mapping[str, Sequence[str]],
        writer: WorkbookProcess,
        labels: Labels | None = None,
    ) -> None:
        super().__init__(folder, name, sheets)
        self._writer = writer
        self._readable = {
            sheet: readable_columns(header, labels or Labels()) for sheet, header in sheets.items()
        }
        self._key: int | None = writer.open(self.temp, self.headers)

    def _write_rows(self, sheet: str, rows: Sequence[Sequence[Any]]) -> None:
        assert self._key is not None
        columns = self._readable.get(sheet)
        if columns:
            rows = [_readable_row(row, columns) for row in rows]
        self._writer.write_rows(self._key, sheet, rows)

    def _close(self) -> None:
        if self._key is not None:
            key, self._key = self._key, None
            self._writer.finish(key)

    def discard(self) -> None:
        if self._key is not None:
            key, self._key = self._key, None
            with contextlib.suppress(KioskError, OSError):
                self._writer.drop(key)
        super().discard()
