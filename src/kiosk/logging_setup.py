"""The kiosk's log: a rotating file in the data folder, with every unhandled exception in it.

A booth PC runs unattended for days; when something goes wrong the log file is the only witness.
``configure_logging`` is called once by the CLI (``kiosk.cli.main``) for every command; it sends
all records to ``<data dir>/logs/kiosk.log`` (5 files of 2 MB at most, so a chatty error cannot
fill the disk) and installs hooks that log exceptions nobody caught, in any thread. Listeners
added with ``add_unhandled_listener`` hear about them too: the window uses that to go back to
the attract screen instead of leaving a visitor on a half-broken one. Qt-free.

The log folder is 0700 and every log file 0600 (``kiosk.private_files``); and no visitor's
data is written to the log in the first place (the engines hide statement parameters).
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from kiosk.config import Settings
from kiosk.private_files import open_private, private_dir

LOG_FILENAME = "kiosk.log"
CRASH_FILENAME = "crash.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 4  # kiosk.log + kiosk.log.1 .. .4: 10 MB at most
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

logger = logging.getLogger("kiosk")

UnhandledListener = Callable[[BaseException], None]

_file_handler: RotatingFileHandler | None = None
_crash_file: IO[str] | None = None
_listeners: list[UnhandledListener] = []


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are created 0600 (the rotated ones keep it when renamed)."""

    def _open(self) -> IO[str]:
        fd = open_private(self.baseFilename)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


class _LogFile(PrivateRotatingFileHandler):
    """The rotating file, which says once, in one line, that it cannot write (a full or
    read-only disk) instead of printing a traceback for every record it drops; it says so
    again if it fails anew after having written."""

    _failing = False
    _failed_now = False

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        super().emit(record)
        if not self._failed_now:
            self._failing = False

    def close(self) -> None:
        """Close even when the last records cannot be flushed (the disk is still full)."""
        try:
            super().close()
        except OSError:
            self.stream = None  # type: ignore[assignment]

    def handleError(self, record: logging.LogRecord) -> None:
        self._failed_now = True
        if self._failing:
            return
        self._failing = True
        error = sys.exc_info()[1]
        _warn(
            f"kiosk: warning: cannot write the log file {self.baseFilename}: {error}; "
            "log records are dropped until it can be written"
        )


def log_file_path(settings: Settings) -> Path:
    """Where ``configure_logging(settings)`` writes (what ``kiosk doctor`` shows)."""
    return settings.log_dir / LOG_FILENAME


def configure_logging(settings: Settings) -> Path | None:
    """Send log records to the rotating file of ``settings``; returns its path.

    Safe to call again: the same folder keeps the handler, another folder moves the log there.
    When the file cannot be opened (read-only disk, no rights) the kiosk still runs: a warning
    goes to stderr and None is returned.
    """
    global _file_handler
    path = log_file_path(settings)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if settings.debug else logging.INFO)
    install_exception_hooks()
    if _file_handler is not None:
        if _file_handler.baseFilename == os.path.abspath(path):
            return path
        stop_logging()
    try:
        private_dir(settings.data_dir)
        private_dir(path.parent)
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as exc:
        _warn(f"kiosk: warning: cannot write the log file {path}: {exc}")
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    _file_handler = handler
    return path


def stop_logging() -> None:
    """Close the log file (tests, or before the data folder is moved)."""
    global _file_handler
    if _file_handler is not None:
        logging.getLogger().removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None


def enable_crash_dump(settings: Settings) -> Path | None:
    """Have a hard crash (a fault inside Qt or a driver) leave the Python stacks in
    ``<log dir>/crash.log``, which Python's own logging cannot do. For long-running commands."""
    global _crash_file
    path = settings.log_dir / CRASH_FILENAME
    try:
        private_dir(path.parent)
        crash_file = open(open_private(path), "a", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        _warn(f"kiosk: warning: cannot write the crash file {path}: {exc}")
        return None
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash_file
    faulthandler.enable(file=crash_file, all_threads=True)
    return path


def add_unhandled_listener(listener: UnhandledListener) -> Callable[[], None]:
    """Call ``listener(exc)`` after each unhandled exception is logged; returns a remover.

    Listeners run in the thread that failed; a listener that raises is logged and skipped.
    """
    _listeners.append(listener)

    def remove() -> None:
        if listener in _listeners:
            _listeners.remove(listener)

    return remove


def log_unhandled(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    where: str = "",
) -> None:
    """Log an exception nobody caught, with its traceback, then tell the listeners; once per
    exception, however many hooks it passes through (another library may have wrapped ours
    and be wrapped again)."""
    if getattr(exc, "_kiosk_logged", False):
        return
    with contextlib.suppress(AttributeError, TypeError):
        exc._kiosk_logged = True  # type: ignore[attr-defined]
    suffix = f" in {where}" if where else ""
    logger.critical("unhandled exception%s", suffix, exc_info=(exc_type, exc, tb))
    for listener in list(_listeners):
        try:
            listener(exc)
        except Exception:
            logger.exception("unhandled-exception listener %r failed", listener)


def install_exception_hooks() -> None:
    """Route ``sys.excepthook`` and ``threading.excepthook`` through ``log_unhandled``.

    Qt for Python hands exceptions raised in slots and QML calls to ``sys.excepthook`` and
    carries on, so this is also where those end up. The previous hooks still run afterwards
    (the traceback on stderr stays for developers). Installing twice is a no-op.
    """
    if getattr(sys.excepthook, "_kiosk_hook", False):
        return
    previous_sys = sys.excepthook
    previous_thread = threading.excepthook

    def sys_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            log_unhandled(exc_type, exc, tb)
        if sys.stderr is not None:  # None in a console-less Windows build
            previous_sys(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else "a thread"
            log_unhandled(args.exc_type, args.exc_value, args.exc_traceback, where=name)
        if sys.stderr is not None:
            previous_thread(args)

    sys_hook._kiosk_hook = True  # type: ignore[attr-defined]
    thread_hook._kiosk_hook = True  # type: ignore[attr-defined]
    sys.excepthook = sys_hook
    threading.excepthook = thread_hook


def _warn(message: str) -> None:
    if sys.stderr is not None:
        print(message, file=sys.stderr)
