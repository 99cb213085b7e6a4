"""Kiosk processes for the scenario tests: a worker script (``sync_worker.py``,
``matching_worker.py``) run on its own data folder, killed with SIGKILL and started again on the
same folder, its output kept per start for the failure message."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parent


@dataclass
class KioskProcess:
    """``python tests/SCRIPT DATA URL NAME [EXTRA...] PLAN DONE STOP`` in ``folder``."""

    name: str
    folder: Path
    url: str
    script: str
    extra: tuple[str, ...] = ()
    process: subprocess.Popen | None = None
    starts: int = 0

    def start(self) -> None:
        self.starts += 1
        log = (self.folder / f"worker-{self.starts}.log").open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(TESTS / self.script),
                str(self.folder / "data"),
                self.url,
                self.name,
                *self.extra,
                str(self.folder / "plan.json"),
                str(self.folder / "done"),
                str(self.folder / "stop"),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def logs(self) -> str:
        return "\n".join(p.read_text()[-3000:] for p in sorted(self.folder.glob("worker-*.log")))


def wait_for(condition: Callable[[], bool], timeout: float, what: Callable[[], str]) -> None:
    """Poll ``condition`` until true; fail with ``what()`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what()}"
        time.sleep(0.05)
