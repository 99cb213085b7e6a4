"""After an unhandled exception, go back to the attract screen instead of dying.

Qt for Python logs an exception raised in a slot (``kiosk.logging_setup`` writes it to the log)
and carries on, which can leave a visitor on a half-updated screen. ``ErrorRecovery`` listens for
those exceptions and, on the UI thread, calls the window's reset (``AppBridge.reset``: every
bridge clears its state and the attract screen shows). When errors keep coming (``max_errors``
within ``window_s``) the kiosk is stuck in a loop a reset cannot fix, so it quits with
``EXIT_ERROR_LOOP`` and the service manager (systemd, the Windows shell launcher) restarts it.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from kiosk.logging_setup import add_unhandled_listener

EXIT_ERROR_LOOP = 70  # EX_SOFTWARE

logger = logging.getLogger("kiosk.ui.recovery")


class ErrorRecovery(QObject):
    """Turns unhandled exceptions (from any thread) into a reset on the UI thread."""

    _failed = Signal(str)

    def __init__(
        self,
        reset: Callable[[], None] | None,
        *,
        max_errors: int = 5,
        window_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reset = reset
        self._max_errors = max_errors
        self._window_s = window_s
        self._clock = clock
        self._recent: deque[float] = deque()
        self.recoveries = 0
        self._failed.connect(self._recover)  # queued when emitted from another thread
        self._remove_listener = add_unhandled_listener(self._on_unhandled)

    def _on_unhandled(self, exc: BaseException) -> None:
        self._failed.emit(f"{exc.__class__.__name__}: {exc}")

    @Slot(str)
    def _recover(self, what: str) -> None:
        now = self._clock()
        self._recent.append(now)
        while self._recent and now - self._recent[0] > self._window_s:
            self._recent.popleft()
        if len(self._recent) >= self._max_errors:
            logger.critical(
                "%d unhandled errors within %.0f s (last: %s); quitting so the kiosk restarts",
                len(self._recent),
                self._window_s,
                what,
            )
            QCoreApplication.exit(EXIT_ERROR_LOOP)
            return
        if self._reset is None:
            logger.warning("unhandled error (%s); the window has no reset, staying put", what)
            return
        logger.warning("unhandled error (%s); returning to the attract screen", what)
        self.recoveries += 1
        try:
            self._reset()
        except Exception:
            logger.exception("the reset after an unhandled error failed too")

    def close(self) -> None:
        """Stop listening (the window is going away)."""
        self._remove_listener()
