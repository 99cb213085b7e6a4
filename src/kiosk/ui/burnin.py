"""Burn-in protection: the whole picture moves a few pixels now and then.

A kiosk shows the same top bar, brand and "Touch to start" row for ten hours a day, six days
running; on OLED and many LCD panels that leaves a ghost. ``PixelShift`` walks the canvas
through the points of a small square (``amplitude`` pixels each way, one step every
``interval_s``), too slowly and too little for a visitor to notice. Between visits the attract
loop is the screensaver (nothing else blanks or dims the screen: a dark kiosk draws nobody).
Configured by ``KIOSK_PIXEL_SHIFT`` (pixels, 0 turns it off) and
``KIOSK_PIXEL_SHIFT_INTERVAL`` (seconds); staff can turn it off and on in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.services.kiosk_display import orbit


class PixelShift(QObject):
    """The canvas offset in screen pixels; QML binds the canvas' x and y to it."""

    changed = Signal()

    def __init__(
        self, amplitude: int, interval_s: float, enabled: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._points = orbit(amplitude)
        self._step = 0
        self._enabled = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(interval_s * 1000)))
        self._timer.timeout.connect(self.advance)
        self.set_enabled(enabled)

    @Slot(bool)
    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled and len(self._points) > 1
        if self._enabled:
            self._timer.start()
        else:
            self._timer.stop()
            self._step = 0
        self.changed.emit()

    @property
    def enabled(self) -> bool:
        return self._enabled

    @Slot()
    def advance(self) -> None:
        self._step = (self._step + 1) % len(self._points)
        self.changed.emit()

    @Property(int, notify=changed)
    def offsetX(self) -> int:
        return self._points[self._step][0] if self._enabled else 0

    @Property(int, notify=changed)
    def offsetY(self) -> int:
        return self._points[self._step][1] if self._enabled else 0
