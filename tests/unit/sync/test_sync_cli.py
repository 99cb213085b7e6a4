"""``kiosk sync``, ``kiosk sync --status`` and ``kiosk merge``: one clear line each way."""

from __future__ import annotations

import time
from pathlib import Path

from factories import add_visit
from pgcluster import PostgresCluster, free_port

from kiosk.cli import main
from kiosk.data.settings_repo import KIOSK_ID, set_setting


def kiosk_with_leads(make_kiosk, name: str, emails: list[str]) -> Path:
    database = make_kiosk(name)
    with database.sessions.begin() as session:
        set_setting(session, KIOSK_ID, f"kiosk-{name}")
        for email in emails:
            add_visit(session, kiosk_id=f"kiosk-{name}", email=email)
    return Path(database.engine.url.database).parent


def test_without_a_central_database_the_commands_say_how_to_configure_one(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.delenv("KIOSK_CENTRAL_DATABASE_URL", raising=False)
    for argv in (["sync"], ["sync", "--status"], ["merge", str(tmp_path / "x.db")]):
        assert main(["--data-dir", str(tmp_path), *argv]) == 1
        err = capsys.readouterr().err
        assert "--central-database" in err and "Traceback" not in err


def test_sync_reports_what_was_sent_and_what_waits(
    make_kiosk, central_url: str, capsys, monkeypatch
) -> None:
    data = kiosk_with_leads(make_kiosk, "a", ["ana@example.com", "ANA@example.com ", "b@x.mo"])
    monkeypatch.setenv("KIOSK_CENTRAL_DATABASE_URL", central_url)
    assert main(["--data-dir", str(data), "sync"]) == 0
    out = capsys.readouterr().out
    assert "sent 3 leads (12 rows)" in out and "in 1 batch;" in out
    assert "waiting: nothing" in out
    assert "central pool: 3 leads, 2 people" in out

    assert main(["sync", "--data-dir", str(data), "--replay"]) == 0
    out = capsys.readouterr().out
    assert (
        "sent nothing" in out and "replayed 3 leads (12 rows); new or newer in the pool: 0" in out
    )

    assert main(["sync", "--status", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "waiting to sync: nothing" in out and "last successful push: 20" in out
    assert "2 people" in out
    assert "kiosk-a: 3 leads pooled, last push 20" in out


def test_sync_with_the_pool_away_keeps_the_leads_and_says_so(
    make_kiosk, capsys, pg_cluster: PostgresCluster
) -> None:
    data = kiosk_with_leads(make_kiosk, "a", ["ana@example.com"])
    dead = pg_cluster.url("x", port=free_port())
    assert main(["--data-dir", str(data), "--central-database", dead, "sync"]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the central database" in err and "refused" in err
    assert "waiting here: 1 lead (4 rows)" in err and "Traceback" not in err

    assert main(["--data-dir", str(data), "--central-database", dead, "sync", "--status"]) == 1
    out = capsys.readouterr().out
    assert "waiting to sync: 1 lead (4 rows)" in out and "not reachable" in out


def test_merge_reports_each_file_and_is_idempotent(
    make_kiosk, central_url: str, capsys, tmp_path: Path
) -> None:
    a = kiosk_with_leads(make_kiosk, "a", ["ana@example.com"]) / "kiosk.db"
    b = kiosk_with_leads(make_kiosk, "b", [" Ana@Example.com", "bob@example.com"]) / "kiosk.db"
    argv = ["--central-database", central_url, "--data-dir", str(tmp_path / "office")]
    assert main([*argv, "merge", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert f"{a}: kiosk-a: 1 leads, 4 rows read, 4 new or newer" in out
    assert f"{b}: kiosk-b: 2 leads, 8 rows read, 8 new or newer" in out
    assert "3 leads, 2 people" in out
    assert main([*argv, "merge", str(b), str(a)]) == 0
    out = capsys.readouterr().out
    assert "0 new or newer" in out and "3 leads, 2 people" in out
    assert main([*argv, "merge", str(tmp_path / "nothing.db")]) == 1
    assert "nothing.db: no such file" in capsys.readouterr().err


def test_a_frozen_link_fails_the_push_at_the_deadline_not_minutes_later(
    make_kiosk, pg_cluster: PostgresCluster, central_url: str, central
) -> None:
    from faultproxy import FREEZE, UP, FaultProxy

    from kiosk.sync.engine import make_central_engine
    from kiosk.sync.pusher import Pusher

    kiosk = make_kiosk("a")
    with kiosk.sessions.begin() as session:
        add_visit(session, email="ana@example.com")
    database = central_url.rsplit("/", 1)[1]
    with FaultProxy(pg_cluster.port) as proxy:
        engine = make_central_engine(pg_cluster.url(database, port=proxy.port), connect_timeout_s=2)
        pusher = Pusher(kiosk.sessions, engine, "kiosk-a", batch_deadline_s=1.0)
        assert pusher.push_pending().error is None  # connected through the proxy
        with kiosk.sessions.begin() as session:
            add_visit(session, email="bob@example.com")
        proxy.set_mode(FREEZE)
        started = time.monotonic()
        report = pusher.push_pending()
        took = time.monotonic() - started
        assert report.error and "timeout" in report.error, report.error
        assert took < 10 and report.waiting_leads == 1  # the connect retry is bounded too
        proxy.set_mode(UP)
        assert pusher.push_pending().error is None
        engine.dispose()
