"""Warm start to the first attract frame: ``kiosk run --smoke-test``, N times, median.

Run: ``python tests/benchmarks/bench_startup.py [--runs 9] [--data-dir DIR]``. The first run
(not counted) warms the QML disk cache and compiles the translations; each later run is a fresh
process, as a booth PC's autostart would be. Two figures per run: the kiosk's own (from the start
of ``kiosk run`` to the first rendered frame, printed by the smoke test) and the wall clock from
spawning the process to that line. A bare QML window is measured the same way for comparison.
Printed, not asserted (target: median <= 0.6 s on the development machine).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_QML = r"""
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication(sys.argv[:1])
engine = QQmlApplicationEngine()
engine.loadData(b'''import QtQuick
Window { width: 1920; height: 1080; visible: true
  Grid { columns: 4; spacing: 8
    Repeater { model: 24; Rectangle { width: 300; height: 160; color: "teal"
      Text { anchors.centerIn: parent; text: "Tile " + index; font.pixelSize: 32 } } } } }''')
window = engine.rootObjects()[0]
def done():
    print(f"first frame after {time.perf_counter() - started:.3f} s", flush=True)
    app.exit(0)
window.frameSwapped.connect(done)
app.exec()
"""

FIRST_FRAME = re.compile(r"first frame after ([0-9.]+) s")


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(in-process seconds, wall seconds from spawn to the first-frame line)."""
    spawned = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        match = FIRST_FRAME.search(line)
        if match:
            wall = time.perf_counter() - spawned
            process.wait(timeout=60)
            return float(match.group(1)), wall
    _, err = process.communicate(timeout=60)
    raise SystemExit(f"no first frame from {' '.join(command)}:\n{err[-2000:]}")


def measure(label: str, command: list[str], env: dict[str, str], runs: int) -> None:
    one_run(command, env)  # warm-up: QML cache, translations, OS file cache
    inner, wall = zip(*(one_run(command, env) for _ in range(runs)), strict=True)
    print(
        f"{label:<22} first frame: median {statistics.median(inner):.3f} s "
        f"(min {min(inner):.3f}, max {max(inner):.3f}); "
        f"from process spawn: median {statistics.median(wall):.3f} s over {runs} runs"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data-dir", type=Path, help="kiosk data folder (default: a new one)")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    src = Path(__file__).resolve().parents[2] / "src"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp)
        kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "run", "--smoke-test"]
        measure("kiosk (attract loop)", kiosk, env, args.runs)
        measure("bare QML grid", [sys.executable, "-c", BARE_QML], env, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
