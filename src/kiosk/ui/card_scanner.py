"""Badge and business-card scanners on the lead form: a USB scanner types like a keyboard.

What tells a scanner from a person is speed: a scanner sends a whole card (a vCard has many
lines, each ending in Enter) with a few milliseconds between keys; nobody types eight characters
in a row under 30 ms apart. :class:`BurstDetector` makes that decision (Qt-free, unit-tested);
:class:`ScannerFilter` feeds it the window's key presses.

The keys still reach the focused field as they arrive (a person's typing is never delayed). The
form takes a snapshot of its values when a burst may be starting; when a burst that ends in Enter
parses as a card, the form goes back to the snapshot and fills the card's fields instead. Enter
keys inside a fast burst are kept from the field (they would move the focus or submit).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent

MAX_GAP_S = 0.030  # longest pause between two keys of a scanner burst
MIN_LENGTH = 8  # shortest burst taken for a scan (a person may type a few keys fast)
END_MS = 90  # silence after the last key that ends a burst

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Verdict(Enum):
    PASS = "pass"  # deliver the key as usual
    START = "start"  # deliver it, but it may start a burst: snapshot the form first
    SWALLOW = "swallow"  # an Enter inside a scanner burst: keep it from the field


class BurstDetector:
    """Collects keys that follow each other fast; tells which bursts came from a scanner."""

    def __init__(self, max_gap_s: float = MAX_GAP_S, min_length: int = MIN_LENGTH) -> None:
        self.max_gap_s = max_gap_s
        self.min_length = min_length
        self._chars: list[str] = []
        self._last: float | None = None

    @property
    def fast(self) -> bool:
        """The current burst is long enough to be a scanner's."""
        return len(self._chars) >= self.min_length

    def press(self, text: str, *, enter: bool, now: float) -> Verdict:
        """A key was pressed at ``now`` (seconds); ``text`` is what it types ("" for Shift)."""
        starts = self._last is None or now - self._last > self.max_gap_s
        self._last = now
        if starts:
            self._chars = []
        if enter:
            if self.fast:
                self._chars.append("\n")
                return Verdict.SWALLOW
            self._chars = []
            return Verdict.PASS
        if text and text.isprintable():
            self._chars.append(text)
        return Verdict.START if starts else Verdict.PASS

    def finish(self) -> str | None:
        """The burst ended (silence): its text if it was a scanner's ending in Enter."""
        text = "".join(self._chars)
        self._chars = []
        self._last = None
        if len(text) > self.min_length and text.endswith("\n"):
            return text
        return None


class ScannerFilter(QObject):
    """Watches the window's key presses while the form is shown.

    ``on_start`` is called before a key that may start a burst reaches the field (the form
    snapshots its values); ``on_burst(text)`` with the text of a scanner burst ending in Enter.
    Installed on the window itself (not the application) so each key press is seen once.
    """

    def __init__(
        self,
        on_start: Callable[[], None],
        on_burst: Callable[[str], None],
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.enabled = False
        self.detector = BurstDetector()
        self._on_start = on_start
        self._on_burst = on_burst
        self._clock = clock
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.setInterval(END_MS)
        self._end.timeout.connect(self._finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        # The input system's time of the key, not when it is processed here: keys queued while
        # the UI was busy must not look slow (nor a slow machine make a scanner look human).
        stamp = event.timestamp()
        now = stamp / 1000 if stamp else self._clock()
        verdict = self.detector.press(event.text(), enter=event.key() in _ENTER_KEYS, now=now)
        if verdict is Verdict.START:
            self._on_start()
        self._end.start()
        return verdict is Verdict.SWALLOW

    @Slot()
    def _finish(self) -> None:
        text = self.detector.finish()
        if text is not None:
            self._on_burst(text)
