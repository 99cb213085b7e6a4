"""The sync panel's data: per kiosk, leads waiting and the last push; never a hang on the pool."""

from __future__ import annotations

import time

from factories import add_visit
from faultproxy import FREEZE, FaultProxy
from pgcluster import PostgresCluster
from sqlalchemy import Engine, text

from kiosk.data.settings_repo import KIOSK_ID, set_setting
from kiosk.sync.pusher import Pusher
from kiosk.sync.status import sync_overview


def kiosk_with(make_kiosk, name: str, emails: list[str]):
    database = make_kiosk(name)
    with database.sessions.begin() as session:
        set_setting(session, KIOSK_ID, f"kiosk-{name}")
        for email in emails:
            add_visit(session, kiosk_id=f"kiosk-{name}", email=email)
    return database


def test_a_kiosk_working_alone_shows_only_its_own_backlog(make_kiosk) -> None:
    a = kiosk_with(make_kiosk, "a", ["ana@example.com"])
    overview = sync_overview(a.sessions, None)
    assert not overview.configured and overview.pool_error is None
    [row] = overview.kiosks
    assert (row.kiosk_id, row.this_kiosk, row.waiting_leads, row.last_push_at) == (
        "kiosk-a",
        True,
        1,
        None,
    )


def test_every_kiosk_with_its_backlog_and_last_push(
    make_kiosk, central: Engine, central_url: str
) -> None:
    a = kiosk_with(make_kiosk, "a", ["ana@example.com", "bob@example.com"])
    b = kiosk_with(make_kiosk, "b", ["carla@example.com"])
    assert Pusher(a.sessions, central, "kiosk-a").push_pending().error is None
    assert Pusher(b.sessions, central, "kiosk-b").push_pending().error is None
    with b.sessions.begin() as session:
        add_visit(session, kiosk_id="kiosk-b", email="dan@example.com")  # waits at b

    overview = sync_overview(b.sessions, central_url)
    assert overview.pool_reachable and overview.pool_leads == 3
    assert [row.kiosk_id for row in overview.kiosks] == ["kiosk-b", "kiosk-a"]
    mine, other = overview.kiosks
    assert mine.this_kiosk and mine.waiting_leads == 1 and mine.leads_in_pool == 1
    assert mine.last_push_at is not None and mine.pool_last_push_at is not None
    assert not other.this_kiosk and other.waiting_leads == 0 and other.leads_in_pool == 2
    assert other.last_push_at == other.pool_last_push_at is not None
    assert "@" in (overview.pool or "") and overview.local is not None


def test_a_stuck_pool_costs_the_deadline_not_a_hang(
    make_kiosk, central: Engine, central_url: str, pg_cluster: PostgresCluster
) -> None:
    a = kiosk_with(make_kiosk, "a", ["ana@example.com"])
    # The pool answers the connection but its tables are locked by a stuck transaction.
    with central.connect() as blocker:
        blocker.execute(text("LOCK TABLE sync_kiosks IN ACCESS EXCLUSIVE MODE"))
        started = time.monotonic()
        overview = sync_overview(a.sessions, central_url, deadline_s=1.5)
        took = time.monotonic() - started
        blocker.rollback()
    assert overview.pool_error and overview.pool_error.startswith("timeout"), overview.pool_error
    assert took < 10 and [row.waiting_leads for row in overview.kiosks] == [1]

    # A frozen link: connections hang unanswered.
    database = central_url.rsplit("/", 1)[1]
    with FaultProxy(pg_cluster.port) as proxy:
        proxy.set_mode(FREEZE)
        started = time.monotonic()
        overview = sync_overview(
            a.sessions, pg_cluster.url(database, port=proxy.port), deadline_s=2
        )
        took = time.monotonic() - started
    assert overview.configured and not overview.pool_reachable and overview.pool_error
    assert took < 10 and overview.kiosks[0].waiting_leads == 1
