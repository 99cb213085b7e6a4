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

from kiosk.domain.messages import Message
from kiosk.domain.sizes import format_size

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no FIFOs to fear here
_FLAGS = os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0)


class NotUsable(Exception):
    """A pack file that is not a regular file, or is too large; the message completes
    ``<file> ...`` ("is a named pipe (FIFO), not a file")."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def kind_of(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return Message("term.folder")
    if stat.S_ISFIFO(mode):
        return Message("term.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("term.device")
    if stat.S_ISSOCK(mode):
        return Message("term.socket")
    return Message("term.not_regular")


def open_regular(path: Path, limit: int, too_big: str = "file.too_big") -> BinaryIO:
    """``path`` opened for reading if it is a regular file of at most ``limit`` bytes
    (``too_big`` is the message code that says so: "images may be at most 20 MB")."""
    fd = os.open(path, _FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotUsable(Message("file.not_a_file", kind=kind_of(info.st_mode)))
        if info.st_size > limit:
            raise NotUsable(
                Message(
                    too_big,
                    size=format_size(info.st_size, binary=True),
                    limit=format_size(limit, binary=True),
                )
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
        raise NotUsable(Message("file.grew", limit=format_size(limit, binary=True)))
    return data
