"""Anonymous interaction counts (taps, views, QR codes shown, language choices).

Rows never name a visitor. Writes are buffered and flushed in one transaction, so a tap costs
the UI thread a list append, not a durable SQLite commit; losing the last few taps in a power
cut is acceptable for statistics (leads, in contrast, are committed before "Thank you").
"""

from __future__ import annotations

import logging
from threading import Lock

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.models import AnalyticsEvent
from kiosk.data.types import utcnow

KINDS = frozenset({"tap", "view", "qr", "language", "search"})
FLUSH_AT = 25

log = logging.getLogger(__name__)


class AnalyticsRecorder:
    """Collects events in memory and writes them in batches."""

    def __init__(
        self, sessions: sessionmaker[Session], kiosk_id: str, event_id: str | None
    ) -> None:
        self._sessions = sessions
        self._kiosk_id = kiosk_id
        self.event_id = event_id
        self._pending: list[AnalyticsEvent] = []
        self._lock = Lock()
        self._paused = False

    def set_kiosk_id(self, kiosk_id: str) -> None:
        """Events recorded from now on carry ``kiosk_id`` (staff renamed the kiosk)."""
        with self._lock:
            self._kiosk_id = kiosk_id

    def record(self, kind: str, target: str | None = None, language: str | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown analytics kind {kind!r}; expected one of {sorted(KINDS)}")
        event = AnalyticsEvent(
            at=utcnow(),
            kiosk_id=self._kiosk_id,  # a str read is atomic: no lock for the hot path
            event_id=self.event_id,
            kind=kind,
            target=(target or None) and target[:64],
            language=language,
        )
        with self._lock:
            if self._paused:
                return
            self._pending.append(event)
            full = len(self._pending) >= FLUSH_AT
        if full:
            self.flush()

    def pause(self) -> None:
        """Forget what is pending and record nothing until ``resume``: a visit that must leave
        no trace (a visitor under the minimum age; their searches could name them)."""
        with self._lock:
            self._pending = []
            self._paused = True

    def resume(self) -> None:
        with self._lock:
            self._paused = False

    def flush(self) -> int:
        """Write what is pending; returns how many rows were written (0 on a storage error)."""
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch:
            return 0
        try:
            with self._sessions.begin() as session:
                session.add_all(batch)
        except SQLAlchemyError as exc:
            log.warning("analytics: %d events not saved: %s", len(batch), exc)
            return 0
        return len(batch)
