"""``kiosk matching ...`` and ``kiosk leads add --meet``: bookings from the command line, bad
input refused with its cause (exit 2, nothing saved), agendas and .ics files read back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import icalendar
import pytest
from openpyxl import load_workbook
from packs import future_content, write_pack

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.types import utcnow
from kiosk.resources import sample_pack_dir

TOMORROW = date.fromordinal(utcnow().date().toordinal() + 2)  # ahead in every time zone
DAY = TOMORROW.isoformat()


@pytest.fixture
def kiosk(tmp_path: Path, settings: Settings, capsys: pytest.CaptureFixture):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(settings.data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    pack = write_pack(tmp_path / "pack", future_content(utcnow().date(), days_ahead=2))
    assert run("import-content", str(pack))[0] == 0
    return run


def add(kiosk, email: str, *meets: str) -> tuple[int, str, str]:
    argv = ["leads", "add", "--name", "Ana", "--email", email, "--consent", "share-with-exhibitors"]
    for meet in meets:
        argv += ["--meet", meet]
    return kiosk(*argv)


def listed(kiosk) -> list[dict]:
    code, out, _ = kiosk("matching", "list", "--json")
    assert code == 0
    return json.loads(out)["meetings"]


def test_slots_show_sessions_capacity_and_bookings(kiosk) -> None:
    assert add(kiosk, "a@example.com", f"exhibitor-0000@{DAY}T10:30")[0] == 0
    code, out, _ = kiosk("matching", "slots", "--exhibitor", "exhibitor-0000", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["timezone"] == "Asia/Shanghai"
    slot = next(s for s in document["slots"] if s["start"] == f"{DAY}T10:30")
    assert (slot["capacity"], slot["confirmed"], slot["free"]) == (2, 1, 1)
    assert len(document["slots"]) == 6
    code, out, _ = kiosk("matching", "slots")
    assert code == 0 and "exhibitor-0001" in out


def test_leads_add_books_and_the_list_shows_it(kiosk) -> None:
    code, out, err = add(
        kiosk, "a@example.com", f"exhibitor-0000@{DAY}T10:00", f"exhibitor-0001@{DAY}T14:30"
    )
    assert code == 0, err
    assert out.count("booked meeting") == 2
    rows = listed(kiosk)
    assert [(r["exhibitor"], r["start"], r["status"]) for r in rows] == [
        ("exhibitor-0000", f"{DAY}T10:00", "confirmed"),
        ("exhibitor-0001", f"{DAY}T14:30", "confirmed"),
    ]
    assert rows[0]["email"] == "a@example.com"


BAD = [
    ("full", [f"exhibitor-0001@{DAY}T14:00"], "is fully booked at"),
    ("outside", [f"exhibitor-0000@{DAY}T19:00"], "has no meeting slot at"),
    ("not-taking-part", [f"exhibitor-0002@{DAY}T10:00"], "does not take part"),
    (
        "same-time",
        [f"exhibitor-0000@{DAY}T14:30", f"exhibitor-0001@{DAY}T14:30"],
        "already has a meeting at",
    ),
    (
        "same-exhibitor",
        [f"exhibitor-0000@{DAY}T10:00", f"exhibitor-0000@{DAY}T11:00"],
        "already has a meeting with exhibitor-0000",
    ),
    ("bad-format", ["exhibitor-0000 at 10:00"], "expected EXHIBITOR@YYYY-MM-DDTHH:MM"),
    ("bad-time", [f"exhibitor-0000@{DAY}T25:00"], "is not a time in the form"),
]


@pytest.mark.parametrize(("case", "meets", "says"), BAD, ids=[b[0] for b in BAD])
def test_bad_bookings_are_refused_and_nothing_is_saved(kiosk, case, meets, says) -> None:
    assert add(kiosk, "first@example.com", f"exhibitor-0001@{DAY}T14:00")[0] == 0
    code, out, err = add(kiosk, "second@example.com", *meets)
    assert code == 2
    assert says in err and err.count("\n") == 1
    assert len(listed(kiosk)) == 1
    code, out, _ = kiosk("leads", "list")
    assert "1 leads" in out


def test_a_slot_already_over_is_refused(settings: Settings, capsys) -> None:
    def run(*argv: str) -> int:
        return main(["--data-dir", str(settings.data_dir), *argv])

    assert run("import-content", str(sample_pack_dir())) == 0  # as staff load it: not moved
    capsys.readouterr()
    code = run(
        "leads",
        "add",
        "--name",
        "Ana",
        "--email",
        "a@example.com",
        "--consent",
        "share-with-exhibitors,transfer-to-macao",
        "--meet",
        "vinhos-do-douro@2026-11-05T10:00",
    )
    assert code == 2
    assert "already over by this kiosk's clock" in capsys.readouterr().err


def test_confirm_and_cancel(tmp_path: Path, settings: Settings, capsys) -> None:
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(settings.data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    pack = write_pack(
        tmp_path / "p", future_content(utcnow().date(), days_ahead=2, mode="staff-confirm")
    )
    run("import-content", str(pack))
    add(run, "a@example.com", f"exhibitor-0000@{DAY}T10:00")
    (row,) = listed(run)
    assert row["status"] == "pending"
    assert run("matching", "confirm", row["id"][:8])[1].endswith("is now confirmed\n")
    code, _, err = run("matching", "confirm", row["id"])
    assert code == 2 and "is confirmed; it cannot be confirmed" in err
    assert run("matching", "cancel", row["id"])[0] == 0
    assert listed(run)[0]["status"] == "cancelled"
    code, _, err = run("matching", "cancel", "no-such-id")
    assert code == 2 and "no meeting with id" in err


def test_agendas_are_read_back(kiosk, tmp_path: Path) -> None:
    add(kiosk, "a@example.com", f"exhibitor-0000@{DAY}T10:00")
    add(kiosk, "b@example.com", f"exhibitor-0000@{DAY}T11:00")
    code, _out, err = kiosk("matching", "agenda", "--out", str(tmp_path / "agendas"))
    assert code == 0, err
    book = load_workbook(tmp_path / "agendas" / "agenda-exhibitor-0000.xlsx", read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[1][0] == "時間 / 时间 / Hora / Time"
    assert [(r[0][:16], r[3], r[5]) for r in rows[2:]] == [
        (f"{DAY} 10:00", "Ana", "a@example.com"),
        (f"{DAY} 11:00", "Ana", "b@example.com"),
    ]
    page = (tmp_path / "agendas" / "agenda-exhibitor-0000.html").read_text(encoding="utf-8")
    assert "商貿配對日程 / 商贸配对日程 / Agenda de bolsas de contacto" in page
    assert "b@example.com" in page
    empty = (tmp_path / "agendas" / "agenda-exhibitor-0001.html").read_text(encoding="utf-8")
    assert "No meetings booked" in empty
    code, _, err = kiosk(
        "matching", "agenda", "--out", str(tmp_path / "x"), "--exhibitor", "exhibitor-0002"
    )
    assert code == 2 and "does not take part" in err


def test_ics_for_a_lead(kiosk, tmp_path: Path) -> None:
    add(kiosk, "a@example.com", f"exhibitor-0000@{DAY}T10:00")
    lead = listed(kiosk)[0]["lead"]
    code, _out, err = kiosk("matching", "ics", "--lead", lead, "--out", str(tmp_path / "m.ics"))
    assert code == 0, err
    calendar = icalendar.Calendar.from_ical((tmp_path / "m.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == f"{DAY} 10:00"
    code, _, err = kiosk("matching", "ics", "--lead", "nobody", "--out", str(tmp_path / "n.ics"))
    assert code == 2 and "has no booked meeting" in err
    assert not (tmp_path / "n.ics").exists()
