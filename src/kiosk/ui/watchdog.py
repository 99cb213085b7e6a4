"""Pings from the Qt event loop: systemd's watchdog, the Windows launcher's alive file, and the
nightly restart.

The pings come from a ``QTimer``, so they stop when the UI thread hangs (a QML loop, a deadlock,
a blocking call): systemd (``WatchdogSec=``) or the Windows launcher (``KIOSK_ALIVE_FILE``, whose
age it checks) then kills and restarts the kiosk. ``READY=1`` goes once the window is shown. In
the nightly restart window the kiosk quits with ``EXIT_NIGHTLY_RESTART`` at the first moment it
is idle (attract loop, no staff), and the service manager starts it again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from kiosk.services import sd_notify
from kiosk.services.restarts import EXIT_NIGHTLY_RESTART, restart_due

log = logging.getLogger("kiosk.ui.watchdog")

DEFAULT_TICK_S = 10.0


class Watchdog(QObject):
    def __init__(
        self,
        *,
        is_idle: Callable[[], bool],
        restart_window: tuple[int, int] | None,
        env: Mapping[str, str] | None = None,
        started: datetime | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        restart: Callable[[int], None] = QCoreApplication.exit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = dict(os.environ if env is None else env)
        self._is_idle = is_idle
        self._window = restart_window
        self._clock = clock
        self._started = started or clock()
        self._restart = restart
        alive = self._env.get("KIOSK_ALIVE_FILE", "")
        self.alive_file = Path(alive) if alive else None
        interval = sd_notify.watchdog_interval_s(self._env)
        # Twice per watchdog interval, as sd_watchdog_enabled(3) advises; else every 10 s.
        tick_s = min(DEFAULT_TICK_S, interval / 2) if interval else DEFAULT_TICK_S
        self.watchdog = interval is not None
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(tick_s * 1000)))
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        """The window is up: tell systemd, then ping from the event loop."""
        sd_notify.notify("READY=1\nSTATUS=showing the kiosk", self._env)
        self.tick()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        sd_notify.notify("STOPPING=1", self._env)

    @Slot()
    def tick(self) -> None:
        if self.watchdog:
            sd_notify.notify("WATCHDOG=1", self._env)
        if self.alive_file is not None:
            try:
                self.alive_file.parent.mkdir(parents=True, exist_ok=True)
                self.alive_file.write_text(self._clock().isoformat())
            except OSError:
                pass  # the launcher then restarts a kiosk it thinks hung: better than nothing
        if restart_due(self._clock(), self._started, self._window) and self._is_idle():
            log.info("nightly restart: quitting so the kiosk starts afresh (%s)", self._window)
            self._timer.stop()
            sd_notify.notify("STOPPING=1\nSTATUS=nightly restart", self._env)
            self._restart(EXIT_NIGHTLY_RESTART)
