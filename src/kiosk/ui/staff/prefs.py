"""The settings panel: idle timeout, kiosk id and mouse cursor, stored in the database
(``services.kiosk_prefs``) and applied to the running kiosk at once. With a central pool, it
also holds the kiosk at the content revision it shows (``services.fleet``), as
``kiosk content hold`` does: newer published packs wait until staff release it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.messages import to_data
from kiosk.errors import KioskError
from kiosk.services import audit, fleet, kiosk_display, kiosk_prefs
from kiosk.services.kiosk_prefs import KioskPrefs
from kiosk.ui.screen_fit import ScreenFit
from kiosk.ui.staff.jobs import error_message
from kiosk.ui.staff.panel import Panel, StaffContext

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffSettings(Panel):
    changed = Signal()
    pixelShiftSet = Signal(bool)  # the window's burn-in protection follows at once
    loaded = Signal()  # stored values (re)read: the panel's fields start from them again

    def __init__(
        self,
        context: StaffContext,
        apply: Callable[[KioskPrefs], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._apply = apply  # the running kiosk follows (idle timer, cursor)
        self._prefs = KioskPrefs(
            "", context.settings.idle_timeout_s, not context.settings.hide_cursor
        )
        self._problem = ""
        self._saved = False
        self._content: fleet.ContentState | None = None
        self._pixel_shift = context.settings.pixel_shift_px > 0
        self._speech: QObject | None = None
        self._screen_fit: ScreenFit | None = None
        self._here: QObject | None = None

    speechChanged = Signal()

    def attach_screen_fit(self, fit: ScreenFit) -> None:
        """The window's screen fit (``kiosk.ui.screen_fit``): low-reach mode is switched here."""
        self._screen_fit = fit
        self.changed.emit()

    @Property(bool, notify=changed)
    def lowReach(self) -> bool:
        """Everything a visitor touches sits in the lower part of the screen."""
        return self._screen_fit is not None and self._screen_fit.low_reach

    @Slot(bool)
    def setLowReach(self, on: bool) -> None:
        """Applied at once, like burn-in protection (no Save needed)."""
        if self._screen_fit is not None:
            self._screen_fit.set_low_reach(on)
        self.changed.emit()

    def attach_speech(self, speech: QObject) -> None:
        """The kiosk's speech (``kiosk.ui.speech``): its staff switch sits on this panel."""
        self._speech = speech
        self.speechChanged.emit()

    @Property(QObject, notify=speechChanged)
    def speech(self) -> QObject | None:
        return self._speech

    hereChanged = Signal()

    def attach_here(self, here: QObject) -> None:
        """The kiosk's "You are here" position (``kiosk.ui.you_are_here``): chosen here."""
        self._here = here
        self.hereChanged.emit()

    @Property(QObject, notify=hereChanged)
    def here(self) -> QObject | None:
        return self._here

    @Slot()
    def refresh(self) -> None:
        self._prefs = kiosk_prefs.load(self.context.sessions, self.context.settings)
        self._content = fleet.read_content_state(self.context.sessions)
        self._pixel_shift = kiosk_display.pixel_shift_on(
            self.context.sessions, self.context.settings.pixel_shift_px > 0
        )
        self._problem, self._saved = "", False
        self.changed.emit()
        self.loaded.emit()

    @Slot(str, int, bool)
    def save(self, kiosk_id: str, idle_timeout_s: int, show_cursor: bool) -> None:
        prefs = KioskPrefs(kiosk_id.strip(), idle_timeout_s, show_cursor)
        self._problem = kiosk_prefs.problem(prefs) or ""
        self._saved = False
        if not self._problem:
            try:
                kiosk_prefs.save(
                    self.context.sessions, prefs, self.context.settings, actor=audit.ACTOR_STAFF
                )
            except KioskError as exc:
                self.set_error(error_message(exc))
            else:
                self._prefs, self._saved = prefs, True
                self.set_error("")
                self._apply(prefs)
        self.changed.emit()

    @Property(str, notify=changed)
    def kioskId(self) -> str:
        return self._prefs.kiosk_id

    @Property(int, notify=changed)
    def idleTimeout(self) -> int:
        return self._prefs.idle_timeout_s

    @Property(bool, notify=changed)
    def showCursor(self) -> bool:
        return self._prefs.show_cursor

    @Property(bool, constant=True)
    def fleet(self) -> bool:
        """A central pool is configured: content can come from it, and be held."""
        return bool(self.context.settings.central_database_url)

    @Property(str, notify=changed)
    def contentRevision(self) -> str:
        """The content revision shown (its first 12 characters), or empty."""
        revision = self._content.revision if self._content else None
        return (revision or "")[:18]

    @Property(bool, notify=changed)
    def contentHeld(self) -> bool:
        return bool(self._content and self._content.held)

    @Slot(bool)
    def holdContent(self, hold: bool) -> None:
        """Hold at the revision shown now, or follow the pool again."""
        sessions, staff = self.context.sessions, audit.ACTOR_STAFF
        if hold:
            fleet.hold_current(sessions, actor=staff)
        else:
            fleet.set_hold(sessions, None, actor=staff)
        self._content = fleet.read_content_state(sessions)
        self.changed.emit()

    @Property(bool, notify=changed)
    def pixelShift(self) -> bool:
        """Burn-in protection: the picture moves a few pixels now and then."""
        return self._pixel_shift

    @Slot(bool)
    def setPixelShift(self, on: bool) -> None:
        kiosk_display.set_pixel_shift(self.context.sessions, on, actor=audit.ACTOR_STAFF)
        self._pixel_shift = on
        self.pixelShiftSet.emit(on)
        self.changed.emit()

    @Property(str, notify=changed)
    def problem(self) -> str:
        """Why the last save was refused (a key of ``kiosk_prefs.PROBLEMS``), or empty."""
        return self._problem

    @Property("QVariantMap", notify=changed)
    def problemMessage(self) -> dict[str, object]:
        """The refusal as a message the screen translates (empty when none)."""
        return to_data(kiosk_prefs.PROBLEMS[self._problem]) if self._problem else {}

    @Property(bool, notify=changed)
    def saved(self) -> bool:
        return self._saved

    @Property(int, constant=True)
    def minIdle(self) -> int:
        return kiosk_prefs.MIN_IDLE_S

    @Property(int, constant=True)
    def maxIdle(self) -> int:
        return kiosk_prefs.MAX_IDLE_S
