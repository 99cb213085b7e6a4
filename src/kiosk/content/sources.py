"""Where content comes from: a pack folder (content.json) or an organiser's workbook.

Commands, the importer and the staff screen take a path and need not care which it is:
:func:`validate_source` checks either and returns the same :class:`ContentPack`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.content.problems import CONTENT_FILE, PackInvalid, Problem
from kiosk.content.schema import ContentPack
from kiosk.content.workbook_file import is_workbook_path


def resolve_source(path: Path | str) -> Path:
    """The path itself, or for a folder with no content.json, the one workbook in it."""
    path = Path(path).expanduser()
    if path.is_dir() and not (path / CONTENT_FILE).exists():
        found = [p for p in path.glob("*.xlsx") if not p.name.startswith(("~$", "."))]
        if len(found) == 1:
            return found[0]
    return path


ExtraCheck = Callable[[ContentPack], list[Problem]]


def validate_source(path: Path | str, extra: ExtraCheck | None = None) -> ContentPack:
    """Check a pack folder, its content.json, or a workbook (``.xlsx``) completely. A folder
    with no content.json but one workbook in it is that workbook. ``extra`` checks a valid
    pack further (its problems located by JSON path, or by cell for a workbook)."""
    path = resolve_source(path)
    if is_workbook_path(path):
        from kiosk.content.workbook_read import validate_workbook

        return validate_workbook(path, extra=extra)
    from kiosk.content.validate import validate_pack

    pack = validate_pack(path)
    problems = extra(pack) if extra else []
    if problems:
        raise PackInvalid(problems, source=str(pack.folder))
    return pack


def source_document(path: Path | str) -> tuple[dict[str, Any], Path]:
    """The document as the source holds it (before validation turns it into typed objects),
    and the folder its image paths start from: what an export writes, every field included."""
    path = resolve_source(path)
    if is_workbook_path(path):
        from kiosk.content.workbook_read import read_workbook

        return read_workbook(path).document, path.parent
    from kiosk.content.validate import locate_pack, read_content_json

    folder, content_file = locate_pack(path)
    data, _ = read_content_json(content_file)
    return data, folder
