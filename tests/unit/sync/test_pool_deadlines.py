"""Every exchange with the pool has a deadline, and kiosks reaching a new pool at once take
turns migrating it: real PostgreSQL, a real proxy that freezes the link, real processes."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from factories import add_visit
from faultproxy import FREEZE, UP, FaultProxy
from pgcluster import PostgresCluster
from sqlalchemy import Engine, event, func, select, text

from kiosk.cli import main
from kiosk.data.database import Database
from kiosk.data.settings_repo import KIOSK_ID, set_setting
from kiosk.errors import KioskError
from kiosk.sync import engine as pool_engine
from kiosk.sync.central import people
from kiosk.sync.engine import CentralTimeout, make_central_engine, open_central
from kiosk.sync.export_source import CentralLeads
from kiosk.sync.people import merge_people
from kiosk.sync.transfer import copy_facts, merge_files

DEADLINE_S = 2.0  # STATEMENT_DEADLINE_S (20 s) made short so the tests stay fast


def kiosk_with(make_kiosk, name: str, count: int) -> Database:
    database = make_kiosk(name)
    with database.sessions.begin() as session:
        set_setting(session, KIOSK_ID, f"kiosk-{name}")
        for i in range(count):
            add_visit(session, kiosk_id=f"kiosk-{name}", email=f"visitor{i}@example.com")
    return database


@contextmanager
def frozen_at(proxy: FaultProxy, engine_or_class: Any, marker: str) -> Iterator[list[str]]:
    """Freeze the link just before the first statement holding ``marker`` is sent."""
    seen: list[str] = []

    def maybe_freeze(conn, cursor, statement: str, *args: object) -> None:
        if marker in statement and not seen:
            seen.append(statement)
            proxy.set_mode(FREEZE)

    event.listen(engine_or_class, "before_cursor_execute", maybe_freeze)
    try:
        yield seen
    finally:
        event.remove(engine_or_class, "before_cursor_execute", maybe_freeze)
        proxy.set_mode(UP)


def within_bounds(work: Callable[[], object]) -> BaseException | None:
    """Run ``work``; its exception, or None. A hang fails the test instead of stalling it
    (the limit is far above any deadline: it says nothing about speed)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(120)
    assert outcome, "the operation hung on the frozen link"
    return outcome[0]


@pytest.fixture
def short_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool_engine, "STATEMENT_DEADLINE_S", DEADLINE_S, raising=False)


@pytest.fixture
def through_proxy(central: Engine, central_url: str, pg_cluster: PostgresCluster) -> Iterator:
    database = central_url.rsplit("/", 1)[1]
    with FaultProxy(pg_cluster.port) as proxy:
        yield proxy, pg_cluster.url(database, port=proxy.port)


def export_merge_step(engine: Engine, sessions: Any) -> None:
    with CentralLeads(engine).open(sessions):
        pass


OPERATIONS = {
    # name: (what runs, the statement the link freezes before)
    "sync: merging people": (lambda engine, kiosk: merge_people(engine), "FROM leads"),
    "sync --replay: copying rows": (
        lambda engine, kiosk: copy_facts(kiosk.engine, engine),
        "INSERT INTO leads",
    ),
    "merge: a stick's file": (
        lambda engine, kiosk: merge_files([Path(kiosk.engine.url.database)], engine),
        "INSERT INTO leads",
    ),
    "export --central: its merge step": (
        lambda engine, kiosk: export_merge_step(engine, kiosk.sessions),
        "FROM leads",
    ),
}


@pytest.mark.usefixtures("short_deadline")
@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_link_that_freezes_mid_operation_fails_it_at_the_deadline(
    make_kiosk, through_proxy, operation: str
) -> None:
    proxy, url = through_proxy
    kiosk = kiosk_with(make_kiosk, "a", 5)
    engine = make_central_engine(url)
    try:
        work, marker = OPERATIONS[operation]
        with frozen_at(proxy, engine, marker) as seen:
            error = within_bounds(lambda: work(engine, kiosk))
        assert seen, f"the operation never sent a statement with {marker!r}"
    finally:
        engine.dispose()
    assert isinstance(error, CentralTimeout), repr(error)
    assert str(error) == f"timeout: no answer from the central database within {DEADLINE_S:g} s"


@pytest.mark.usefixtures("short_deadline")
def test_the_schema_check_of_open_central_has_a_deadline(through_proxy) -> None:
    proxy, url = through_proxy
    with frozen_at(proxy, Engine, "alembic_version") as seen:
        error = within_bounds(lambda: open_central(url).dispose())
    assert seen
    assert isinstance(error, KioskError) and "timeout: no answer" in str(error), repr(error)


def test_after_a_timeout_the_same_operation_succeeds_once_the_link_is_back(
    make_kiosk, central: Engine, through_proxy, short_deadline: None
) -> None:
    proxy, url = through_proxy
    kiosk = kiosk_with(make_kiosk, "a", 3)
    copy_facts(kiosk.engine, central)
    engine = make_central_engine(url)
    try:
        with frozen_at(proxy, engine, "FROM leads"):
            assert isinstance(within_bounds(lambda: merge_people(engine)), CentralTimeout)
        report = merge_people(engine)  # link up again: nothing half-done is left behind
    finally:
        engine.dispose()
    assert (report.leads, report.people) == (3, 3)
    with central.connect() as connection:
        assert connection.execute(select(func.count()).select_from(people)).scalar_one() == 3


@pytest.mark.parametrize("link", ["refused", "frozen"])
def test_sync_status_exits_non_zero_when_the_pool_cannot_be_reached(
    make_kiosk, central_url: str, pg_cluster: PostgresCluster, capsys, link: str
) -> None:
    from pgcluster import free_port

    kiosk = kiosk_with(make_kiosk, "a", 1)
    data = Path(kiosk.engine.url.database).parent
    database = central_url.rsplit("/", 1)[1]
    with FaultProxy(pg_cluster.port) as proxy:
        if link == "frozen":
            proxy.set_mode(FREEZE)
            url = pg_cluster.url(database, port=proxy.port)
        else:
            url = pg_cluster.url(database, port=free_port())
        code = main(["--data-dir", str(data), "--central-database", url, "sync", "--status"])
    out = capsys.readouterr().out
    assert code == 1
    assert "waiting to sync: 1 lead" in out and "not reachable" in out


# --------------------------------------------------------------------------- migrations

MIGRATE_AT_THE_SIGNAL = """
import sys, time
from pathlib import Path
from kiosk.sync.engine import open_central
go = Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
open_central(sys.argv[1]).dispose()
print("migrated", flush=True)
"""


def test_three_kiosks_reaching_a_new_pool_at_once_all_start(
    pg_cluster: PostgresCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database("pool_new_at_once")
    go = tmp_path / "go"
    kiosks = [
        subprocess.Popen(
            [sys.executable, "-c", MIGRATE_AT_THE_SIGNAL, url, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for kiosk in kiosks:
        assert kiosk.stdout is not None and kiosk.stdout.readline() == "ready\n"
    go.touch()  # all three reach the pool at the same moment
    results = [kiosk.communicate(timeout=120) for kiosk in kiosks]
    failures = [err for kiosk, (_out, err) in zip(kiosks, results, strict=True) if kiosk.returncode]
    assert failures == []
    assert all(out == "migrated\n" for out, _err in results)
    engine = make_central_engine(url)
    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM central_alembic_version"))
            assert len(versions.all()) == 1
    finally:
        engine.dispose()
