"""The kiosk's own storage failing, on real filesystems: a data folder on a full tmpfs gives one
clear cause (for the visitor's form, the command line and the log), never a traceback; a data
folder on a read-only mount still lists and exports leads, and refuses writes in one line."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from drives import remount_read_only, tmpfs
from factories import add_leads, make_event
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.database import Database, open_database
from kiosk.data.models import ExportRecord, Lead
from kiosk.domain.leads import LeadDraft
from kiosk.logging_setup import configure_logging, stop_logging
from kiosk.services.leads import LeadSaveError, active_lead_rules, submit_lead

CONSENTS = {"share-with-exhibitors": True, "transfer-to-macao": True, "organiser-news": False}


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Settings]:
    """Settings whose data folder is a small tmpfs of its own, with an event and 3 leads."""
    settings = Settings(data_dir=tmp_path / "data")
    with tmpfs(settings.data_dir, size="4m"):
        database = open_database(settings)
        make_event(database.sessions)
        add_leads(database.sessions, 3)
        database.dispose()
        yield settings


def fill(folder: Path) -> None:
    """Write until the disk is full (as photos copied to the kiosk's disk would)."""
    try:
        with open(folder / "filler.bin", "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 65536)
    except OSError:
        pass


def kiosk(settings: Settings, *argv: str) -> int:
    return main(["--data-dir", str(settings.data_dir), *argv])


def lead_count(settings: Settings) -> int:
    database = open_database(settings)
    try:
        with database.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Lead)) or 0)
    finally:
        database.dispose()


def draft(n: int) -> LeadDraft:
    return LeadDraft(
        name=f"Bo {n}", email=f"bo{n}@example.com", message="x" * 400, consents=CONSENTS
    )


# --------------------------------------------------------------------------- full


@pytest.mark.parametrize("held_open", [True, False], ids=["while-open", "at-open"])
def test_a_full_disk_is_named_for_the_visitors_form(mounted: Settings, held_open: bool) -> None:
    """Filled while the database is open, SQLite says "database or disk is full"; filled before
    it opens, it says only "disk I/O error": both are a full disk for the visitor."""
    database = open_database(mounted)
    try:
        rules = active_lead_rules(database.sessions)
        assert rules is not None
        if not held_open:
            database.dispose()  # closes every connection: the -wal and -shm files go
        fill(mounted.data_dir)
        with pytest.raises(LeadSaveError) as caught:
            for n in range(500):
                submit_lead(database.sessions, draft(n), rules=rules, kiosk_id="k", language="en")
        assert caught.value.reason == "disk_full", caught.value.detail
    finally:
        database.dispose()
    (mounted.data_dir / "filler.bin").unlink()
    assert lead_count(mounted) >= 3  # nothing half-saved; the kiosk works again once freed


@pytest.mark.parametrize("held_open", [True, False], ids=["while-open", "at-open"])
def test_a_full_disk_is_one_line_on_the_command_line(
    mounted: Settings, held_open: bool, capsys
) -> None:
    database = open_database(mounted)
    connection = database.engine.connect() if held_open else None  # keeps -wal and -shm
    try:
        if connection is not None:
            connection.exec_driver_sql("SELECT count(*) FROM leads").scalar()
        fill(mounted.data_dir)
        capsys.readouterr()
        argv = ("leads", "add", "--name", "Ana", "--email", "ana9@example.com")
        assert kiosk(mounted, *argv, "--consent", "share-with-exhibitors,transfer-to-macao") == 1
        err = capsys.readouterr().err
        errors = [line for line in err.splitlines() if line.startswith("kiosk: error:")]
        assert len(errors) == 1 and f"{mounted.data_dir} is full: free some space" in errors[0]
        assert "Traceback" not in err and "Logging error" not in err
        assert len(err.splitlines()) <= 2  # the error, and the log file's one warning
    finally:
        if connection is not None:
            connection.close()
        database.dispose()
    (mounted.data_dir / "filler.bin").unlink()
    assert lead_count(mounted) == 3


def test_a_log_file_on_a_full_disk_warns_once_without_tracebacks(mounted: Settings, capsys) -> None:
    configure_logging(mounted)
    try:
        fill(mounted.data_dir)
        log = logging.getLogger("kiosk.test")
        for n in range(50):
            log.error("record %d: %s", n, "y" * 2000)
        err = capsys.readouterr().err
        assert err.count("cannot write the log file") == 1
        assert "Traceback" not in err and "Logging error" not in err
    finally:
        stop_logging()


# --------------------------------------------------------------------------- read-only


@pytest.fixture
def read_only(mounted: Settings) -> Settings:
    remount_read_only(mounted.data_dir)
    return mounted


def test_a_read_only_data_folder_still_lists_leads(read_only: Settings, capsys) -> None:
    assert kiosk(read_only, "leads", "list") == 0
    out = capsys.readouterr()
    assert "3 leads" in out.out and "migration failed" not in out.err


def test_a_read_only_data_folder_still_exports(read_only: Settings, usb: Path, capsys) -> None:
    assert kiosk(read_only, "export", "--out", str(usb), "--format", "csv") == 0
    out = capsys.readouterr().out
    assert "exported 3 lead(s)" in out and "verified" in out
    assert "not recorded: the kiosk's data folder is read-only" in out
    (folder,) = usb.iterdir()
    assert (folder / "manifest.json").is_file()
    database = open_database(read_only)
    try:
        assert database.read_only
        with database.sessions() as session:
            assert session.scalars(select(ExportRecord)).all() == []
    finally:
        database.dispose()


@pytest.mark.parametrize(
    "argv",
    [
        ("wipe", "--confirm", "DELETE ALL LEADS"),
        ("leads", "erase", "--email", "visitor1@example.com"),
        ("leads", "add", "--name", "Ana", "--email", "a@example.com", "--consent",
         "share-with-exhibitors,transfer-to-macao"),
    ],
    ids=["wipe", "erase", "add"],
)  # fmt: skip
def test_a_read_only_data_folder_refuses_writes_in_one_line(
    read_only: Settings, argv: tuple[str, ...], capsys
) -> None:
    assert kiosk(read_only, *argv) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("kiosk: error:")]
    assert len(errors) == 1 and "is read-only" in errors[0], err
    assert "Traceback" not in err and "unexpected error" not in err
    assert lead_count(read_only) == 3


def test_an_opened_database_in_a_read_only_folder_is_read_only(read_only: Settings) -> None:
    database: Database = open_database(read_only)
    try:
        assert database.read_only
    finally:
        database.dispose()


def test_the_kiosk_does_not_start_on_a_read_only_data_folder(read_only: Settings, capsys) -> None:
    """Visitors would fill in the form and never be saved: say so at once instead."""
    assert kiosk(read_only, "run", "--smoke-test") == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("kiosk: error:")]
    assert len(errors) == 1 and str(read_only.data_dir) in errors[0]
    assert "read-only" in errors[0].lower() and "Traceback" not in err
    assert kiosk(read_only, "doctor") == 1
    assert "read-only:" in capsys.readouterr().out
