"""Rows the central pool refuses for what they hold, against a real PostgreSQL: the others
arrive, the refused row is set aside here with the pool's reason (never deleted, still unsent
for a wipe), status says so, and once the cause is fixed a replay delivers it. A lost link or a
transient server error is still retried, and sets nothing aside."""

from __future__ import annotations

import pytest
from factories import add_visit
from faultproxy import CUT, UP, FaultProxy
from pgcluster import PostgresCluster, free_port
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from test_sync_push import local, pooled

from kiosk.cli import main
from kiosk.data import outbox
from kiosk.data.settings_repo import KIOSK_ID, set_setting
from kiosk.services.wipe import PoolBacklog, check_pool_backlog
from kiosk.sync.engine import CentralTimeout, make_central_engine, rejects_row
from kiosk.sync.pusher import Pusher
from kiosk.sync.status import local_status

TOO_LONG = "Ana " + "x" * 250  # the pool's leads.name is varchar(200); SQLite keeps any length
WITH_NUL = "Ana\x00Lima"  # PostgreSQL text cannot hold a NUL; SQLite can


def save(kiosk, names: list[str], **extra) -> list[str]:
    """One lead per name (5 rows each: lead, visit, two consents, an interest); their ids."""
    with kiosk.sessions.begin() as session:
        set_setting(session, KIOSK_ID, "kiosk-a")
        return [
            add_visit(session, name=name, email=f"p{n}@example.com", exhibitors=["e1"], **extra).id
            for n, name in enumerate(names)
        ]


def on_pool(central: Engine, sql: str) -> None:
    with central.begin() as connection:
        connection.execute(text(sql))


def test_a_refused_row_is_set_aside_the_rest_arrive_and_a_fix_and_replay_deliver_it(
    make_kiosk, central: Engine
) -> None:
    kiosk = make_kiosk("a")
    ids = save(kiosk, ["Ana", "Bo", "Cai", TOO_LONG, "Dora", "Eli", "Fan"])
    bad = ids[3]
    pusher = Pusher(kiosk.sessions, central, "kiosk-a", batch_size=10)  # 35 rows, 4 batches

    report = pusher.push_pending()  # the lead and its visit (which records the name) refused
    assert report.error is None and report.set_aside == 2 and report.batches == 4
    assert pooled(central, "leads") == local(kiosk, "leads") - {bad}
    assert len(pooled(central, "lead_visits")) == len(local(kiosk, "lead_visits")) - 1
    for table in ("lead_consents", "lead_exhibitors"):  # its other rows arrive: no FKs there
        assert pooled(central, table) == local(kiosk, table), table
    status = local_status(kiosk.sessions)
    assert (status.waiting_rows, status.set_aside_rows, status.set_aside_leads) == (0, 2, 1)
    [group] = status.set_aside
    assert (group.rows, group.leads, group.tables) == (2, 1, ("leads", "lead_visits"))
    assert group.reason == "DataError: value too long for type character varying(200)"
    assert status.last_error is None  # the pool is fine; one row is not

    again = pusher.push_pending()  # set aside: not tried again, not holding anything up
    assert (again.error, again.sent_rows, again.set_aside) == (None, 0, 0)
    with pytest.raises(PoolBacklog, match=r"1 lead\(s\) have not reached .* refused rows of 1"):
        check_pool_backlog(kiosk.sessions, central_configured=True)

    for table in ("leads", "lead_visits"):  # the fix: the pool takes longer names
        on_pool(central, f"ALTER TABLE {table} ALTER COLUMN name TYPE varchar(400)")
    with kiosk.sessions.begin() as session:
        assert outbox.release_quarantined(session) == 2
    report = pusher.push_pending()
    assert (report.error, report.set_aside, report.leads) == (None, 0, 1)
    for fact in outbox.FACT_TABLES:
        assert pooled(central, fact.name) == local(kiosk, fact.name), fact.name
    assert local_status(kiosk.sessions).set_aside_rows == 0
    check_pool_backlog(kiosk.sessions, central_configured=True)  # nothing waits: a wipe may go


def test_every_refused_row_of_a_batch_is_found(make_kiosk, central: Engine) -> None:
    """A stricter pool (a check on consents) refuses rows of three leads in one 100-row batch."""
    on_pool(
        central,
        "ALTER TABLE lead_consents ADD CONSTRAINT no_newsletter"
        " CHECK (purpose <> 'newsletter' OR NOT granted)",
    )
    kiosk = make_kiosk("a")
    ids = save(kiosk, [f"Visitor {n}" for n in range(17)])
    strict = save(kiosk, ["Gil", "Hu", "Ivo"], consents=[("newsletter", True)])
    report = Pusher(kiosk.sessions, central, "kiosk-a").push_pending()
    assert report.error is None and report.batches == 1 and report.set_aside == 3
    assert pooled(central, "leads") == set(ids) | set(strict)
    assert len(pooled(central, "lead_consents")) == len(local(kiosk, "lead_consents")) - 3
    [group] = local_status(kiosk.sessions).set_aside
    assert (group.rows, group.leads) == (3, 3)
    assert group.tables == ("lead_consents",)
    assert group.reason.startswith("IntegrityError: new row for relation")
    assert 'violates check constraint "no_newsletter"' in group.reason


def test_a_lead_fixed_here_reaches_the_pool_and_its_set_aside_row_is_settled(
    make_kiosk, central: Engine
) -> None:
    kiosk = make_kiosk("a")
    [ana] = save(kiosk, [WITH_NUL])
    pusher = Pusher(kiosk.sessions, central, "kiosk-a")
    assert pusher.push_pending().set_aside == 2  # the lead and its visit
    [group] = local_status(kiosk.sessions).set_aside
    assert group.reason == "DataError: PostgreSQL text fields cannot contain NUL (0x00) bytes"
    assert ana not in pooled(central, "leads")

    with kiosk.sessions.begin() as session:  # the visitor comes back: the lead is rewritten
        add_visit(session, lead_id=ana, name="Ana Lima", email="p0@example.com")
    report = pusher.push_pending()
    assert report.error is None and report.set_aside == 0
    assert ana in pooled(central, "leads")  # as it is now; its set-aside row is settled
    status = local_status(kiosk.sessions)
    assert (status.waiting_rows, status.set_aside_rows) == (0, 1)
    [group] = status.set_aside
    assert group.tables == ("lead_visits",)  # the first visit, as submitted, is still refused
    with pytest.raises(PoolBacklog):
        check_pool_backlog(kiosk.sessions, central_configured=True)


def test_a_lost_link_is_retried_never_set_aside(
    make_kiosk, pg_cluster: PostgresCluster, central_url: str, central: Engine
) -> None:
    kiosk = make_kiosk("a")
    save(kiosk, ["Ana", TOO_LONG])
    database = central_url.rsplit("/", 1)[1]
    with FaultProxy(pg_cluster.port) as proxy:
        engine = make_central_engine(pg_cluster.url(database, port=proxy.port), connect_timeout_s=2)
        try:
            pusher = Pusher(kiosk.sessions, engine, "kiosk-a", batch_deadline_s=2.0)
            proxy.set_mode(CUT)
            report = pusher.push_pending()
            assert report.error and report.set_aside == 0
            status = local_status(kiosk.sessions)
            assert (status.waiting_leads, status.set_aside_rows) == (2, 0)

            proxy.set_mode(UP)
            report = pusher.push_pending()
            assert report.error is None and report.set_aside == 2 and report.leads == 2
        finally:
            engine.dispose()


def test_a_transient_server_error_on_one_row_is_retried_never_set_aside(
    make_kiosk, central: Engine
) -> None:
    """A serialisation failure (SQLSTATE 40001) raised for one row fails its batch, and the
    batch waits for the next try: the row's content is not to blame."""
    on_pool(
        central,
        """CREATE FUNCTION flaky() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.name = 'Flaky' THEN
            RAISE EXCEPTION 'try again' USING ERRCODE = 'serialization_failure';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER flaky BEFORE INSERT ON leads FOR EACH ROW EXECUTE FUNCTION flaky();""",
    )
    kiosk = make_kiosk("a")
    save(kiosk, ["Ana", "Flaky", "Bo"])
    pusher = Pusher(kiosk.sessions, central, "kiosk-a")
    report = pusher.push_pending()
    assert report.error and "try again" in report.error and report.set_aside == 0
    assert local_status(kiosk.sessions).waiting_leads == 3

    on_pool(central, "DROP TRIGGER flaky ON leads")
    report = pusher.push_pending()
    assert (report.error, report.set_aside, report.leads) == (None, 0, 3)


@pytest.mark.parametrize(
    ("sql", "blames_row"),
    [
        ("SELECT 1 / 0", True),  # 22012 division_by_zero: class 22, data exception
        ("SELECT CAST('abc' AS integer)", True),  # 22P02 invalid_text_representation
        ("INSERT INTO leads (id) VALUES ('x')", True),  # 23502 not_null_violation
        ("SELECT * FROM no_such_table", False),  # 42P01: the pool's schema, not the row
        ("SELECT pg_terminate_backend(pg_backend_pid())", False),  # 57P01 admin_shutdown
    ],
)
def test_rejects_row_blames_data_and_constraint_errors_only(
    central: Engine, sql: str, blames_row: bool
) -> None:
    with pytest.raises(DBAPIError) as caught, central.begin() as connection:
        connection.execute(text(sql))
    assert rejects_row(caught.value) is blames_row, caught.value.orig.sqlstate


def test_rejects_row_never_blames_an_unreachable_pool_or_a_timeout() -> None:
    dead = make_central_engine(f"postgresql://postgres@127.0.0.1:{free_port()}/x")
    with pytest.raises(DBAPIError) as caught, dead.connect():
        pass
    assert not rejects_row(caught.value)
    assert not rejects_row(CentralTimeout("timeout: no answer within 1 s"))
    dead.dispose()


def test_sync_commands_show_rows_set_aside_and_replay_delivers_them(
    make_kiosk, central_url: str, central: Engine, capsys, monkeypatch
) -> None:
    kiosk = make_kiosk("a")
    save(kiosk, ["Ana", TOO_LONG, "Bo"])
    data = kiosk.engine.url.database.rsplit("/", 1)[0]
    monkeypatch.setenv("KIOSK_CENTRAL_DATABASE_URL", central_url)

    assert main(["--data-dir", data, "sync"]) == 1  # the rest went; this needs someone
    out = capsys.readouterr().out
    assert "sent 3 leads (13 rows)" in out and "set aside 2 row(s) the pool refuses" in out
    assert "set aside, the central pool refuses them: 1 lead (2 rows); kept here, not sent" in out
    assert "2 row(s) of leads, lead_visits since 20" in out
    assert "UTC: DataError: value too long for type character varying(200)" in out
    assert "then run 'kiosk sync --replay'" in out

    assert main(["--data-dir", data, "sync", "--status"]) == 0
    out = capsys.readouterr().out
    assert "waiting to sync: nothing" in out and "1 lead (2 rows); kept here" in out

    main(["--data-dir", data, "doctor", "--no-qt"])  # no content pack here: a FAIL of its own
    out = capsys.readouterr().out
    assert "FAIL sync" in out and "the pool refused 2 row(s) of 1 lead(s), kept here" in out
    assert "DataError: value too long" in out and "'kiosk sync --replay'" in out

    assert main(["--data-dir", data, "wipe", "--confirm", "DELETE ALL LEADS"]) != 0
    assert "the pool refused rows of 1 of them" in capsys.readouterr().err

    assert main(["--data-dir", data, "sync", "--replay"]) == 1  # not fixed yet: set aside again
    assert "queued 2 row(s) the pool refused before again" in capsys.readouterr().out

    for table in ("leads", "lead_visits", "people"):  # people: merged from the leads
        on_pool(central, f"ALTER TABLE {table} ALTER COLUMN name TYPE text")
    assert main(["--data-dir", data, "sync", "--replay"]) == 0
    out = capsys.readouterr().out
    assert "queued 2 row(s)" in out and "sent 1 lead (2 rows)" in out
    assert "central pool: 3 leads" in out and "set aside" not in out
    main(["--data-dir", data, "doctor", "--no-qt"])
    words = " ".join(capsys.readouterr().out.split())  # columns as wide as the longest name
    assert "ok sync 0 lead(s) waiting to reach the central pool" in words
    assert pooled(central, "leads") == local(kiosk, "leads")


def test_a_merged_file_with_a_refused_row_merges_the_rest_and_names_the_row(
    make_kiosk, central_url: str, central: Engine, capsys, monkeypatch
) -> None:
    stick = make_kiosk("stick")
    ids = save(stick, ["Ana", TOO_LONG, "Bo"])
    path = stick.engine.url.database
    stick.dispose()
    monkeypatch.setenv("KIOSK_CENTRAL_DATABASE_URL", central_url)
    assert (
        main(
            [
                "--data-dir",
                str(make_kiosk("office").engine.url.database.rsplit("/", 1)[0]),
                "merge",
                path,
            ]
        )
        == 1
    )
    out, err = capsys.readouterr()
    assert f"refused by the pool: leads row {ids[1]} of lead {ids[1]}:" in out
    assert "value too long for type character varying(200)" in out
    assert "2 row(s) were refused and stay in their files" in err
    assert pooled(central, "leads") == {ids[0], ids[2]}
