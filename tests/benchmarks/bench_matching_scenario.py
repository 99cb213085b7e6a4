"""The matching scenario at the issue's full size: 1,500 meetings, three kiosk processes.

    PYTHONPATH=src python tests/benchmarks/bench_matching_scenario.py [--meetings 1500]

Runs tests/unit/sync/test_matching_scenario.py's scenario (cut and frozen link, one kiosk
SIGKILLed and restarted) against a throwaway PostgreSQL cluster and prints how many meetings
were planned, booked and settled as conflicts, and how long it took. Its checks (0 double-booked
table-slots, 0 lost) are asserted as in the test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "sync"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from figures import record
from pgcluster import start_cluster
from test_matching_scenario import run_scenario

from kiosk.sync.engine import open_central


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=1500)
    args = parser.parse_args()
    cluster = start_cluster()
    if cluster is None:
        sys.exit("PostgreSQL server binaries not found (packaging/setup-dev.sh installs them)")
    try:
        url = cluster.create_database("bench_matching")
        central = open_central(url)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            figures = run_scenario(cluster, url, central, Path(tmp), args.meetings)
            seconds = time.perf_counter() - started
        central.dispose()
    finally:
        cluster.remove()
    print(
        f"{figures['planned']:,} meetings planned over 3 kiosks: {figures['booked']:,} booked, "
        f"{figures['conflicts']} settled as conflicts, "
        f"0 double-booked, 0 lost, in {seconds:.1f} s"
    )
    record(
        "bench_matching_scenario",
        {
            "meetings planned over 3 kiosks": f"{figures['planned']:,}",
            "booked": f"{figures['booked']:,}",
            "settled as conflicts": f"{figures['conflicts']}",
            "double-booked, lost": "0, 0 (the scenario fails otherwise)",
            "whole run (cuts, freezes, a killed kiosk)": f"{seconds:.0f} s",
        },
    )


if __name__ == "__main__":
    main()
