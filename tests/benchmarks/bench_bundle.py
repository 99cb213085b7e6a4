"""Benchmark of the packaged kiosk: bundle size, start to first frame, build time.

    python tests/benchmarks/bench_bundle.py            # measure packaging/dist/kiosk
    python tests/benchmarks/bench_bundle.py --build    # build it first (and time the build)
    python tests/benchmarks/bench_bundle.py --runs 15

"Start to first frame" is wall-clock time from launching the bundle's executable
(``kiosk run --smoke-test``, offscreen) to the moment it prints that its first frame was
rendered: bootloader, Python start, imports, database open, QML load and the first frame. The
first run is a cold-ish warm-up and is not counted; the figure is the median of the warm runs.
Targets: bundle <= 280 MB (packaging/build.py says why it is no longer 250), warm median <= 0.6 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "packaging" / "dist"
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_plan  # noqa: E402
from figures import record  # noqa: E402

SIZE_TARGET_MB = 280
FIRST_FRAME_TARGET_S = 0.6


def executable(bundle: Path, name: str = "kiosk") -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def time_to_first_frame(exe: Path, data_dir: Path) -> tuple[float, float]:
    """(wall seconds from launch to the first-frame line, seconds the kiosk itself reports)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(exe), "--data-dir", str(data_dir), "run", "--smoke-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if "first frame after" in line:
            wall = time.perf_counter() - started
            reported = float(line.rsplit("after", 1)[1].split()[0])
            process.wait(timeout=60)
            return wall, reported
    process.wait(timeout=60)
    raise SystemExit(f"bench: {exe} exited {process.returncode} without a first frame")


def time_command(exe: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(exe), *args], capture_output=True, check=True, timeout=60)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DIST / "kiosk")
    parser.add_argument("--runs", type=int, default=9, help="warm runs (default 9)")
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    args = parser.parse_args()

    figures: dict[str, str] = {}
    if args.build:
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
        print(f"build (measured here):  {time.perf_counter() - started:.0f} s")
        figures["build (packaging/build.py)"] = f"{time.perf_counter() - started:.0f} s"
    exe = executable(args.bundle)
    if not exe.is_file():
        print(f"bench: no bundle at {args.bundle}; run with --build")
        return 2

    report_file = args.bundle.parent / "build-report.json"
    if report_file.is_file():
        report = json.loads(report_file.read_text(encoding="utf-8"))
        print(f"build time (last build.py run): {report['build_seconds']:.0f} s")
        figures.setdefault("build (packaging/build.py)", f"{report['build_seconds']:.0f} s")
    size_mb = bundle_plan.folder_size(args.bundle) / 1e6
    verdict = "ok" if size_mb <= SIZE_TARGET_MB else "OVER TARGET"
    print(f"bundle size:            {size_mb:.1f} MB (target <= {SIZE_TARGET_MB}: {verdict})")
    figures["bundle size"] = f"{size_mb:.1f} MB (target ≤ {SIZE_TARGET_MB} MB)"

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        cold_wall, _ = time_to_first_frame(exe, data_dir)  # also creates and migrates the db
        walls, reported = [], []
        for _ in range(args.runs):
            wall, inside = time_to_first_frame(exe, data_dir)
            walls.append(wall)
            reported.append(inside)
        help_s = statistics.median(time_command(exe, "--help") for _ in range(3))

    median = statistics.median(walls)
    verdict = "ok" if median <= FIRST_FRAME_TARGET_S else "OVER TARGET"
    print(f"first run (new data dir, migrations): {cold_wall:.3f} s")
    print(
        f"start to first frame, warm median of {args.runs}: {median:.3f} s "
        f"(min {min(walls):.3f}, max {max(walls):.3f}; target <= {FIRST_FRAME_TARGET_S}: "
        f"{verdict})"
    )
    print(
        f"  of which inside the kiosk (after its CLI started): {statistics.median(reported):.3f} s"
    )
    print(f"'kiosk --help' (bootloader + Python + CLI): {help_s:.3f} s")
    figures["first run (new data folder, migrations)"] = f"{cold_wall:.2f} s"
    figures[f"start to first frame, warm median of {args.runs}"] = (
        f"{median:.2f} s (target ≤ {FIRST_FRAME_TARGET_S} s)"
    )
    figures["`kiosk --help`"] = f"{help_s:.2f} s"
    onefile = executable(DIST, "kiosk-onefile")
    if onefile.is_file():
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
            time_to_first_frame(onefile, Path(tmp) / "d")
            runs = [time_to_first_frame(onefile, Path(tmp) / "d")[0] for _ in range(3)]
        print(f"one-file build, warm median of 3: {statistics.median(runs):.3f} s")
        figures["one-file build: start to first frame, warm median of 3"] = (
            f"{statistics.median(runs):.2f} s"
        )
    record("bench_bundle", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
