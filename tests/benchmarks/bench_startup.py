"""Warm start to the first attract frame: ``kiosk run --smoke-test``, N times, median,
against a bare QML window showing a 200-card grid, measured in the same run.

Run: ``python tests/benchmarks/bench_startup.py [--runs 9] [--data-dir DIR] [--display :121]``.
The first run of each (not counted) warms the QML disk cache and compiles the translations;
each later run is a fresh process, as a booth PC's autostart would be, the kiosk's and the bare
window's runs taking turns so both see the same machine. Two figures per run: the process's
own (printed by it) and the wall clock from spawning the process to its first-frame line, the
one compared (target, issue #11: the kiosk within 2.2x the bare window). With ``--display``
both draw in a real X11 window under Xvfb (started here) with Qt's software renderer, else
offscreen. ``--data-dir`` names a kiosk data folder (e.g. the 5,000 exhibitors
bench_tap_settle.py keeps); by default a new one with the sample pack. Printed and written to
docs/benchmarks.md; not asserted.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

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
  Grid { columns: 20; spacing: 4
    Repeater { model: 200; Rectangle { width: 92; height: 96; radius: 8; color: "teal"
      Text { anchors.centerIn: parent; text: "Card " + index; font.pixelSize: 16
             color: "white" } } } } }''')
window = engine.rootObjects()[0]
def done():
    print(f"first frame after {time.perf_counter() - started:.3f} s", flush=True)
    app.exit(0)
window.frameSwapped.connect(done)
app.exec()
"""

FIRST_FRAME = re.compile(r"first frame after ([0-9.]+) s")


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(in-process seconds, wall seconds from spawn to the first-frame line, wall seconds to
    the full window's line: the same as the first when the first frame is the window's)."""
    spawned = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    first: tuple[float, float] | None = None
    for line in process.stdout:
        match = FIRST_FRAME.search(line)
        if match and first is None:
            first = float(match.group(1)), time.perf_counter() - spawned
        if first is not None and "(curtain)" not in line:
            window = first[1] if match else time.perf_counter() - spawned
            process.wait(timeout=60)
            return first[0], first[1], window
    _, err = process.communicate(timeout=60)
    raise SystemExit(f"no first frame from {' '.join(command)}:\n{err[-2000:]}")


Runs = dict[str, tuple[list[float], list[float], list[float]]]


def measure(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> Runs:
    """Each command ``runs`` times, taking turns, after one warm-up run each."""
    for command in commands.values():
        one_run(command, env)  # warm-up: QML cache, translations, OS file cache
    results: Runs = {n: ([], [], []) for n in commands}
    for _ in range(runs):
        for name, command in commands.items():
            for into, value in zip(results[name], one_run(command, env), strict=True):
                into.append(value)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data-dir", type=Path, help="kiosk data folder (default: a new one)")
    parser.add_argument("--display", help="draw under Xvfb on this display (e.g. :121)")
    parser.add_argument(
        "--kiosk-src", type=Path, help="the kiosk of another checkout's src/ (e.g. before a change)"
    )
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    server = None
    if args.display:
        server = subprocess.Popen(
            ["Xvfb", args.display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"]
        )
        time.sleep(1.0)
        env.update(DISPLAY=args.display, QT_QPA_PLATFORM="xcb", QT_QUICK_BACKEND="software")
    src = args.kiosk_src or Path(__file__).resolve().parents[2] / "src"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = args.data_dir or Path(tmp)
            kiosk = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "run"]
            commands = {
                "kiosk (attract loop)": [*kiosk, "--smoke-test"],
                "bare QML 200-card grid": [sys.executable, "-c", BARE_QML],
            }
            results = measure(commands, env, args.runs)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    figures: dict[str, str] = {}
    for name, (inner, wall, window) in results.items():
        print(
            f"{name:<24} first frame: median {statistics.median(inner):.3f} s "
            f"(min {min(inner):.3f}, max {max(inner):.3f}); "
            f"from process spawn: median {statistics.median(wall):.3f} s over {args.runs} runs"
        )
        figures[f"{name}: spawn → first frame, median"] = f"{statistics.median(wall):.3f} s"
        if window != wall:
            print(f"{'':<24} full window drawn: median {statistics.median(window):.3f} s")
            figures[f"{name}: spawn → full window drawn, median"] = (
                f"{statistics.median(window):.3f} s"
            )
    kiosk_wall, bare_wall = (statistics.median(r[1]) for r in results.values())
    ratio = kiosk_wall / bare_wall
    print(f"kiosk / bare: {ratio:.2f}x (target <= 2.2x)")
    figures["kiosk / bare QML grid"] = f"{ratio:.2f}x (target ≤ 2.2x)"
    where = "Xvfb, software renderer" if args.display else "offscreen"
    figures["runs"] = f"{args.runs} each, taking turns, {where}"
    if args.kiosk_src:
        figures["kiosk measured"] = f"from {args.kiosk_src}"
    from figures import record

    record("bench_startup", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
