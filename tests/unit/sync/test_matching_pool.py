"""Meetings of several kiosks in a real PostgreSQL pool: pushed through the outbox, newer
changes win, table leases split each slot between kiosks, and a table-slot booked twice is
settled by the fixed rule and listed for staff with the visitor's contact."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from packs import future_content, write_pack
from sqlalchemy import Engine, select

from kiosk.config import Settings
from kiosk.content.importer import import_pack
from kiosk.data.database import Database, open_database
from kiosk.data.models import MatchingLease, Meeting
from kiosk.domain.leads import LeadDraft
from kiosk.domain.matching import BookingRefused
from kiosk.services.leads import active_lead_rules, submit_lead
from kiosk.services.matching import MeetingRequest, change_status
from kiosk.sync import central as pool
from kiosk.sync.matching_pool import conflicts, double_booked, refresh_leases, take_table
from kiosk.sync.pusher import Pusher

TODAY = date(2026, 12, 6)
NOW = datetime(2026, 12, 6, 4, tzinfo=UTC)
TEN = datetime(2026, 12, 7, 10, 0)  # local time of the event's first day
TEN_UTC = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


@pytest.fixture
def kiosks(tmp_path: Path):
    pack = write_pack(tmp_path / "pack", future_content(TODAY))
    opened: list[Database] = []

    def make(name: str) -> Database:
        settings = Settings(data_dir=tmp_path / name)
        database = open_database(settings)
        import_pack(database.sessions, pack, settings.content_dir)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


def book(database: Database, email: str, *requests: tuple[str, datetime], kiosk: str = "k1"):
    rules = active_lead_rules(database.sessions)
    assert rules is not None
    draft = LeadDraft(
        name=f"Visitor {email}",
        company="Lima Lda",
        email=email,
        consents={"share-with-exhibitors": True},
    )
    return submit_lead(
        database.sessions,
        draft,
        rules=rules,
        kiosk_id=kiosk,
        language="en",
        now=NOW,
        meetings=[MeetingRequest(e, t) for e, t in requests],
    )


def pooled_status(central: Engine) -> dict[str, str]:
    with central.connect() as connection:
        return dict(connection.execute(select(pool.meetings.c.id, pool.meetings.c.status)).all())


def test_meetings_reach_the_pool_and_a_later_change_wins(kiosks, central: Engine) -> None:
    kiosk = kiosks("k1")
    result = book(kiosk, "a@example.com", ("exhibitor-0000", TEN))
    Pusher(kiosk.sessions, central, "k1").push_pending()
    assert pooled_status(central) == {result.meetings[0]: "confirmed"}
    change_status(kiosk.sessions, result.meetings[0], "cancel", now=NOW + timedelta(minutes=1))
    report = Pusher(kiosk.sessions, central, "k1").push_pending()
    assert report.error is None and report.waiting_rows == 0
    assert pooled_status(central) == {result.meetings[0]: "cancelled"}


def test_leases_split_each_slot_and_never_give_a_table_twice(kiosks, central: Engine) -> None:
    names = ("k1", "k2", "k3")
    databases = {name: kiosks(name) for name in names}
    for name in names:  # three kiosks, capacity 2 (exhibitor-0000) and 1 (exhibitor-0001)
        report = refresh_leases(databases[name].sessions, central, name, now=NOW, kiosks=3)
        assert report is not None
    with central.connect() as connection:
        rows = connection.execute(select(pool.matching_leases)).all()
    per_slot: dict[tuple, list[str]] = {}
    for row in rows:
        per_slot.setdefault((row.exhibitor_ref, row.starts_at), []).append(row.kiosk_id)
    assert len(rows) == len({(r.exhibitor_ref, r.starts_at, r.table_no) for r in rows})
    assert all(len(holders) <= 2 for holders in per_slot.values())
    assert per_slot[("exhibitor-0000", TEN_UTC)] == ["k1", "k2"]  # one table each, k3 none
    with databases["k3"].sessions() as session:
        assert (
            session.scalars(
                select(MatchingLease.table_no).where(MatchingLease.starts_at == TEN_UTC)
            ).all()
            == []
        )

    # Offline (no pool contact at all) k1 books within its share only...
    book(databases["k1"], "a@example.com", ("exhibitor-0000", TEN))
    with pytest.raises(BookingRefused) as caught:
        book(databases["k1"], "b@example.com", ("exhibitor-0000", TEN))
    assert caught.value.code == "slot_full"
    # ...and k3, holding nothing of that slot, takes nothing: k2 still has the other table.
    assert take_table(databases["k3"].sessions, central, "k3", "exhibitor-0000", TEN_UTC) is None
    book(databases["k2"], "c@example.com", ("exhibitor-0000", TEN), kiosk="k2")
    for name in names:
        Pusher(databases[name].sessions, central, name).push_pending()
    with central.connect() as connection:
        assert double_booked(connection) == 0


def test_online_a_kiosk_takes_one_more_table(kiosks, central: Engine) -> None:
    first, second = kiosks("k1"), kiosks("k2")
    refresh_leases(first.sessions, central, "k1", now=NOW, kiosks=2)
    book(first, "a@example.com", ("exhibitor-0000", TEN))
    with pytest.raises(BookingRefused):
        book(first, "b@example.com", ("exhibitor-0000", TEN))
    assert take_table(first.sessions, central, "k1", "exhibitor-0000", TEN_UTC) == 2
    book(first, "b@example.com", ("exhibitor-0000", TEN))
    refresh_leases(second.sessions, central, "k2", now=NOW, kiosks=2)
    with pytest.raises(BookingRefused):
        book(second, "c@example.com", ("exhibitor-0000", TEN), kiosk="k2")


def test_a_table_booked_twice_is_settled_by_the_rule_and_listed_for_staff(
    kiosks, central: Engine
) -> None:
    # Two kiosks alone (no leases) book the same table: what staff edits or a stale lease do.
    first, second = kiosks("k1"), kiosks("k2")
    kept = book(first, "early@example.com", ("exhibitor-0001", datetime(2026, 12, 7, 14)))
    lost = book(
        second, "late@example.com", ("exhibitor-0001", datetime(2026, 12, 7, 14)), kiosk="k2"
    )
    with second.sessions.begin() as session:  # booked a moment later by k2's clock
        row = session.get(Meeting, lost.meetings[0])
        assert row is not None
        row.created_at = row.updated_at = NOW + timedelta(seconds=5)
    Pusher(second.sessions, central, "k2").push_pending()  # the later one arrives first
    Pusher(first.sessions, central, "k1").push_pending()
    status = pooled_status(central)
    assert status == {kept.meetings[0]: "confirmed", lost.meetings[0]: "conflict"}
    with central.connect() as connection:
        assert double_booked(connection) == 0
        (found,) = conflicts(connection, "ciie-2023")
    assert (found.meeting_id, found.kept_meeting_id) == (lost.meetings[0], kept.meetings[0])
    assert (found.visitor, found.email, found.kiosk_id) == (
        "Visitor late@example.com",
        "late@example.com",
        "k2",
    )
    Pusher(
        second.sessions,
        central,
        "k2",
    ).push_pending()  # a replay changes nothing
    assert pooled_status(central) == status


def test_the_command_line_books_beyond_the_share_online_and_acts_on_the_pool(
    tmp_path: Path, central_url: str, central: Engine, capsys: pytest.CaptureFixture
) -> None:
    from kiosk.cli import main
    from kiosk.data.types import utcnow
    from kiosk.services.matching import set_pooled

    first = utcnow().date() + timedelta(days=2)
    pack = write_pack(tmp_path / "pack", future_content(first, days_ahead=0))
    base = ["--data-dir", str(tmp_path / "k1"), "--central-database", central_url]

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*base, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("import-content", str(pack))[0] == 0
    settings = Settings(data_dir=tmp_path / "k1")
    local = open_database(settings)
    try:
        set_pooled(local.sessions, True)
        refresh_leases(local.sessions, central, "k1", kiosks=2)  # one of the two tables
    finally:
        local.dispose()
    at = f"exhibitor-0000@{first.isoformat()}T10:00"
    for email in ("a@example.com", "b@example.com"):  # the second takes the other table
        code, out, err = run(
            "leads",
            "add",
            "--name",
            "Ana",
            "--email",
            email,
            "--consent",
            "share-with-exhibitors",
            "--meet",
            at,
        )
        assert code == 0, err
    code, _out, err = run(
        "leads",
        "add",
        "--name",
        "Cy",
        "--email",
        "c@example.com",
        "--consent",
        "share-with-exhibitors",
        "--meet",
        at,
    )
    assert code == 2 and "is fully booked" in err
    assert run("sync")[0] == 0
    code, out, _ = run("matching", "list", "--json")
    rows = json.loads(out)["meetings"]
    assert sorted((r["table"], r["email"], r["status"]) for r in rows) == [
        (1, "a@example.com", "confirmed"),
        (2, "b@example.com", "confirmed"),
    ]
    assert run("matching", "conflicts")[1].startswith("no conflicts")
    code, out, _ = run("matching", "cancel", rows[0]["id"][:8])
    assert code == 0 and "cancelled in the pool" in out
    assert pooled_status(central)[rows[0]["id"]] == "cancelled"
    # what the pool holds, not this kiosk's copy (still two confirmed here)
    code, out, _ = run("matching", "slots", "--exhibitor", "exhibitor-0000", "--json")
    slot = next(s for s in json.loads(out)["slots"] if s["start"] == at.split("@")[1])
    assert (slot["confirmed"], slot["free"]) == (1, 1)
    code, out, err = run("matching", "agenda", "--out", str(tmp_path / "agendas"))
    assert code == 0, err
    assert "exhibitor-0000: 1 meetings" in out
