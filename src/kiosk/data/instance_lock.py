"""One running kiosk per data folder.

Two ``kiosk run`` on one folder would both show a window over the same database, both push
its outbox and both flush analytics; a booth PC where the desktop autostart and the systemd
unit both start the kiosk would do just that. ``kiosk run`` holds an OS lock (``flock`` on
Linux and macOS, ``LockFileEx`` on Windows, through the filelock library) on
``<data dir>/kiosk.lock`` while it runs. The operating system drops the lock when the process
ends, however it ends (a crash, SIGKILL, a power cut), so a stale lock file never blocks the
next start. The other commands (export, sync, set-pin...) do not take it: they are meant to
run beside the kiosk.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from kiosk.errors import KioskError
from kiosk.private_files import PRIVATE_FILE, private_dir

LOCK_FILENAME = "kiosk.lock"
EXIT_ALREADY_RUNNING = 6


class InstanceLock:
    """``with InstanceLock(data_dir):`` the only kiosk on ``data_dir``, or a clear error."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILENAME
        self._lock: FileLock | None = None

    def acquire(self) -> None:
        private_dir(self.data_dir)
        lock = FileLock(str(self.path), mode=PRIVATE_FILE)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise KioskError(
                f"another kiosk is already running on the data folder {self.data_dir}; "
                "stop it first, or give this one a folder of its own (--data-dir)",
                exit_code=EXIT_ALREADY_RUNNING,
            ) from None
        except OSError as exc:
            raise KioskError(
                f"cannot lock the data folder {self.data_dir} ({self.path}): {exc.strerror}"
            ) from exc
        self._lock = lock

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
