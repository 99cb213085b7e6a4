"""Lead submit (validation + duplicate look-up + durable commit): latency and throughput.

    PYTHONPATH=src python tests/benchmarks/bench_lead_submit.py [--count 10000] [--dir DIR]

Runs against a real SQLite file with the kiosk's pragmas (WAL, synchronous=FULL), so every
submit pays an fsync; ``--dir`` puts the database on the disk you want to measure (by default a
temporary folder). One in five submits is a returning visitor (merged into an existing lead).
Target: median ≤ 10 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for factories.py

from factories import RULES_EXHIBITORS, SECTORS, draft, insert_event

from kiosk.config import Settings
from kiosk.data.database import open_database
from kiosk.domain.leads import check_lead
from kiosk.services.leads import submit_lead


def drafts(count: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        n = rng.randrange(i) if i and rng.random() < 0.2 else i  # returning visitor
        picked = rng.sample(RULES_EXHIBITORS, rng.randint(0, len(RULES_EXHIBITORS)))
        out.append(
            draft(
                name=f"Visitor {n} 陳大文",
                email=f"visitor{n}@example.com" if n % 4 else "",
                phone=f"66{n:06d}"[-8:] if n % 4 == 0 or n % 3 == 0 else "",
                exhibitors=picked,
                sectors=rng.sample(SECTORS, rng.randint(0, len(SECTORS))),
                matching=bool(picked) and rng.random() < 0.3,
                matching_day="2026-11-07",
                matching_slot=rng.choice(["am", "pm", ""]),
                message="Please send your catalogue. " * rng.randint(0, 15),
            )
        )
    return out


def percentile(sorted_values: list[float], p: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, help="folder for the database (default: a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        database = open_database(Settings(data_dir=Path(folder)))
        rules = insert_event(database.sessions)
        work = drafts(args.count)

        started = time.perf_counter()
        for d in work:
            check_lead(d, rules)
        validation_ms = (time.perf_counter() - started) / len(work) * 1000

        latencies = []
        created = 0
        started = time.perf_counter()
        for d in work:
            t0 = time.perf_counter()
            result = submit_lead(database.sessions, d, rules=rules, kiosk_id="bench", language="en")
            latencies.append((time.perf_counter() - t0) * 1000)
            created += result.created
        wall = time.perf_counter() - started
        with database.engine.connect() as conn:
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        database.dispose()
        size_mb = sum(f.stat().st_size for f in Path(folder).rglob("kiosk.db*")) / 1e6

    latencies.sort()
    print(
        f"lead submit x {len(work)} (SQLite {sqlite3.sqlite_version}, journal={journal}, "
        f"synchronous={sync}, database in {args.dir or tempfile.gettempdir()})"
    )
    print(
        f"  new leads {created}, returning visits {len(work) - created}, database {size_mb:.1f} MB"
    )
    print(f"  validation only: {validation_ms:.3f} ms per draft")
    print(
        f"  latency ms: median {statistics.median(latencies):.2f}  "
        f"p90 {percentile(latencies, 90):.2f}  p99 {percentile(latencies, 99):.2f}  "
        f"max {latencies[-1]:.2f}"
    )
    print(f"  throughput: {len(work) / wall:.0f} submits/s over {wall:.1f} s")
    median = statistics.median(latencies)
    print(f"  target median <= 10 ms: {'met' if median <= 10 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
