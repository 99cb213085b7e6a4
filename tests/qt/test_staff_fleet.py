"""The staff Sync screen shows the fleet as ``kiosk fleet`` does: each kiosk online, late or
offline, its version and content, and a flag on the one whose version differs (real QML, a
SQLite pool in a file, three kiosks: this window's and two others that sent heartbeats)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from factories import KIOSK, make_event
from helpers import KioskDriver
from sqlalchemy import update
from sqlite_pool import pool_settings, sqlite_pool_url  # noqa: F401  (fixtures)
from staff_driver import log_in, open_section, set_pin, staff

from kiosk.config import Settings
from kiosk.data.database import Database, open_database
from kiosk.data.types import utcnow
from kiosk.services import fleet as local
from kiosk.sync.central import fleet_kiosks
from kiosk.sync.engine import open_central
from kiosk.sync.fleet_agent import FleetAgent


@pytest.fixture
def fleet_of_three(
    database: Database, pool_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two other kiosks beat before the window starts: kiosk-b on an older version, kiosk-c
    last heard from five minutes ago."""
    make_event(database.sessions)
    set_pin(database.sessions)
    central = open_central(pool_url)
    try:
        for name, version in (("kiosk-b", "0.0.9"), ("kiosk-c", None)):
            other = open_database(Settings(data_dir=tmp_path / name))
            if version:
                monkeypatch.setattr(local, "__version__", version)
            FleetAgent(other.sessions, central, lambda n=name: n, tmp_path / name).cycle()
            monkeypatch.undo()
            other.dispose()
        with central.begin() as connection:
            connection.execute(
                update(fleet_kiosks)
                .where(fleet_kiosks.c.kiosk_id == "kiosk-c")
                .values(last_seen_at=utcnow() - timedelta(minutes=5))
            )
    finally:
        central.dispose()


@pytest.mark.slow  # the whole window, asked for once the pool is ready
def test_the_sync_screen_shows_every_kiosk_online_late_and_flagged(
    fleet_of_three: None, request: pytest.FixtureRequest
) -> None:
    kiosk: KioskDriver = request.getfixturevalue("kiosk")
    log_in(kiosk)
    open_section(kiosk, "syncButton")
    sync = staff(kiosk).syncStatus

    def three_beating() -> bool:
        rows = sync.kiosks.rows()
        if len(rows) == 3 and all(row["fleetState"] for row in rows):
            return True
        if not sync.busy:
            kiosk.tap("refreshSyncButton", settle=False)
        return False

    kiosk.wait_until(three_beating, 15_000)  # this kiosk's own first beat comes from its agent
    rows = {row["kioskId"]: (row, index) for index, row in enumerate(sync.kiosks.rows())}
    assert set(rows) == {KIOSK, "kiosk-b", "kiosk-c"}
    own, own_index = rows[KIOSK]
    assert own["thisKiosk"] and own["fleetState"] == "online"
    assert kiosk.text(f"syncKioskFleet_{own_index}").startswith("Online · version 0.1.0")
    _b, b_index = rows["kiosk-b"]
    assert kiosk.text(f"syncKioskFleet_{b_index}").startswith("Online · version 0.0.9")
    assert kiosk.text(f"syncKioskFlags_{b_index}") == "Its version differs from the other kiosks."
    _c, c_index = rows["kiosk-c"]
    assert kiosk.text(f"syncKioskFleet_{c_index}").startswith(
        "Late (no heartbeat for over 3 minutes)"
    )
    assert not kiosk.exists(f"syncKioskFlags_{own_index}")
