"""The watchdog pings from the Qt event loop to a real AF_UNIX datagram socket standing in for
systemd's NOTIFY_SOCKET: READY once, WATCHDOG while the loop runs, none while the UI thread
hangs; the Windows launcher's alive file; the nightly restart only at an idle moment; and the
calm "back in a moment" screen."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import find_item
from PySide6.QtGui import QFontMetrics

from kiosk.services.restarts import EXIT_NIGHTLY_RESTART
from kiosk.ui.back_soon import MESSAGES, BackSoon
from kiosk.ui.watchdog import Watchdog


@pytest.fixture
def notify_socket(tmp_path: Path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = tmp_path / "notify.sock"
    sock.bind(str(path))
    sock.setblocking(False)
    yield str(path), sock
    sock.close()


def drain(sock: socket.socket) -> list[bytes]:
    got = []
    while True:
        try:
            got.append(sock.recv(4096))
        except BlockingIOError:
            return got


def test_pings_come_from_the_event_loop_and_stop_when_it_hangs(qtbot, notify_socket) -> None:
    path, sock = notify_socket
    env = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "200000"}  # pings every 0.1 s
    watchdog = Watchdog(is_idle=lambda: True, restart_window=None, env=env)
    watchdog.start()
    received: list[bytes] = []

    def pinged_thrice() -> bool:
        received.extend(drain(sock))
        return received.count(b"WATCHDOG=1") >= 3

    qtbot.waitUntil(pinged_thrice, timeout=5000)
    assert received[0].startswith(b"READY=1")
    drain(sock)
    time.sleep(0.6)  # the UI thread hangs for three watchdog periods
    assert drain(sock) == [], "no ping while the event loop is blocked"
    qtbot.waitUntil(lambda: b"WATCHDOG=1" in drain(sock), timeout=5000)  # and back
    watchdog.stop()
    assert drain(sock)[-1].startswith(b"STOPPING=1")


def test_the_alive_file_is_touched_for_the_windows_launcher(qtbot, tmp_path: Path) -> None:
    alive = tmp_path / "run" / "alive"
    watchdog = Watchdog(
        is_idle=lambda: True, restart_window=None, env={"KIOSK_ALIVE_FILE": str(alive)}
    )
    watchdog.start()
    assert alive.exists()
    first = alive.read_text()
    alive.unlink()
    watchdog.tick()
    assert alive.exists() and datetime.fromisoformat(first)
    watchdog.stop()


@pytest.mark.parametrize("idle", [True, False], ids=["attract", "mid-visit"])
def test_the_nightly_restart_waits_for_an_idle_moment(qtbot, idle: bool) -> None:
    now = datetime(2026, 11, 6, 3, 30, tzinfo=UTC)
    exits: list[int] = []
    watchdog = Watchdog(
        is_idle=lambda: idle,
        restart_window=(3 * 60, 5 * 60),
        env={},
        started=now - timedelta(hours=20),
        clock=lambda: now,
        restart=exits.append,
    )
    watchdog.tick()
    assert exits == ([EXIT_NIGHTLY_RESTART] if idle else [])


def test_the_calm_screen_says_back_in_a_moment_in_four_languages(qtbot) -> None:
    screen = BackSoon(full_screen=False)
    screen.show()
    qtbot.waitExposed(screen.window)
    lines = [find_item(screen.window.contentItem(), f"backSoonLine_{i}") for i in range(4)]
    assert [line.property("text") for line in lines] == list(MESSAGES)
    assert "Back in a moment" in MESSAGES
    # Chinese in the bundled CJK faces (TC, then SC), every character there: no empty boxes
    fonts = [line.property("font") for line in lines]
    assert [f.family() for f in fonts[:2]] == ["Noto Sans CJK TC", "Noto Sans CJK SC"]
    for font, text in zip(fonts, MESSAGES, strict=True):
        metrics = QFontMetrics(font)
        assert all(metrics.inFontUcs4(ord(char)) for char in text), (font.family(), text)
    screen.close()


@pytest.mark.slow  # a real `kiosk run` process: about 15 s
def test_kiosk_run_after_repeated_crashes_pauses_calmly_and_logs_why(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    from kiosk.data.types import utcnow

    data = tmp_path / "data"
    (data / "run").mkdir(parents=True)
    now = utcnow()
    bad = [
        {"started": (now - timedelta(minutes=3 - i)).isoformat(), "ended": None, "code": None}
        for i in range(3)
    ]
    (data / "run" / "runs.json").write_text(json.dumps(bad))
    env = {
        **os.environ,
        "KIOSK_DATA_DIR": str(data),
        "KIOSK_BACK_SOON_SECONDS": "0.5",
        "QT_QPA_PLATFORM": "offscreen",
    }
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log = data / "logs" / "kiosk.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = log.read_text() if log.exists() else ""
            if "back in a moment" in text:
                break
            if kiosk.poll() is not None:
                break
            time.sleep(0.2)
    finally:
        kiosk.terminate()
        kiosk.wait(20)
    text = log.read_text()
    assert "the kiosk keeps stopping (3 starts since" in text
    assert "ended badly (the last: ended without a clean exit)" in text
    runs = json.loads((data / "run" / "runs.json").read_text())
    assert len(runs) == 4  # this start is recorded too
