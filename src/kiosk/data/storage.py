"""Why a write to the kiosk's own storage failed: one word for screens, one line for people.

SQLite reports a full disk as "database or disk is full", but when the disk fills while it
creates its ``-wal`` or ``-shm`` file it says only "unable to open database file" or "disk I/O
error"; the free space of the data folder's disk then tells the cause. A read-only folder or
database says "readonly". Each becomes one clear line (for the command line and the staff
screen), never a traceback.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

DISK_FULL, READ_ONLY, LOCKED, STORAGE = "disk_full", "read_only", "locked", "storage"

# Below this, a vague SQLite error on the data folder's disk is taken for a full disk.
NEARLY_FULL_BYTES = 1_000_000

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def failure_reason(exc: BaseException, folder: Path | None = None) -> str:
    """``disk_full``, ``read_only``, ``locked`` or ``storage`` for a database or OS error;
    ``folder``: the data folder, whose free space explains a vague error."""
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in _FULL_ERRNOS:
            return DISK_FULL
        if exc.errno in _READ_ONLY_ERRNOS:
            return READ_ONLY
        return DISK_FULL if _nearly_full(folder) else STORAGE
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        return DISK_FULL
    if "readonly" in text or "read-only" in text or "read only" in text:
        return READ_ONLY
    if "locked" in text or "busy" in text:
        return LOCKED
    return DISK_FULL if _nearly_full(folder) else STORAGE


def is_storage_error(exc: BaseException) -> bool:
    """A database or file-system error (what ``failure_reason`` explains)."""
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError | sqlite3.Error | OSError)


def storage_message(exc: BaseException, folder: Path | None) -> str | None:
    """One line naming the cause when it is a full disk, a read-only folder or a busy
    database; None for anything else (then the error's own words are all there is)."""
    if not is_storage_error(exc):
        return None
    return reason_message(failure_reason(exc, folder), folder)


def reason_message(reason: str, folder: Path | None) -> str | None:
    """The line of ``storage_message`` for a reason already known (e.g. ``LeadSaveError``)."""
    where = f" {folder}" if folder is not None else ""
    if reason == DISK_FULL:
        return (
            f"the disk holding the kiosk's data folder{where} is full: free some space (old"
            " exports, logs, files copied there) and try again; nothing was changed"
        )
    if reason == READ_ONLY:
        return (
            f"the kiosk's data folder{where} is read-only: reading and exporting work, but"
            " nothing can be saved or deleted until it is writable again; nothing was changed"
        )
    if reason == LOCKED:
        return "the database is busy (another kiosk command is writing): try again in a moment"
    return None
