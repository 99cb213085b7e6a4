"""One content import at a time per data folder.

Two imports of the same event at once each write a new image folder, and each removes the
other's as "a previous import" after its commit: the loser's rows then name images that are
gone (94 of 186 in a field report). An OS file lock in the content folder (``fcntl`` /
``msvcrt`` through ``filelock``; released by the OS if the holder dies) serialises them: the
second import waits for the first, then runs on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from kiosk.errors import KioskError

log = logging.getLogger(__name__)

LOCK_NAME = ".import.lock"
WAIT_S = 30 * 60.0  # a 5,000-exhibitor import takes minutes on a slow stick, not half an hour


@contextmanager
def import_lock(content_dir: Path, wait_s: float = WAIT_S) -> Iterator[None]:
    """Hold the content folder's import lock, waiting (at most ``wait_s``) for another
    import to finish; a clear :class:`KioskError` if it does not."""
    try:
        content_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(content_dir / LOCK_NAME)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            log.info("another content import is running in %s; waiting for it", content_dir)
            lock.acquire(timeout=wait_s)
    except Timeout:
        raise KioskError(
            f"another content import has held {content_dir} for over {wait_s / 60:.0f} "
            "minutes; nothing was changed: try again once it has finished"
        ) from None
    except OSError as exc:
        raise KioskError(
            f"could not write the import's lock file in {content_dir} ({exc.strerror or exc}); "
            "nothing was changed"
        ) from None
    try:
        yield
    finally:
        lock.release()
