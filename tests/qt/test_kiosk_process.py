"""``kiosk run`` as real processes, the way systemd and an operator meet it: one kiosk per data
folder (a second start says so and leaves; a killed kiosk's lock goes with it), SIGTERM stops
it cleanly (the Qt loop returns, the pusher stops, the log says why), a kiosk id given on the
command line is stored, and a display that is not there is named on the terminal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import make_event

from kiosk.config import Settings, sqlite_url
from kiosk.data.database import Database
from kiosk.data.instance_lock import EXIT_ALREADY_RUNNING, InstanceLock
from kiosk.data.settings_repo import KIOSK_ID, get_setting
from kiosk.errors import KioskError
from kiosk.logging_setup import log_file_path
from kiosk.services import audit

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # each kiosk process loads the whole window


def kiosk_env(**changes: str | None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "QT_QPA_PLATFORM": "offscreen"}
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def start_kiosk(settings: Settings, *extra: str, **env: str | None) -> subprocess.Popen:
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(settings.data_dir), "run"]
    return subprocess.Popen(
        [*command, "--windowed", *extra],
        env=kiosk_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def log_text(settings: Settings) -> str:
    path = log_file_path(settings)
    return path.read_text("utf-8") if path.is_file() else ""


def wait_running(qtbot, settings: Settings, process: subprocess.Popen) -> None:
    """Until the kiosk logged that its window runs (or it ended, which fails the test)."""
    marker = f"kiosk running (pid {process.pid})"
    qtbot.waitUntil(
        lambda: marker in log_text(settings) or process.poll() is not None, timeout=120_000
    )
    assert process.poll() is None, process.communicate()


@pytest.fixture
def booth(database: Database, settings: Settings) -> Database:
    """An event and nothing else: the kiosk starts without importing the sample pack."""
    make_event(database.sessions)
    return database


@pytest.fixture
def running(
    qtbot, booth: Database, settings: Settings, tmp_path: Path
) -> Iterator[subprocess.Popen]:
    pool = sqlite_url(tmp_path / "pool.db")
    process = start_kiosk(settings, "--central-database", pool, "--kiosk-id", "hall-3")
    try:
        wait_running(qtbot, settings, process)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=60)


def test_a_second_kiosk_on_the_same_data_folder_says_so_and_leaves(
    running: subprocess.Popen, settings: Settings
) -> None:
    second = start_kiosk(settings)
    _out, err = second.communicate(timeout=120)
    assert second.returncode == EXIT_ALREADY_RUNNING, err
    assert err.strip() == (
        f"kiosk: error: another kiosk is already running on the data folder {settings.data_dir}; "
        "stop it first, or give this one a folder of its own (--data-dir)"
    )
    assert running.poll() is None, "the first kiosk runs on"


def test_sigterm_stops_the_kiosk_cleanly(
    running: subprocess.Popen, settings: Settings, booth: Database
) -> None:
    running.send_signal(signal.SIGTERM)
    _out, err = running.communicate(timeout=60)
    assert running.returncode == 0, err
    log = log_text(settings)
    assert "stopping on SIGTERM" in log
    stopping = log.index("stopping on SIGTERM")
    assert log.index("stopped pushing to the central pool", stopping) < log.index(
        "kiosk stopped on SIGTERM", stopping
    ), "the pusher stops before the kiosk says it has stopped"
    assert "Traceback" not in log and "Traceback" not in err
    with InstanceLock(settings.data_dir):  # released: the next start may run
        pass
    # --kiosk-id was stored like a change in staff Settings, and audited as the CLI's
    with booth.sessions() as session:
        assert get_setting(session, KIOSK_ID) == "hall-3"
    changes = [e for e in audit.entries(booth.sessions) if e.action == "settings.changed"]
    assert [(e.actor, e.detail.get("kiosk_id")) for e in changes] == [("cli", "hall-3")]


def test_a_killed_kiosk_leaves_no_lock_behind(
    running: subprocess.Popen, settings: Settings
) -> None:
    with pytest.raises(KioskError, match="already running"):
        InstanceLock(settings.data_dir).acquire()
    running.kill()  # no handler runs: a crash or a power cut
    running.communicate(timeout=60)
    assert (settings.data_dir / "kiosk.lock").exists(), "the file stays; the OS lock does not"
    with InstanceLock(settings.data_dir):
        pass


def test_run_names_a_display_that_is_not_there(booth: Database, settings: Settings) -> None:
    process = start_kiosk(settings, QT_QPA_PLATFORM=None, WAYLAND_DISPLAY=None, DISPLAY=":55")
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 3, err
    assert "could not connect to display :55" in err
    assert "kiosk: the screen could not be opened (DISPLAY=:55)" in err
    assert "xvfb-run" in err
    assert "could not connect to display :55" in log_text(settings)
