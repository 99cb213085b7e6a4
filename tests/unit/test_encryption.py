"""Encryption at rest: the database through SQLCipher (a real sqlcipher3 driver, real Alembic
migrations, Python's own sqlite3 as the thief), ``kiosk db encrypt``, ``kiosk doctor``, and
exports as AES-encrypted ZIP files opened by pyzipper."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import pyzipper
from factories import add_leads, make_event
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data import cipher, keystore
from kiosk.data.database import open_database
from kiosk.data.engine import make_engine
from kiosk.data.migrate import current_revision, head_revision, upgrade
from kiosk.data.models import AuditEntry, ExportRecord, Lead
from kiosk.errors import KioskError
from kiosk.services.export import ExportRequest
from kiosk.services.export.encrypted_zip import export_leads_zip


def _key(settings: Settings) -> bytes:
    assert settings.db_key_file is not None
    return keystore.create_key(keystore.KeySource(settings.db_key_file, "file"), settings)


@pytest.fixture
def keyed(tmp_path: Path) -> Settings:
    """Settings with a key file outside the data folder (as /etc/pavilion-kiosk/db.key is)."""
    settings = Settings(data_dir=tmp_path / "data", db_key_file=tmp_path / "keys" / "db.key")
    _key(settings)
    return settings


def _db_file(settings: Settings) -> Path:
    return settings.data_dir / "kiosk.db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain_sqlite_fails(path: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        connection = sqlite3.connect(path)
        try:
            connection.execute("SELECT name FROM sqlite_master").fetchall()
        finally:
            connection.close()


def test_a_new_database_is_encrypted_migrated_and_unreadable_as_plain_sqlite(
    keyed: Settings,
) -> None:
    database = open_database(keyed)
    try:
        assert database.encrypted
        assert current_revision(database.engine) == head_revision()
        make_event(database.sessions)
        add_leads(database.sessions, 3)
    finally:
        database.dispose()
    path = _db_file(keyed)
    assert path.read_bytes()[:16] != cipher.SQLITE_MAGIC
    _plain_sqlite_fails(path)
    assert b"visitor1@example.com" not in path.read_bytes()
    again = open_database(keyed)
    try:
        with again.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Lead)) == 3
    finally:
        again.dispose()


def test_db_encrypt_converts_an_old_schema_that_then_migrates_encrypted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    engine = make_engine(f"sqlite:///{data / 'kiosk.db'}")
    upgrade(engine, "0002")  # an older kiosk's database
    engine.dispose()
    key_file = tmp_path / "keys" / "db.key"
    before = _digest(data / "kiosk.db")

    assert main(["--data-dir", str(data), "db", "encrypt", "--key-file", str(key_file)]) == 0
    out = capsys.readouterr().out
    assert f"new database key written to {key_file}" in out
    assert "copied and checked" in out
    assert _digest(data / "kiosk.db") != before
    _plain_sqlite_fails(data / "kiosk.db")
    assert not list(data.glob("*.encrypting"))
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"

    settings = Settings(data_dir=data, db_key_file=key_file)
    database = open_database(settings)  # at 0003 only after the migrations ran encrypted
    try:
        assert database.encrypted
        assert current_revision(database.engine) == head_revision()
        make_event(database.sessions)
        add_leads(database.sessions, 2)
    finally:
        database.dispose()
    _plain_sqlite_fails(data / "kiosk.db")


def test_db_encrypt_keeps_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = Settings(data_dir=tmp_path / "data")
    database = open_database(plain)
    make_event(database.sessions)
    ids = add_leads(database.sessions, 25)
    database.dispose()
    key_file = tmp_path / "db.key"
    assert (
        main(["--data-dir", str(plain.data_dir), "db", "encrypt", "--key-file", str(key_file)]) == 0
    )
    database = open_database(Settings(data_dir=plain.data_dir, db_key_file=key_file))
    try:
        with database.sessions() as session:
            assert sorted(session.scalars(select(Lead.id))) == sorted(ids)
    finally:
        database.dispose()


HOLD_OPEN = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
print("open", flush=True)
sys.stdin.read()
"""


def test_db_encrypt_is_refused_while_another_process_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    database = open_database(settings)
    make_event(database.sessions)
    database.dispose()
    kiosk = subprocess.Popen(  # the kiosk, still running
        [sys.executable, "-c", HOLD_OPEN, str(_db_file(settings))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert kiosk.stdout is not None and kiosk.stdout.readline() == "open\n"
        before = _digest(_db_file(settings))
        key_file = tmp_path / "db.key"
        code = main(
            ["--data-dir", str(settings.data_dir), "db", "encrypt", "--key-file", str(key_file)]
        )
        assert code == 1
        assert "in use (is the kiosk running?)" in capsys.readouterr().err
        assert _digest(_db_file(settings)) == before
        assert _db_file(settings).read_bytes()[:16] == cipher.SQLITE_MAGIC
        assert not list(settings.data_dir.glob("*.encrypting"))
    finally:
        kiosk.communicate("")


@pytest.mark.parametrize("case", ["wrong key", "no key", "key file missing"])
def test_a_wrong_or_missing_key_is_a_clear_error_and_changes_nothing(
    keyed: Settings, tmp_path: Path, case: str
) -> None:
    open_database(keyed).dispose()
    path = _db_file(keyed)
    before = _digest(path)
    if case == "wrong key":
        other = Settings(data_dir=keyed.data_dir, db_key_file=tmp_path / "other.key")
        _key(other)
        expected = "the key does not open it"
    elif case == "no key":
        other = Settings(data_dir=keyed.data_dir)
        expected = "is encrypted and no key was found"
    else:
        other = Settings(data_dir=keyed.data_dir, db_key_file=tmp_path / "gone.key")
        expected = "not found"
    with pytest.raises(KioskError, match=expected):
        open_database(other)
    assert _digest(path) == before
    assert sorted(p.name for p in keyed.data_dir.iterdir()) == ["kiosk.db"]


def test_the_key_never_lives_in_the_data_folder_nor_readable_by_others(tmp_path: Path) -> None:
    inside = Settings(data_dir=tmp_path / "data", db_key_file=tmp_path / "data" / "db.key")
    with pytest.raises(KioskError, match="inside the data folder"):
        _key(inside)
    assert not (tmp_path / "data" / "db.key").exists()
    loose = Settings(data_dir=tmp_path / "data", db_key_file=tmp_path / "db.key")
    _key(loose)
    os.chmod(tmp_path / "db.key", 0o644)
    with pytest.raises(KioskError, match="readable by other users"):
        open_database(loose)


def test_systemd_credentials_directory_provides_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    credentials = tmp_path / "credentials"
    credentials.mkdir()
    source = keystore.KeySource(credentials / keystore.CREDENTIAL_NAME, "systemd credential")
    settings = Settings(data_dir=tmp_path / "data")
    keystore.create_key(source, settings)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    database = open_database(settings)
    try:
        assert database.encrypted
        assert database.key_source == source
    finally:
        database.dispose()
    _plain_sqlite_fails(_db_file(settings))


def test_doctor_says_whether_the_database_is_encrypted(
    keyed: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    plain_dir = tmp_path / "plain"
    assert main(["--data-dir", str(plain_dir), "doctor", "--no-qt"]) in (0, 1)
    assert "not encrypted (plain SQLite" in capsys.readouterr().out
    monkeypatch.setenv("KIOSK_DB_KEY_FILE", str(keyed.db_key_file))
    assert main(["--data-dir", str(keyed.data_dir), "doctor", "--no-qt"]) in (0, 1)
    out = capsys.readouterr().out
    assert f"encrypted (SQLCipher), key {keyed.db_key_file}" in out


# -- exports as encrypted ZIP files ---------------------------------------------------------


def _leads_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_a_zip_export_opens_with_its_password_and_not_without(
    database, usb: Path, tmp_path: Path
) -> None:
    make_event(database.sessions)
    add_leads(database.sessions, 4)
    stage = tmp_path / "stage"
    stage.mkdir()
    result = export_leads_zip(
        database.sessions, ExportRequest(destination=usb), "correct horse 8", stage_in=stage
    )
    assert [p.name for p in usb.iterdir()] == [result.folder.name]  # one file, no plain copy
    assert result.folder.suffix == ".zip"
    assert not list(stage.iterdir())  # the staged plain files are gone
    with pyzipper.AESZipFile(result.folder) as archive:
        names = archive.namelist()
        assert any(n.endswith("/leads.csv") for n in names)
        csv_name = next(n for n in names if n.endswith("/leads.csv"))
        with pytest.raises(RuntimeError, match="requires a password"):
            archive.read(csv_name)
        archive.setpassword(b"wrong password")
        with pytest.raises(RuntimeError, match="Bad password"):
            archive.read(csv_name)
        archive.setpassword(b"correct horse 8")
        rows = _leads_csv(archive.read(csv_name))
    assert len(rows) == 4
    with zipfile.ZipFile(result.folder) as plain_zip:  # no unencrypted member
        assert all(info.flag_bits & 0x1 for info in plain_zip.infolist())
    with database.sessions() as session:
        record = session.scalars(select(ExportRecord)).one()
        assert record.files["folder"] == str(result.folder)
        assert record.files["encrypted_zip"] is True
        assert record.files["medium"] == "drive"  # a wipe may count it, as a plain export
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"export.verified", "export.encrypted"} <= actions


def test_a_zip_export_to_the_kiosks_own_disk_is_refused_unless_internal(
    database, tmp_path: Path
) -> None:
    from kiosk.services.export import ExportFailed

    make_event(database.sessions)
    add_leads(database.sessions, 2)
    local = tmp_path / "local"
    local.mkdir()
    with pytest.raises(ExportFailed, match="kiosk's own disk") as caught:
        export_leads_zip(database.sessions, ExportRequest(destination=local), "long enough pw")
    assert caught.value.reason == "internal" and list(local.iterdir()) == []
    result = export_leads_zip(
        database.sessions, ExportRequest(destination=local, internal=True), "long enough pw"
    )
    assert result.internal and result.folder.parent == local
    with database.sessions() as session:
        assert session.scalars(select(ExportRecord)).one().files["medium"] == "internal"


def test_a_zip_export_that_cannot_be_written_leaves_no_record(
    database, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.services.export import encrypted_zip

    make_event(database.sessions)
    add_leads(database.sessions, 2)

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encrypted_zip, "_pack", fail)
    with pytest.raises(KioskError, match="is full"):
        export_leads_zip(database.sessions, ExportRequest(destination=usb), "long enough pw")
    assert list(usb.iterdir()) == []
    with database.sessions() as session:
        assert session.scalars(select(ExportRecord)).all() == []


def test_cli_export_zip_password_file(
    tmp_path: Path, usb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    database = open_database(Settings(data_dir=data))
    make_event(database.sessions)
    add_leads(database.sessions, 3)
    database.dispose()
    password = tmp_path / "pw.txt"
    password.write_text("stick-password\n", encoding="utf-8")
    code = main(
        [
            "--data-dir",
            str(data),
            "export",
            "--out",
            str(usb),
            "--format",
            "csv",
            "--zip-password-file",
            str(password),
        ]
    )
    assert code == 0
    (archive_path,) = usb.iterdir()
    with pyzipper.AESZipFile(archive_path) as archive:
        archive.setpassword(b"stick-password")
        csv_name = next(n for n in archive.namelist() if n.endswith("/leads.csv"))
        assert len(_leads_csv(archive.read(csv_name))) == 3
    password.write_text("short\n", encoding="utf-8")
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "export",
                "--out",
                str(usb),
                "--zip-password-file",
                str(password),
            ]
        )
        == 1
    )
    assert "at least 8 characters" in capsys.readouterr().err
