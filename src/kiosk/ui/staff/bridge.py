"""``StaffBridge``: the way into staff mode and out of it, and the dashboard's panels.

Stages: ``off`` (visitors), ``pin`` (the PIN pad, after the hidden gesture) and ``dashboard``.
While staff mode shows, the visitor's idle reset is off: staff mode has its own rule, 3 minutes
without a touch (``services.staff_session``), and never ends while an export, wipe or import is
still running. Leaving staff mode (button or timeout) ends any visit: the attract loop returns.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Settings
from kiosk.services.staff_session import STAFF_IDLE_LIMIT_S, StaffSession
from kiosk.ui.bridges import AppBridge
from kiosk.ui.idle import ActivityFilter, IdleMonitor
from kiosk.ui.staff.auditlog import StaffAudit
from kiosk.ui.staff.exporting import StaffExport
from kiosk.ui.staff.gesture import HOLD_MS, TapCounter
from kiosk.ui.staff.jobs import JobRunner, error_text
from kiosk.ui.staff.matching import StaffMatching
from kiosk.ui.staff.overview import StaffOverview
from kiosk.ui.staff.packs import StaffContent
from kiosk.ui.staff.panel import StaffContext
from kiosk.ui.staff.pin_entry import PinEntry
from kiosk.ui.staff.prefs import StaffSettings
from kiosk.ui.staff.storage import DriveLister, removable_drives
from kiosk.ui.staff.syncing import StaffSync
from kiosk.ui.staff.wiping import StaffWipe

if TYPE_CHECKING:  # PIN hashing loads when the pad first opens
    from kiosk.services.staff_pin import PinCheck, StaffPin

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

OFF, PIN, DASHBOARD = "off", "pin", "dashboard"
SECTIONS = ("overview", "export", "wipe", "content", "matching", "settings", "audit", "sync")
PAD_IDLE_LIMIT_S = 60  # an unattended PIN pad closes sooner than a staff session
TICK_MS = 250


@QmlElement
@QmlUncreatable("StaffBridge is created by the application and passed to the window.")
class StaffBridge(QObject):
    stageChanged = Signal()
    pinChanged = Signal()
    sectionChanged = Signal()
    holdMsChanged = Signal()
    # What staff mode asks of the window (KioskWindowHost connects them; signals, not stored
    # callbacks, so the bridge never keeps the window alive).
    quitRequested = Signal()
    contentLoaded = Signal(object)  # the new Catalog (or None): show it everywhere
    prefsSaved = Signal(object)  # KioskPrefs: apply the idle time and cursor now

    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        app: AppBridge,
        idle: IdleMonitor,
        *,
        pin: StaffPin | None = None,
        drives: DriveLister = removable_drives,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._idle = idle
        self._sessions = sessions
        self._pin_service = pin
        self._language = app.language
        self.runner = JobRunner(self)
        context = StaffContext(sessions, settings, self.runner, lambda: self._language)

        self._stage = OFF
        self._section = SECTIONS[0]
        self._entry = PinEntry(pin_is_set=True)
        self._pin_busy = False
        self._pin_message = ""
        self._pin_error = ""
        self._attempts_left = 0
        self._locked_until = 0.0  # time.monotonic() when the lockout ends
        self._hold_ms = HOLD_MS
        self._taps = TapCounter()
        self.session_limit_s: float = STAFF_IDLE_LIMIT_S
        self._session = StaffSession()
        self._filter = ActivityFilter(self)  # a Python reference: see kiosk.ui.idle
        self._filtering = False

        self.overview = StaffOverview(context, self)
        self.exporter = StaffExport(context, drives, self)
        self.wiper = StaffWipe(context, self.overview.refresh, self)
        self.content = StaffContent(context, drives, self.contentLoaded.emit, self)
        self.prefs = StaffSettings(context, self.prefsSaved.emit, self)
        self.audit = StaffAudit(context, self)
        self.matching = StaffMatching(context, self)
        self.sync = StaffSync(context, self)
        self.overview.changed.connect(self._figures_changed)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        app.stackChanged.connect(self._keep_visitor_idle_off)

    # -- the way in ---------------------------------------------------------------------------

    @Property(int, notify=holdMsChanged)
    def holdMs(self) -> int:
        """How long the top-left corner must be held (tests shorten it)."""
        return self._hold_ms

    @holdMs.setter
    def holdMs(self, value: int) -> None:
        if value != self._hold_ms:
            self._hold_ms = max(1, int(value))
            self.holdMsChanged.emit()

    @Slot()
    def cornerTapped(self) -> None:
        """One tap on the brand corner; the fifth within a few seconds opens the PIN pad."""
        if self._stage == OFF and self._taps.tap():
            self.openAccess()

    @Slot()
    def openAccess(self) -> None:
        """Show the PIN pad; with no PIN set, a notice that staff mode is not set up here (the
        PIN is set on the PC with ``kiosk set-pin``, never on the touchscreen)."""
        if self._stage != OFF:
            return
        status = self._pin.status()
        self._entry.restart(status.is_set)
        self._pin_message = ""
        self._set_lockout(status.locked_for_s)
        self._taps.clear()
        self._session = StaffSession(idle_limit_s=PAD_IDLE_LIMIT_S)
        self._session.open()
        self._set_stage(PIN)
        self.pinChanged.emit()

    # -- PIN pad ------------------------------------------------------------------------------

    @Property(str, notify=pinChanged)
    def pinMode(self) -> str:
        """``enter``, or ``unset`` (no PIN yet: staff mode is not set up on this kiosk)."""
        return self._entry.mode

    @Property(int, notify=pinChanged)
    def pinLength(self) -> int:
        return self._entry.length

    @Property(int, constant=True)
    def minPinLength(self) -> int:
        from kiosk.services.staff_pin import MIN_PIN_LENGTH

        return MIN_PIN_LENGTH

    @property
    def _pin(self) -> StaffPin:
        if self._pin_service is None:
            from kiosk.services.staff_pin import StaffPin

            self._pin_service = StaffPin(self._sessions)
        return self._pin_service

    @Property(bool, notify=pinChanged)
    def pinBusy(self) -> bool:
        return self._pin_busy

    @Property(str, notify=pinChanged)
    def pinMessage(self) -> str:
        """Why the last entry failed: wrong, locked or error."""
        return self._pin_message

    @Property(int, notify=pinChanged)
    def attemptsLeft(self) -> int:
        """Wrong PINs still allowed before a lockout (after a wrong PIN)."""
        return self._attempts_left

    @Property(int, notify=pinChanged)
    def lockedSeconds(self) -> int:
        return max(0, math.ceil(self._locked_until - time.monotonic()))

    def _set_lockout(self, seconds: float) -> None:
        self._locked_until = time.monotonic() + seconds if seconds > 0 else 0.0
        if seconds > 0:
            self._pin_message = "locked"

    def _pad_ready(self) -> bool:
        return self._stage == PIN and not self._pin_busy and self.lockedSeconds == 0

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        if self._pad_ready() and self._entry.press(digit):
            self.pinChanged.emit()

    @Slot()
    def eraseDigit(self) -> None:
        if self._pad_ready() and self._entry.erase():
            self.pinChanged.emit()

    @Slot()
    def submitPin(self) -> None:
        if not self._pad_ready():
            return
        step = self._entry.submit()
        self._pin_message = ""
        if step.action == "check":
            self._pin_job(lambda _report: self._pin.verify(step.pin), self._checked)
        self.pinChanged.emit()

    def _pin_job(self, work: Callable[[object], object], done: Callable[[object], None]) -> None:
        self._pin_busy = True
        self.runner.start(work, done=done, failed=self._pin_failed)

    def _checked(self, check: PinCheck) -> None:
        self._pin_busy = False
        if check.ok:
            self._open_dashboard()
        elif check.not_set:  # the PIN was removed meanwhile: not set up any more
            self._entry.restart(pin_is_set=False)
        elif check.locked:
            self._set_lockout(check.locked_for_s)
        else:
            self._pin_message = "wrong"
            self._attempts_left = check.attempts_before_lock
        self.pinChanged.emit()

    def _pin_failed(self, exc: BaseException) -> None:
        self._pin_busy = False
        self._pin_message = "error"
        self._pin_error = error_text(exc)
        self._entry.restart(self._pin.is_set())
        self.pinChanged.emit()

    @Property(str, notify=pinChanged)
    def pinError(self) -> str:
        """The details of an ``error`` (e.g. a damaged stored PIN), in English."""
        return self._pin_error if self._pin_message == "error" else ""

    @Slot()
    def cancelPin(self) -> None:
        """Close the pad; a visitor who opened it by chance is back where they were."""
        if self._stage == PIN:
            self._entry.clear()
            self._set_stage(OFF)
            self._idle.set_enabled(self._app.inVisit)

    # -- staff session ------------------------------------------------------------------------

    def _open_dashboard(self) -> None:
        self._app.reset()  # whatever a visitor left on screen is gone
        self._session = StaffSession(idle_limit_s=self.session_limit_s)
        self._session.open()
        self.exporter.start_over()  # nothing of the previous staff session's work is shown
        self.content.start_over()
        self._set_stage(DASHBOARD)
        self.showSection(SECTIONS[0])

    @Slot()
    def backToVisitor(self) -> None:
        """Leave staff mode for the attract loop."""
        if self._stage == OFF:
            return
        self._entry.clear()
        self._set_stage(OFF)
        self._app.reset()

    @Slot()
    def quit(self) -> None:
        """Leave kiosk mode: the window may close now, and does."""
        if self._stage == DASHBOARD:
            self.quitRequested.emit()

    def activity(self) -> None:
        """A touch or key anywhere (from the application-wide filter) keeps staff mode open."""
        if self._stage != OFF:
            self._session.touch()

    @Slot()
    def _tick(self) -> None:
        if self._locked_until and self.lockedSeconds == 0:
            self._locked_until = 0.0
            self._pin_message = ""
        if self._pin_message == "locked" or self._locked_until:
            self.pinChanged.emit()  # the lockout's countdown
        if self.runner.busy and self._stage == DASHBOARD:
            self._session.touch()  # an export or wipe in progress keeps the session open
        if self._session.expired:
            if self._stage == PIN:
                self.cancelPin()
            else:
                self.backToVisitor()

    def _set_stage(self, stage: str) -> None:
        if stage == self._stage:
            return
        self._stage = stage
        app = QGuiApplication.instance()
        if stage == OFF:
            self._ticker.stop()
            if self._filtering and app is not None:
                app.removeEventFilter(self._filter)
                self._filtering = False
        else:
            self._idle.set_enabled(False)
            self._ticker.start()
            if not self._filtering and app is not None:
                app.installEventFilter(self._filter)
                self._filtering = True
        self.stageChanged.emit()

    @Slot()
    def _keep_visitor_idle_off(self) -> None:
        if self._stage != OFF:
            self._idle.set_enabled(False)

    @Property(str, notify=stageChanged)
    def stage(self) -> str:
        return self._stage

    @Property(bool, notify=stageChanged)
    def shown(self) -> bool:
        return self._stage != OFF

    @Property(int, constant=True)
    def sessionMinutes(self) -> int:
        return round(STAFF_IDLE_LIMIT_S / 60)

    # -- dashboard ----------------------------------------------------------------------------

    @Property(str, notify=sectionChanged)
    def section(self) -> str:
        return self._section

    @Slot(str)
    def showSection(self, name: str) -> None:
        if name not in SECTIONS or (name == "sync" and not self.sync.available):
            return
        self._section = name
        self.sectionChanged.emit()
        if name == "overview":
            self.overview.refresh()
        elif name == "export":
            self.exporter.refreshDrives()
            self.exporter.browser.refreshRoots()
            if self.overview.figures is None:
                self.overview.refresh()  # the exhibitor list comes with the figures
        elif name == "wipe":
            self.wiper.preview()
        elif name == "content":
            self.content.browser.refreshRoots()
            self.content.search()
        elif name == "settings":
            self.prefs.refresh()
        elif name == "audit":
            self.audit.refresh()
        elif name == "matching":
            self.matching.refresh()
        elif name == "sync":
            self.sync.refresh()

    @Slot()
    def _figures_changed(self) -> None:
        if self.overview.figures is not None:
            self.exporter.set_exhibitors(self.overview.figures)

    @Slot(str)
    def set_language(self, tag: str) -> None:
        """Labels computed in Python (exhibitor, country, language names) follow the staff."""
        self._language = tag
        if self._stage == DASHBOARD and self.overview.loaded:
            self.overview.refresh()

    @Property(QObject, constant=True)
    def figures(self) -> StaffOverview:
        return self.overview

    @Property(QObject, constant=True)
    def exports(self) -> StaffExport:
        return self.exporter

    @Property(QObject, constant=True)
    def wipes(self) -> StaffWipe:
        return self.wiper

    @Property(QObject, constant=True)
    def contentPacks(self) -> StaffContent:
        return self.content

    @Property(QObject, constant=True)
    def settings(self) -> StaffSettings:
        return self.prefs

    @Property(QObject, constant=True)
    def auditLog(self) -> StaffAudit:
        return self.audit

    @Property(QObject, constant=True)
    def schedule(self) -> StaffMatching:
        return self.matching

    @Property(QObject, constant=True)
    def syncStatus(self) -> StaffSync:
        return self.sync

    # -- shutdown -----------------------------------------------------------------------------

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Stop watching input, cancel a running export, wait for every job to return."""
        self._ticker.stop()
        self.exporter.cancel()
        app = QGuiApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self._filter)
            self._filtering = False
        self.runner.wait(timeout_ms)
