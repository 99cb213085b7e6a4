"""Read an export file back from the destination and compare it with the database.

A CSV is parsed with the csv module (after checking its BOM); a workbook is opened as the zip
it is and each sheet's XML parsed by expat as it streams (openpyxl would take ~18 s for 100,000
leads here), counting rows, collecting the lead ids of the first column and refusing any
formula element. Reading a zip member to its end also checks its CRC.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import html
import posixpath
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.etree import ElementTree
from xml.parsers import expat

from kiosk.errors import KioskError
from kiosk.services.export.digest import IdDigest
from kiosk.services.export.sheets import LEAD_ID_HEADER

_CHUNK = 1 << 20
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass
class ReadBack:
    """What a file holds: data rows per sheet, the ids of its first sheet, bytes and SHA-256."""

    rows: dict[str, int] = field(default_factory=dict)
    ids: IdDigest = field(default_factory=IdDigest)
    sha256: str = ""
    size: int = 0


def sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _bad(path: Path, why: str) -> KioskError:
    return KioskError(f"export check failed: {path.name}: {why}")


def read_csv(path: Path, sheet: str) -> ReadBack:
    result = ReadBack()
    result.sha256, result.size = sha256_of(path)
    with open(path, "rb") as raw:
        if raw.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
            raise _bad(path, "no UTF-8 byte order mark")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, dialect="excel")
        header = next(reader, None)
        if not header or header[0] != LEAD_ID_HEADER:
            raise _bad(path, f"the first column is not {LEAD_ID_HEADER!r}")
        result.ids.add_all(row[0] for row in reader)
    result.rows[sheet] = result.ids.count
    return result


def read_crm_csv(path: Path, sheet: str, header: list[str]) -> ReadBack:
    """A CRM file as its import reads it: UTF-8 (no BOM), this exact header, rows counted."""
    result = ReadBack()
    result.sha256, result.size = sha256_of(path)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, dialect="excel")
            if next(reader, None) != header:
                raise _bad(path, "its header row is not the one the CRM import expects")
            result.rows[sheet] = sum(1 for _ in reader)
    except UnicodeDecodeError:
        raise _bad(path, "not UTF-8 text") from None
    return result


_ROW_END = b"</row>"
_CELL_A = re.compile(rb'<c r="A(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_TEXT = re.compile(rb"<t(?:\s[^>]*)?>([^<]*)</t>")
_VALUE = re.compile(rb"<v>([^<]*)</v>")


class _SheetScan:
    """One worksheet's XML: well-formed (expat), rows, formulas, and column A's text.

    expat runs without Python callbacks (a callback per element would cost ~4 s for 100,000
    leads); rows, formula elements and column A are found in the raw XML cut at row ends.
    """

    def __init__(self, shared: list[str], ids: IdDigest | None) -> None:
        self.rows = 0
        self.formulas = 0
        self.first_header = ""
        self._shared = shared
        self._ids = ids

    def feed(self, stream: BinaryIO) -> None:
        parser = expat.ParserCreate()
        carry = b""
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
            data = carry + chunk
            cut = data.rfind(_ROW_END)
            if cut < 0:
                carry = data
                continue
            cut += len(_ROW_END)
            self._scan(data[:cut])
            carry = data[cut:]
        parser.Parse(b"", True)
        self._scan(carry)

    def _scan(self, xml: bytes) -> None:
        self.rows += xml.count(b"<row ") + xml.count(b"<row>")
        self.formulas += xml.count(b"<f>") + xml.count(b"<f ") + xml.count(b"<f/>")
        ids: list[str] = []
        for match in _CELL_A.finditer(xml):
            row, attrs, body = match.groups()
            body = body or b""
            if b't="s"' in attrs:
                found = _VALUE.search(body)
                value = self._shared[int(found.group(1))] if found else ""
            else:
                value = html.unescape(
                    b"".join(_TEXT.findall(body) or _VALUE.findall(body)).decode()
                )
            if row == b"1":
                self.first_header = value
            else:
                ids.append(value)
        if self._ids is not None:
            self._ids.add_all(ids)


def _sheet_parts(book: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → zip member, from the workbook and its relationships."""
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{{{_PKG_REL_NS}}}Relationship")
    }
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    parts = {}
    for sheet in workbook.iter(f"{{{_MAIN_NS}}}sheet"):
        target = targets.get(sheet.get(f"{{{_REL_NS}}}id"), "")
        member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(member)
    return parts


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    return [
        "".join(t.text or "" for t in item.iter(f"{{{_MAIN_NS}}}t"))
        for item in root.iter(f"{{{_MAIN_NS}}}si")
    ]


def read_xlsx(path: Path, sheets: Mapping[str, bool]) -> ReadBack:
    """Open the workbook; ``sheets`` maps each expected sheet to whether column A holds lead ids."""
    result = ReadBack()
    result.sha256, result.size = sha256_of(path)
    try:
        with zipfile.ZipFile(path) as book:
            parts = _sheet_parts(book)
            shared = _shared_strings(book)
            for sheet, has_ids in sheets.items():
                if sheet not in parts:
                    raise _bad(path, f"no sheet {sheet!r}")
                scan = _SheetScan(shared, result.ids if has_ids else None)
                with book.open(parts[sheet]) as stream:
                    scan.feed(stream)
                if scan.formulas:
                    raise _bad(path, f"sheet {sheet!r} holds {scan.formulas} formula(s)")
                if scan.first_header != LEAD_ID_HEADER:
                    raise _bad(path, f"sheet {sheet!r} does not start with {LEAD_ID_HEADER!r}")
                result.rows[sheet] = max(0, scan.rows - 1)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, expat.ExpatError) as exc:
        raise _bad(path, f"not a readable workbook ({exc})") from exc
    return result


def compare(path: Path, got: ReadBack, rows: Mapping[str, int], ids: IdDigest | None) -> None:
    """Raise unless the file has the database's row counts and lead ids (``ids`` None: a CRM
    file, which has no lead id column, is checked by its counts)."""
    for sheet, expected in rows.items():
        found = got.rows.get(sheet)
        if found != expected:
            raise _bad(path, f"sheet {sheet!r} has {found} rows, the database has {expected}")
    if ids is not None and got.ids != ids:
        raise _bad(path, "its lead ids differ from the database's")
