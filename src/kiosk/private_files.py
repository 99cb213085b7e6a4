"""Files only the kiosk's own user may read: the data folder, the database and the logs.

They hold visitors' names and contacts (the database) and what staff did (the logs), so on a
booth PC shared with other accounts the data folder is 0700 and those files 0600, whatever the
umask. Files are created with the mode (never widened then narrowed), and folders and files an
older version left readable are tightened. On Windows the user profile's ACLs already keep
other accounts out; the modes are left alone there. Failing to tighten (a read-only folder,
another owner) never stops the kiosk: it is what the operator chose.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def tighten(path: Path, mode: int) -> None:
    """Take group and other rights off ``path`` if it exists and is ours."""
    if not _POSIX:
        return
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            path.chmod(mode)
    except OSError:
        pass


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) with the leaf at 0700, or tighten it; returns it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    tighten(path, PRIVATE_DIR)
    return path


def open_private(path: Path | str, flags: int = os.O_WRONLY | os.O_CREAT | os.O_APPEND) -> int:
    """A file descriptor on ``path``, created 0600 if new and tightened if not."""
    fd = os.open(path, flags, PRIVATE_FILE)
    tighten(Path(path), PRIVATE_FILE)
    return fd


def private_file(path: Path) -> None:
    """Make sure ``path`` exists as a 0600 file (an empty one is created if missing), so what
    writes into it later (SQLite, which gives its -wal and -shm files the database's mode)
    never makes it readable to others."""
    try:
        os.close(open_private(path, os.O_WRONLY | os.O_CREAT))
    except OSError:
        tighten(path, PRIVATE_FILE)  # e.g. read-only: nothing new is written anyway
