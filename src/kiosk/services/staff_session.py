"""A staff session: open after a correct PIN, closed after 3 minutes without a touch.

The UI calls ``touch()`` on every press and polls ``expired``; the decision lives here so it can
be tested with an injected clock. The clock is monotonic: a wall clock set back (by hand, by
NTP after a booth PC booted with a flat battery) must not keep staff mode open on an
unattended kiosk, and one set forward must not close it under staff's fingers.
"""

from __future__ import annotations

import time
from collections.abc import Callable

STAFF_IDLE_LIMIT_S = 180

MonotonicClock = Callable[[], float]


class StaffSession:
    def __init__(
        self, clock: MonotonicClock | None = None, idle_limit_s: float = STAFF_IDLE_LIMIT_S
    ) -> None:
        self._clock = clock or time.monotonic
        self._idle_limit_s = idle_limit_s
        self._last_touch: float | None = None

    @property
    def active(self) -> bool:
        return self._last_touch is not None and not self.expired

    @property
    def expired(self) -> bool:
        return self._last_touch is not None and self.remaining_s <= 0

    @property
    def remaining_s(self) -> float:
        """Seconds left before the session ends; 0 when closed."""
        if self._last_touch is None:
            return 0.0
        idle = self._clock() - self._last_touch
        return max(0.0, self._idle_limit_s - max(0.0, idle))

    def open(self) -> None:
        self._last_touch = self._clock()

    def touch(self) -> bool:
        """Note a touch; False (and nothing renewed) if the session had already ended."""
        if not self.active:
            self._last_touch = None
            return False
        self._last_touch = self._clock()
        return True

    def close(self) -> None:
        self._last_touch = None
