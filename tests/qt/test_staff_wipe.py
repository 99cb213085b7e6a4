"""Wiping through the staff screen: refused without a verified export (the counts come first),
wipes exactly what an export holds, or everything after the typed phrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import add_leads
from helpers import KioskDriver
from staff_driver import count_rows, event_with_leads, log_in, open_section, staff, wait_idle

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.models import AuditEntry, Lead
from kiosk.services.export import ExportRequest, export_leads


@pytest.fixture
def leads(database: Database) -> list[str]:
    return event_with_leads(database.sessions, 5)


def count_leads(database: Database) -> int:
    return count_rows(database.sessions, Lead)


def wipes_audited(database: Database) -> int:
    return count_rows(database.sessions, AuditEntry, AuditEntry.action == "leads.wipe")


def test_wipe_is_refused_without_a_verified_export(
    kiosk: KioskDriver, database: Database, leads: list[str]
) -> None:
    log_in(kiosk)
    open_section(kiosk, "wipeButton")
    assert kiosk.text("wipePreview").startswith("No verified export of all leads to a USB drive")
    assert not kiosk.exists("wipeExportedButton")
    assert not kiosk.find("wipeAllButton").isEnabled(), "nothing typed yet"
    kiosk.find("wipePhraseField").setProperty("text", "DELETE")
    kiosk.tap("wipeAllButton")
    wait_idle(kiosk)
    assert kiosk.text("wipeResult") == "The phrase does not match. Nothing was deleted."
    assert count_leads(database) == 5 and wipes_audited(database) == 0


def test_an_export_to_the_kiosks_own_disk_does_not_allow_a_wipe(
    kiosk: KioskDriver, database: Database, settings: Settings, leads: list[str]
) -> None:
    folder = settings.data_dir / "exports"
    folder.mkdir()
    export_leads(database.sessions, ExportRequest(destination=folder, internal=True))
    log_in(kiosk)
    open_section(kiosk, "wipeButton")
    assert kiosk.text("wipePreview").startswith("No verified export of all leads to a USB drive")
    assert not kiosk.exists("wipeExportedButton")
    assert count_leads(database) == 5


def test_wipe_deletes_what_a_verified_export_holds_and_keeps_the_rest(
    kiosk: KioskDriver, database: Database, usb: Path, leads: list[str]
) -> None:
    export_leads(database.sessions, ExportRequest(destination=usb))
    add_leads(database.sessions, 1)  # came after the export: it must stay
    log_in(kiosk)
    open_section(kiosk, "wipeButton")
    assert kiosk.text("wipePreview") == (
        "5 leads are in a verified export and can be wiped. "
        "1 lead is not in any export as it is now, and stays."
    )
    kiosk.tap("wipeExportedButton")
    assert kiosk.exists("wipeDialog")
    kiosk.tap("confirmWipeButton")
    wait_idle(kiosk)
    assert kiosk.text("wipeResult") == "5 leads wiped; 1 kept."
    assert count_leads(database) == 1 and wipes_audited(database) == 1


def test_the_typed_phrase_wipes_every_lead(
    kiosk: KioskDriver, database: Database, leads: list[str]
) -> None:
    log_in(kiosk)
    open_section(kiosk, "wipeButton")
    assert kiosk.text("wipePhrase") == "DELETE ALL LEADS"
    kiosk.find("wipePhraseField").setProperty("text", "DELETE ALL LEADS")
    kiosk.tap("wipeAllButton")
    wait_idle(kiosk)
    assert kiosk.text("wipeResult") == "5 leads wiped; 0 kept."
    assert count_leads(database) == 0
    assert staff(kiosk).figures.leadsTotal == 0, "the dashboard's figures follow the wipe"
