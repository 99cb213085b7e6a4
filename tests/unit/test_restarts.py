"""The nightly restart window and the crash-loop history (a real JSON file in a data folder)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import parse_restart_window
from kiosk.errors import KioskError
from kiosk.services.restarts import RunHistory, restart_due

TZ = UTC


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("window", "now", "started", "due"),
    [
        ("03:00-05:00", at(6, 3, 10), at(5, 9), True),  # in the window, started the day before
        ("03:00-05:00", at(6, 3, 10), at(6, 3, 5), False),  # restarted in this window already
        ("03:00-05:00", at(6, 5, 0), at(5, 9), False),  # the window has closed
        ("03:00-05:00", at(6, 2, 59), at(5, 9), False),  # not open yet
        ("23:30-00:30", at(7, 0, 10), at(6, 12), True),  # a window across midnight
        ("23:30-00:30", at(6, 23, 45), at(6, 12), True),
        ("23:30-00:30", at(7, 0, 10), at(6, 23, 40), False),
        ("off", at(6, 3, 10), at(5, 9), False),
    ],
)
def test_the_kiosk_restarts_once_inside_its_window(window, now, started, due) -> None:
    assert restart_due(now, started, parse_restart_window(window)) is due


@pytest.mark.parametrize("raw", ["3-5", "03:00", "25:00-26:00", "03:00-03:00", "soon"])
def test_a_bad_window_is_a_clear_error(raw: str) -> None:
    with pytest.raises(KioskError, match="KIOSK_RESTART_WINDOW"):
        parse_restart_window(raw)


def crash(history: RunHistory, when: datetime, code: int | None) -> None:
    history.begin(when)
    if code is not None:
        history.end(when + timedelta(seconds=30), code)


@pytest.mark.parametrize(
    ("codes", "looping"),
    [
        ([None, 70, None], True),  # died hard, error loop, died hard
        ([70, 70, 4], True),
        ([70, 0, 70], False),  # one clean run between
        ([70, 75, 70], False),  # a nightly restart is a clean end
        ([70, 70], False),  # two are not a loop yet
    ],
)
def test_repeated_bad_ends_within_minutes_are_a_crash_loop(
    tmp_path: Path, codes: list[int | None], looping: bool
) -> None:
    history = RunHistory(tmp_path)
    start = at(6, 10)
    for index, code in enumerate(codes):
        crash(history, start + timedelta(minutes=index), code)
    why = history.crash_loop(start + timedelta(minutes=4))
    assert (why is not None) is looping
    if looping:
        assert why.startswith("3 starts since 10:0") and "the last" in why


def test_crashes_long_ago_do_not_count(tmp_path: Path) -> None:
    history = RunHistory(tmp_path)
    for index in range(3):
        crash(history, at(6, 10, index), 70)
    assert history.crash_loop(at(6, 11)) is None


def test_a_broken_history_file_is_an_empty_history(tmp_path: Path) -> None:
    history = RunHistory(tmp_path)
    history.path.parent.mkdir(parents=True)
    history.path.write_text("{not json")
    assert history.runs() == [] and history.crash_loop(at(6, 10)) is None
    history.begin(at(6, 10))
    assert len(history.runs()) == 1
