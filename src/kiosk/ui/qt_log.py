"""Qt's own messages (QML warnings, platform plugin errors, qWarning) into the kiosk's log.

Without this they only reach stderr, which nobody reads on a booth PC. Installed by
``ui.app.run`` before the window is built, so the window's own QML-problem collector chains to it.
With ``echo`` (``--debug``) they are also printed on stderr as Qt would print them.

Until the window runs (``mark_started``), the platform plugin's warnings and any fatal message
are printed on stderr as well: they are why the kiosk cannot start (no display at ``DISPLAY``,
a missing xcb library), and a fatal one then ends the process with exit status 3 and a hint
rather than Qt's silent abort (134) with the cause only in the log file.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_SERIOUS = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
EXIT_NO_DISPLAY = 3  # as kiosk.ui.app.ensure_display's "no display found"

logger = logging.getLogger("qt")


_echo = False
_started = False


def display_hint() -> str:
    """What the kiosk was told to use, and the way out on a machine without a screen."""
    names = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")
    told = ", ".join(f"{name}={os.environ[name]}" for name in names if os.environ.get(name))
    return (
        f"kiosk: the screen could not be opened ({told or 'no display set'}).\n"
        "  On a booth PC, start the kiosk from the graphical session (or check that the "
        "display server is running).\n"
        "  On a server, run it in a virtual screen: xvfb-run -a kiosk run --windowed\n"
        "  'kiosk doctor' checks the display."
    )


def forward_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A ``qInstallMessageHandler`` handler: log the message under its Qt category (``qt.qml``,
    ``qt.multimedia``...; ``qt`` for uncategorised messages)."""
    category = context.category or "default"
    if category == "default":
        target = logger
    else:
        target = logging.getLogger(category if category.startswith("qt.") else f"qt.{category}")
    target.log(_LEVELS.get(mode, logging.WARNING), "%s", message)
    at_start = not _started and (mode == QtMsgType.QtFatalMsg or category.startswith("qt.qpa"))
    if (_echo or (at_start and mode in _SERIOUS)) and sys.stderr is not None:
        prefix = "" if category == "default" else f"{category}: "
        print(f"{prefix}{message}", file=sys.stderr)  # stderr is None in a console-less build
    if mode == QtMsgType.QtFatalMsg and not _started:
        _stop_at_start()


def _stop_at_start() -> None:
    """Qt cannot go on (it would abort next): say why on the terminal, then exit."""
    if sys.stderr is not None:
        print(display_hint(), file=sys.stderr)
        sys.stderr.flush()
    logger.critical("the user interface could not start; exiting with %d", EXIT_NO_DISPLAY)
    for handler in logging.getLogger().handlers:
        handler.flush()
    os._exit(EXIT_NO_DISPLAY)


def mark_started() -> None:
    """The window runs: from now on Qt's messages go to the log only (unless ``echo``)."""
    global _started
    _started = True


def install_qt_message_handler(*, echo: bool = False) -> None:
    """Make ``forward_qt_message`` Qt's message handler (idempotent)."""
    global _echo, _started
    _echo = echo
    _started = False
    previous = qInstallMessageHandler(forward_qt_message)
    if previous is not None and previous is not forward_qt_message:
        qInstallMessageHandler(previous)  # someone else's handler: leave it in charge
        logger.debug("a Qt message handler is already installed; not replacing it")
