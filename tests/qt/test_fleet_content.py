"""Content published through the pool reaches the real window at its next idle moment: never
under a visitor mid-visit, at once when the attract loop is back; staff hold the kiosk at the
revision it shows from Settings (a SQLite pool in a file stands in for the server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import KioskDriver
from packs import valid_content, write_pack
from staff_driver import log_in, open_section, set_pin

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services import audit
from kiosk.services import fleet as local
from kiosk.sync.content_pool import publish, staged_revision
from kiosk.sync.engine import open_central


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        windowed=True,
        hide_cursor=False,
        central_database_url=f"sqlite:///{tmp_path / 'pool.db'}",
    )


def publish_pack(settings: Settings, folder: Path, title: str) -> str:
    content = valid_content()
    content["exhibitors"][0]["name"]["en"] = title
    content["exhibitors"][0].pop("short_name", None)  # the tile shows the name itself
    content["event"]["default_language"] = "en"  # the staff screens read below are English
    write_pack(folder, content)
    assert settings.central_database_url
    central = open_central(settings.central_database_url)
    try:
        with central.connect() as connection:
            return publish(connection, folder, by="test").revision
    finally:
        central.dispose()


def shown_name(kiosk: KioskDriver) -> str:
    return kiosk.host.bridges["directoryPage"].exhibitor_name("exhibitor-0000", "en")


def test_a_published_pack_waits_for_the_visit_to_end(
    kiosk: KioskDriver, settings: Settings, database: Database, tmp_path: Path
) -> None:
    host = kiosk.host
    revision = publish_pack(settings, tmp_path / "v1", "Published Company")
    host.app_bridge.start()  # a visitor is mid-visit
    assert host.fleet.agent.cycle() == revision
    host.fleet.try_apply()
    assert staged_revision(settings.data_dir) == revision, "not while a visitor is here"
    assert local.read_content_state(database.sessions).revision is None

    host.app_bridge.reset()  # the visit ends: the attract loop is back
    host.fleet.try_apply()
    kiosk.wait_until(lambda: shown_name(kiosk) == "Published Company", 15_000)
    assert local.read_content_state(database.sessions).revision == revision
    assert staged_revision(settings.data_dir) is None


def test_staff_hold_the_kiosk_at_its_revision_from_settings(
    kiosk: KioskDriver, settings: Settings, database: Database, tmp_path: Path
) -> None:
    host = kiosk.host
    first = publish_pack(settings, tmp_path / "v1", "First Company")
    host.fleet.agent.cycle()
    host.fleet.try_apply()
    kiosk.wait_until(lambda: shown_name(kiosk) == "First Company", 15_000)

    set_pin(database.sessions)
    log_in(kiosk)
    open_section(kiosk, "settingsButton")
    assert kiosk.text("holdContentCheck").startswith(f"Hold the content at revision {first[:12]}")
    kiosk.tap("holdContentCheck")
    assert local.read_content_state(database.sessions).held == first
    entry = audit.entries(database.sessions, limit=1)[0]
    assert entry.action == "content.hold" and entry.detail == {"revision": first}

    publish_pack(settings, tmp_path / "v2", "Second Company")
    assert host.fleet.agent.cycle() is None, "held: the newer pack is not fetched"
    kiosk.tap("holdContentCheck")  # released
    assert local.read_content_state(database.sessions).held is None
    assert host.fleet.agent.cycle() is not None
