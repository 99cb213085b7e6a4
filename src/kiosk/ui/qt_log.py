"""Qt's own messages (QML warnings, platform plugin errors, qWarning) into the kiosk's log.

Without this they only reach stderr, which nobody reads on a booth PC. Installed by
``ui.app.run`` before the window is built, so the window's own QML-problem collector chains to it.
With ``echo`` (``--debug``) they are also printed on stderr as Qt would print them.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

logger = logging.getLogger("qt")


_echo = False


def forward_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A ``qInstallMessageHandler`` handler: log the message under its Qt category (``qt.qml``,
    ``qt.multimedia``...; ``qt`` for uncategorised messages)."""
    category = context.category or "default"
    if category == "default":
        target = logger
    else:
        target = logging.getLogger(category if category.startswith("qt.") else f"qt.{category}")
    target.log(_LEVELS.get(mode, logging.WARNING), "%s", message)
    if _echo and sys.stderr is not None:  # stderr is None in a console-less Windows build
        prefix = "" if category == "default" else f"{category}: "
        print(f"{prefix}{message}", file=sys.stderr)


def install_qt_message_handler(*, echo: bool = False) -> None:
    """Make ``forward_qt_message`` Qt's message handler (idempotent)."""
    global _echo
    _echo = echo
    previous = qInstallMessageHandler(forward_qt_message)
    if previous is not None and previous is not forward_qt_message:
        qInstallMessageHandler(previous)  # someone else's handler: leave it in charge
        logger.debug("a Qt message handler is already installed; not replacing it")
