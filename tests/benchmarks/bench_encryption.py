"""Encryption at rest: what SQLCipher costs a lead submit, and how long ``kiosk db encrypt`` takes.

    PYTHONPATH=src python tests/benchmarks/bench_encryption.py [--count 2000] [--dir DIR]

The same submits (bench_lead_submit's drafts: validation, duplicate look-up, durable commit
with WAL and synchronous=FULL) into a plain and an encrypted database, then the plain one
converted by ``cipher.encrypt_file`` (copy, integrity check, row counts, rename). Figures in ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for factories.py

from bench_lead_submit import drafts, percentile
from factories import insert_event

from kiosk.config import Settings
from kiosk.data import cipher, keystore
from kiosk.data.database import open_database
from kiosk.services.leads import submit_lead


def run(settings: Settings, count: int) -> list[float]:
    database = open_database(settings)
    rules = insert_event(database.sessions)
    latencies = []
    for d in drafts(count):
        t0 = time.perf_counter()
        submit_lead(database.sessions, d, rules=rules, kiosk_id="bench", language="en")
        latencies.append((time.perf_counter() - t0) * 1000)
    assert database.encrypted == (settings.db_key_file is not None)
    database.dispose()
    return sorted(latencies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="folder for the databases (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        root = Path(folder)
        plain = Settings(data_dir=root / "plain")
        keyed = Settings(data_dir=root / "encrypted", db_key_file=root / "db.key")
        key = keystore.create_key(keystore.KeySource(root / "db.key", "file"), keyed)
        print(f"lead submit x {args.count}, SQLCipher {cipher.driver().sqlite_version}")
        for label, settings in (("plain", plain), ("encrypted", keyed)):
            lat = run(settings, args.count)
            print(
                f"  {label:9} median {statistics.median(lat):.2f}  p90 {percentile(lat, 90):.2f}"
                f"  p99 {percentile(lat, 99):.2f}  max {lat[-1]:.2f}"
            )
        path = plain.data_dir / "kiosk.db"
        size = path.stat().st_size / 1e6
        started = time.perf_counter()
        conversion = cipher.encrypt_file(path, key)
        took = time.perf_counter() - started
        rows = sum(conversion.tables.values())
        print(f"  kiosk db encrypt: {size:.1f} MB, {rows} rows in {took:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
