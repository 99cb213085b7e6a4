"""The sync panel when the central pool (a real PostgreSQL) refuses a lead: staff read how many
leads are set aside and the pool's reason, fix the pool, tap "Try again", and see them arrive."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from factories import KIOSK, add_leads, make_event, make_lead
from helpers import KioskDriver, grab
from sqlalchemy import Engine, text
from staff_driver import log_in, open_section, set_pin, staff, wait_idle

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.sync.pusher import Pusher

TOO_LONG = "Ana " + "x" * 250  # the pool's name columns are varchar(200)


def grab_languages(kiosk: KioskDriver, name: str) -> None:
    """With KIOSK_SHOTS set (a folder), save the screen in every language to look at."""
    shots = os.environ.get("KIOSK_SHOTS")
    if shots:
        for tag in ("en", "zh-Hant", "zh-Hans", "pt"):
            kiosk.tap(f"languageButton_{tag}")
            grab(kiosk.window, Path(shots) / f"{name}-{tag}.png")
        kiosk.tap("languageButton_en")


@pytest.fixture
def settings(tmp_path: Path, central_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        windowed=True,
        hide_cursor=False,
        central_database_url=central_url,
    )


@pytest.fixture
def refused(database: Database, central: Engine) -> None:
    """Two good leads and one the pool refuses, pushed (and set aside) before the window opens."""
    make_event(database.sessions)
    set_pin(database.sessions)
    add_leads(database.sessions, 2)
    with database.sessions.begin() as session:
        make_lead(session, name=TOO_LONG, email="long@example.com")
    assert Pusher(database.sessions, central, KIOSK).push_pending().set_aside == 2


def test_staff_see_leads_set_aside_and_try_them_again_after_a_fix(
    refused: None, central: Engine, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    kiosk: KioskDriver = request.getfixturevalue("kiosk")
    log_in(kiosk)
    open_section(kiosk, "syncButton")
    sync = staff(kiosk).syncStatus
    kiosk.wait_until(lambda: sync.loaded, 15_000)
    wait_idle(kiosk)
    assert sync.setAsideLeads == 1 and sync.waitingLeads == 0
    assert kiosk.text("syncSetAside").startswith("Leads set aside, refused by the central pool: 1.")
    reasons = kiosk.text("syncSetAsideReasons")
    assert reasons == "DataError: value too long for type character varying(200)"
    assert kiosk.exists("retrySetAsideButton")
    grab_languages(kiosk, "staff-sync-set-aside")

    with central.begin() as connection:  # the fix: the pool takes longer names
        for table in ("leads", "lead_visits", "people"):
            connection.execute(text(f"ALTER TABLE {table} ALTER COLUMN name TYPE varchar(400)"))
    kiosk.tap("retrySetAsideButton", settle=False)

    def delivered() -> bool:
        if sync.poolLeads == 3 and sync.setAsideLeads == 0 and sync.waitingLeads == 0:
            return True
        if not sync.busy:
            kiosk.tap("refreshSyncButton", settle=False)
        return False

    kiosk.wait_until(delivered, 15_000)
    wait_idle(kiosk)
    assert not kiosk.exists("retrySetAsideButton") and not kiosk.exists("syncSetAside")


def test_the_wipe_panel_says_the_pool_refused_leads_and_points_to_the_sync_screen(
    refused: None, request: pytest.FixtureRequest
) -> None:
    kiosk: KioskDriver = request.getfixturevalue("kiosk")
    log_in(kiosk)
    open_section(kiosk, "wipeButton")
    assert staff(kiosk).wipes.state == "setAside"
    assert kiosk.text("wipePreview").startswith("The central pool refused some leads")
    assert "See the Sync screen" in kiosk.text("wipePreview")
    assert "refused rows of 1 of them" in kiosk.text("wipeBacklog")
    assert not kiosk.exists("wipeExportedButton")
    grab_languages(kiosk, "staff-wipe-set-aside")
    kiosk.tap("languageButton_zh-Hant")
    assert kiosk.text("wipePreview").startswith("中央資料庫拒收了部分潛在客戶")
    assert "「同步」畫面" in kiosk.text("wipePreview")
