"""The content pack's ``matching`` section: validated with every problem located, imported with
the event, and the bundled sample's sessions always ahead when it is loaded as the sample."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from packs import matching_content, write_json, write_pack

from kiosk.config import Settings
from kiosk.content.importer import import_pack
from kiosk.content.problems import PackInvalid
from kiosk.content.sample_dates import moved_to
from kiosk.content.validate import validate_pack
from kiosk.data.database import Database
from kiosk.data.models import Event
from kiosk.data.types import utcnow
from kiosk.resources import sample_pack_dir
from kiosk.services.startup import ensure_content


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "pack", matching_content())


def test_the_section_becomes_typed_values(pack: Path) -> None:
    matching = validate_pack(pack).matching
    assert matching is not None
    assert matching.mode == "auto-confirm" and matching.pending_hold_minutes == 60
    am, _pm = matching.sessions
    assert (am.date, am.start, am.end, am.slot_minutes) == (
        date(2023, 11, 5),
        time(10),
        time(12),
        30,
    )
    assert am.place["en"] == "Business Matching Area"
    first, second = matching.exhibitors
    assert (first.id, first.capacity, first.sessions) == ("exhibitor-0000", 2, ("d1-am", "d1-pm"))
    assert second.sessions == ("d1-pm",) and second.place == {"en": "Booth F-1"}


def test_a_pack_without_the_section_has_no_matching(tmp_path: Path) -> None:
    assert validate_pack(write_pack(tmp_path / "plain")).matching is None


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(content: dict[str, Any]) -> None:
        target: Any = content["matching"]
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return mutate


_DELETE = object()

BAD: list[tuple[str, Any, str, str]] = [
    ("mode", "first-come", "matching.mode", "is not a mode; use auto-confirm or staff-confirm"),
    ("pending_hold_minutes", 0, "matching.pending_hold_minutes", "0 is outside 1 to 10,080"),
    ("sessions", [], "matching.sessions", "is empty"),
    (
        "sessions.0.date",
        "2023-12-01",
        "matching.sessions[0].date",
        "2023-12-01 is outside the event (2023-11-05 to 2023-11-10)",
    ),
    ("sessions.0.start", "9.30", "matching.sessions[0].start", "is not a time of day"),
    ("sessions.0.end", "09:00", "matching.sessions[0].end", "09:00 is not after the start"),
    (
        "sessions.1.slot_minutes",
        90,
        "matching.sessions[1].slot_minutes",
        "90 minutes do not fit in the session",
    ),
    ("sessions.1.slot_minutes", 2, "matching.sessions[1].slot_minutes", "2 is outside 5 to 240"),
    ("sessions.1.place", _DELETE, "matching.sessions[1].place", "this field is required"),
    ("sessions.1.id", "d1-am", "matching.sessions[1].id", "is already the id of"),
    (
        "exhibitors.0.id",
        "no-such-exhibitor",
        "matching.exhibitors[0].id",
        "is not the id of any exhibitor",
    ),
    ("exhibitors.0.capacity", 0, "matching.exhibitors[0].capacity", "0 is outside 1 to 100"),
    ("exhibitors.0.capacity", "2", "matching.exhibitors[0].capacity", "expected a whole number"),
    (
        "exhibitors.1.sessions",
        ["d9"],
        "matching.exhibitors[1].sessions[0]",
        "is not the id of any session",
    ),
    ("exhibitors.1.tables", 3, "matching.exhibitors[1].tables", "unknown field"),
]


@pytest.mark.parametrize(("path", "value", "where", "says"), BAD, ids=[b[0] for b in BAD])
def test_each_mistake_is_located(pack: Path, path: str, value: Any, where: str, says: str) -> None:
    content = matching_content()
    _set(path, value)(content)
    write_json(pack, content)
    with pytest.raises(PackInvalid) as caught:
        validate_pack(pack)
    found = [(p.path, str(p.message)) for p in caught.value.problems]
    assert any(p == where and says in m for p, m in found), found


def test_overlapping_sessions_of_one_exhibitor_are_refused(pack: Path) -> None:
    content = matching_content()
    content["matching"]["sessions"][1]["start"] = "11:30"
    content["matching"]["sessions"][1]["end"] = "12:30"
    write_json(pack, content)
    with pytest.raises(PackInvalid) as caught:
        validate_pack(pack)
    assert [str(p) for p in caught.value.problems] == [
        'matching.exhibitors[0].sessions: sessions "d1-am" and "d1-pm" overlap; an exhibitor '
        "takes part in one session at a time"
    ]


def test_every_problem_is_reported_at_once(pack: Path) -> None:
    content = matching_content()
    content["matching"]["mode"] = "x"
    content["matching"]["exhibitors"][0]["capacity"] = -1
    content["matching"]["sessions"][0]["date"] = "2023-11-31"
    write_json(pack, content)
    with pytest.raises(PackInvalid) as caught:
        validate_pack(pack)
    assert {p.path for p in caught.value.problems} == {
        "matching.mode",
        "matching.exhibitors[0].capacity",
        "matching.sessions[0].date",
    }


def test_import_keeps_the_section_with_the_event(
    pack: Path, database: Database, settings: Settings
) -> None:
    import_pack(database.sessions, pack, settings.content_dir)
    with database.sessions() as session:
        stored = session.get(Event, "ciie-2023")
        assert stored is not None and stored.matching is not None
        assert stored.matching["exhibitors"][0] == {
            "id": "exhibitor-0000",
            "capacity": 2,
            "sessions": ["d1-am", "d1-pm"],
        }
        assert stored.matching["sessions"][0]["start"] == "10:00"


def test_the_sample_pack_has_realistic_sessions_on_the_event_days() -> None:
    pack = validate_pack(sample_pack_dir())
    assert pack.matching is not None
    days = {s.date for s in pack.matching.sessions}
    assert days == {pack.event.starts.replace(day=pack.event.starts.day + i) for i in range(6)}
    assert len(pack.matching.exhibitors) >= 10
    assert {e.capacity for e in pack.matching.exhibitors} >= {1, 2}


@pytest.mark.parametrize("today", [date(2026, 12, 6), date(2031, 2, 28)])
def test_moving_the_sample_puts_every_session_ahead(today: date) -> None:
    pack = moved_to(validate_pack(sample_pack_dir()), today)
    assert pack.event.starts == today
    assert pack.event.ends - pack.event.starts == validate_pack(sample_pack_dir()).event.ends - (
        validate_pack(sample_pack_dir()).event.starts
    )
    assert pack.matching is not None
    assert min(s.date for s in pack.matching.sessions) == today
    assert all(pack.event.starts <= s.date <= pack.event.ends for s in pack.matching.sessions)


def test_a_pack_that_lies_ahead_is_not_moved(pack: Path) -> None:
    loaded = validate_pack(pack)
    assert moved_to(loaded, date(2020, 1, 1)) is loaded


def test_kiosk_run_loads_the_sample_with_its_sessions_ahead(
    database: Database, settings: Settings
) -> None:
    assert ensure_content(database, settings) is not None
    with database.sessions() as session:
        event = session.get(Event, "ciie-sample")
        assert event is not None and event.matching is not None
        today = utcnow().date()
        assert event.starts >= today - timedelta(days=1)  # today in Shanghai, not in the past
        last = max(datetime.fromisoformat(s["date"]).date() for s in event.matching["sessions"])
        assert last > today
