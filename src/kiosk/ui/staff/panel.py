"""What every staff panel controller shares: the database, settings, the job runner, the staff's
language, and a ``busy`` flag that is true while one of its jobs runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Settings
from kiosk.domain.messages import Message, to_data
from kiosk.ui.staff.jobs import Job, JobRunner, Work, error_message, error_text


@dataclass(frozen=True)
class StaffContext:
    sessions: sessionmaker[Session]
    settings: Settings
    runner: JobRunner
    language: Callable[[], str]  # the staff's language, for labels computed in Python


class Panel(QObject):
    busyChanged = Signal()
    errorChanged = Signal()

    def __init__(self, context: StaffContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._jobs = 0
        self._error = ""
        self._error_message: dict[str, object] = {}

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._jobs > 0

    @Property(str, notify=errorChanged)
    def error(self) -> str:
        """The last failure's message (services' messages are English and name the place)."""
        return self._error

    @Property("QVariantMap", notify=errorChanged)
    def errorMessage(self) -> dict[str, object]:
        """The last failure as a message the screen says in the staff's language."""
        return self._error_message

    def error_text(self, exc: BaseException) -> str:
        """``jobs.error_text`` with the kiosk's data folder (a full disk is named)."""
        return error_text(exc, self.context.settings.data_dir)

    def error_message(self, exc: BaseException) -> Message:
        """``jobs.error_message`` with the kiosk's data folder."""
        return error_message(exc, self.context.settings.data_dir)

    def set_error(self, error: str | Message) -> None:
        """The failure to show (a message, or the system's own words), or "" for none."""
        if isinstance(error, str):
            message = Message("staff.failure", detail=error) if error else None
        else:
            message = error
        text = str(message) if message is not None else ""
        if text != self._error:
            self._error = text
            self._error_message = to_data(message) if message is not None else {}
            self.errorChanged.emit()

    def run(
        self,
        work: Work,
        done: Callable[[Any], None],
        *,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        """Start ``work`` off the UI thread; ``busy`` until it returns; a failure without its
        own handler becomes ``error``."""
        self.set_error("")
        self._jobs += 1
        if self._jobs == 1:
            self.busyChanged.emit()
        job = self.context.runner.start(
            work,
            done=done,
            failed=failed or (lambda exc: self.set_error(self.error_message(exc))),
            progress=progress,
        )
        job.finished.connect(self._job_finished)
        return job

    @Slot()
    def _job_finished(self) -> None:
        self._jobs -= 1
        if self._jobs == 0:
            self.busyChanged.emit()
