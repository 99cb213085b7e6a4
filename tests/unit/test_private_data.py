"""No personal data outside the kiosk's own reach: never in the log (a failed save with a
visitor's email leaves the cause, not the email), and the data folder, database and log files
closed to other accounts on the PC (0700 and 0600), whatever the umask or an older install."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import REQUIRED, insert_event
from sqlalchemy.exc import StatementError

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.database import open_database
from kiosk.data.engine import make_engine
from kiosk.logging_setup import MAX_BYTES, configure_logging, log_file_path

EMAIL = "ana.secret.visitor@example.pt"
NAME = "Ana Secreta Silva"

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The umask of a typical desktop session: new files readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_failed_lead_save_logs_the_cause_but_not_the_visitor(settings: Settings) -> None:
    database = open_database(settings)
    insert_event(database.sessions)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER fail_lead BEFORE INSERT ON leads "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END"
        )
    database.dispose()
    argv = ["--data-dir", str(settings.data_dir), "leads", "add", "--name", NAME]
    code = main([*argv, "--email", EMAIL, "--consent", ",".join(REQUIRED)])
    assert code != 0
    log = log_file_path(settings).read_text("utf-8")
    assert "lead not saved" in log and "simulated" in log, "the cause is there for staff"
    assert "INSERT INTO leads" in log, "the failing statement is there too"
    assert EMAIL not in log and NAME not in log and "ana.secret" not in log


@pytest.mark.parametrize("central", [False, True], ids=["kiosk engine", "central pool engine"])
def test_no_engine_puts_statement_parameters_in_its_errors(tmp_path: Path, central: bool) -> None:
    """The same rule for the pool's engine (its SQLite form here; the PostgreSQL form is
    created with the same flag)."""
    from kiosk.sync.engine import make_central_engine

    url = f"sqlite:///{tmp_path / 'x.db'}"
    engine = make_central_engine(url) if central else make_engine(url)
    try:
        with pytest.raises(StatementError) as caught, engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO nowhere (email) VALUES (?)", (EMAIL,))
        assert EMAIL not in str(caught.value)
    finally:
        engine.dispose()


@posix_only
@pytest.mark.parametrize("older_install", [False, True], ids=["fresh", "older install"])
def test_data_folder_database_and_logs_are_private(
    settings: Settings, loose_umask: None, older_install: bool
) -> None:
    data = settings.data_dir
    log_dir = settings.log_dir
    db_file = data / "kiosk.db"
    if older_install:  # what an earlier version left: everything readable by all
        log_dir.mkdir(parents=True, mode=0o755)
        data.chmod(0o755)
        db_file.write_bytes(b"")
        (log_dir / "kiosk.log").write_text("old line\n")
        for path in (db_file, log_dir / "kiosk.log"):
            path.chmod(0o644)

    database = open_database(settings)
    insert_event(database.sessions)  # writes: the WAL and shared-memory files exist now
    configure_logging(settings)
    logging.getLogger("kiosk.test").warning("x" * (MAX_BYTES + 10))  # rotates once
    logging.getLogger("kiosk.test").warning("after rotation")
    try:
        assert mode(data) == 0o700
        assert mode(log_dir) == 0o700
        files = [db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")]
        files += sorted(log_dir.glob("kiosk.log*"))
        assert len(files) >= 5, files
        assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    finally:
        database.dispose()
