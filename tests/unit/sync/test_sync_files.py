"""``kiosk merge FILE...``: kiosk databases from USB sticks, through the pusher's upsert path."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from factories import add_visit
from sqlalchemy import Engine, text

from kiosk.data.migrate import (
    CENTRAL_VERSION_TABLE,
    alembic_config,
    current_revision,
    head_revision,
)
from kiosk.errors import KioskError
from kiosk.sync.central import CENTRAL
from kiosk.sync.engine import open_central
from kiosk.sync.pusher import Pusher
from kiosk.sync.transfer import count_facts, merge_files


def kiosk_file(make_kiosk, name: str, emails: list[str]) -> Path:
    database = make_kiosk(name)
    with database.sessions.begin() as session:
        for email in emails:
            add_visit(session, kiosk_id=f"kiosk-{name}", email=email, exhibitors=["e1"])
    return Path(database.engine.url.database)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_central_migrations_build_exactly_the_central_schema(central: Engine) -> None:
    with central.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "version_table": CENTRAL_VERSION_TABLE}
        )
        assert compare_metadata(context, CENTRAL) == []
    assert current_revision(central, central=True) == head_revision(central=True)


def test_the_kiosk_chain_never_picks_up_the_central_revisions() -> None:
    local = ScriptDirectory.from_config(alembic_config())
    paths = {Path(script.path).parent.name for script in local.walk_revisions()}
    assert paths == {"versions"}
    assert all("central" not in script.path for script in local.walk_revisions())
    central = ScriptDirectory.from_config(alembic_config(central=True))
    assert all("/central/" in script.path for script in central.walk_revisions())
    assert len(central.get_heads()) == 1


def test_merging_files_twice_changes_nothing(make_kiosk, central: Engine) -> None:
    a = kiosk_file(make_kiosk, "a", ["ana@example.com", "bob@example.com"])
    b = kiosk_file(make_kiosk, "b", [" Ana@example.com"])
    before = {path: digest(path) for path in (a, b)}
    first = merge_files([a, b], central)
    assert [r.kiosk_ids for r in first] == [["kiosk-a"], ["kiosk-b"]]
    assert [r.leads for r in first] == [2, 1]
    assert first[0].total_new == sum(first[0].rows.values()) == 2 * 5
    pooled = count_facts(central)
    second = merge_files([b, a], central)
    assert [r.total_new for r in second] == [0, 0]
    assert count_facts(central) == pooled
    assert count_facts(central, ["kiosk-a"]) == count_facts(make_kiosk("a").engine)
    assert {path: digest(path) for path in (a, b)} == before  # the stick is only read


def test_a_file_merged_after_its_kiosk_pushed_adds_nothing(make_kiosk, central: Engine) -> None:
    path = kiosk_file(make_kiosk, "a", ["ana@example.com"])
    kiosk = make_kiosk("a")
    assert Pusher(kiosk.sessions, central, "kiosk-a").push_pending().new_rows == 5
    (report,) = merge_files([path], central)
    assert report.total_new == 0 and report.leads == 1


def test_commits_still_in_the_write_ahead_log_are_merged(
    make_kiosk, central: Engine, tmp_path: Path
) -> None:
    kiosk = make_kiosk("a")
    with kiosk.engine.connect() as connection:  # hold a reader so no checkpoint empties the log
        connection.execute(text("SELECT 1 FROM leads")).all()
        with kiosk.sessions.begin() as session:
            add_visit(session, email="ana@example.com")
        source = Path(kiosk.engine.url.database)
        stick = tmp_path / "stick"
        stick.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{source}{suffix}", stick / f"kiosk.db{suffix}")
    assert (stick / "kiosk.db-wal").stat().st_size > 0
    (report,) = merge_files([stick / "kiosk.db"], central)
    assert report.leads == 1


def test_merge_into_a_sqlite_pool_with_no_server(make_kiosk, tmp_path: Path) -> None:
    path = kiosk_file(make_kiosk, "a", ["ana@example.com"])
    pool = open_central(f"sqlite:///{tmp_path / 'pool.db'}")
    try:
        assert merge_files([path], pool)[0].total_new == 5
        assert merge_files([path], pool)[0].total_new == 0
    finally:
        pool.dispose()


def test_bad_files_are_refused_before_anything_is_merged(
    make_kiosk, central: Engine, tmp_path: Path
) -> None:
    good = kiosk_file(make_kiosk, "a", ["ana@example.com"])
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database")
    with pytest.raises(KioskError, match=r"notes\.txt: not a kiosk database"):
        merge_files([good, text_file], central)
    assert count_facts(central)["leads"] == 0
    with pytest.raises(KioskError, match=r"missing\.db: no such file"):
        merge_files([tmp_path / "missing.db"], central)

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(KioskError, match=r"other\.db: not a kiosk database"):
        merge_files([other], central)

    newer = tmp_path / "newer.db"
    shutil.copyfile(good, newer)
    shutil.copyfile(f"{good}-wal", f"{newer}-wal")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(KioskError, match="newer kiosk version"):
        merge_files([newer], central)
