"""Which mounted drives are export destinations. Plain Python: the Qt side (``QStorageInfo``)
only fills in ``Volume`` records, so the rules are tested with made-up drives.

Qt does not say whether a drive is removable. On Linux the desktop mounts USB sticks under
``/media/<user>/`` (Debian, Ubuntu) or ``/run/media/<user>/`` (Fedora, Arch); on macOS under
``/Volumes/``; on Windows every drive but the system drive is offered (booth PCs have one disk).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

REMOVABLE_PREFIXES = {
    "linux": ("/media/", "/run/media/"),
    "darwin": ("/Volumes/",),
}


@dataclass(frozen=True)
class Volume:
    root: str
    label: str
    free_bytes: int
    total_bytes: int
    read_only: bool = False
    ready: bool = True


def _platform_key(platform: str) -> str:
    return "linux" if platform.startswith("linux") else platform


def is_removable(volume: Volume, *, platform: str | None = None, system_drive: str = "") -> bool:
    platform = _platform_key(platform or sys.platform)
    if platform == "win32":
        system = (system_drive or os.environ.get("SYSTEMDRIVE", "C:")).rstrip("\\/").upper()
        drive = PureWindowsPath(volume.root).drive.upper()
        return bool(drive) and drive != system
    prefixes = REMOVABLE_PREFIXES.get(platform, ())
    root = str(PurePosixPath(volume.root)) + "/"
    return any(root.startswith(p) and len(root) > len(p) for p in prefixes)


def destinations(
    volumes: list[Volume], *, platform: str | None = None, system_drive: str = ""
) -> list[Volume]:
    """Ready removable drives, by label; read-only ones stay listed (the export then says why)."""
    found = [
        v
        for v in volumes
        if v.ready and is_removable(v, platform=platform, system_drive=system_drive)
    ]
    return sorted(found, key=lambda v: (v.label.casefold(), v.root))


def display_name(volume: Volume) -> str:
    """The drive's label, or the last part of where it is mounted."""
    if volume.label:
        return volume.label
    name = PureWindowsPath(volume.root).name or PurePosixPath(volume.root).name
    return name or volume.root
