"""``kiosk run`` with a central pool: the window's host runs the pusher; a lead saved while the
window is up reaches the pool; the network never holds up the window; quitting stops it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from faultproxy import FREEZE, UP, FaultProxy
from pgcluster import PostgresCluster
from sqlalchemy import Engine, select

from kiosk.config import Settings
from kiosk.sync import central as pool

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from factories import draft, insert_event

from kiosk.services.leads import submit_lead


@pytest.fixture
def proxy(pg_cluster: PostgresCluster):
    """Between the kiosk and the pool; frozen when the kiosk starts (a stalled link)."""
    with FaultProxy(pg_cluster.port) as running:
        running.set_mode(FREEZE)
        yield running


@pytest.fixture
def settings(tmp_path: Path, central: Engine, central_url: str, proxy: FaultProxy) -> Settings:
    """The kiosk's settings, its pool reached through a proxy that can freeze the link."""
    database = central_url.rsplit("/", 1)[1]
    through = central_url.replace(f":{central.url.port}/", f":{proxy.port}/")
    assert through.endswith(f":{proxy.port}/{database}")
    return Settings(
        data_dir=tmp_path / "data",
        windowed=True,
        hide_cursor=False,
        central_database_url=f"{through}?connect_timeout=2",
    )


def pooled_leads(central: Engine) -> set[str]:
    with central.connect() as connection:
        return set(connection.execute(select(pool.leads.c.id)).scalars())


def test_a_lead_saved_while_the_window_runs_reaches_the_pool(
    kiosk, qtbot, central: Engine, proxy: FaultProxy
) -> None:
    host = kiosk.host
    pusher = host.sync
    assert pusher is not None and pusher._thread is not None and pusher._thread.is_alive()
    sessions = host.database.sessions
    rules = insert_event(sessions)
    # The link is frozen: the save is local and immediate; the pusher, woken by the commit,
    # tries the pool on its own thread and gives up at its connect timeout.
    first = submit_lead(sessions, draft(), rules=rules, kiosk_id=pusher.kiosk_id, language="en")
    qtbot.waitUntil(lambda: pusher.status().state == "offline", timeout=15_000)
    assert proxy.accepted >= 1 and first.lead_id not in pooled_leads(central)
    assert pusher.status().waiting_leads == 1
    proxy.set_mode(UP)
    qtbot.waitUntil(lambda: first.lead_id in pooled_leads(central), timeout=15_000)

    # With the link up, a lead saved through the lead service is pushed at once (the commit
    # wakes the pusher; its poll interval is 5 s).
    second = submit_lead(
        sessions, draft(email="ana@example.com", phone=None), rules=rules,
        kiosk_id=pusher.kiosk_id, language="pt",
    )  # fmt: skip
    qtbot.waitUntil(lambda: second.lead_id in pooled_leads(central), timeout=4_000)
    qtbot.waitUntil(lambda: pusher.status().waiting_leads == 0, timeout=4_000)

    thread = pusher._thread
    host.close()  # what quitting does
    assert host.sync is None and not thread.is_alive()
    assert pusher.status().state == "stopped"


def test_without_a_central_database_no_pusher_runs(tmp_path: Path) -> None:
    from kiosk.data.database import open_database
    from kiosk.sync.background import start_background_sync, stop_background_sync

    settings = Settings(data_dir=tmp_path / "alone")
    database = open_database(settings)
    try:
        assert start_background_sync(database, settings) is None
        stop_background_sync(None)
    finally:
        database.dispose()
