"""Idle detection: no touch for a while → "Still there?" countdown → the visit ends.

An application-wide event filter sees every touch, click, key and wheel event before any item
does. Qt keeps only a raw pointer to an event filter, so the filter object is owned here (a
Python attribute *and* a Qt parent): a filter that Python garbage-collects silently never fires
again and the kiosk would never reset.

The countdown follows WCAG 2.2.1 (Timing Adjustable): the visitor is warned and has at least 20
seconds (``Settings.idle_countdown_s``) to extend the time with one simple action. Any touch while
the warning shows counts as that action, and only as that: the whole gesture (press, moves,
release) is swallowed, so a tap on the warning never also presses the button or key under it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Property, QEvent, QObject, Qt, QTimer, Signal, Slot

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)
_MOUSE_MOVE = QEvent.Type.MouseMove
_CONTEXT_MENU = QEvent.Type.ContextMenu
# A gesture that answers the countdown: its start, what follows, and its end.
_PRESSES = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.TabletPress,
    }
)
_MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate, QEvent.Type.TabletMove})
_RELEASES = frozenset(
    {
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.KeyRelease,
        QEvent.Type.TabletRelease,
    }
)
# A lost release must not leave the kiosk deaf: the swallowing ends after this anyway.
_SWALLOW_LIMIT_S = 3.0


class ActivityFilter(QObject):
    """Reports visitor input to its monitor and swallows context-menu requests (kiosk mode)
    and the gesture that answers the countdown."""

    def __init__(self, monitor: QObject) -> None:
        """``monitor`` has ``activity()``; a ``countingDown`` one also gets its answers."""
        super().__init__(monitor)
        self._monitor = monitor
        self._swallow_until = 0.0  # monotonic time; 0: not swallowing a gesture

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._swallow_until and time.monotonic() > self._swallow_until:
            self._swallow_until = 0.0
        if self._swallow_until:
            if kind in _RELEASES:
                self._swallow_until = 0.0
            if kind in _PRESSES or kind in _MOVES or kind in _RELEASES:
                return True
        if kind in _PRESSES and getattr(self._monitor, "countingDown", False):
            # The answer to "Still there?", and nothing else.
            self._monitor.activity()
            self._swallow_until = time.monotonic() + _SWALLOW_LIMIT_S
            return True
        if kind in _ACTIVITY:
            self._monitor.last_input_at = time.time()
            self._monitor.activity()
        elif kind == _MOUSE_MOVE:
            if event.buttons() != Qt.MouseButton.NoButton:  # a drag, not a hovering mouse
                self._monitor.last_input_at = time.time()
                self._monitor.activity()
        elif kind == _CONTEXT_MENU:
            return True
        return False


class IdleMonitor(QObject):
    """Counts idle time while a visit is under way and asks QML to show the countdown."""

    countingDownChanged = Signal()
    secondsLeftChanged = Signal()
    timedOut = Signal()

    def __init__(self, timeout_s: float, countdown_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._countdown_s = countdown_s
        self._seconds_left = countdown_s
        self._counting_down = False
        self._enabled = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self.set_timeouts(timeout_s, countdown_s)
        self._filter = ActivityFilter(self)  # keep a reference: see the module docstring
        self._filtered: QObject | None = None
        self.last_input_at = 0.0  # time.time() of the last touch, attract loop included

    # -- wiring ---------------------------------------------------------------------------

    def install(self, app: QObject) -> None:
        """Watch every event of ``app`` (the QGuiApplication)."""
        self.uninstall()
        app.installEventFilter(self._filter)
        self._filtered = app

    def uninstall(self) -> None:
        if self._filtered is not None:
            self._filtered.removeEventFilter(self._filter)
            self._filtered = None

    def set_timeouts(self, timeout_s: float, countdown_s: int) -> None:
        """Idle time before the warning, and the warning's length (both in seconds)."""
        self._idle.setInterval(max(1, round(timeout_s * 1000)))
        self._countdown_s = max(1, int(countdown_s))
        if self._idle.isActive():
            self._idle.start()

    def set_enabled(self, enabled: bool) -> None:
        """Run only during a visit: the attract loop has nothing to time out."""
        self._enabled = enabled
        self._set_counting_down(False)
        if enabled:
            self._idle.start()
        else:
            self._idle.stop()

    # -- state ----------------------------------------------------------------------------

    @Property(bool, notify=countingDownChanged)
    def countingDown(self) -> bool:
        return self._counting_down

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @Property(int, notify=countingDownChanged)
    def countdownSeconds(self) -> int:
        return self._countdown_s

    @property
    def idle_interval_ms(self) -> int:
        return self._idle.interval()

    # -- events ---------------------------------------------------------------------------

    def activity(self) -> None:
        """A touch, click or key: the visitor is here."""
        if not self._enabled:
            return
        if self._counting_down:
            self._set_counting_down(False)
        self._idle.start()

    @Slot()
    def stillHere(self) -> None:
        """The "I'm still here" button (normally already handled by ``activity``)."""
        self.activity()

    def show_countdown(self) -> None:
        """Start the warning now (screenshots, tests) as if the idle time had run out."""
        self._idle.stop()
        self._start_countdown()

    @Slot()
    def _start_countdown(self) -> None:
        if not self._enabled:
            return
        self._set_seconds_left(self._countdown_s)
        self._set_counting_down(True)

    @Slot()
    def _on_tick(self) -> None:
        self._set_seconds_left(self._seconds_left - 1)
        if self._seconds_left <= 0:
            self._set_counting_down(False)
            self._enabled = False
            self.timedOut.emit()

    def _set_counting_down(self, value: bool) -> None:
        if value:
            self._tick.start()
        else:
            self._tick.stop()
        if value != self._counting_down:
            self._counting_down = value
            self.countingDownChanged.emit()

    def _set_seconds_left(self, value: int) -> None:
        if value != self._seconds_left:
            self._seconds_left = value
            self.secondsLeftChanged.emit()
