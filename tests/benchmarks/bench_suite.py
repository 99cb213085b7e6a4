"""Benchmark of the test suite itself: the quick loop and the full run, as the README runs them.

    python tests/benchmarks/bench_suite.py [-- PYTEST OPTIONS]

Each run is ``python -m pytest`` in a child process with the project's own options (a worker
per core and one more, pytest-xdist); the figures are its wall time, how many tests it ran,
and the sum of the tests' own durations (set-up, call and tear-down, from a JUnit report). On
a shared machine the wall time follows the load; the sum is the work (with more workers than
cores it also counts the time a test waited for a core). Targets (issue #18):
the quick loop ≤ 2 min, the full run ≤ 8 min on a 2-core machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from figures import record

ROOT = Path(__file__).resolve().parents[2]
RUNS = {'quick loop (`-m "not slow"`)': ["-m", "not slow"], "full run": []}
TARGETS_S = {'quick loop (`-m "not slow"`)': 120, "full run": 480}


@dataclass(frozen=True)
class SuiteRun:
    wall_s: float
    tests: int
    failed: int
    skipped: int
    work_s: float  # the sum of every test's set-up, call and tear-down

    def describe(self, target_s: float) -> str:
        return (
            f"{minutes(self.wall_s)} wall (target ≤ {minutes(target_s)}), {self.tests:,} tests "
            f"({self.failed} failed, {self.skipped} skipped), {minutes(self.work_s)} of test work"
        )


def minutes(seconds: float) -> str:
    """``7 min 05 s``: how a person reads a wait of minutes."""
    whole = round(seconds)
    return f"{whole // 60} min {whole % 60:02d} s" if whole >= 60 else f"{whole} s"


def run_suite(options: list[str]) -> SuiteRun:
    """One ``python -m pytest`` run from the repository root, measured."""
    with tempfile.TemporaryDirectory(prefix="bench-suite-") as tmp:
        report = Path(tmp) / "junit.xml"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             f"--junitxml={report}", *options],
            cwd=ROOT,
            check=False,
        )  # fmt: skip
        wall = time.perf_counter() - started
        suites = ET.parse(report).getroot().iter("testsuite")
        totals = [0, 0, 0, 0.0]
        for suite in suites:
            totals[0] += int(suite.get("tests", 0))
            totals[1] += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            totals[2] += int(suite.get("skipped", 0))
            totals[3] += sum(float(case.get("time", 0)) for case in suite.iter("testcase"))
    return SuiteRun(wall, int(totals[0]), int(totals[1]), int(totals[2]), float(totals[3]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extra", nargs="*", help="more pytest options, after --")
    args = parser.parse_args()
    figures = {}
    for label, options in RUNS.items():
        run = run_suite([*options, *args.extra])
        figures[label] = run.describe(TARGETS_S[label])
        print(f"{label}: {figures[label]}")
    record("bench_suite", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
