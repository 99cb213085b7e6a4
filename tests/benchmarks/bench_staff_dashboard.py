"""Staff screen on a busy event: how long the dashboard's figures and an export take in the
running kiosk, and how well the window keeps answering meanwhile.

    python tests/benchmarks/bench_staff_dashboard.py [--leads N] [--keep DIR]

Builds N leads as bench_export.py does (default 100,000), opens the real kiosk window
offscreen at 1920x1080, enters staff mode and measures, with a 16 ms timer on the UI thread:
the gaps between its ticks while nothing runs (baseline), while the figures are computed
(``dashboard.stats`` on the staff job runner) and while exports of every lead run (CSV, then
XLSX). A gap
is how long a touch would wait for an answer; the worker threads share the GIL with the UI
thread, so this is the figure that says whether "off the UI thread" is enough.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 16


class Ticks:
    """Gaps between the ticks of a 16 ms timer on the UI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def reset(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()

    def summary_short(self) -> str:
        """Median and worst gap: how long a touch would have waited."""
        gaps = sorted(self.gaps) or [0.0]
        return f"median {statistics.median(gaps):.1f} ms, max {gaps[-1]:.0f} ms"

    def summary(self) -> str:
        gaps = sorted(self.gaps) or [0.0]
        p95 = gaps[int(0.95 * (len(gaps) - 1))]
        return (
            f"ticks {len(gaps):5}  median {statistics.median(gaps):5.1f} ms  "
            f"p95 {p95:6.1f} ms  max {gaps[-1]:6.1f} ms"
        )


def spin_until(app: object, done: object, timeout_s: float = 600) -> float:
    from PySide6.QtCore import QEventLoop

    started = time.perf_counter()
    while not done() and time.perf_counter() - started < timeout_s:  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)  # type: ignore[attr-defined]
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build/keep the database in this folder")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from bench_export import build
    from figures import record

    from kiosk.config import Settings
    from kiosk.data.database import open_database
    from kiosk.services.staff_pin import ScryptParams, StaffPin
    from kiosk.ui.app import prepare_environment

    with tempfile.TemporaryDirectory(prefix="bench-staff-") as tmp:
        data_dir = args.keep or Path(tmp)
        if not (data_dir / "kiosk.db").exists():
            started = time.perf_counter()
            build(data_dir, args.leads)
            print(f"built {args.leads:,} leads in {time.perf_counter() - started:.1f} s")
        settings = Settings(data_dir=data_dir, windowed=True, hide_cursor=False)
        db = open_database(settings)
        StaffPin(db.sessions, params=ScryptParams(log2_n=10)).set_pin("246810", actor="bench")
        db.dispose()

        prepare_environment()
        from PySide6.QtGui import QGuiApplication

        from kiosk.ui.window import KioskWindowHost

        app = QGuiApplication.instance() or QGuiApplication(["bench"])
        host = KioskWindowHost(settings)
        host.load()
        host.window.resize(1920, 1080)
        staff = host.staff_bridge
        ticks = Ticks()
        figures = {"leads": f"{args.leads:,}"}
        try:
            spin_until(app, lambda: False, 1.5)
            ticks.reset()
            spin_until(app, lambda: False, 2.0)
            print(f"idle window            {ticks.summary()}")
            figures["idle window: UI timer (16 ms) gaps"] = ticks.summary_short()

            staff.openAccess()
            for digit in "246810":
                staff.pressDigit(digit)
            staff.submitPin()
            spin_until(app, lambda: staff.stage == "dashboard")
            spin_until(app, lambda: not staff.runner.busy)  # the first figures, on opening

            ticks.reset()
            staff.figures.refresh()
            seconds = spin_until(app, lambda: not staff.runner.busy)
            print(f"figures  {seconds:6.2f} s   {ticks.summary()}")
            figures["dashboard figures"] = f"{seconds:.2f} s; UI gaps {ticks.summary_short()}"

            out = data_dir / "bench-out"
            out.mkdir(exist_ok=True)
            staff.showSection("export")
            spin_until(app, lambda: not staff.runner.busy)
            exporter = staff.exports
            exporter.chooseFolder(str(out))
            # CSV, then the workbooks (xlsxwriter runs in the writer process, off this GIL).
            for chosen, dropped in (("csv", "xlsx"), ("xlsx", "csv")):
                exporter.setFormat(chosen, True)
                exporter.setFormat(dropped, False)
                ticks.reset()
                exporter.start()
                seconds = spin_until(app, lambda: not staff.runner.busy)
                assert exporter.state == "done", exporter.error
                print(
                    f"export   {seconds:6.2f} s   {ticks.summary()}   ({chosen.upper()}, "
                    f"{exporter.resultLeads:,} leads, organiser and per-exhibitor files)"
                )
                figures[f"export, {chosen.upper()} (organiser and per-exhibitor files)"] = (
                    f"{seconds:.2f} s; UI gaps {ticks.summary_short()}"
                )
            problems = host.problems()
            if problems:
                print("\n".join(problems), file=sys.stderr)
                return 1
            record("bench_staff_dashboard", figures)
        finally:
            host.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
