"""The sync panel with a central pool: per kiosk, the leads waiting and the last successful
push, this kiosk's read locally so they show with the link down (without a pool the panel is
hidden: test_staff_settings_audit)."""

from __future__ import annotations

import pytest
from factories import KIOSK, add_leads, make_event
from helpers import KioskDriver
from sqlite_pool import pool_settings, sqlite_pool_url  # noqa: F401  (fixtures)
from staff_driver import log_in, open_section, set_pin, staff, wait_idle

from kiosk.data.database import Database
from kiosk.sync.engine import open_central
from kiosk.sync.pusher import Pusher

UNREACHABLE = "postgresql+psycopg://kiosk:secret@127.0.0.1:1/pool"


@pytest.fixture
def staffed(database: Database) -> None:
    """The event, its kiosk id and the PIN, in place before the window (and its pusher) start."""
    make_event(database.sessions)
    set_pin(database.sessions)


@pytest.mark.slow  # the whole window, asked for once the pool is ready
def test_sync_panel_shows_each_kiosk_and_the_pool(
    staffed: None, database: Database, pool_url: str, request: pytest.FixtureRequest
) -> None:
    sessions = database.sessions
    central = open_central(pool_url)
    try:
        add_leads(sessions, 3)
        Pusher(sessions, central, KIOSK).push_pending()
    finally:
        central.dispose()
    add_leads(sessions, 2)  # the window's own pusher sends these when it starts
    kiosk: KioskDriver = request.getfixturevalue("kiosk")

    log_in(kiosk)
    open_section(kiosk, "syncButton")
    sync = staff(kiosk).syncStatus

    def all_pooled() -> bool:
        if sync.poolLeads == 5 and sync.waitingLeads == 0:
            return True
        if not sync.busy:
            kiosk.tap("refreshSyncButton", settle=False)
        return False

    kiosk.wait_until(all_pooled, 15_000)
    wait_idle(kiosk)
    assert sync.poolError == "" and sync.pusherState in ("idle", "pushing")
    assert kiosk.text("syncWaiting") == "Leads waiting to be sent: 0"
    assert kiosk.text("syncLastSent").startswith("Last successful push: 20")
    assert kiosk.text("syncPoolTotals") == "5 leads; not merged into people yet"  # by pushes
    rows = sync.kiosks.rows()
    assert [(r["kioskId"], r["thisKiosk"], r["pooledLeads"]) for r in rows] == [(KIOSK, True, 5)]
    assert kiosk.exists("syncKiosk_0")


@pytest.mark.parametrize("pool_url", [UNREACHABLE])
def test_an_unreachable_pool_still_shows_this_kiosks_backlog(
    staffed: None, kiosk: KioskDriver, database: Database
) -> None:
    add_leads(database.sessions, 4)
    log_in(kiosk)
    open_section(kiosk, "syncButton")
    sync = staff(kiosk).syncStatus
    assert kiosk.text("syncWaiting") == "Leads waiting to be sent: 4"
    assert kiosk.text("syncPoolError").startswith("Not reachable now: ")
    assert "secret" not in kiosk.text("syncPoolError") and "secret" not in sync.pool
    assert [r["pooledLeads"] for r in sync.kiosks.rows()] == [-1]


@pytest.mark.parametrize("pool_url", [UNREACHABLE])
def test_wipe_waits_until_the_leads_reached_the_pool(
    staffed: None, kiosk: KioskDriver, database: Database
) -> None:
    add_leads(database.sessions, 2)
    log_in(kiosk)
    open_section(kiosk, "wipeButton")
    assert staff(kiosk).wipes.state == "backlog"
    assert kiosk.text("wipePreview").startswith("Some leads have not reached the central pool")
    assert "2 lead(s) have not reached the central pool" in kiosk.text("wipeBacklog")
    assert not kiosk.exists("wipeExportedButton")
