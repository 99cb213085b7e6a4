"""The staff commands as an operator types them: set-pin, export, wipe, leads erase/purge,
audit. Errors are one line, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from factories import add_leads, make_event
from sqlalchemy import select

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.models import Lead
from kiosk.data.settings_repo import get_setting
from kiosk.services.staff_pin import PIN_HASH, StaffPin


@pytest.fixture
def db(database: Database) -> Database:
    make_event(database.sessions)
    return database


class Terminal(io.StringIO):
    """Standard input as an operator's terminal."""

    def isatty(self) -> bool:
        return True


def kiosk(settings: Settings, *argv: str) -> int:
    return main(["--data-dir", str(settings.data_dir), *argv])


def test_set_pin_from_stdin(
    db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("480213\n"))
    assert kiosk(settings, "set-pin", "--pin-stdin") == 0
    assert "staff PIN set" in capsys.readouterr().out
    assert StaffPin(db.sessions).verify("480213").ok


def test_set_pin_asks_twice_without_echo_and_refuses_a_mismatch(
    db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    typed = iter(["480213", "480214"])
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", getpass)
    monkeypatch.setattr("sys.stdin", Terminal())
    assert kiosk(settings, "set-pin") == 1
    assert prompts == ["New staff PIN: ", "Repeat the PIN: "]
    assert "the two PINs differ" in capsys.readouterr().err
    with db.sessions() as session:
        assert get_setting(session, PIN_HASH) is None


def test_set_pin_refuses_a_short_pin(
    db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    assert kiosk(settings, "set-pin", "--pin-stdin") == 1
    err = capsys.readouterr().err
    assert "at least 6 digits" in err and "Traceback" not in err


def test_export_then_wipe(db: Database, settings: Settings, usb: Path, capsys) -> None:
    add_leads(db.sessions, 4)
    assert kiosk(settings, "wipe", "--verified-only") == 1
    assert "no verified export" in capsys.readouterr().err

    out = usb
    assert kiosk(settings, "wipe", "--verified-only", "--dry-run") == 1  # still no export
    capsys.readouterr()
    assert kiosk(settings, "export", "--out", str(out), "--format", "csv") == 0
    printed = capsys.readouterr().out
    assert "exported 4 lead(s)" in printed and "leads.csv: leads 4" in printed
    assert "verified" in printed
    (folder,) = out.iterdir()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["leads"] == 4

    assert kiosk(settings, "wipe", "--verified-only", "--dry-run") == 0
    assert "dry run, nothing deleted: 4 lead(s) would be wiped" in capsys.readouterr().out
    assert kiosk(settings, "wipe", "--verified-only") == 0
    assert "4 lead(s) wiped" in capsys.readouterr().out
    with db.sessions() as session:
        assert session.scalars(select(Lead)).all() == []

    assert kiosk(settings, "audit", "--action", "leads.") == 0
    assert "cli leads.wipe deleted=4 kept=0 mode=verified-only" in capsys.readouterr().out


def test_export_options(
    db: Database, settings: Settings, usb: Path, tmp_path: Path, capsys
) -> None:
    add_leads(db.sessions, 2)
    out = usb
    args = ("export", "--out", str(out), "--exhibitor", "macau-tea-co", "--since", "2026-11-05")
    assert kiosk(settings, *args) == 0
    assert "macau-tea-co.xlsx: leads 2" in capsys.readouterr().out

    assert kiosk(settings, "export", "--out", str(out), "--since", "5 Nov") == 1
    assert "--since: '5 Nov' is not a date" in capsys.readouterr().err
    assert kiosk(settings, "export", "--out", str(tmp_path / "gone")) == 1
    assert "does not exist (is the drive plugged in?)" in capsys.readouterr().err


def test_wipe_with_the_typed_phrase(db: Database, settings: Settings, capsys) -> None:
    add_leads(db.sessions, 2)
    assert kiosk(settings, "wipe", "--confirm", "yes") == 1
    assert kiosk(settings, "wipe", "--confirm", "DELETE ALL LEADS", "--dry-run") == 0
    assert "would be wiped" in capsys.readouterr().out
    assert kiosk(settings, "wipe", "--confirm", "DELETE ALL LEADS") == 0
    assert "2 lead(s) wiped" in capsys.readouterr().out


def test_leads_erase_and_purge(db: Database, settings: Settings, capsys) -> None:
    add_leads(db.sessions, 3)
    assert kiosk(settings, "leads", "erase", "--email", "Visitor1@example.com") == 0
    assert "erased 1 lead(s)" in capsys.readouterr().out
    assert kiosk(settings, "leads", "purge", "--older-than", "0", "--dry-run") == 1
    err = capsys.readouterr().err
    assert "shorter than the retention period" in err and "--shorter-than-retention" in err
    early = ("leads", "purge", "--older-than", "0", "--shorter-than-retention")
    assert kiosk(settings, *early, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would purge 0 lead(s)" in out and "kept 2 lead(s) past the period" in out
    assert kiosk(settings, *early, "--unexported", "--dry-run") == 0
    assert "dry run, nothing deleted: would purge 2 lead(s)" in capsys.readouterr().out
    assert kiosk(settings, *early) == 0
    assert "purged 0 lead(s)" in capsys.readouterr().out
    assert kiosk(settings, "leads", "erase", "--phone", "12") == 1
    assert "is not a phone number" in capsys.readouterr().err
