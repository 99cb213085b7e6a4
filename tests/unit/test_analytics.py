"""Anonymous analytics are buffered and written in batches."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.data.database import Database
from kiosk.data.models import AnalyticsEvent
from kiosk.services.analytics import FLUSH_AT, AnalyticsRecorder


def count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(AnalyticsEvent))


def test_events_wait_for_flush_then_land(database: Database) -> None:
    recorder = AnalyticsRecorder(database.sessions, "kiosk-1", "ev")
    recorder.record("tap", "macau-tea", "zh-Hant")
    recorder.record("language", "pt")
    assert count(database) == 0
    assert recorder.flush() == 2
    assert count(database) == 2
    assert recorder.flush() == 0


def test_a_full_buffer_flushes_itself(database: Database) -> None:
    recorder = AnalyticsRecorder(database.sessions, "kiosk-1", None)
    for _ in range(FLUSH_AT):
        recorder.record("view", "x")
    assert count(database) == FLUSH_AT


def test_unknown_kind_is_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="unknown analytics kind"):
        AnalyticsRecorder(database.sessions, "k", None).record("click")
