"""``kiosk leads add`` and ``kiosk leads list`` on a real database, through ``kiosk.cli.main``."""

from __future__ import annotations

import pytest
from factories import OPTIONAL, REQUIRED, insert_event
from sqlalchemy import select

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.models import Lead

CONSENT = ",".join(REQUIRED)


def run(settings: Settings, *argv: str) -> int:
    return main(["--data-dir", str(settings.data_dir), "leads", *argv])


def add(settings: Settings, *extra: str) -> int:
    base = ["add", "--name", "Ana Silva", "--email", "ana@example.pt", "--consent", CONSENT]
    return run(settings, *base, *extra)


@pytest.fixture
def event(database: Database) -> Database:
    insert_event(database.sessions)
    return database


def test_add_without_an_event_says_what_to_do(
    settings: Settings, database: Database, capsys
) -> None:
    assert add(settings) == 1
    err = capsys.readouterr().err
    assert "no event is loaded" in err and "import-content" in err and "Traceback" not in err


def test_add_saves_a_staff_lead(settings: Settings, event: Database, capsys) -> None:
    code = add(
        settings,
        "--company", "Vinhos SA",
        "--phone", "912 345 678",
        "--country", "PT",
        "--exhibitor", "porto-wines", "macau-tea-co",
        "--consent", OPTIONAL[0],
        "--language", "pt",
    )  # fmt: skip
    assert code == 0
    assert "saved new lead" in capsys.readouterr().out
    with event.sessions() as session:
        lead = session.scalars(select(Lead)).one()
        assert (lead.source, lead.phone_e164, lead.company) == (
            "staff",
            "+351912345678",
            "Vinhos SA",
        )
        assert {c.purpose: c.granted for c in lead.consents} == dict.fromkeys(
            (*REQUIRED, OPTIONAL[0]), True
        )
        assert {c.language for c in lead.consents} == {"pt"}
        assert {e.exhibitor_ref for e in lead.exhibitors} == {"porto-wines", "macau-tea-co"}
        assert lead.kiosk_id.startswith("kiosk-")


def test_a_second_card_of_the_same_visitor_is_a_visit(
    settings: Settings, event: Database, capsys
) -> None:
    assert add(settings) == 0
    assert add(settings, "--company", "Other SA", "--email", "ANA@example.pt") == 0
    out = capsys.readouterr().out
    assert "added visit 2 to lead" in out and "same email" in out
    with event.sessions() as session:
        assert session.scalars(select(Lead.visit_count)).all() == [2]


def test_bad_cards_are_refused_with_the_options_to_fix(
    settings: Settings, event: Database, capsys
) -> None:
    code = run(
        settings, "add", "--name", "Ana", "--email", "ana@", "--phone", "912",
        "--consent", REQUIRED[0],
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "lead not saved" in err and "--email:" in err
    assert "--phone: Choose your country" in err
    assert f"--consent: '{REQUIRED[1]}' is required" in err
    with event.sessions() as session:
        assert session.scalars(select(Lead)).all() == []


def test_an_unknown_purpose_lists_the_known_ones(
    settings: Settings, event: Database, capsys
) -> None:
    assert add(settings, "--consent", "marketing") == 2
    err = capsys.readouterr().err
    assert "marketing" in err and all(p in err for p in (*REQUIRED, *OPTIONAL))


def test_consent_is_required_on_the_command_line(
    settings: Settings, event: Database, capsys
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(settings, "add", "--name", "Ana", "--email", "ana@example.pt")
    assert caught.value.code == 2
    assert "--consent" in capsys.readouterr().err


def test_list_shows_counts_and_the_latest(settings: Settings, event: Database, capsys) -> None:
    assert run(settings, "list") == 0
    assert "no leads yet (event ciie-2026)" in capsys.readouterr().out
    assert add(settings) == 0
    assert add(settings) == 0
    assert add(settings, "--name", "Li Wei", "--email", "li@example.cn") == 0
    capsys.readouterr()
    assert run(settings, "list", "--limit", "1") == 0
    out = capsys.readouterr().out
    assert "event ciie-2026: 2 leads (1 returning, 2 entered by staff), 3 visits" in out
    assert "latest 1" in out and "Li Wei" in out and "Ana Silva" not in out
