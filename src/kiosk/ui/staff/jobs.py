"""Slow staff work off the UI thread: a small thread pool whose jobs report back by signals.

A job is a plain function ``work(report)``; ``report(done, total, stage)`` may be called from
the worker thread as often as it likes. Results, errors and progress reach the UI thread as
queued signals of a ``Job`` that lives there (its slots run in the UI thread, whichever thread
emitted). Each service call inside ``work`` opens its own database session, so nothing is
shared between threads. ``wait()`` at shutdown lets running jobs finish before the database
is closed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from kiosk.data.storage import storage_message
from kiosk.domain.messages import Message
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], None]
Work = Callable[[Report], Any]

PROGRESS_EVERY_S = 0.1  # a progress bar needs no more; each report costs the UI thread a frame


class Job(QObject):
    """One piece of work; connect to its signals before the runner starts it."""

    progressed = Signal(int, int, str)  # done, total, stage
    succeeded = Signal(object)
    failed = Signal(object)  # the exception (a KioskError carries a message for people)
    finished = Signal()

    _progress = Signal(int, int, str)
    _result = Signal(object, bool)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._progress.connect(self._on_progress)
        self._result.connect(self._on_result)

    def run(self) -> None:
        """Called on a worker thread: ``_progress``/``_result`` are queued to this object."""
        last = [0.0]

        def report(done: int, total: int, stage: str) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY_S or done >= total:
                last[0] = now
                self._progress.emit(done, total, stage)

        try:
            value = self._work(report)
        except Exception as exc:  # reported to the screen, never raised into Qt
            if not isinstance(exc, KioskError):
                log.exception("staff job failed")
            self._result.emit(exc, False)
        else:
            self._result.emit(value, True)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, stage: str) -> None:
        self.progressed.emit(done, total, stage)

    @Slot(object, bool)
    def _on_result(self, value: object, ok: bool) -> None:
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


def error_text(exc: BaseException, data_folder: Path | None = None) -> str:
    """What staff read for a failure: a KioskError's own message, a full disk or read-only
    data folder in one line, else the error's name."""
    if isinstance(exc, KioskError):
        return str(exc)
    cause = storage_message(exc, data_folder)
    if cause is not None:
        return cause
    return f"unexpected error: {exc.__class__.__name__}: {exc}"


def error_message(exc: BaseException, data_folder: Path | None = None) -> Message:
    """What staff read for a failure, as a message: a KioskError's own message when it has
    one; otherwise ``error_text`` (the system's words) inside a translated frame."""
    if isinstance(exc, KioskError) and exc.problem is not None:
        return exc.problem
    return Message("staff.failure", detail=error_text(exc, data_folder))


class JobRunner(QObject):
    """Runs jobs on its own pool (two threads: a long export does not block the figures)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Job] = set()

    def start(
        self,
        work: Work,
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        job = Job(work, self)
        # Through lambdas: a panel's bound method connected directly would have to be a
        # declared slot, or PySide gives the panel a meta-object of its own (see kiosk.ui).
        if progress is not None:
            job.progressed.connect(lambda done_, total, stage: progress(done_, total, stage))
        if done is not None:
            job.succeeded.connect(lambda value: done(value))
        if failed is not None:
            job.failed.connect(lambda exc: failed(exc))
        self._running.add(job)
        job.finished.connect(lambda: self._forget(job))
        self._pool.start(job.run)
        return job

    def _forget(self, job: Job) -> None:
        self._running.discard(job)
        job.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every started job has returned (their signals are then dropped)."""
        return self._pool.waitForDone(timeout_ms)
