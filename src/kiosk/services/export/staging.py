"""The export's temporary folder on the target drive, and what earlier interrupted runs left.

An export writes into a hidden ``.<folder>.partial`` next to where its folder will be, and
renames it into place only after every file was read back and the manifest written: an export
interrupted at any moment (drive pulled out, power cut, SIGKILL) leaves no complete-looking
file under a final name, only a ``.partial`` folder that the next export to that drive removes
(and says so). A running export holds a lock on a file inside its folder, so a second export
to the same drive at the same time never removes the first one's work.

Before this folder existed, each file was written as ``.NAME.<random>.part`` inside the export
folder; such files left by an older version are removed too.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from kiosk.services.export.outputs import fsync_dir

SUFFIX = ".partial"
LOCK_NAME = ".export.lock"
_STAGING = re.compile(r"^\.leads-.+\.partial$")
_OLD_PART = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")
_EXPORT_FOLDER = re.compile(r"^leads-.+$")


@dataclass(frozen=True)
class Leftover:
    """Something an earlier, interrupted export left on the drive and this one removed."""

    name: str  # relative to the destination
    size: int


def staging_path(final: Path) -> Path:
    return final.with_name(f".{final.name}{SUFFIX}")


class Staging:
    """The locked temporary folder of one export; ``publish`` renames it to ``final``."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.path = staging_path(final)
        self.path.mkdir()  # FileExistsError: another export chose this name
        self.published = False
        self._lock: FileLock | None = FileLock(self.path / LOCK_NAME, timeout=0)
        try:
            self._lock.acquire()
        except OSError:  # a filesystem without locks: a concurrent export is then unguarded
            self._lock = None

    @property
    def current(self) -> Path:
        return self.final if self.published else self.path

    def publish(self) -> None:
        """Rename the folder into place, then drop the lock file (durably).

        The lock is held through the rename so no other export takes the folder for a
        leftover; Windows cannot rename a folder holding an open file, so there it goes first.
        """
        if self.final.exists():
            raise FileExistsError(self.final)
        if os.name == "nt":
            self._unlock()
        os.rename(self.path, self.final)
        self.published = True
        self._unlock()
        fsync_dir(self.final)
        fsync_dir(self.final.parent)

    def discard(self) -> None:
        """Remove everything this export wrote (best effort: the drive may be gone)."""
        self._unlock()
        shutil.rmtree(self.current, ignore_errors=True)

    def _unlock(self) -> None:
        if self._lock is not None:
            lock, self._lock = self._lock, None
            with contextlib.suppress(OSError):
                lock.release()
        with contextlib.suppress(OSError):
            (self.current / LOCK_NAME).unlink(missing_ok=True)


def _size(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())
        return path.lstat().st_size
    except OSError:
        return 0


def _in_use(folder: Path) -> bool:
    """True while another export holds the folder's lock."""
    lock_file = folder / LOCK_NAME
    if not lock_file.exists():
        return False
    lock = FileLock(lock_file, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    except OSError:
        return False
    lock.release()
    return False


def _candidates(destination: Path) -> list[Path]:
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in destination.iterdir():
            staged = _STAGING.match(entry.name) and entry.is_dir()
            if staged or (_OLD_PART.match(entry.name) and entry.is_file()):
                found.append(entry)
            elif _EXPORT_FOLDER.match(entry.name) and entry.is_dir():
                for folder in (entry, entry / "exhibitors"):
                    with contextlib.suppress(OSError):
                        found.extend(
                            p for p in folder.iterdir() if _OLD_PART.match(p.name) and p.is_file()
                        )
    return sorted(found)


def clean_leftovers(destination: Path) -> list[Leftover]:
    """Remove what interrupted exports left in ``destination``; returns what was removed."""
    removed = []
    for path in _candidates(destination):
        if path.is_dir() and _in_use(path):
            continue
        size = _size(path)
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
        if not path.exists():
            removed.append(Leftover(path.relative_to(destination).as_posix(), size))
    return removed
