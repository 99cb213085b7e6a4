"""The sync panel with a central pool: this kiosk's waiting leads and last push, and every
kiosk's last push as the pool saw it (without a pool it is hidden: test_staff_settings_audit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import KioskDriver
from lead_factory import KIOSK, add_leads, make_event
from staff_driver import log_in, open_section, set_pin, staff

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.sync.engine import open_central
from kiosk.sync.pusher import Pusher


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """This module's kiosks push to a pool in a plain SQLite file."""
    return Settings(
        data_dir=tmp_path / "data",
        windowed=True,
        hide_cursor=False,
        central_database_url=f"sqlite:///{tmp_path / 'pool.db'}",
    )


def test_sync_panel_shows_the_backlog_and_the_pool(
    kiosk: KioskDriver, database: Database, settings: Settings
) -> None:
    sessions = database.sessions
    make_event(sessions)
    set_pin(sessions)
    add_leads(sessions, 3)
    assert settings.central_database_url is not None
    central = open_central(settings.central_database_url)
    try:
        Pusher(sessions, central, KIOSK).push_pending()
    finally:
        central.dispose()
    add_leads(sessions, 2)  # not pushed yet

    log_in(kiosk)
    open_section(kiosk, "syncButton")
    sync = staff(kiosk).syncStatus
    assert sync.poolError == ""
    assert kiosk.text("syncWaiting") == "Leads waiting to be sent: 2"
    assert kiosk.text("syncLastSent").startswith("Last successful push: ")
    assert kiosk.text("syncPoolTotals").startswith("3 leads from ")
    kiosks = sync.kiosks.rows()
    assert [(k["kioskId"], k["pooledLeads"]) for k in kiosks] == [(KIOSK, 3)]
    assert kiosks[0]["lastPush"] != ""
    assert kiosk.exists("syncKiosk_0")
