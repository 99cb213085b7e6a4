"""Fleet figures against a throwaway PostgreSQL on this machine (loopback: no network latency).

    python tests/benchmarks/bench_fleet.py [--kiosks 3] [--interval 60]

1. publishing the bundled sample pack: archive size, check + store time
2. publish to "on screen": three kiosks' fleet agents on their own threads at the production
   heartbeat interval (60 s), each applying the staged pack as soon as it is there (as the
   window does on the attract loop), the time from the publish until every kiosk shows it
3. one heartbeat cycle (record, send, content check) with nothing new, median of 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent / "src"))

from figures import record  # noqa: E402
from pgcluster import start_cluster  # noqa: E402

from kiosk.config import Settings  # noqa: E402
from kiosk.data.database import Database, open_database  # noqa: E402
from kiosk.resources import sample_pack_dir  # noqa: E402
from kiosk.services import fleet as local  # noqa: E402
from kiosk.sync.content_pool import apply_staged, publish  # noqa: E402
from kiosk.sync.engine import open_central  # noqa: E402
from kiosk.sync.fleet_agent import FleetAgent  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=3)
    parser.add_argument("--interval", type=float, default=60.0, help="heartbeat interval, s")
    args = parser.parse_args()
    cluster = start_cluster()
    if cluster is None:
        raise SystemExit("PostgreSQL server binaries not found (packaging/setup-dev.sh)")
    root = Path(tempfile.mkdtemp(prefix="bench-fleet-"))
    try:
        central = open_central(cluster.create_database("fleet"))
        kiosks = [open_database(Settings(data_dir=root / f"k{i}")) for i in range(args.kiosks)]
        applied: dict[int, float] = {}
        done = threading.Event()

        def staged_on(index: int, database: Database, data_dir: Path) -> Callable[[str], None]:
            def on_staged(_revision: str) -> None:
                result = apply_staged(database.sessions, data_dir, data_dir / "content")
                if result and result.ok:
                    applied[index] = time.perf_counter()
                    if len(applied) == len(kiosks):
                        done.set()

            return on_staged

        agents = []
        for index, database in enumerate(kiosks):
            data_dir = root / f"k{index}"
            agent = FleetAgent(
                database.sessions,
                central,
                lambda i=index: f"kiosk-{i}",
                data_dir,
                on_staged=staged_on(index, database, data_dir),
                interval_s=args.interval,
            )
            agents.append(agent)

        cycles = []
        for _ in range(20):
            started = time.perf_counter()
            agents[0].cycle()
            cycles.append(time.perf_counter() - started)
        for agent in agents:
            agent.start()
        time.sleep(1)  # every agent has had its first beat: the publish comes between beats

        started = time.perf_counter()
        with central.connect() as connection:
            published = publish(connection, sample_pack_dir(), by="bench")
        stored = time.perf_counter() - started
        print(
            f"publish of the sample pack: {published.size_bytes / 1e6:.1f} MB archive, "
            f"checked and stored in {stored:.2f} s"
        )
        done.wait(args.interval * 3 + 60)
        for agent in agents:
            agent.stop()
        delays = sorted(at - started for at in applied.values())
        print(
            f"publish to on screen, {len(applied)}/{len(kiosks)} kiosks, heartbeat every "
            f"{args.interval:g} s: first {delays[0]:.1f} s, last {delays[-1]:.1f} s"
        )
        cycle_ms = statistics.median(cycles) * 1000
        print(f"one heartbeat cycle, nothing new: median {cycle_ms:.0f} ms")
        record(
            "bench_fleet",
            {
                "publish of the sample pack": f"{published.size_bytes / 1e6:.1f} MB archive, "
                f"checked and stored in {stored:.2f} s",
                f"publish → on screen, heartbeat every {args.interval:g} s": f"{len(applied)}/"
                f"{len(kiosks)} kiosks; first {delays[0]:.1f} s, last {delays[-1]:.1f} s",
                "one heartbeat cycle, nothing new, median": f"{cycle_ms:.0f} ms",
            },
        )
        for database in kiosks:
            state = local.read_content_state(database.sessions)
            assert state.revision == published.revision, state
            database.dispose()
        central.dispose()
    finally:
        cluster.remove()


if __name__ == "__main__":
    main()
