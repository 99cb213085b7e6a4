"""Is an export destination a drive of its own, or a folder on the kiosk's own disk?

A folder such as ``/mnt/usbstick`` with nothing mounted on it is a plain folder on the kiosk's
disk: an export there "verifies" (every file reads back) and yet leaves with nobody. A drive is
told apart by its filesystem (``st_dev``): it must differ from the one holding the kiosk's data
folder and from the system's root. The check runs when the export starts and again before it is
recorded, so a stick pulled out (or lazily unmounted) meanwhile, which leaves the mount point
on the kiosk's own disk or makes it vanish, fails the export.

A folder on the kiosk's disk is allowed only when asked for explicitly (``internal``); such an
export is recorded as internal and never lets ``wipe --verified-only`` delete a lead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.export.coverage import DRIVE, INTERNAL
from kiosk.services.export.outputs import ExportFailed, io_failure


def device_of(path: Path) -> int:
    """The filesystem holding ``path`` (``OSError`` when it cannot be reached)."""
    return os.stat(path).st_dev


def existing_ancestor(path: Path) -> Path:
    """``path`` or its nearest parent that exists (the data folder may not be created yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def kiosk_devices(kiosk_folders: tuple[Path, ...]) -> set[int]:
    """The filesystems that belong to the kiosk itself: its folders' and the system root's."""
    found = set()
    for folder in (*kiosk_folders, Path(os.path.abspath(os.sep))):
        try:
            found.add(device_of(existing_ancestor(folder)))
        except OSError:
            continue
    return found


@dataclass(frozen=True)
class Medium:
    """Where an export goes: ``kind`` is DRIVE or INTERNAL; ``device`` its filesystem then."""

    kind: str
    device: int

    @property
    def counts_for_wipe(self) -> bool:
        return self.kind == DRIVE


def on_kiosk_disk(path: Path, kiosk_folders: tuple[Path, ...]) -> bool:
    """True when ``path`` (or, not there yet, its nearest parent) is on the kiosk's own disk."""
    try:
        return device_of(existing_ancestor(path)) in kiosk_devices(kiosk_folders)
    except OSError:
        return False


def check_start(destination: Path, kiosk_folders: tuple[Path, ...], internal: bool) -> Medium:
    """The medium of ``destination``; refuses a drive export to a folder on the kiosk's disk."""
    try:
        device = device_of(destination)
    except OSError as exc:
        raise io_failure(exc, destination) from exc
    if internal:
        return Medium(INTERNAL, device)
    if device in kiosk_devices(kiosk_folders):
        raise ExportFailed(
            f"export refused: {destination} is a folder on the kiosk's own disk, not a drive "
            "(is the USB stick plugged in and mounted there?); to export to this disk anyway "
            "give --internal (such an export never allows 'wipe --verified-only')",
            "internal",
            destination=destination,
        )
    return Medium(DRIVE, device)


def check_still_there(medium: Medium, destination: Path, folder: Path) -> None:
    """Before recording: the export's folder is still on the drive it was written to."""
    try:
        same = device_of(destination) == medium.device and device_of(folder) == medium.device
    except OSError as exc:
        raise io_failure(exc, destination) from exc
    if not same:
        raise ExportFailed(
            f"export failed: the destination {destination} is no longer available: the drive"
            " was removed or replaced during the export; no leads were marked as exported",
            "gone",
            destination=destination,
        )
