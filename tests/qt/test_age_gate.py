"""The age gate before the lead form (AgeGate.qml, kiosk.ui.access): a visitor under the
event's minimum age is asked for nothing and leaves no row in any table of the SQLite file;
a visitor old enough gets the form; the next visitor is asked again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import KioskDriver
from sqlalchemy import update

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.models import Event
from kiosk.ui.access import AccessBridge


def every_row(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the SQLite file, read by Python's own sqlite3."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"')))
            for table in tables
        }
    finally:
        connection.close()


def test_an_under_age_visitor_leaves_no_row_anywhere(
    kiosk_event: KioskDriver, settings: Settings
) -> None:
    kiosk = kiosk_event
    kiosk.settle(300)
    before = every_row(settings.data_dir / "kiosk.db")
    assert len(before) > 15 and before["exhibitors"]

    kiosk.tap("attractScreen")
    kiosk.app.go("exhibitor", "vinhos-do-porto")  # viewed before the form: anonymous analytics
    kiosk.settle()
    kiosk.tap("interestedButton")
    assert kiosk.exists("ageGate") and not kiosk.exists("leadField_family_name")
    assert kiosk.text("ageUnder") == "I am under 14"
    kiosk.tap("ageUnder")
    assert kiosk.text("ageGateHeading") == "Thank you for visiting!"
    assert "under 14" in kiosk.text("ageGateText")
    assert not kiosk.exists("submitLeadButton") and not kiosk.exists("leadField_family_name")
    assert kiosk.host.bridges["leadForm"].property("exhibitors") == []
    kiosk.tap("ageExplore")  # they go on browsing
    assert kiosk.app.screen == "directory"
    kiosk.app.go("exhibitor", "macau-tea-co")
    kiosk.settle()
    kiosk.app.go("contact")  # back at the form: still nothing asked
    kiosk.settle()
    assert kiosk.text("ageGateHeading") == "Thank you for visiting!"
    kiosk.app.reset()  # the visit ends (idle timeout): analytics would be written now
    kiosk.settle(300)
    assert every_row(settings.data_dir / "kiosk.db") == before


def test_an_old_enough_visitor_gets_the_form_and_the_next_one_is_asked_again(
    kiosk_event: KioskDriver,
) -> None:
    kiosk = kiosk_event
    kiosk.tap("attractScreen")
    kiosk.tap("homeTile_contact")
    assert kiosk.exists("ageOldEnough") and not kiosk.exists("leadField_family_name")
    kiosk.tap("ageOldEnough")
    assert not kiosk.exists("ageGate") and kiosk.exists("leadField_family_name")
    kiosk.tap("homeButton")
    kiosk.tap("homeTile_contact")
    assert kiosk.exists("leadField_family_name"), "asked once per visit"
    kiosk.app.reset()
    kiosk.settle(300)
    kiosk.tap("attractScreen")
    kiosk.tap("homeTile_contact")
    assert kiosk.exists("ageGate") and not kiosk.exists("leadField_family_name")


@pytest.mark.parametrize("age", [None, 16, 18])
def test_the_minimum_age_comes_from_the_pack(
    qapp, database: Database, event: str, age: int | None
) -> None:
    with database.sessions.begin() as session:
        consent = dict(session.get(Event, event).consent)
        if age is not None:
            consent["minimum_age"] = age
        session.execute(update(Event).where(Event.id == event).values(consent=consent))
    bridge = AccessBridge(database.sessions)
    assert bridge.property("minimumAge") == (age or 14)
