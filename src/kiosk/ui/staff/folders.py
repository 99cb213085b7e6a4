"""The in-kiosk folder browser and the search for content packs and workbooks. Plain Python.

Staff choose an export folder or a content pack without the operating system's file dialog
(which would escape kiosk mode); they browse from a few roots (the kiosk's data folder, the
home folder, removable drives) and cannot climb above them. Unreadable folders are empty, never
an error: a USB stick may be pulled out while it is being browsed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kiosk.content.problems import CONTENT_FILE
from kiosk.content.workbook_file import is_workbook_path

MAX_ENTRIES = 500
PACK_DEPTH = 2  # a pack at the root of a drive, or one or two folders down
MAX_PACKS = 50


def subfolders(path: Path, limit: int = MAX_ENTRIES) -> list[Path]:
    """Visible subfolders of ``path`` by name (case-insensitive); [] if it cannot be read."""
    try:
        with os.scandir(path) as entries:
            found = [
                Path(entry.path)
                for entry in entries
                if not entry.name.startswith(".") and _is_dir(entry)
            ]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name.casefold())[:limit]


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def root_of(path: Path, roots: Iterable[Path]) -> Path | None:
    """The browsing root that holds ``path`` (the deepest, if roots nest), or None."""
    holding = [root for root in roots if path == root or root in path.parents]
    return max(holding, key=lambda root: len(root.parts), default=None)


def has_pack(folder: Path) -> bool:
    try:
        return (folder / CONTENT_FILE).is_file()
    except OSError:
        return False


def workbooks(folder: Path) -> list[Path]:
    """Content workbooks directly in ``folder`` (not Excel's ``~$`` lock files), by name."""
    try:
        with os.scandir(folder) as entries:
            found = [
                Path(entry.path)
                for entry in entries
                if is_workbook_path(entry.name)
                and not entry.name.startswith(("~$", "."))
                and entry.is_file()
            ]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name.casefold())


def find_packs(
    roots: Iterable[Path], depth: int = PACK_DEPTH, limit: int = MAX_PACKS
) -> list[Path]:
    """Folders holding a ``content.json``, and workbooks (``.xlsx``), at most ``depth`` levels
    below each root."""
    found: list[Path] = []
    for folder in _walk(roots, depth):
        candidates = ([folder] if has_pack(folder) else []) + workbooks(folder)
        for candidate in candidates:
            if candidate not in found:
                found.append(candidate)
        if len(found) >= limit:
            return found[:limit]
    return found


def _walk(roots: Iterable[Path], depth: int) -> Iterator[Path]:
    for root in roots:
        level = [root]
        for _ in range(depth + 1):
            yield from level
            level = [child for folder in level for child in subfolders(folder)]
