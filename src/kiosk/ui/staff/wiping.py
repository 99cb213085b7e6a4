"""The wipe panel. It first counts, deleting nothing, which leads a verified export holds as
they are now; staff may then wipe exactly those. Without such an export (or to wipe the rest
too) only typing the confirmation phrase wipes everything. Both run on the job runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.services import audit
from kiosk.ui.staff.panel import Panel, StaffContext

if TYPE_CHECKING:  # the wipe service loads when staff first open the wipe panel
    from kiosk.services.wipe import WipeResult

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

# States, as QML reads them.
IDLE, COUNTING, READY, NO_EXPORT, BACKLOG, SET_ASIDE, RUNNING, DONE, REFUSED, FAILED = (
    "idle",
    "counting",
    "ready",
    "noExport",
    "backlog",  # leads still wait for the central pool: sync first
    "setAside",  # among them, leads the pool refused: fix the cause (Sync screen) first
    "running",
    "done",
    "refused",  # the typed phrase did not match: nothing deleted
    "failed",
)


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffWipe(Panel):
    changed = Signal()
    progressChanged = Signal()

    def __init__(
        self, context: StaffContext, wiped: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(context, parent)
        self._central = bool(context.settings.central_database_url)
        self._wiped = wiped  # the dashboard's figures are stale after a wipe
        self._state = IDLE
        self._covered = 0
        self._uncovered = 0
        self._deleted = 0
        self._kept = 0
        self._progress = 0.0

    @Slot()
    def preview(self) -> None:
        """Count what a wipe of exported leads would delete and keep (deletes nothing)."""
        if self._state in (COUNTING, RUNNING):
            return
        self._set_state(COUNTING)
        sessions, central = self.context.sessions, self._central

        def work(_report: object) -> WipeResult:
            from kiosk.services import wipe

            return wipe.preview(sessions, central_configured=central)

        self.run(work, self._previewed, failed=self._not_ready)

    def _previewed(self, result: WipeResult) -> None:
        self._covered, self._uncovered = result.deleted, result.kept
        self._set_state(READY)

    def _not_ready(self, exc: BaseException) -> None:
        from kiosk.services.wipe import NoVerifiedExport, PoolBacklog

        self._covered, self._uncovered = 0, -1
        if isinstance(exc, NoVerifiedExport):
            self._set_state(NO_EXPORT)
        elif isinstance(exc, PoolBacklog):
            self.set_error(self.error_message(exc))
            self._set_state(SET_ASIDE if exc.refused else BACKLOG)
        else:
            self._fail(exc)

    @Slot()
    def wipeExported(self) -> None:
        """Wipe the leads the preview counted as held by a verified export."""
        if self._state == READY and self._covered > 0:
            self._start("")

    @Slot(str)
    def wipeAll(self, typed: str) -> None:
        """Wipe every lead, exported or not; refused unless ``typed`` is the phrase."""
        if self._state in (COUNTING, RUNNING):
            return
        if typed.strip() != self.phrase:
            self._set_state(REFUSED)
            return
        self._start(typed)

    def _start(self, confirmation: str) -> None:
        """Wipe on the job runner: every lead with ``confirmation``, else the exported ones."""
        sessions, central = self.context.sessions, self._central

        def work(report: Callable[[int, int, str], None]) -> WipeResult:
            from kiosk.services import wipe

            def progress(done: int, total: int) -> None:
                report(done, total, "wipe")

            if confirmation:
                return wipe.wipe_all(
                    sessions,
                    confirmation=confirmation,
                    actor=audit.ACTOR_STAFF,
                    central_configured=central,
                    progress=progress,
                )
            return wipe.wipe_exported(
                sessions, actor=audit.ACTOR_STAFF, central_configured=central, progress=progress
            )

        self._set_state(RUNNING)
        self._set_progress(0, 0, "")
        self.run(work, self._done, failed=self._fail, progress=self._set_progress)

    def _done(self, result: WipeResult) -> None:
        self._deleted, self._kept = result.deleted, result.kept
        self._set_state(DONE)
        self._wiped()

    def _fail(self, exc: BaseException) -> None:
        self.set_error(self.error_message(exc))
        self._set_state(FAILED)

    def _set_state(self, state: str) -> None:
        if state not in (FAILED, BACKLOG, SET_ASIDE):
            self.set_error("")
        self._state = state
        self.changed.emit()

    def _set_progress(self, done: int, total: int, _stage: str) -> None:
        self._progress = done / total if total else 0.0
        self.progressChanged.emit()

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(int, notify=changed)
    def covered(self) -> int:
        """Leads a verified export holds as they are now (what "wipe exported" deletes)."""
        return self._covered

    @Property(int, notify=changed)
    def uncovered(self) -> int:
        """Leads no verified export holds (they stay); -1 when there is no export at all."""
        return self._uncovered

    @Property(int, notify=changed)
    def deleted(self) -> int:
        return self._deleted

    @Property(int, notify=changed)
    def kept(self) -> int:
        return self._kept

    @Property(float, notify=progressChanged)
    def progress(self) -> float:
        return self._progress

    @Property(str, constant=True)
    def phrase(self) -> str:
        from kiosk.services.wipe import CONFIRMATION

        return CONFIRMATION
