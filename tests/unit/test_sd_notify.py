"""The sd_notify client against a real AF_UNIX datagram socket standing in for systemd's."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from kiosk.services.sd_notify import notify, watchdog_interval_s


@pytest.fixture(params=["path", "abstract"])
def notify_socket(tmp_path: Path, request: pytest.FixtureRequest):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if request.param == "path":
        name = str(tmp_path / "notify.sock")
        sock.bind(name)
    else:
        name = f"@kiosk-test-{os.getpid()}-{id(sock)}"
        sock.bind("\0" + name[1:])
    sock.settimeout(5)
    yield name, sock
    sock.close()


def test_ready_and_watchdog_reach_the_socket(notify_socket) -> None:
    name, sock = notify_socket
    env = {"NOTIFY_SOCKET": name}
    assert notify("READY=1\nSTATUS=attract loop", env)
    assert notify("WATCHDOG=1", env)
    assert sock.recv(4096) == b"READY=1\nSTATUS=attract loop"
    assert sock.recv(4096) == b"WATCHDOG=1"


@pytest.mark.parametrize("env", [{}, {"NOTIFY_SOCKET": ""}])
def test_without_systemd_nothing_is_sent(env) -> None:
    assert notify("READY=1", env) is False


def test_a_socket_that_went_away_is_not_an_error(tmp_path: Path) -> None:
    assert notify("WATCHDOG=1", {"NOTIFY_SOCKET": str(tmp_path / "gone.sock")}) is False


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WATCHDOG_USEC": "30000000"}, 30.0),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}, 30.0),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getppid())}, 30.0),  # cage
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "999999999"}, None),  # not ours
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
)
def test_the_watchdog_interval_comes_from_systemd(env, expected) -> None:
    assert watchdog_interval_s(env) == expected
