"""The hidden way into staff mode: five taps on the brand within a few seconds (the other way,
press and hold, is timed by QML). Plain Python with an injected clock, so it can be tested."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

TAPS = 5
WINDOW_S = 4.0  # the five taps must fall within this many seconds
HOLD_MS = 3000  # press and hold on the corner this long


class TapCounter:
    """Counts taps; ``tap()`` is True on the tap that completes ``taps`` within ``window_s``."""

    def __init__(
        self,
        taps: int = TAPS,
        window_s: float = WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._taps = taps
        self._window_s = window_s
        self._clock = clock
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self) -> bool:
        now = self._clock()
        self._times.append(now)
        if len(self._times) == self._taps and now - self._times[0] <= self._window_s:
            self._times.clear()
            return True
        return False

    def clear(self) -> None:
        self._times.clear()
