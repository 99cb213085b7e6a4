"""Content workbooks for tests: a valid one written from a pack document, then edited as an
organiser would in Excel (openpyxl in full mode), to break one thing at a time."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from packs import matching_section, valid_content, write_pack

from kiosk.content.workbook_write import write_workbook


def with_matching(content: dict[str, Any]) -> dict[str, Any]:
    """``content`` (at least two exhibitors) with the matching tests' section, its second
    session's place as plain text and in staff-confirm mode."""
    content["matching"] = matching_section()
    content["matching"]["mode"] = "staff-confirm"
    content["matching"]["sessions"][1]["place"] = "Hall 7.2"
    return content


def with_questions(content: dict[str, Any]) -> dict[str, Any]:
    """``content`` whose first exhibitor asks two qualifying questions and whose contact gives
    family and given names."""
    first = content["exhibitors"][0]
    first["questions"] = [
        {
            "id": "volume",
            "type": "single",
            "text": {"en": "Yearly volume?", "zh-Hant": "每年數量？"},
            "required": True,
            "choices": [
                {"id": "small", "text": {"en": "Under 1 t"}},
                {"id": "large", "text": {"en": "Over 1 t", "pt": "Mais de 1 t"}},
            ],
        },
        {"id": "notes", "type": "text", "text": "Anything else?"},
    ]
    first["contact"]["family_name"] = {"zh-Hant": "陳", "en": "Chan"}
    first["contact"]["given_name"] = {"zh-Hant": "大文", "en": "Tai Man"}
    return content


def with_privacy(content: dict[str, Any]) -> dict[str, Any]:
    """``content`` with a minimum age and a purpose whose data leaves mainland China."""
    content["consent"]["minimum_age"] = 16
    content["consent"]["purposes"][1]["cross_border"] = {
        item: {tag: f"{item} ({tag})" for tag in ("en", "pt", "zh-Hant", "zh-Hans")}
        for item in ("recipient", "contact", "purpose", "method", "categories", "rights")
    }
    return content


def write_pack_workbook(folder: Path, content: dict[str, Any] | None = None) -> Path:
    """A workbook of ``content`` (default: ``valid_content()``) with its images beside it."""
    document = valid_content() if content is None else content
    write_pack(folder, document)
    (folder / "content.json").unlink()
    return write_workbook(folder / "event.xlsx", document)


def comparable(pack: Any, *, images: bool = True) -> Any:
    """Everything a validated pack holds, as plain data, but where it was read from (folder,
    file hash, the images' absolute paths): two packs with equal results hold the same content.
    Every field of the typed pack counts, so a field the workbook loses fails a comparison."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            if "rel" in value and "source" in value:  # an ImageFile
                return {k: v for k, v in value.items() if k != "source"} if images else "image"
            return {k: strip(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [strip(v) for v in value]
        return value

    data = dataclasses.asdict(pack)
    for key in ("folder", "sha256", "source", "images"):
        data.pop(key)
    return strip(data)


def edit(path: Path, change: Callable[[Any], None], *, out: Path | None = None) -> Path:
    """Open the workbook, let ``change`` edit it, save it (to ``out`` if given)."""
    workbook = openpyxl.load_workbook(path)
    change(workbook)
    target = out or path
    workbook.save(target)
    return target


def find_cell(worksheet: Any, header: str, row: int = 2) -> Any:
    """The cell in ``row`` of the column headed ``header``."""
    for cell in worksheet[1]:
        if cell.value == header:
            return worksheet.cell(row=row, column=cell.column)
    raise KeyError(header)
