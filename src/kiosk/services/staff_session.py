"""A staff session: open after a correct PIN, closed after 3 minutes without a touch.

The UI calls ``touch()`` on every press and polls ``expired``; the decision lives here so it can
be tested with an injected clock.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.data.types import utcnow
from kiosk.services.staff_pin import Clock

STAFF_IDLE_LIMIT_S = 180


class StaffSession:
    def __init__(self, clock: Clock = utcnow, idle_limit_s: float = STAFF_IDLE_LIMIT_S) -> None:
        self._clock = clock
        self._idle_limit_s = idle_limit_s
        self._last_touch: datetime | None = None

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
        idle = (self._clock() - self._last_touch).total_seconds()
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
