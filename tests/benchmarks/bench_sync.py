"""Sync figures against a throwaway PostgreSQL on this machine (loopback, so no network latency).

    python tests/benchmarks/bench_sync.py [--leads 10000]

1. push throughput: leads/s (each lead = 5 rows: lead, visit, 2 consents, 1 interest) by batch size
2. save-to-pool delay with the link up: a lead committed on the kiosk until a reader sees it in
   the pool, with the background pusher woken by the commit
3. the time to drain N queued leads after an outage
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent / "src"))

from factories import add_visit  # noqa: E402
from figures import record  # noqa: E402
from pgcluster import start_cluster  # noqa: E402
from sqlalchemy import select  # noqa: E402

from kiosk.config import Settings  # noqa: E402
from kiosk.data.database import open_database  # noqa: E402
from kiosk.data.outbox import OUTBOX  # noqa: E402
from kiosk.sync import central as pool  # noqa: E402
from kiosk.sync.engine import open_central  # noqa: E402
from kiosk.sync.pusher import Pusher  # noqa: E402


def queue_leads(database, count: int, prefix: str) -> None:
    for start in range(0, count, 1000):
        with database.sessions.begin() as session:
            for n in range(start, min(count, start + 1000)):
                add_visit(session, email=f"{prefix}{n}@bench.mo", exhibitors=["ex-1"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=10_000, help="leads queued for the drain")
    parser.add_argument("--throughput-leads", type=int, default=3000)
    parser.add_argument("--samples", type=int, default=50, help="saves timed for the delay")
    args = parser.parse_args()

    cluster = start_cluster()
    if cluster is None:
        print("PostgreSQL server binaries not found: apt-get install postgresql")
        return 1
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    names = iter(range(1, 100))

    def fresh_pool():
        return open_central(cluster.create_database(f"bench_{next(names)}"))

    try:
        print(f"PostgreSQL on 127.0.0.1:{cluster.port}, kiosk SQLite files in {folder}")
        figures: dict[str, str] = {}
        print("\n1. push throughput (lead + visit + 2 consents + 1 interest per lead)")
        kiosk = open_database(Settings(data_dir=folder / "throughput"))
        queue_leads(kiosk, args.throughput_leads, "t")
        for batch in (50, 200, 500, 1000):
            with kiosk.sessions.begin() as session:  # the same leads again, to a fresh pool
                session.execute(OUTBOX.update().values(sent_at=None))
            central = fresh_pool()
            pusher = Pusher(kiosk.sessions, central, "bench", batch_size=batch)
            started = time.perf_counter()
            report = pusher.push_pending()
            took = time.perf_counter() - started
            assert report.error is None and report.leads == args.throughput_leads, report
            print(
                f"   batch {batch:5d} rows: {report.leads / took:7.0f} leads/s "
                f"({report.sent_rows / took:7.0f} rows/s, {took:5.2f} s for {report.leads} leads)"
            )
            figures[f"push, batches of {batch} rows"] = (
                f"{report.leads / took:.0f} leads/s ({report.leads:,} leads in {took:.2f} s)"
            )
            central.dispose()
        kiosk.dispose()

        print("\n2. save-to-pool delay, link up, background pusher (woken by the commit)")
        kiosk = open_database(Settings(data_dir=folder / "delay"))
        central = fresh_pool()
        pusher = Pusher(kiosk.sessions, central, "bench", poll_interval_s=5.0)
        pusher.start()
        delays = []
        with central.connect() as reader:
            for n in range(args.samples):
                started = time.perf_counter()
                with kiosk.sessions.begin() as session:
                    lead_id = add_visit(session, email=f"d{n}@bench.mo").id
                saved = time.perf_counter()
                query = select(pool.leads.c.id).where(pool.leads.c.id == lead_id)
                while reader.execute(query).first() is None:
                    reader.commit()
                    time.sleep(0.0005)
                reader.commit()
                delays.append((time.perf_counter() - saved) * 1000)
                if n == 0:
                    save_ms = (saved - started) * 1000
                time.sleep(0.05)
        pusher.stop()
        delays.sort()
        print(
            f"   {len(delays)} saves: median {statistics.median(delays):.1f} ms, "
            f"p95 {delays[int(len(delays) * 0.95) - 1]:.1f} ms, max {delays[-1]:.1f} ms "
            f"(the local save itself: {save_ms:.1f} ms)"
        )
        figures[f"save → in the pool, {len(delays)} saves"] = (
            f"median {statistics.median(delays):.1f} ms, "
            f"p95 {delays[int(len(delays) * 0.95) - 1]:.1f} ms (local save {save_ms:.1f} ms)"
        )
        central.dispose()
        kiosk.dispose()

        print(f"\n3. drain {args.leads} leads queued during an outage")
        kiosk = open_database(Settings(data_dir=folder / "drain"))
        started = time.perf_counter()
        queue_leads(kiosk, args.leads, "q")
        print(f"   queued in {time.perf_counter() - started:.1f} s (local saves)")
        central = fresh_pool()
        pusher = Pusher(kiosk.sessions, central, "bench")
        started = time.perf_counter()
        report = pusher.push_pending()
        took = time.perf_counter() - started
        assert report.error is None and report.waiting_rows == 0, report
        print(
            f"   drained {report.leads} leads ({report.sent_rows} rows) in {took:.1f} s: "
            f"{report.leads / took:.0f} leads/s"
        )
        figures["drain after an outage"] = (
            f"{report.leads:,} leads ({report.sent_rows:,} rows) in {took:.1f} s"
        )
        record("bench_sync", figures)
        central.dispose()
        kiosk.dispose()
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
