"""When the kiosk restarts itself, and when it has crashed too often to start straight away.

*Nightly restart*: a kiosk that runs for six days collects whatever leaks (a driver's memory,
a font cache); a restart in a quiet window (``KIOSK_RESTART_WINDOW``, default 03:00-05:00 local
time) starts each day fresh. :func:`restart_due` is true inside the window for a process that
started before it, so it restarts once a night and never twice.

*Crash loop*: :class:`RunHistory` keeps the last runs in ``<data dir>/run/runs.json`` (start,
end, exit code). When the last few runs ended badly within minutes of each other, the kiosk
shows a calm "back in a moment" screen for a while before trying again, and logs why
(:meth:`RunHistory.crash_loop`), instead of flashing an empty desktop between restarts.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

EXIT_NIGHTLY_RESTART = 75  # EX_TEMPFAIL: the service manager starts it again
CLEAN_EXITS = frozenset({0, EXIT_NIGHTLY_RESTART, 130})  # 130: stopped with Ctrl+C
KEPT_RUNS = 10


def restart_due(now: datetime, started: datetime, window: tuple[int, int] | None) -> bool:
    """Inside the restart window that began after ``started`` (aware local datetimes)?"""
    if window is None:
        return False
    start_min, end_min = window
    length = (end_min - start_min) % (24 * 60)
    opened = now.replace(hour=start_min // 60, minute=start_min % 60, second=0, microsecond=0)
    if opened > now:
        opened -= timedelta(days=1)
    return now < opened + timedelta(minutes=length) and started < opened


@dataclass(frozen=True)
class Run:
    started: str
    ended: str | None = None
    code: int | None = None

    @property
    def clean(self) -> bool:
        return self.ended is not None and self.code in CLEAN_EXITS


class RunHistory:
    """The kiosk's last runs, in a small JSON file (a lost or broken file is an empty history)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "run" / "runs.json"

    def runs(self) -> list[Run]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [Run(**item) for item in raw][-KEPT_RUNS:]
        except (OSError, ValueError, TypeError):
            return []

    def _write(self, runs: list[Run]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps([run.__dict__ for run in runs[-KEPT_RUNS:]]))
            os.replace(temporary, self.path)
        except OSError:
            pass  # a full or read-only disk must not stop the kiosk from starting

    def begin(self, now: datetime) -> None:
        self._write([*self.runs(), Run(now.isoformat())])

    def end(self, now: datetime, code: int) -> None:
        runs = self.runs()
        if runs and runs[-1].ended is None:
            runs[-1] = Run(runs[-1].started, now.isoformat(), code)
            self._write(runs)

    def crash_loop(
        self, now: datetime, *, count: int = 3, within: timedelta = timedelta(minutes=10)
    ) -> str | None:
        """Why to pause before starting (the last ``count`` runs all ended badly, the first of
        them less than ``within`` ago), or None."""
        last = self.runs()[-count:]
        if len(last) < count or any(run.clean for run in last):
            return None
        if now - datetime.fromisoformat(last[0].started) > within:
            return None
        latest = last[-1]
        how = "ended without a clean exit" if latest.code is None else f"exit status {latest.code}"
        return f"{count} starts since {last[0].started[11:19]} ended badly (the last: {how})"
