"""The command line where it meets the operator's shell: ``set-pin`` with no terminal, output
piped into a reader that stops early, and a ``--database`` that is not SQLite. Each ends in a
clear line (or quietly, for the pipe), never a traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import EXIT_BROKEN_PIPE, main
from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.staff_pin import StaffPin

REPO = Path(__file__).resolve().parents[2]


def kiosk_process(data_dir: Path, *argv: str, **popen: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("KIOSK_DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), *argv],
        env=env,
        **popen,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("stdin", ["closed", "empty pipe", "pipe"])
def test_set_pin_without_a_terminal_reads_standard_input(
    database: Database, settings: Settings, stdin: str
) -> None:
    """No terminal (an installer, ssh without -t): the PIN is the first line of standard
    input; none there is one clear line, not 'unexpected error: EOFError'."""
    source = {"closed": subprocess.DEVNULL, "empty pipe": subprocess.PIPE, "pipe": subprocess.PIPE}
    # start_new_session: no controlling terminal, as under an installer or a service
    process = kiosk_process(
        settings.data_dir,
        "set-pin",
        stdin=source[stdin],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    out, err = process.communicate("730519\n" if stdin == "pipe" else "", timeout=120)
    if stdin == "pipe":
        assert (process.returncode, out.strip()) == (0, "staff PIN set"), err
        assert StaffPin(database.sessions).verify("730519").ok
        return
    assert process.returncode == 1
    assert err.startswith("kiosk: error: set-pin: no PIN on standard input"), err
    assert "EOFError" not in err and "Traceback" not in err
    assert not StaffPin(database.sessions).is_set()


def test_set_pin_at_a_terminal_ended_with_ctrl_d_changes_nothing(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def getpass(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["--data-dir", str(settings.data_dir), "set-pin"]) == 1
    assert "set-pin: no PIN entered; nothing was changed" in capsys.readouterr().err
    assert not StaffPin(database.sessions).is_set()


@pytest.mark.parametrize(
    "argv",
    [["audit"], ["leads", "list"], ["doctor", "--no-qt"]],
    ids=lambda argv: " ".join(argv),
)
def test_a_reader_that_stops_early_ends_the_command_quietly(
    database: Database, settings: Settings, argv: list[str]
) -> None:
    """``kiosk audit | head``: the reader closes the pipe before the command writes."""
    StaffPin(database.sessions).set_pin("730519", actor="cli")  # something for audit to list
    process = kiosk_process(
        settings.data_dir, *argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the only reader is gone: every write fails with EPIPE
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == EXIT_BROKEN_PIPE, err
    assert err == "", "no BrokenPipeError, no 'Exception ignored' at exit"


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://kiosk@pool/leads", "mysql://x/y", "not-a-url"],
)
def test_a_database_that_is_not_sqlite_is_refused_before_anything_runs(
    tmp_path: Path, capsys, url: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "d"), "--database", url, "db", "upgrade"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "argument --database:" in err and "sqlite:///" in err and "Traceback" not in err
    assert not (tmp_path / "d").exists(), "nothing was created"


def test_the_same_from_the_environment_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", "postgresql://kiosk@pool/leads")
    assert main(["--data-dir", str(tmp_path / "d"), "leads", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk: error: KIOSK_DATABASE_URL: the kiosk's own database must be")
    assert "--central-database" in err


def test_another_sqlite_file_is_still_accepted(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert main(["--data-dir", str(tmp_path / "d"), "--database", url, "db", "upgrade"]) == 0
    assert (tmp_path / "elsewhere.db").is_file()


@pytest.mark.parametrize("kiosk_id", ["hall 2", "", "x" * 41, "-dash-first"])
def test_a_bad_kiosk_id_on_the_command_line_is_refused_before_anything_runs(
    tmp_path: Path, capsys, kiosk_id: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "d"), "run", f"--kiosk-id={kiosk_id}"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "argument --kiosk-id: The kiosk id" in err and "Traceback" not in err
    assert not (tmp_path / "d").exists()
