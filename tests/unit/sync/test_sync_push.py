"""The outbox and the pusher against a real PostgreSQL: what is sent, what waits, replays."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from factories import add_visit
from pgcluster import free_port
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import ProgrammingError

from kiosk.data import outbox
from kiosk.data.models import Lead, LeadConsent
from kiosk.sync import central as pool
from kiosk.sync.engine import make_central_engine
from kiosk.sync.pusher import Backoff, Pusher, stored_error

T0 = datetime(2026, 11, 5, 1, 0, tzinfo=UTC)


def pooled(central: Engine, table: str) -> set[str]:
    key = pool.FACTS[table].primary_key.columns
    with central.connect() as connection:
        return {"|".join(map(str, row)) for row in connection.execute(select(*key))}


def local(database, table: str) -> set[str]:
    fact = outbox.FACTS_BY_NAME[table]
    with database.sessions() as session:
        rows = session.execute(select(*fact.key_columns())).all()
    return {"|".join(map(str, row)) for row in rows}


def snapshot(central: Engine) -> dict[str, list]:
    """Every pooled row except the receive time, to compare before and after a replay."""
    result = {}
    with central.connect() as connection:
        for name, table in pool.FACTS.items():
            columns = [c for c in table.columns if c.name != "synced_at"]
            query = select(*columns).order_by(*table.primary_key.columns)
            result[name] = [tuple(row) for row in connection.execute(query)]
    return result


def test_a_saved_lead_queues_itself_in_the_same_transaction(make_kiosk) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        add_visit(
            session,
            email="ana@example.com",
            exhibitors=["e1"],
            sectors=["s1"],
            matching=["e1"],
            meetings=[("e1", datetime(2026, 11, 5, 2, tzinfo=UTC), 1)],
            answers=[("e1", "budget", "large")],
        )
    with kiosk.sessions() as session:
        queued = {entry.table_name for entry in outbox.pending(session, 100)}
        assert outbox.backlog(session).leads == 1
    assert queued == {fact.name for fact in outbox.FACT_TABLES}

    try:
        with kiosk.sessions.begin() as session:
            add_visit(session, email="bob@example.com")
            raise RuntimeError("the save failed")
    except RuntimeError:
        pass
    with kiosk.sessions() as session:
        assert outbox.backlog(session).leads == 1  # rolled back with the lead


def test_push_sends_everything_then_nothing_waits(make_kiosk, central: Engine) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        for n in range(7):
            add_visit(session, kiosk_id="kiosk-a", email=f"p{n}@example.com", exhibitors=["e1"])
    pusher = Pusher(kiosk.sessions, central, "kiosk-a", batch_size=10)
    report = pusher.push_pending()
    assert report.error is None
    assert report.leads == 7 and report.batches == 4  # 35 rows in batches of 10
    assert report.sent_rows == 35 == report.new_rows
    assert (report.waiting_rows, report.waiting_leads) == (0, 0)
    for fact in outbox.FACT_TABLES:
        assert pooled(central, fact.name) == local(kiosk, fact.name), fact.name
    with central.connect() as connection:
        push = connection.execute(select(pool.sync_kiosks)).one()
    assert push.kiosk_id == "kiosk-a" and push.rows_pushed == 35 and push.waiting_rows == 0
    assert pusher.status().last_push_at is not None


def test_a_replay_changes_nothing(make_kiosk, central: Engine) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        lead = add_visit(session, email="ana@example.com", at=T0)
        add_visit(session, lead_id=lead.id, email="ana@example.com", at=T0 + timedelta(hours=1))
    pusher = Pusher(kiosk.sessions, central, "kiosk-a")
    assert pusher.push_pending().new_rows > 0
    before = snapshot(central)
    # A crash between the push and the mark: every row is sent again.
    with kiosk.sessions.begin() as session:
        session.execute(update(outbox.OUTBOX).values(sent_at=None))
    again = pusher.push_pending()
    assert again.error is None and again.sent_rows > 0 and again.new_rows == 0
    assert snapshot(central) == before


def test_a_returning_visitors_newer_details_win_and_an_older_copy_never_does(
    make_kiosk, central: Engine
) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        lead_id = add_visit(session, name="Ana", email="ana@example.com", at=T0).id
    pusher = Pusher(kiosk.sessions, central, "kiosk-a")
    pusher.push_pending()
    with kiosk.sessions.begin() as session:
        add_visit(
            session, lead_id=lead_id, name="Ana Lima", email="ana@lima.pt", at=T0 + timedelta(1)
        )
    assert pusher.push_pending().leads == 1
    with kiosk.sessions() as session:
        newest = {
            c.name: getattr(session.get(Lead, lead_id), c.key) for c in Lead.__table__.columns
        }
    older = dict(newest, name="Ana", email="ana@example.com", updated_at=T0, visit_count=1)
    with central.begin() as connection:
        assert pool.upsert_facts(connection, "leads", [older]) == 0
    with central.connect() as connection:
        row = connection.execute(select(pool.leads)).one()
    assert (row.name, row.email, row.visit_count) == ("Ana Lima", "ana@lima.pt", 2)


def test_rows_written_behind_the_orm_are_swept_into_the_outbox(make_kiosk, central: Engine) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        add_visit(session, email="ana@example.com")
        session.execute(delete(outbox.OUTBOX))  # as if written by code that bypassed the ORM
    Pusher(kiosk.sessions, central, "kiosk-a").push_pending()
    assert pooled(central, "leads") == local(kiosk, "leads")
    assert pooled(central, "lead_consents") == local(kiosk, "lead_consents")


def test_rows_deleted_before_sending_are_skipped(make_kiosk, central: Engine) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        add_visit(session, email="ana@example.com")
        gone = add_visit(session, email="bob@example.com")
    with kiosk.sessions.begin() as session:
        session.delete(session.get(Lead, gone.id))  # a wipe: never propagated to the pool
    report = Pusher(kiosk.sessions, central, "kiosk-a").push_pending()
    assert report.error is None and report.gone == 4 and report.waiting_rows == 0
    assert pooled(central, "leads") == local(kiosk, "leads")


def test_an_unreachable_pool_keeps_everything_waiting_and_says_why(
    make_kiosk, central_url: str, central: Engine
) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        add_visit(session, email="ana@example.com")
        add_visit(session, email="bob@example.com")
    dead = make_central_engine(f"postgresql://postgres@127.0.0.1:{free_port()}/x")
    report = Pusher(kiosk.sessions, dead, "kiosk-a").push_pending()
    assert report.error and "refused" in report.error
    assert (report.waiting_leads, report.batches) == (2, 0)
    assert "refused" in (stored_error(kiosk.sessions) or "")

    report = Pusher(kiosk.sessions, central, "kiosk-a").push_pending()
    assert report.error is None and report.leads == 2
    assert stored_error(kiosk.sessions) is None


def test_the_background_pusher_sends_a_lead_soon_after_its_commit(
    make_kiosk, central_url: str
) -> None:
    kiosk = make_kiosk("a")
    central = make_central_engine(central_url)  # an empty pool: the pusher creates its tables
    pusher = Pusher(kiosk.sessions, central, "kiosk-a", poll_interval_s=30)
    pusher.start()
    try:
        time.sleep(0.2)
        with kiosk.sessions.begin() as session:
            lead_id = add_visit(session, email="ana@example.com").id

        def arrived() -> bool:
            try:
                return lead_id in pooled(central, "leads")
            except ProgrammingError:  # no tables yet
                return False

        deadline = time.monotonic() + 10
        while not arrived() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert arrived()  # long before the 30 s poll
        assert pusher.status().state in ("idle", "pushing")
    finally:
        assert pusher.stop(timeout=5)
        central.dispose()
    assert pusher.status().state == "stopped"


def test_backoff_doubles_to_a_cap_and_resets() -> None:
    backoff = Backoff(first=0.5, cap=4, jitter=0.0)
    assert [backoff.next() for _ in range(6)] == [0.5, 1, 2, 4, 4, 4]
    backoff.reset()
    assert backoff.next() == 0.5
    jittery = Backoff(first=1, cap=1, jitter=0.2, rng=lambda: 1.0)
    assert jittery.next() == pytest.approx(1.2)


def test_the_central_schema_mirrors_every_local_fact_column() -> None:
    for fact in outbox.FACT_TABLES:
        mirror = pool.FACTS[fact.name]
        for column in fact.table.columns:
            assert column.name in mirror.c, f"{fact.name}.{column.name} missing in the pool"
            assert type(mirror.c[column.name].type) is type(column.type)
        assert not mirror.foreign_keys  # rows arrive in any order


def test_consents_pushed_equal_consents_saved(make_kiosk, central: Engine) -> None:
    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        add_visit(session, email="ana@example.com", consents=[("contact", True), ("share", True)])
    Pusher(kiosk.sessions, central, "kiosk-a").push_pending()
    with kiosk.sessions() as session:
        saved = session.scalar(select(func.count()).select_from(LeadConsent))
    with central.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(pool.lead_consents)) == saved == 2


def test_leads_saved_by_the_lead_service_reach_the_pool_unchanged(make_kiosk, central) -> None:
    """The real capture service knows nothing of sync, yet everything it writes is queued."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from factories import draft, insert_event

    from kiosk.services.leads import submit_lead

    kiosk = make_kiosk("a")
    rules = insert_event(kiosk.sessions)
    first = submit_lead(kiosk.sessions, draft(), rules=rules, kiosk_id="kiosk-a", language="en")
    again = submit_lead(
        kiosk.sessions,
        draft(email=" CHAN@example.mo", company=None, phone=None),
        rules=rules,
        kiosk_id="kiosk-a",
        language="pt",
    )
    assert again.lead_id == first.lead_id  # the service merged the returning visitor
    report = Pusher(kiosk.sessions, central, "kiosk-a").push_pending()
    assert report.error is None and report.leads == 1 and report.waiting_rows == 0
    for fact in outbox.FACT_TABLES:
        assert pooled(central, fact.name) == local(kiosk, fact.name), fact.name
    assert len(pooled(central, "lead_visits")) == 2


def test_name_parts_and_answers_reach_the_pool(make_kiosk, central: Engine) -> None:
    from kiosk.sync.people import merge_people

    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        lead = add_visit(
            session,
            email="marta@example.pt",
            name="Marta Vieira",
            family_name="Vieira",
            given_name="Marta",
            exhibitors=["e1", "e2"],
            answers=[("e1", "volume", "1k-10k"), ("e2", "wallets", "alipay,mpay")],
        )
        lead_id = lead.id
    assert Pusher(kiosk.sessions, central, "kiosk-a").push_pending().error is None
    assert pooled(central, "lead_answers") == local(kiosk, "lead_answers") != set()
    merge_people(central)
    answers, people = pool.FACTS["lead_answers"], pool.people
    with central.connect() as connection:
        stored = connection.execute(
            select(answers.c.exhibitor_ref, answers.c.question_ref, answers.c.value).where(
                answers.c.lead_id == lead_id
            )
        ).all()
        person = connection.execute(select(people.c.family_name, people.c.given_name)).one()
        pooled_lead = connection.execute(
            select(pool.leads.c.family_name, pool.leads.c.given_name)
        ).one()
    assert sorted(stored) == [("e1", "volume", "1k-10k"), ("e2", "wallets", "alipay,mpay")]
    assert tuple(person) == tuple(pooled_lead) == ("Vieira", "Marta")
