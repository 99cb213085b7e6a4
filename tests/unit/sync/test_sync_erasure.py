"""A visitor's erasure reaches the central pool (now, or through the pusher once the pool is back)
and nothing brings them back; a wipe waits until every lead has reached the pool."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import add_visit
from pgcluster import PostgresCluster, free_port
from sqlalchemy import Engine, func, select

from kiosk.cli import main
from kiosk.data import outbox
from kiosk.data.models import AuditEntry, Lead, PendingCentralErasure
from kiosk.data.settings_repo import KIOSK_ID, set_setting
from kiosk.errors import KioskError
from kiosk.services.wipe import CONFIRMATION, wipe_all
from kiosk.sync import central as pool
from kiosk.sync.engine import make_central_engine
from kiosk.sync.erasure import erase_everywhere
from kiosk.sync.people import merge_people
from kiosk.sync.pusher import Pusher
from kiosk.sync.transfer import copy_facts


def pooled_leads(central: Engine) -> dict[str, str | None]:
    """Pooled lead id → email."""
    with central.connect() as connection:
        return dict(connection.execute(select(pool.leads.c.id, pool.leads.c.email)).all())


def pooled_rows(central: Engine, lead_ids: set[str]) -> int:
    """Rows of any fact table that belong to ``lead_ids``."""
    total = 0
    with central.connect() as connection:
        for fact in outbox.FACT_TABLES:
            table = pool.FACTS[fact.name]
            query = select(func.count()).where(table.c[fact.lead_key].in_(lead_ids))
            total += connection.execute(query).scalar_one()
    return total


def local_leads(database) -> set[str]:
    with database.sessions() as session:
        return set(session.scalars(select(Lead.id)))


def audits(database, action: str) -> list[dict]:
    with database.sessions() as session:
        query = select(AuditEntry.detail).where(AuditEntry.action == action)
        return list(session.scalars(query.order_by(AuditEntry.id)))


def kiosk_named(make_kiosk, name: str):
    database = make_kiosk(name)
    with database.sessions.begin() as session:
        set_setting(session, KIOSK_ID, f"kiosk-{name}")
    return database


def test_erasure_reaches_every_kiosks_leads_of_the_visitor_in_the_pool(
    make_kiosk, central: Engine
) -> None:
    a, b = kiosk_named(make_kiosk, "a"), kiosk_named(make_kiosk, "b")
    with a.sessions.begin() as session:
        ana_a = add_visit(session, kiosk_id="kiosk-a", email="ana@example.com").id
        bob = add_visit(session, kiosk_id="kiosk-a", email="bob@example.com").id
    with b.sessions.begin() as session:
        # the same visitor at kiosk b, once by email (case and spaces differ) ...
        ana_b = add_visit(session, kiosk_id="kiosk-b", email=" ANA@example.com").id
        # ... and once linked only through a phone she also gave at kiosk b
        add_visit(session, kiosk_id="kiosk-b", lead_id=ana_b, email="ana@example.com",
                  phone="+85366123456")  # fmt: skip
        ana_phone = add_visit(session, kiosk_id="kiosk-b", phone="+85366123456").id
    for kiosk, name in ((a, "kiosk-a"), (b, "kiosk-b")):
        assert Pusher(kiosk.sessions, central, name).push_pending().error is None
    assert merge_people(central).people == 2

    result = erase_everywhere(a.sessions, central, email="Ana@Example.com", actor="cli")

    assert result.deleted == 1 and local_leads(a) == {bob}
    assert result.central is not None and result.central.error is None
    assert result.central.erased_in_pool == 3 and result.central.pending == 0
    assert set(pooled_leads(central)) == {bob}
    assert pooled_rows(central, {ana_a, ana_b, ana_phone}) == 0
    with central.connect() as connection:
        people = connection.execute(select(pool.people.c.id)).scalars().all()
        erased = set(connection.execute(select(pool.erased_leads.c.lead_id)).scalars())
    assert people == [bob] and erased == {ana_a, ana_b, ana_phone}
    # audited without the address, locally and for the pool
    assert audits(a, "leads.erase")[-1] == {
        "by": "email", "deleted": 1, "exports_holding": 0, "central": "queued"
    }  # fmt: skip
    assert audits(a, "leads.erase.central") == [
        {"by": "email", "deleted_in_pool": 3, "deleted_here": 0}
    ]
    with a.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PendingCentralErasure)) == 0

    # Nothing brings her back: kiosk b's copies replayed, its file merged from a USB stick.
    assert Pusher(b.sessions, central, "kiosk-b").push_pending().error is None
    copy_facts(b.engine, central, label="kiosk b")
    assert set(pooled_leads(central)) == {bob}
    assert merge_people(central).people == 1


def test_an_erasure_made_with_the_pool_away_is_applied_first_when_it_comes_back(
    make_kiosk, central: Engine, central_url: str, pg_cluster: PostgresCluster
) -> None:
    a = kiosk_named(make_kiosk, "a")
    with a.sessions.begin() as session:
        ana = add_visit(session, kiosk_id="kiosk-a", phone="+85366123456").id
    pusher = Pusher(a.sessions, central, "kiosk-a")
    assert pusher.push_pending().error is None
    with a.sessions.begin() as session:
        carla = add_visit(session, kiosk_id="kiosk-a", email="carla@example.com").id

    away = make_central_engine(pg_cluster.url("x", port=free_port()))
    result = erase_everywhere(a.sessions, away, phone="6612 3456", region="MO", actor="staff")
    assert result.deleted == 1 and result.central is not None
    assert result.central.pending == 1 and "refused" in (result.central.error or "")
    assert ana in pooled_leads(central)  # not yet

    report = pusher.push_pending()  # the pool is back: the erasure goes before any lead
    assert report.error is None and report.erasures == 1 and report.leads == 1
    assert set(pooled_leads(central)) == {carla}
    assert audits(a, "leads.erase.central") == [
        {"by": "phone", "deleted_in_pool": 1, "deleted_here": 0}
    ]
    assert pusher.push_pending().erasures == 0  # applied once


def test_a_batch_read_before_the_erasure_cannot_bring_the_visitor_back(
    make_kiosk, central: Engine
) -> None:
    """The pusher read Ana's rows, then staff erased her (here and in the pool) before the batch
    arrived: the pool drops the late rows."""
    a = kiosk_named(make_kiosk, "a")
    with a.sessions.begin() as session:
        ana = add_visit(session, kiosk_id="kiosk-a", email="ana@example.com").id
    pusher = Pusher(a.sessions, central, "kiosk-a")
    batch = pusher._read_batch()
    assert batch is not None and batch.leads == {ana}
    erase_everywhere(a.sessions, central, email="ana@example.com", actor="cli")
    with central.connect() as connection:
        pusher._send(connection, batch=batch)
    assert pooled_leads(central) == {}


def test_erase_cli_says_what_the_pool_did(
    make_kiosk, central_url: str, capsys, pg_cluster: PostgresCluster
) -> None:
    a = kiosk_named(make_kiosk, "a")
    with a.sessions.begin() as session:
        add_visit(session, kiosk_id="kiosk-a", email="ana@example.com")
    data = str(Path(a.engine.url.database).parent)
    dead = pg_cluster.url("x", port=free_port())
    argv = ["leads", "erase", "--data-dir", data, "--email", "ana@example.com"]
    assert main([*argv, "--central-database", dead]) == 0
    out = capsys.readouterr().out
    assert "erased 1 lead(s)" in out
    assert "not reached" in out and "applied first at the next successful sync" in out

    assert main(["sync", "--status", "--data-dir", data, "--central-database", dead]) == 1
    assert "erasures waiting for the pool: 1" in capsys.readouterr().out

    assert main(["sync", "--data-dir", data, "--central-database", central_url]) == 0
    out = capsys.readouterr().out
    assert "applied 1 visitor erasure(s) in the pool first" in out and "sent nothing" in out
    assert audits(a, "leads.erase.central")[-1]["deleted_in_pool"] == 0


def test_wipe_waits_until_every_lead_reached_the_pool(make_kiosk, central: Engine) -> None:
    a = kiosk_named(make_kiosk, "a")
    with a.sessions.begin() as session:
        for n in range(3):
            add_visit(session, kiosk_id="kiosk-a", email=f"p{n}@example.com")
    with pytest.raises(KioskError, match=r"3 lead\(s\) have not reached the central pool"):
        wipe_all(a.sessions, confirmation=CONFIRMATION, actor="cli", central_configured=True)
    assert len(local_leads(a)) == 3

    assert Pusher(a.sessions, central, "kiosk-a").push_pending().error is None
    with a.sessions.begin() as session:
        gone = add_visit(session, kiosk_id="kiosk-a", email="gone@example.com")
    with a.sessions.begin() as session:
        session.delete(session.get(Lead, gone.id))  # erased before it was sent: not waiting
    result = wipe_all(a.sessions, confirmation=CONFIRMATION, actor="cli", central_configured=True)
    assert result.deleted == 3 and local_leads(a) == set()
    assert len(pooled_leads(central)) == 3  # the pool keeps them


def test_wipe_cli_refuses_with_a_pool_and_waiting_leads(make_kiosk, capsys) -> None:
    a = kiosk_named(make_kiosk, "a")
    with a.sessions.begin() as session:
        add_visit(session, kiosk_id="kiosk-a", email="ana@example.com")
    data = str(Path(a.engine.url.database).parent)
    pool_url = "postgresql+psycopg://kiosk@127.0.0.1:1/pool"  # never contacted by a wipe
    argv = ["wipe", "--data-dir", data, "--confirm", CONFIRMATION]
    assert main([*argv, "--central-database", pool_url]) == 1
    err = capsys.readouterr().err
    assert "1 lead(s) have not reached the central pool" in err and "kiosk sync" in err
    assert main(argv) == 0  # a kiosk working alone wipes as before
    assert local_leads(a) == set()
