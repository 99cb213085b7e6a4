"""SIGTERM (systemd stopping the unit, a shutdown) and SIGINT (Ctrl+C) stop the kiosk cleanly.

Python runs a signal handler only when the interpreter gets control, and during ``app.exec()``
Qt's event loop holds it in C++: by default a SIGTERM killed the kiosk at once, leaving the
pusher's batch, the analytics buffer and the log unflushed. Here the signal also writes a byte
into a socket (``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches, so the loop wakes,
Python runs the handler, and the handler asks the loop to return; ``kiosk.ui.app.run`` then
closes the window, stops the pusher and flushes as on a normal quit, well within the 20 s the
systemd unit allows.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Slot

log = logging.getLogger("kiosk")

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# After a signal, how long a running staff job (an export is cancelled first) may take to end:
# the systemd unit kills the kiosk 20 s after SIGTERM, and the pusher (3 s), the analytics and
# the database need the rest.
JOBS_TIMEOUT_AFTER_SIGNAL_MS = 12_000
EXIT_CODES = {signal.SIGTERM: 0, signal.SIGINT: 130}  # 0: systemd's clean stop


class StopOnSignals(QObject):
    """While alive, SIGTERM and SIGINT call ``stop(exit_code)`` on the Qt thread."""

    def __init__(self, stop: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self.received: str | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {sig: signal.signal(sig, self._handle) for sig in STOP_SIGNALS}

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self.received is None:
            self.received = name
            log.info("stopping on %s", name)
            self._stop(EXIT_CODES.get(signal.Signals(signum), 0))

    @Slot()
    def _drain(self) -> None:
        """The wake-up bytes; the handler itself has run (or runs now) in Python."""
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def close(self) -> None:
        """Put the previous handlers back (the window is gone; a second signal acts as usual)."""
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
