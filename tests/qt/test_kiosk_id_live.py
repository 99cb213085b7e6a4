"""A kiosk id changed in staff Settings is applied at once, with no restart: to the next lead
saved from the form, to the analytics recorded from then on and to the central pool's record
of this kiosk's pushes (a real SQLite pool, the real pusher)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import KioskDriver
from lead_form_driver import LeadFormDriver
from sqlalchemy import select
from staff_driver import log_in, open_section, set_pin

from kiosk.config import Settings, sqlite_url
from kiosk.data.database import Database
from kiosk.data.models import AnalyticsEvent, Lead
from kiosk.services.identity import kiosk_id
from kiosk.sync.central import sync_kiosks
from kiosk.sync.engine import open_central

NEW_ID = "hall-7"


@pytest.fixture
def pool_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "pool.db")


@pytest.fixture
def settings(tmp_path: Path, pool_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data", windowed=True, hide_cursor=False, central_database_url=pool_url
    )


def save_lead(kiosk: KioskDriver, email: str) -> None:
    form = LeadFormDriver(kiosk)
    form.open("en")
    form.fill(given_name="Ana", family_name="Pereira", email=email)
    form.submit()
    kiosk.wait_until(lambda: kiosk.exists("thanksScreen"))
    kiosk.app.reset()
    kiosk.settle()


def view_exhibitor(kiosk: KioskDriver) -> None:
    kiosk.tap("attractScreen")
    kiosk.app.go("exhibitor", "macau-tea-co")
    kiosk.settle()
    kiosk.app.reset()  # the visit ends: its analytics are written
    kiosk.settle()


def leads_by_email(database: Database) -> dict[str, str]:
    with database.sessions() as session:
        return {lead.email: lead.kiosk_id for lead in session.scalars(select(Lead))}


def viewing_kiosks(database: Database) -> list[str]:
    with database.sessions() as session:
        rows = session.scalars(select(AnalyticsEvent).where(AnalyticsEvent.kind == "view"))
        return [row.kiosk_id for row in rows]


def pushing_kiosks(pool_url: str) -> set[str]:
    central = open_central(pool_url)
    try:
        with central.connect() as connection:
            return set(connection.scalars(select(sync_kiosks.c.kiosk_id)))
    finally:
        central.dispose()


def test_a_kiosk_id_changed_in_settings_is_applied_without_a_restart(
    kiosk_event: KioskDriver, database: Database, pool_url: str
) -> None:
    kiosk = kiosk_event
    old_id = kiosk_id(database.sessions)
    set_pin(database.sessions)
    save_lead(kiosk, "before@example.pt")
    view_exhibitor(kiosk)
    kiosk.wait_until(lambda: old_id in pushing_kiosks(pool_url), 20_000)

    log_in(kiosk)
    open_section(kiosk, "settingsButton")
    kiosk.find("kioskIdField").setProperty("text", NEW_ID)
    kiosk.tap("saveSettingsButton")
    assert kiosk.text("settingsMessage") == "Saved."
    kiosk.tap("backToVisitorButton")

    save_lead(kiosk, "after@example.pt")
    view_exhibitor(kiosk)
    assert leads_by_email(database) == {"before@example.pt": old_id, "after@example.pt": NEW_ID}
    assert viewing_kiosks(database) == [old_id, NEW_ID]
    kiosk.wait_until(lambda: NEW_ID in pushing_kiosks(pool_url), 20_000)
