"""Opening a pack's files safely: regular files only, never more than a cap.

A pack comes from a USB stick or a folder someone else prepared. ``content.json`` as a named
pipe (FIFO) would block a plain ``open`` forever, and a link to ``/dev/zero`` would be read
until memory runs out. So every file of a pack is opened without blocking (``O_NONBLOCK``),
checked on the open descriptor (``fstat``: a regular file, and not larger than its cap), and
read no further than the cap, whatever its size said.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from kiosk.domain.sizes import format_size

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no FIFOs to fear here
_FLAGS = os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0)


class NotUsable(Exception):
    """A pack file that is not a regular file, or is too large; the message completes
    ``<file> ...`` ("is a named pipe (FIFO), not a file")."""


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: Path, limit: int, noun: str = "it") -> BinaryIO:
    """``path`` opened for reading if it is a regular file of at most ``limit`` bytes
    (``noun`` names such files in the message: "images may be at most 20 MB")."""
    fd = os.open(path, _FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotUsable(f"is {kind_of(info.st_mode)}, not a file")
        if info.st_size > limit:
            raise NotUsable(
                f"is {format_size(info.st_size, binary=True)}; "
                f"{noun} may be at most {format_size(limit, binary=True)}"
            )
        if _NONBLOCK:
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """The whole of a regular file of at most ``limit`` bytes (read no further than that)."""
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise NotUsable(f"is larger than {format_size(limit, binary=True)}, the most it may be")
    return data
