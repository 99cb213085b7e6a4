"""What the layouts need to know about the physical screen: its pixels per millimetre (touch
targets of 9 mm on the glass, ``Theme.minTouch``) and the low-reach band.

The pixels per millimetre come from ``KIOSK_SCREEN_INCHES`` (the diagonal) when it is set, taken
over the window's size: a kiosk's window fills its screen, and a screenshot at another size
then shows what a screen of that diagonal would. Otherwise Main.qml takes what the OS reports
for the window's screen (QML's ``Screen.pixelDensity``; many panels report nothing or a made-up
size, hence the override). Not read here through ``QWindow.screen()``: a QScreen wrapper made
from Python left the next window created on a dangling screen (a segfault after a dozen test
windows with PySide6 6.11).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QScreen, QWindow
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import DEFAULT_REACH, Settings
from kiosk.services import audit, kiosk_display


class ScreenFit(QObject):
    """``pixelsPerMm`` and ``reach`` for Main.qml, which hands them to the Theme."""

    changed = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._settings = settings
        self._window: QWindow | None = None
        self._pixels_per_mm = 0.0
        self._reach = kiosk_display.reach_band(sessions, settings.reach, DEFAULT_REACH)

    def attach_window(self, window: QWindow) -> None:
        self._window = window
        window.widthChanged.connect(self._measure)
        window.heightChanged.connect(self._measure)
        window.screenChanged.connect(self._measure)
        self._measure()

    @Slot()
    @Slot(int)
    @Slot(QScreen)
    def _measure(self, *_args: object) -> None:
        window = self._window
        if window is None:
            return
        inches = self._settings.screen_inches
        value = 0.0
        if inches:
            value = kiosk_display.pixels_per_mm(window.width(), window.height(), inches)
        if abs(value - self._pixels_per_mm) > 1e-6:
            self._pixels_per_mm = value
            self.changed.emit()

    @Property(float, notify=changed)
    def pixelsPerMm(self) -> float:
        """Window pixels per millimetre of glass from ``KIOSK_SCREEN_INCHES``; 0 when not set
        (Main.qml then asks the screen)."""
        return self._pixels_per_mm

    @Property(float, notify=changed)
    def reach(self) -> float:
        """The lower fraction of the screen a visitor touches; 1.0: all of it."""
        return self._reach

    @property
    def low_reach(self) -> bool:
        return self._reach < 1.0

    def set_low_reach(self, on: bool) -> None:
        """Staff's switch (Settings): stored, and the layout follows at once."""
        kiosk_display.set_low_reach(self._sessions, on, actor=audit.ACTOR_STAFF)
        self._reach = kiosk_display.reach_band(self._sessions, self._settings.reach, DEFAULT_REACH)
        self.changed.emit()
