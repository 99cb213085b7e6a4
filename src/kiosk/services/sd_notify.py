"""The systemd notification protocol (``sd_notify(3)``), written out: one datagram per message.

systemd starts a ``Type=notify`` service with ``NOTIFY_SOCKET`` naming an ``AF_UNIX`` datagram
socket (a path, or ``@name`` in the abstract namespace) and, with ``WatchdogSec=``, sets
``WATCHDOG_USEC`` (and ``WATCHDOG_PID``). The service sends ``READY=1`` once it is up and
``WATCHDOG=1`` more often than the watchdog interval; if the pings stop, systemd kills and
restarts it. The protocol is one ``sendto`` of ``KEY=VALUE`` lines, so it is written here rather
than taken from PyPI: ``sdnotify`` has had no release since 2017 and ``systemd-python`` needs
libsystemd's headers and a compiler on every booth PC, for twenty lines of socket code.
Without ``NOTIFY_SOCKET`` (Windows, a plain terminal) every call is a no-op.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping


def _address(env: Mapping[str, str]) -> str | None:
    path = env.get("NOTIFY_SOCKET", "")
    if not path or not hasattr(socket, "AF_UNIX"):
        return None
    return "\0" + path[1:] if path.startswith("@") else path


def notify(message: str, env: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` (e.g. ``"READY=1\\nSTATUS=showing the attract loop"``); True if sent.
    Never raises: a watchdog ping that cannot be delivered must not stop the kiosk."""
    address = _address(os.environ if env is None else env)
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode(), address)
    except OSError:
        return False
    return True


def watchdog_interval_s(env: Mapping[str, str] | None = None) -> float | None:
    """systemd's watchdog interval in seconds, if it is set for this process."""
    env = os.environ if env is None else env
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0:
        return None
    # systemd names the unit's main process. Under cage that is cage, our parent, which does
    # not ping; the unit's NotifyAccess=all lets ours count. Any other process's: not ours.
    if pid and pid.isdigit() and int(pid) not in (os.getpid(), os.getppid()):
        return None
    return int(usec) / 1_000_000
